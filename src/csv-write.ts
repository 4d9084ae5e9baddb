/**
 * `toCSV`: rows as RFC 4180 CSV. Its own module, without papaparse, because every chart page
 * loads it (downloads and the element's synchronous `csv` property) while only a reader's own
 * CSV needs a parser: papaparse's `unparse` would add 6.5 KB brotli to every page for the few
 * lines below. Rows come out byte-identical to `Papa.unparse(…, { quotes: false, newline: '\n',
 * escapeFormulae: true })` (test/node/csv.test.ts compares them; test/node/rebuild.test.ts
 * rebuilds every committed CSV); with no rows it writes the header line alone, where papaparse
 * added a blank line.
 *
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that begins with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a formula, so
 * a reader's CSV or a curated text beginning `=HYPERLINK(…)` would become a live link or command
 * in the spreadsheet of whoever opens the download. Such a text cell is written with a leading
 * apostrophe and quoted (`"'=HYPERLINK(…)"`), which spreadsheets show as the text it was. A number
 * is written as a number, `-22.8` included: the rule looks at the value's type, not its text.
 * The same writer makes the committed dataset CSVs, which people open in spreadsheets too
 * (docs/ARCHITECTURE.md, "CSV files and spreadsheets").
 */
import { formatCell, type Schema } from './schema-engine.js';

/** papaparse's rule: quote a value holding a quote, comma, line break or BOM, or starting or ending with a space. */
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;
/** OWASP's list of first characters that make a spreadsheet evaluate a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell; `number` says the text is a finite number's, which a spreadsheet must read as a number. */
function cell(text: string, number = false): string {
  if (!number && FORMULA_START.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const isNumber = (value: unknown): boolean => (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint';

/**
 * Writes rows as RFC 4180 CSV with LF line endings. With a schema, columns follow the schema and
 * values use its canonical text; without one, the keys of the first row are used.
 */
export function toCSV(rows: readonly object[], schema?: Schema): string {
  const names = schema ? Object.keys(schema.fields) : Object.keys(rows[0] ?? {});
  const lines = [names.map((name) => cell(name)).join(',')];
  for (const row of rows) {
    lines.push(
      names
        .map((name) => {
          const value = (row as Record<string, unknown>)[name];
          const field = schema?.fields[name];
          if (field) return cell(formatCell(field, value), isNumber(value));
          if (value === null || value === undefined) return '';
          return cell(typeof value === 'object' ? JSON.stringify(value) : String(value), isNumber(value));
        })
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
