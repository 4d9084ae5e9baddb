/**
 * From attributes to what `<fpk-timeline>` shows: the filters read strictly, the designations and
 * case events loaded and joined by organization, then the displayed rows (undated events
 * included), the spec of the dated ones, the summary and the source notes. No DOM: the element
 * and the static renderer (src/render) both call `buildTimelineModel`, so they cannot drift.
 */
import { findOrganization, type Organization } from '../../dataset-schemas/organizations.js';
import { FpkError } from '../../errors.js';
import { loadDataset } from '../../load.js';
import type { DatasetMeta } from '../../meta.js';
import type { ModelAttributes } from '../contract.js';
import { filterTimeline, TIMELINE_TYPES, timelineEvents, type TimelineEvent, type TimelineLink } from '../../specs/timeline-events.js';
import { timelineSpec } from '../../specs/timeline.js';
import { parseList, pickAll, pickOne, pickRange } from '../attributes.js';
import { TIMELINE_ATTRIBUTES, TIMELINE_SOURCES, type TimelineSource } from './attributes.js';
import { officialTextLine } from '../links.js';
import { acronymNote, detailsInEnglish } from '../../i18n/names.js';
import { t, type Lang } from '../../i18n/index.js';
import type { ChartModel, ChartNavigation, Column } from '../contract.js';
import { keysHint, rowSentence } from '../navigation.js';
import { safeURL } from '../../safe-url.js';
import { timelineLabels, timelineNaming, timelineText, typeLabel } from './text.js';

/** A displayed row: the table and the CSV download hold exactly these. */
export type TimelineRow = {
  readonly date: string | null;
  readonly organization: string;
  readonly kind: string;
  readonly type: string;
  readonly description: string;
  /** The label of `type`'s code, which `event_type_code` holds for the download. */
  readonly event_type_code: string;
  readonly checked: string;
  /** The code `checked` names (`confirmed`, `not_found`, `contradicted`). */
  readonly check_status_code: string;
  /** Source URLs, official ones first, separated by "; " (the CSV cell). */
  readonly sources: string;
  readonly links: readonly TimelineLink[];
  /** `id` of the designation or case event (a case on several rows repeats it). */
  readonly eventId: string;
};

