/**
 * `toCSV`: rows as RFC 4180 CSV. Its own module, without papaparse, because every chart page
 * loads it (downloads and the element's synchronous `csv` property) while only a reader's own
 * CSV needs a parser: papaparse's `unparse` would add 6.5 KB brotli to every page for the ten
 * lines below. Rows come out byte-identical to `Papa.unparse(…, { quotes: false, newline: '\n' })`
 * (test/node/csv.test.ts compares them; test/node/rebuild.test.ts rebuilds every committed CSV); with
 * no rows it writes the header line alone, where papaparse added a blank line.
 */
import { formatCell, type Schema } from './schema.js';

/** papaparse's rule: quote a value holding a quote, comma, line break or BOM, or starting or ending with a space. */
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;

function cell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV with LF line endings. With a schema, columns follow the schema and
 * values use its canonical text; without one, the keys of the first row are used.
 */
export function toCSV(rows: readonly object[], schema?: Schema): string {
  const names = schema ? Object.keys(schema.fields) : Object.keys(rows[0] ?? {});
  const lines = [names.map(cell).join(',')];
  for (const row of rows) {
    lines.push(
      names
        .map((name) => {
          const value = (row as Record<string, unknown>)[name];
          const field = schema?.fields[name];
          if (field) return cell(formatCell(field, value));
          if (value === null || value === undefined) return '';
          return cell(typeof value === 'object' ? JSON.stringify(value) : String(value));
        })
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
