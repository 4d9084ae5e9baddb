/**
 * CSV in and out. `parseCSV` reads a table by a schema through papaparse and returns every row it
 * could read plus every problem it met (a reader's own CSV, or our canonical files); `toCSV`
 * (src/csv-write.ts) writes rows in the schema's column order so downloads match what a chart
 * displays.
 */
import Papa from 'papaparse';
import { convertCell, type Problem, type RowOf, type Schema } from './schema-engine.js';

export { toCSV } from './csv-write.js';

export interface ParseResult<S extends Schema> {
  readonly rows: RowOf<S>[];
  /** Row-level problems; a row with any problem is left out of `rows`. */
  readonly errors: Problem[];
  /** Header names found in the file, in order. */
  readonly columns: string[];
  /** 1-based file line of each row in `rows` (header is line 1), for later error messages. */
  readonly lines: number[];
}

export interface ParseOptions {
  /** Name of the file in error messages. */
  readonly file?: string;
  /** Field delimiter; default: papaparse's detection among , ; tab |. */
  readonly delimiter?: string;
  /** Column names for a file without a header row (OFAC's legacy CSVs have none). */
  readonly header?: readonly string[];
}

/** The column a field reads: its `column` when set, else its own name. */
export function columnOf(schema: Schema, name: string): string {
  return schema.fields[name]?.column ?? name;
}

export function parseCSV<S extends Schema>(text: string, schema: S, options: ParseOptions = {}): ParseResult<S> {
  const file = options.file ?? schema.name;
  // A leading BOM would become part of the first header name.
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(clean, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
    delimiter: options.delimiter ?? '',
  });
  const errors: Problem[] = [];
  for (const e of parsed.errors) {
    // Papaparse's row index counts data rows from 0 with the header at index 0 here (header: false).
    errors.push({ file, row: e.row !== undefined ? e.row + 1 : undefined, expected: `well-formed CSV (${e.message})` });
  }
  const headerless = options.header !== undefined;
  const [header = [], ...records] = headerless ? [[...options.header], ...parsed.data] : parsed.data;
  const columns = header.map((h) => h.trim());
  const index = new Map(columns.map((c, i) => [c, i]));
  const missing = Object.keys(schema.fields).filter((name) => !index.has(columnOf(schema, name)));
  if (missing.length) {
    errors.push({
      file,
      row: 1,
      value: columns.join(','),
      expected: `columns ${missing.map((m) => `"${columnOf(schema, m)}"`).join(', ')} in the header`,
    });
    return { rows: [], errors, columns, lines: [] };
  }
  const rows: RowOf<S>[] = [];
  const lines: number[] = [];
  records.forEach((cells, i) => {
    const line = headerless ? i + 1 : i + 2;
    if (cells.length !== columns.length) {
      errors.push({ file, row: line, value: cells.join(','), expected: `${columns.length} fields, found ${cells.length}` });
      return;
    }
    const row: Record<string, unknown> = {};
    let ok = true;
    for (const [name, field] of Object.entries(schema.fields)) {
      const column = columnOf(schema, name);
      const text = cells[index.get(column)!]!;
      const result = convertCell(field, text);
      if (result.ok) row[name] = result.value;
      else {
        ok = false;
        errors.push({ file, row: line, column, value: text, expected: result.expected });
      }
    }
    if (ok) {
      rows.push(row as RowOf<S>);
      lines.push(line);
    }
  });
  return { rows, errors, columns, lines };
}
