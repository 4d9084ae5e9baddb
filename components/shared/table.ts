/**
 * The table view: one template for every element's table (trend, compare, map, timeline, cases),
 * built from the model's `columns` and `rows`, the same two lists the CSV download holds, so what a
 * reader sees in the table is what they download. An element only says where a column needs more
 * than its format (a court code with its full name, a source list that reports `fpk-select`), which
 * column names its row, and which columns sort.
 *
 * Every cell carries `data-key` (its column's key), so styles and later layouts (a bounded table
 * with a sticky header, stacked cards on phones) address columns by name, never by position.
 */
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CellFormat, ChartModel, Column } from '../../src/charts/contract.js';
import { hostOf } from '../../src/charts/links.js';
import { cellText, isNumeric, tableColumns } from '../../src/charts/cells.js';
import { formatNumber, langMark, t, type Lang } from '../../src/i18n/index.js';
import { safeURL } from '../../src/safe-url.js';

type Row = Readonly<Record<string, unknown>>;

/** Sortable columns: their header cells become buttons and the active one carries `aria-sort`. */
export interface TableSort {
  /** Key of the column the rows are sorted by. */
  readonly by: string;
  readonly descending: boolean;
  /** Keys of the columns a reader may sort by. */
  readonly columns: readonly string[];
  /** A reader asked to sort by this column (the element re-sorts its rows and re-renders). */
  readonly onSort: (key: string) => void;
}

export interface TableOptions<R extends Row = Row> {
  readonly lang: Lang;
  readonly model: Pick<ChartModel, 'columns' | 'label'> & { readonly rows: readonly R[] };
  /** Cell content by column key, where the column's format is not enough; other columns use `cellContent`. */
  readonly cells?: Readonly<Partial<Record<string, (row: R) => unknown>>>;
  /** Key of the column whose cells name their row (`<th scope="row">`). */
  readonly rowHeader?: string;
  readonly sort?: TableSort;
  /**
   * Shown instead of the table when there are no rows (default: "No data"); `null` shows the
   * empty table (a searchable table whose search matched nothing keeps its header).
   */
  readonly empty?: unknown;
}

