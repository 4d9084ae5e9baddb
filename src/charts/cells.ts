/**
 * A table cell as its text, in the element's language: the element's table view, the static
 * fallback's table (src/render/html.ts) and any other table show the same words. Links are the
 * caller's to draw (a Lit template in the element, escaped HTML in Node). No DOM.
 */
import type { CellFormat, Column } from './contract.js';
import { formatDate, formatMonth, formatNumber, formatPercent, type Lang } from '../i18n/index.js';

/** Whether a column holds numbers (right-aligned). */
export function isNumeric(format?: CellFormat): boolean {
  return format === 'number' || format === 'rate' || format === 'percent';
}

/** The cell's text; '—' for no value. A `link` cell is its links' addresses (callers draw links themselves). */
export function cellText(lang: Lang, value: unknown, format: CellFormat = 'text'): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (format) {
    case 'number':
      return formatNumber(lang, value as number);
    case 'rate':
      return formatNumber(lang, value as number, 1);
    case 'percent':
      return formatPercent(lang, value as number);
    case 'month':
      return formatMonth(lang, value as string);
    case 'date':
      return formatDate(lang, value as string);
    case 'list':
      return (value as readonly string[]).join('; ');
    case 'link':
      return (value as readonly { url: string }[]).map((l) => l.url).join(' ');
    default:
      return String(value);
  }
}

/** The columns a reader sees in a table: codes and periods kept for programs (`downloadOnly`) are in the downloads only. */
export function tableColumns(columns: readonly Column[]): readonly Column[] {
  return columns.filter((c) => !c.downloadOnly);
}
