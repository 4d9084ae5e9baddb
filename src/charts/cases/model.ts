/**
 * `<fpk-cases>`'s model: the court-case events and organizations it loads, and the table's rows,
 * columns and summary for the reader's search and sort. A lazy chunk, as every other element's
 * model is, so the core entry holds only the element (scripts/size.mjs budget).
 */
import { CASE_EVENT_TYPES, COURTS, courtText, type CaseEvent, type CourtCode } from '../../dataset-schemas/cases.js';
import { organizationName, type Organization } from '../../dataset-schemas/organizations.js';
import { loadDataset } from '../../load.js';
import type { DatasetMeta } from '../../meta.js';
import { t, type Lang } from '../../i18n/index.js';
import { detailsInEnglish } from '../../i18n/names.js';
import { parseList, pickAll, pickOne, pickRange } from '../attributes.js';
import type { ChartModel, Column, ModelAttributes } from '../contract.js';
import { officialTextLine } from '../links.js';
import { CASES_ATTRIBUTES } from './attributes.js';
import { casesText, eventTypeLabel } from './text.js';

export { casesText };

/** The columns a reader can sort by (keys of `casesModel()`'s columns). */
export const SORTABLE = ['date', 'eventTypeLabel', 'caseName', 'court', 'checked'] as const;
export type SortKey = (typeof SORTABLE)[number];

/** What the element loaded for its attributes; searching and sorting compose from it again without a reload. */
export interface CasesData {
  /** The events in range (and terrorism-related only, with `terrorism="only"`). */
  readonly all: readonly CaseEvent[];
  readonly organizations: readonly Organization[];
  readonly meta: DatasetMeta;
}

export interface CasesView {
  readonly lang: Lang;
  /** The search box's text (undefined once the attribute is removed). */
  readonly query: string | undefined;
  readonly sortKey: SortKey;
  readonly descending: boolean;
}

/** A row of the cases table: the case event and what `casesModel()` adds for the table and downloads. */
export type CaseRow = Omit<CaseEvent, 'checked'> & {
  /** The check status as its label; its code is `check_status_code`. */
  readonly checked: string;
  readonly check_status_code: CaseEvent['checked'];
  readonly event_type_code: CaseEvent['eventType'];
  readonly eventTypeLabel: string;
  readonly organizationNames: readonly string[];
  /** The court with its note, and a changing note with the date it was true, as the table shows them. */
  readonly court: ReturnType<typeof courtText>;
  readonly outcomeShown: string;
  readonly sentenceShown: string | null;
};

export async function loadCases(attributes: ModelAttributes): Promise<CasesData> {
  const { from, to, terrorism } = attributes;
  const range = pickRange(from, to);
  const types = pickAll('event-types', parseList(attributes['event-types']), CASE_EVENT_TYPES, 'event type');
  pickOne('terrorism', terrorism, CASES_ATTRIBUTES.terrorism.values, CASES_ATTRIBUTES.terrorism.default);
  const [{ rows, meta }, organizations] = await Promise.all([
    loadDataset('cases', { ...range, ...(types.length ? { eventTypes: types } : {}) }),
    loadDataset('organizations'),
  ]);
  return { all: terrorism === 'only' ? rows.filter((r) => r.terrorismRelated) : rows, organizations: organizations.rows, meta };
}

/** The model for the current search and sort; the table, CSV and summary all come from it. */
export function casesModel(data: CasesData, { lang, query, sortKey: key, descending }: CasesView): ChartModel {
  const text = casesText(lang);
  const needle = (query ?? '').trim().toLocaleLowerCase();
  // One name per organization: the organizations dataset's display name in the reader's language.
  const byId = new Map(data.organizations.map((o) => [o.id, o]));
  const namesOf = (r: CaseEvent) => [
    ...new Set(r.organizationIds.map((id) => (byId.get(id) ? organizationName(byId.get(id)!, lang) : id))),
  ];
  const matches = needle
    ? data.all.filter((r) =>
        [
          r.caseName,
          r.outcome,
          r.sentence ?? '',
          r.docket ?? '',
          ...r.defendants,
          ...r.organizations,
          ...namesOf(r),
          ...r.statutes,
          ...r.courts,
          r.courtNote ?? '',
          eventTypeLabel(lang, r.eventType),
        ]
          .join(' ')
          .toLocaleLowerCase()
          .includes(needle),
      )
    : [...data.all];
  const dir = descending ? -1 : 1;
  const value = (r: CaseEvent): string =>
    key === 'court' ? r.courts.join('; ') : key === 'eventTypeLabel' ? eventTypeLabel(lang, r.eventType) : String(r[key] ?? '');
  matches.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    // Undated events sort last in either direction.
    if (key === 'date' && (!va || !vb)) return va ? -1 : vb ? 1 : 0;
    return dir * va.localeCompare(vb, lang) || a.id.localeCompare(b.id);
  });
  // Downloads hold what the table shows: the court with its note, a changing note with the date it was true.
  const rows = matches.map((r): CaseRow => {
    const dated = (note: string) => (r.statusAsOf ? `${text.asOf(r.statusAsOf)} ${note}` : note);
    return {
      ...r,
      // The CSV writes labels, each with its code beside it.
      checked: text.checkLabel(r.checked),
      check_status_code: r.checked,
      event_type_code: r.eventType,
      eventTypeLabel: eventTypeLabel(lang, r.eventType),
      organizationNames: namesOf(r),
      court: courtText(r),
      outcomeShown: dated(r.outcome),
      sentenceShown: r.sentence ? dated(r.sentence) : null,
    };
  });
  const columns: Column[] = [
    { key: 'date', label: text.date, format: 'date' },
    { key: 'eventTypeLabel', label: text.event },
    { key: 'event_type_code', label: t(lang, 'columnTypeCode'), downloadOnly: true },
    // The court records' own English text: its cells are marked lang="en" (said once in the notes).
    { key: 'caseName', label: text.caseName, sourceLang: 'en' },
    { key: 'court', label: text.court },
    { key: 'docket', label: text.docket },
    { key: 'defendants', label: text.defendants, format: 'list', sourceLang: 'en' },
    { key: 'organizationNames', label: text.organization, format: 'list' },
    { key: 'organizationIds', label: t(lang, 'columnOrganizationCodes'), format: 'list', downloadOnly: true },
    { key: 'statutes', label: text.statutes, format: 'list', sourceLang: 'en' },
    { key: 'terrorismRelated', label: text.terrorism },
    { key: 'outcomeShown', label: text.outcome, sourceLang: 'en' },
    { key: 'sentenceShown', label: text.sentence, sourceLang: 'en' },
    { key: 'checked', label: text.checked },
    { key: 'check_status_code', label: t(lang, 'columnCheckCode'), downloadOnly: true },
    { key: 'links', label: text.sources, format: 'link' },
  ];
  return {
    rows,
    columns,
    spec: null,
    label: text.label,
    summary: text.summary(data.all, rows.length),
    metas: [data.meta],
    notes: [
      officialTextLine(lang, rows.filter((r) => r.check_status_code === 'confirmed').length, rows.length),
      ...[detailsInEnglish(lang, { cases: rows.length > 0 })].filter((n): n is string => n !== null),
    ],
    filename: 'fpk-cases',
  };
}

/** A court code's full name (its tooltip in the table), or the code itself. */
export function courtName(lang: Lang, code: string): string {
  return COURTS[code as CourtCode]?.[lang] ?? code;
}
