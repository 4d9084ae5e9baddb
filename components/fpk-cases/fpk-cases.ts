import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CaseEvent, CourtCode } from '../../src/dataset-schemas/cases.js';
import { CASE_EVENT_TYPES, COURTS, courtText } from '../../src/dataset-schemas/cases.js';
import { organizationName, type Organization } from '../../src/dataset-schemas/organizations.js';
import { loadDataset } from '../../src/load.js';
import type { DatasetMeta } from '../../src/meta.js';
import { parseList, pickAll, pickOne, pickRange } from '../../src/charts/attributes.js';
import { CASES_ATTRIBUTES } from '../../src/charts/cases/attributes.js';
import { FpkElement } from '../shared/base.js';
import { dataTable } from '../shared/table.js';
import { formatDate, formatNumber, langMark, type Lang } from '../../src/i18n/index.js';
import type { ChartModel, Column, ModelAttributes } from '../../src/charts/contract.js';
import { casesText, eventTypeLabel } from '../../src/charts/cases/text.js';
import { officialTextLine } from '../../src/charts/links.js';
import { detailsInEnglish } from '../../src/i18n/names.js';
import { sourceList } from '../shared/source-links.js';

/** The columns a reader can sort by (keys of `compose()`'s columns). */
const SORTABLE = ['date', 'eventTypeLabel', 'caseName', 'court', 'checked'] as const;
type SortKey = (typeof SORTABLE)[number];

/**
 * An accessible, searchable, sortable table of court case events in which the US used
 * counterterrorism and kingpin tools against cartels, each with its statutes, outcome, sentence
 * and sources. Needs no chart engine.
 *
 * @summary Searchable table of court case events with sources.
 * @tag fpk-cases
 *
 * @attr from - First month shown, YYYY-MM.
 * @attr to - Last month shown, YYYY-MM.
 * @attr event-types - Comma list of event types to show (indictment, plea, sentence, appellate_ruling, …).
 * @attr terrorism - `only` to show terrorism-related events only (default `all`).
 * @attr query - Initial search text.
 * @attr heading - Heading shown above the table.
 * @attr description - One line under the heading.
 * @attr lang - `en` or `es`.
 * @attr theme - `auto`, `light` or `dark`.
 * @attr view - Always a table (`chart` and `table` both show it).
 * @attr actions - Actions offered: `csv json cite`.
 * @attr data - With a static fallback: `pinned` (keep its data) or `live` (redraw with the newest).
 * @attr loading - `lazy` (load when near the viewport) or `eager`.
 *
 * @fires fpk-ready - The table is shown; detail `{rowCount, summary}` (`rows`: deprecated name of `rowCount`).
 * @fires fpk-error - An attribute is wrong or data failed to load; detail `{code, message, attribute?}`.
 * @fires fpk-select - A reader opened a case's sources; detail `{datum}`.
 * @fires fpk-download - Before a download (cancelable); detail `{format, filename}`.
 *
 * @csspart header - Heading and description.
 * @csspart table - The table region.
 * @csspart source - The source line (always shown).
 * @csspart actions - Download and cite buttons.
 * @csspart error - The error message.
 *
 * @cssprop --fpk-font - Font family.
 * @cssprop --fpk-fg - Text colour.
 * @cssprop --fpk-bg - Background colour.
 * @cssprop --fpk-muted - Secondary text colour.
 * @cssprop --fpk-accent - Link and accent colour.
 * @cssprop --fpk-grid - Rule colour.
 * @cssprop --fpk-focus-ring - Focus outline colour.
 */