/** Attributes (as written on the element) → model. */
export async function buildTimelineModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
  const text = timelineText(lang);
  const terrorism = pickOne(
    'terrorism',
    attributes['terrorism'],
    TIMELINE_ATTRIBUTES.terrorism.values,
    TIMELINE_ATTRIBUTES.terrorism.default,
  );
  const range = pickRange(attributes['from'], attributes['to']);
  const asked = pickAll('events', parseList(attributes['events']), TIMELINE_SOURCES, 'event source');
  const sources: readonly TimelineSource[] = asked.length ? asked : TIMELINE_SOURCES;
  const types = pickAll('types', parseList(attributes['types']), TIMELINE_TYPES, 'type');
  const [designations, cases, orgs] = await Promise.all([
    sources.includes('designations') ? loadDataset('designations') : null,
    sources.includes('cases') ? loadDataset('cases') : null,
    loadDataset('organizations'),
  ]);
  const all = timelineEvents(designations?.rows ?? [], cases?.rows ?? [], orgs.rows, timelineNaming(lang));
  const organizations = pickOrganizations(all, orgs.rows, attributes['organizations'], lang);
  const events = filterTimeline(all, { types, terrorismOnly: terrorism === 'only', organizations, ...range });
  const dated = events.filter((e) => e.date !== null);
  const undated = events.length - dated.length;
  const labels = timelineLabels(lang);
  const rows: TimelineRow[] = events.map((e) => ({
    date: e.date,
    organization: e.organization,
    kind: labels.kinds[e.kind],
    type: typeLabel(lang, e.type),
    event_type_code: e.type,
    description: e.description,
    checked: labels.checked[e.checked],
    check_status_code: e.checked,
    sources: e.links.map((l) => l.url).join('; '),
    links: e.links,
    eventId: e.eventId,
  }));
  const columns: Column[] = [
    { key: 'date', label: text.date, format: 'date' },
    { key: 'organization', label: text.organization },
    { key: 'kind', label: text.kind },
    { key: 'type', label: text.type },
    { key: 'event_type_code', label: t(lang, 'columnTypeCode'), downloadOnly: true },
    { key: 'description', label: text.description, sourceLang: 'en' },
    { key: 'checked', label: text.checked },
    { key: 'check_status_code', label: t(lang, 'columnCheckCode'), downloadOnly: true },
    { key: 'sources', label: text.sources },
  ];
  // The arrow keys step through the drawn (dated) events in date order; Enter opens the first source, as a click on the marker does.
  const navigation: ChartNavigation = {
    lists: [
      rows
        .filter((r) => r.date !== null)
        .sort((a, b) => a.date!.localeCompare(b.date!))
        .map((r) => {
          const href = safeURL(r.links[0]?.url);
          return {
            sentence: rowSentence(lang, columns, r, { lead: 'date', omit: ['sources'] }),
            mark: { marks: ['events_marks'], match: { id: r.eventId, organization: r.organization } },
            ...(href ? { selectable: true, href } : {}),
          };
        }),
    ].filter((l) => l.length),
    hint: keysHint(lang, { series: false, enter: 'open' }),
  };
  // organizations only names the rows (its display names), so its meta is not a source of the events shown.
  const metas: DatasetMeta[] = [designations?.meta, cases?.meta].filter((m): m is DatasetMeta => !!m);
  return {
    rows,
    navigation,
    columns,
    spec: dated.length ? (timelineSpec(events, { labels, ...range }) as unknown as Record<string, unknown>) : null,
    label: text.label,
    summary: text.summary(events),
    metas,
    filename: [
      'fpk-timeline',
      ...(asked.length === 1 ? asked : []),
      ...types,
      terrorism === 'only' ? 'terrorism' : '',
      range.from ?? '',
      range.to ?? '',
    ]
      .filter(Boolean)
      .join('-'),
    notes: [
      officialTextLine(
        lang,
        new Set(events.filter((e) => e.checked === 'confirmed').map((e) => e.eventId)).size,
        new Set(events.map((e) => e.eventId)).size,
      ),
      ...(undated ? [text.undatedNote(undated)] : []),
      // The event descriptions are the records' own English text (marked lang="en" in the table).
      // Acronyms in the legend, the type labels and the source line ("la OFAC del Tesoro"), spelled out once.
      ...[
        acronymNote(lang, [
          ...events.map((e) => e.type),
          ...(designations ? ['OFAC'] : []),
          ...(events.some((e) => e.type === 'FinCEN-2313a') ? ['FinCEN'] : []),
        ]),
      ].filter((n): n is string => n !== null),
      ...[detailsInEnglish(lang, { cases: events.some((e) => e.kind === 'case'), others: events.some((e) => e.kind !== 'case') })].filter(
        (n): n is string => n !== null,
      ),
    ],
  };
}

/**
 * Rows asked for: a row name as the chart shows it, or any name of the organization (its id, the
 * other language's name, an alias, the name a record writes); unknown names are an error listing all.
 */
function pickOrganizations(
  events: readonly TimelineEvent[],
  organizations: readonly Organization[],
  value: string | undefined,
  lang: Lang,
): string[] {
  const known = [...new Set(events.map((e) => e.organization))].sort((a, b) => a.localeCompare(b, lang));
  const asked = parseList(value);
  return asked.map((name) => {
    const id = known.includes(name) ? undefined : findOrganization(organizations, name)?.id;
    const row = id ? events.find((e) => e.organizationId === id)?.organization : name;
    if (!row || !known.includes(row)) {
      throw new FpkError(
        'unknown-value',
        `Unknown organization "${name}" in organizations="${asked.join(',')}". Available: ${known.join(', ')}.`,
        'organizations',
      );
    }
    return row;
  });
}
