import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { prefetchDataset } from '../../src/load.js';
import { CASES_ATTRIBUTES } from '../../src/charts/cases/attributes.js';
import type { CaseRow, CasesData, SortKey } from '../../src/charts/cases/model.js';
import { FpkElement } from '../shared/base.js';
import { dataTable } from '../shared/table.js';
import { formatDate, langMark, type Lang } from '../../src/i18n/index.js';
import type { ChartModel, ModelAttributes } from '../../src/charts/contract.js';
import { sourceList } from '../shared/source-links.js';

/** The model code (src/charts/cases/model.ts), a lazy chunk: loaded by the first `buildModel`. */
type CasesCode = typeof import('../../src/charts/cases/model.js');

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
          caption,
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
  private code: CasesCode | null = null;
  private loaded: CasesData | null = null;

  protected async buildModel(attributes: ModelAttributes): Promise<ChartModel> {
    // The datasets start loading with the model code, not after it.
    prefetchDataset('cases');
    prefetchDataset('organizations');
    this.code = await import('../../src/charts/cases/model.js');
    this.loaded = await this.code.loadCases(attributes);
    return this.compose();
  }

  /** The model for the current search and sort (only called once `buildModel` has loaded the code and the data). */
  private compose(): ChartModel {
    return this.code!.casesModel(this.loaded!, {
      lang: this.language,
      query: this.query,
      sortKey: this.sortKey,
      descending: this.descending,
    });
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
    // A table is only rendered with a model, which buildModel made with the code loaded.
    const code = this.code!;
    const all = this.loaded?.all.length ?? 0;
    const text = code.casesText(lang);
    const searchId = `${this.idPrefix}-search`;
    const rows = model.rows as readonly CaseRow[];
    const asOf = (r: CaseRow) => (r.statusAsOf ? html`<strong class="as-of" lang=${lang}>${text.asOf(r.statusAsOf)}</strong> ` : nothing);
    const table = dataTable<CaseRow>({
      lang,
      model: { ...model, rows },
      // A search that matches nothing keeps the header (and the search box above it).
      empty: null,
      sort: { by: this.sortKey, descending: this.descending, columns: code.SORTABLE, onSort: (key) => this.sortBy(key as SortKey) },
      cells: {
        date: (r) => (r.date ? formatDate(lang, r.date) : text.undated),
        // The court as its code, with its full name as a tooltip, and its note apart.
        court: (r) =>
          html`${r.courts.length ? r.courts.map((c, i) => html`${i ? '; ' : ''}<abbr title=${code.courtName(lang, c)}>${c}</abbr>`) : r.courtNote ? nothing : '—'}${
            r.courtNote
              ? html`${r.courts.length ? html`<br />` : nothing}<small lang=${ifDefined(langMark(lang, 'en'))}>${r.courtNote}</small>`
              : nothing
          }`,
        terrorismRelated: (r) => (r.terrorismRelated ? text.yes : text.no),
        // A note that can change, with the date it was true.
        outcomeShown: (r) => html`${asOf(r)}${r.outcome}`,
        sentenceShown: (r) => (r.sentence ? html`${asOf(r)}${r.sentence}` : '—'),
        checked: (r) => html`<span class=${`check ${r.check_status_code}`}>${r.checked}</span>`,
        links: (r) => sourceList(lang, r.links, () => this.select(r)),
      },
    });
    return html`<div class="controls">
        <label for=${searchId}>${text.search}</label>
        <input id=${searchId} type="search" .value=${this.query ?? ''} placeholder=${text.searchPlaceholder} @input=${this.onSearch} />
        <span role="status" aria-live="polite">${text.shown(rows.length, all)}</span>
      </div>
      ${table}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fpk-cases': FpkCases;
  }
}