export class FpkCases extends FpkElement {
  static override styles = [
    ...FpkElement.styles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4em 0.8em;
        margin: 0 0 0.6em;
        font-size: 0.92em;
      }
      .controls input {
        flex: 1 1 14em;
        max-width: 28em;
      }
      .controls [role='status'] {
        color: var(--_muted);
      }
      /* Thirteen columns: on a wide screen and on paper cells wrap so the table fits its box. */
      figure {
        container-type: inline-size;
      }
      td:not(.num) {
        overflow-wrap: anywhere;
      }
      td[data-key='caseName'],
      td[data-key='statutes'],
      td[data-key='outcomeShown'] {
        min-width: 9em;
      }
      /*
       * Narrower than 40em (the element's own width, not the viewport's): each case is a card, every
       * field on its own line after its column's name (data-label). The markup stays one <table>
       * with its header (visually hidden, still read), so a screen reader keeps table navigation
       * where it can; the labels before each value make the cards read right where it cannot.
       */
      @media screen {
        @container (max-width: 40em) {
          table,
          tbody,
          tr,
          td,
          tbody th {
            display: block;
            min-width: 0;
          }
          thead {
            position: absolute;
            width: 1px;
            height: 1px;
            overflow: hidden;
            clip: rect(0 0 0 0);
            white-space: nowrap;
          }
          tbody tr {
            border: 1px solid var(--_grid);
            border-radius: 4px;
            padding: 0.4em 0.6em;
            margin: 0 0 0.6em;
          }
          tbody td,
          tbody th {
            border: 0;
            padding: 0.15em 0;
            min-width: 0;
          }
          tbody td::before,
          tbody th::before {
            content: attr(data-label) ': ';
            font-weight: 700;
          }
        }
      }
      @media print {
        td[data-key] {
          min-width: 0;
        }
        .controls input,
        .controls label {
          display: none;
        }
      }
      .check.confirmed {
        font-weight: 600;
      }
      .count {
        color: var(--_muted);
        font-size: 0.8em;
        margin: 0.3em 0 0;
      }
    `,
  ];

  /** A table: never loads vega. */
  protected static override readonly drawsChart = false;

  protected static override readonly attributeTable = CASES_ATTRIBUTES;

  @property() from?: string;
  @property() to?: string;
  @property({ attribute: 'event-types' }) eventTypes?: string;
  @property() terrorism?: string;
  @property() query?: string = '';

  @state() private sortKey: SortKey = 'date';
  @state() private descending = true;
  private all: readonly CaseEvent[] = [];
  private organizations: readonly Organization[] = [];
  private meta: DatasetMeta | null = null;

  protected async buildModel(attributes: ModelAttributes): Promise<ChartModel> {
    const { from, to, terrorism } = attributes;
    const range = pickRange(from, to);
    const types = pickAll('event-types', parseList(attributes['event-types']), CASE_EVENT_TYPES, 'event type');
    pickOne('terrorism', terrorism, CASES_ATTRIBUTES.terrorism.values, CASES_ATTRIBUTES.terrorism.default);
    const [{ rows, meta }, organizations] = await Promise.all([
      loadDataset('cases', { ...range, ...(types.length ? { eventTypes: types } : {}) }),
      loadDataset('organizations'),
    ]);
    this.organizations = organizations.rows;
    this.all = terrorism === 'only' ? rows.filter((r) => r.terrorismRelated) : rows;
    this.meta = meta;
    return this.compose();
  }

  /** The model for the current search and sort; the table, CSV and summary all come from it. */
  private compose(): ChartModel {
    const lang = this.language;
    const text = casesText(lang);
    // Undefined once the attribute is removed.
    const needle = (this.query ?? '').trim().toLocaleLowerCase();
    // One name per organization: the organizations dataset's display name in the reader's language.
    const byId = new Map(this.organizations.map((o) => [o.id, o]));
    const namesOf = (r: CaseEvent) => [
      ...new Set(r.organizationIds.map((id) => (byId.get(id) ? organizationName(byId.get(id)!, lang) : id))),
    ];
    const matches = needle
      ? this.all.filter((r) =>
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
      : [...this.all];
    const dir = this.descending ? -1 : 1;
    const key = this.sortKey;
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
    const rows = matches.map((r) => {
      const dated = (note: string) => (r.statusAsOf ? `${text.asOf(r.statusAsOf)} ${note}` : note);
      return {
        ...r,
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
      // The court records' own English text: its cells are marked lang="en" (said once in the notes).
      { key: 'caseName', label: text.caseName, sourceLang: 'en' },
      { key: 'court', label: text.court },
      { key: 'docket', label: text.docket },
      { key: 'defendants', label: text.defendants, format: 'list', sourceLang: 'en' },
      { key: 'organizationNames', label: text.organization, format: 'list' },
      { key: 'statutes', label: text.statutes, format: 'list', sourceLang: 'en' },
      { key: 'terrorismRelated', label: text.terrorism },
      { key: 'outcomeShown', label: text.outcome, sourceLang: 'en' },
      { key: 'sentenceShown', label: text.sentence, sourceLang: 'en' },
      { key: 'checked', label: text.checked },
      { key: 'links', label: text.sources, format: 'link' },
    ];
    return {
      rows,
      columns,
      spec: null,
      label: text.label,
      summary: text.summary(this.all, rows.length),
      metas: this.meta ? [this.meta] : [],
      notes: [
        officialTextLine(lang, rows.filter((r) => r.checked === 'confirmed').length, rows.length),
        ...[detailsInEnglish(lang, { cases: rows.length > 0 })].filter((n): n is string => n !== null),
      ],
      filename: 'fpk-cases',
    };
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    if (this.model) this.model = this.compose();
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = key === 'date';
    }
    if (this.model) this.model = this.compose();
  }

  protected override renderTable(lang: Lang, model: ChartModel): TemplateResult {
    const text = casesText(lang);
    const searchId = `${this.idPrefix}-search`;
    const rows = model.rows as readonly CaseRow[];
    const asOf = (r: CaseRow) => (r.statusAsOf ? html`<strong class="as-of" lang=${lang}>${text.asOf(r.statusAsOf)}</strong> ` : nothing);
    const table = dataTable<CaseRow>({
      lang,
      model: { ...model, rows },
      // A search that matches nothing keeps the header (and the search box above it).
      empty: null,
      sort: { by: this.sortKey, descending: this.descending, columns: SORTABLE, onSort: (key) => this.sortBy(key as SortKey) },
      cells: {
        date: (r) => (r.date ? formatDate(lang, r.date) : text.undated),
        // The court as its code, with its full name as a tooltip, and its note apart.
        court: (r) =>
          html`${r.courts.length ? r.courts.map((c, i) => html`${i ? '; ' : ''}<abbr title=${COURTS[c as CourtCode]?.[lang] ?? c}>${c}</abbr>`) : r.courtNote ? nothing : '—'}${
            r.courtNote
              ? html`${r.courts.length ? html`<br />` : nothing}<small lang=${ifDefined(langMark(lang, 'en'))}>${r.courtNote}</small>`
              : nothing
          }`,
        terrorismRelated: (r) => (r.terrorismRelated ? text.yes : text.no),
        // A note that can change, with the date it was true.
        outcomeShown: (r) => html`${asOf(r)}${r.outcome}`,
        sentenceShown: (r) => (r.sentence ? html`${asOf(r)}${r.sentence}` : '—'),
        checked: (r) => html`<span class=${`check ${r.checked}`}>${text.checkLabel(r.checked)}</span>`,
        links: (r) => sourceList(lang, r.links, () => this.select(r)),
      },
    });
    return html`<div class="controls">
        <label for=${searchId}>${text.search}</label>
        <input id=${searchId} type="search" .value=${this.query ?? ''} placeholder=${text.searchPlaceholder} @input=${this.onSearch} />
        <span role="status" aria-live="polite">${text.shown(rows.length, this.all.length)}</span>
      </div>
      ${table}
      <p class="count">${formatNumber(lang, rows.length)} / ${formatNumber(lang, this.all.length)}</p>`;
  }
}

/** A row of the cases table: the case event and what `compose()` adds for the table and downloads. */
type CaseRow = CaseEvent & { readonly eventTypeLabel: string; readonly organizationNames: readonly string[] };

declare global {
  interface HTMLElementTagNameMap {
    'fpk-cases': FpkCases;
  }
}