export function dataTable<R extends Row>(options: TableOptions<R>): TemplateResult {
  const { lang, model, empty } = options;
  if (model.rows.length === 0 && empty !== null) return html`<p part="table" role="status">${empty ?? t(lang, 'noData')}</p>`;
  const n = model.rows.length;
  // Bounded: the scroll box (max-height in tableStyles) keeps a 252-row table within one screen,
  // its header sticky; "Show all" lifts the bound. The bound is the wrap's class, toggled in place
  // (not element state), so every element's table gets it without passing anything.
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${model.label}>
    <table>
      <caption>${model.label}</caption>
      <thead>
        <tr>
          ${tableColumns(model.columns).map((c) => headerCell(c, options.sort))}
        </tr>
      </thead>
      <tbody>
        ${model.rows.map((row) => html`<tr>${tableColumns(model.columns).map((c) => bodyCell(row, c, options))}</tr>`)}
      </tbody>
    </table>
  </div>
  <p class="table-count" part="table-count">
    ${t(lang, 'tableRows', { n: formatNumber(lang, n) })}
    ${n > BOUNDED_ROWS ? html`<button type="button" class="show-all" aria-expanded="false" @click=${(e: Event) => toggleAll(lang, n, e)}>${t(lang, 'showAllRows', { n: formatNumber(lang, n) })}</button>` : ''}
  </p>`;
}

/** Tables with more rows than this (about what the scroll box shows) offer "Show all N rows". */
const BOUNDED_ROWS = 12;

/** Lifts or restores the scroll box's bound; the button stays where the reader's eyes are. */
function toggleAll(lang: Lang, n: number, event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const wrap = button.parentElement?.previousElementSibling as HTMLElement | null;
  const all = wrap?.classList.toggle('all') ?? false;
  button.setAttribute('aria-expanded', String(all));
  button.textContent = t(lang, all ? 'showFewerRows' : 'showAllRows', { n: formatNumber(lang, n) });
  if (!all) wrap?.scrollTo({ top: 0 });
  button.scrollIntoView({ block: 'nearest' });
}

function headerCell(column: Column, sort: TableSort | undefined): TemplateResult {
  const className = isNumeric(column.format) ? 'num' : '';
  if (!sort?.columns.includes(column.key)) return html`<th scope="col" class=${className} data-key=${column.key}>${column.label}</th>`;
  const active = sort.by === column.key;
  const direction = sort.descending ? 'descending' : 'ascending';
  return html`<th scope="col" class=${className} data-key=${column.key} aria-sort=${active ? direction : 'none'}>
    <button type="button" class="sort" @click=${() => sort.onSort(column.key)}>${column.label}${active ? (sort.descending ? ' ▼' : ' ▲') : ''}</button>
  </th>`;
}

function bodyCell<R extends Row>(row: R, column: Column, { lang, cells, rowHeader }: TableOptions<R>): TemplateResult {
  const own = cells?.[column.key];
  const content = own ? own(row) : cellContent(lang, row[column.key], column.format);
  const className = isNumeric(column.format) ? 'num' : '';
  // Data that exists only in English (case names, statutes, descriptions) is marked so on a Spanish
  // page: screen readers pronounce it as English, and the reader knows it is the source's text.
  const cellLang = column.sourceLang && langMark(lang, column.sourceLang);
  return column.key === rowHeader
    ? html`<th scope="row" class=${className} data-key=${column.key} data-label=${column.label} lang=${ifDefined(cellLang)}>${content}</th>`
    : html`<td class=${className} data-key=${column.key} data-label=${column.label} lang=${ifDefined(cellLang)}>${content}</td>`;
}

/**
 * What a table cell shows for a value in a column's format: its text in the reader's language
 * (src/charts/cells.ts, which the static fallback's table shares), links as links to their hosts.
 */
export function cellContent(lang: Lang, value: unknown, format: CellFormat = 'text'): unknown {
  if (format !== 'link' || !Array.isArray(value) || value.length === 0) return cellText(lang, value, format);
  return (value as readonly { url: string }[]).map(
    (l, i) => html`${i ? ' ' : ''}<a href=${ifDefined(safeURL(l.url))} rel="noopener" target="_blank">${hostOf(l.url)}</a>`,
  );
}

/** Styles of the table view (adopted by every element through `FpkElement.styles`). */
export const tableStyles = css`
  /* The scroll box: at most one screen (28rem, or 70 % of a short viewport; in the iframe embed vh
     follows the frame, so the rem cap keeps the frame from growing with the table). */
  .table-wrap {
    overflow: auto;
    max-width: 100%;
    max-height: min(28rem, 70vh);
    overscroll-behavior: contain;
  }
  .table-wrap.all {
    max-height: none;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg, Canvas);
  }
  /* On paper: every row and column, cells wrapping instead of clipping; no buttons. */
  @media print {
    .table-wrap {
      overflow: visible;
      max-height: none;
    }
    thead th {
      position: static;
    }
    th,
    td {
      overflow-wrap: anywhere;
    }
    [part='actions'],
    .show-all,
    .cite-box {
      display: none;
    }
  }
  .table-count {
    font-size: 0.85em;
    color: var(--_muted);
    margin: 0.4em 0 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    color: var(--_muted);
    padding: 0 0 0.4em;
  }
  th,
  td {
    text-align: left;
    padding: 0.3em 0.6em;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
  }
  /* A sortable header reads like the others: the header's own font, not a button's smaller one. */
  th button.sort {
    font: inherit;
    color: inherit;
    border: 0;
    padding: 0;
    min-height: 0;
    background: none;
    font-weight: 700;
    text-align: left;
  }
`;
