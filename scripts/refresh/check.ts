/**
 * Structural checks of a downloaded table: it is not empty, papaparse reads it (no type guessing),
 * the columns are the expected ones, and every record has as many fields as the header. Cell
 * values are the build step's business (`npm run data:build` checks every one of them).
 */
import Papa from 'papaparse';
import type { Layout } from './sources.js';

export interface TableCheck {
  /** Data records (header and OFAC's end-of-file line not counted); null when unreadable. */
  readonly rows: number | null;
  readonly problems: string[];
}

export interface CheckOptions {
  readonly rowLimit?: number;
}

/** How many offending records to name before summarising the rest. */
const LIST_AT_MOST = 10;
/** OFAC's legacy CSVs end with a line holding only Ctrl-Z. */
const EOF_LINE = /(?:^|\r?\n)\x1a\s*$/;

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

export function checkTable(data: Uint8Array, layout: Layout, options: CheckOptions = {}): TableCheck {
  if (data.byteLength === 0) return { rows: null, problems: ['the file is empty (0 bytes)'] };
  const problems: string[] = [];
  let text = new TextDecoder('utf-8').decode(data);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  if (layout.kind === 'headerless') {
    const eof = EOF_LINE.exec(text);
    if (eof) text = text.slice(0, eof.index);
    else problems.push('no end-of-file line (a single \\x1a) at the end: OFAC ends every file with one, so this copy may be cut off');
  }

  const parsed = Papa.parse<string[]>(text, { header: false, dynamicTyping: false, skipEmptyLines: 'greedy', delimiter: ',' });
  for (const e of parsed.errors.slice(0, LIST_AT_MOST)) {
    problems.push(`papaparse: ${e.message}${e.row !== undefined ? ` (record ${e.row + 1})` : ''}`);
  }
  if (parsed.errors.length > LIST_AT_MOST) problems.push(`papaparse: … and ${parsed.errors.length - LIST_AT_MOST} more errors`);

  let width: number;
  let records: string[][];
  let firstRecordNumber: number;
  if (layout.kind === 'header') {
    const [header = [], ...rest] = parsed.data;
    const columns = header.map((c) => c.trim());
    const missing = layout.columns.filter((c) => !columns.includes(c));
    const extra = columns.filter((c) => !layout.columns.includes(c));
    const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
    if (missing.length) problems.push(`missing column${missing.length > 1 ? 's' : ''} ${quoted(missing)}`);
    if (extra.length) problems.push(`unexpected column${extra.length > 1 ? 's' : ''} ${quoted(extra)}`);
    if (repeated.length) problems.push(`repeated column${repeated.length > 1 ? 's' : ''} ${quoted([...new Set(repeated)])}`);
    width = columns.length;
    records = rest;
    firstRecordNumber = 2;
  } else {
    width = layout.columns.length;
    records = parsed.data;
    firstRecordNumber = 1;
    // A header row here would shift every record by one in the build: OFAC's first field is the entry number.
    const first = records[0]?.[0];
    if (first !== undefined && !/^\d+$/.test(first.trim())) {
      problems.push(
        `record 1 starts with "${first}", not an entry number: this file should have no header row (columns: ${layout.columns.join(', ')})`,
      );
    }
  }

  const wrong = records.flatMap((r, i) => (r.length === width ? [] : [`record ${i + firstRecordNumber} has ${r.length} fields`]));
  if (wrong.length) {
    const listed = wrong.slice(0, LIST_AT_MOST).join('; ');
    const more = wrong.length > LIST_AT_MOST ? `; … and ${wrong.length - LIST_AT_MOST} more` : '';
    problems.push(
      `expected ${width} fields in every record (${layout.kind === 'header' ? 'as in the header' : layout.columns.join(', ')}): ${listed}${more}`,
    );
  }
  if (records.length === 0) problems.push('no data records');
  if (options.rowLimit !== undefined && records.length >= options.rowLimit) {
    problems.push(`${records.length} records reach the API page size of ${options.rowLimit}: the file may be cut off`);
  }
  return { rows: records.length, problems };
}
