/**
 * What `fpk data` prints: the rows of a query, each carrying its provenance (the README's
 * promise), so a row pasted into a spreadsheet or a story still says where it comes from:
 *
 * - `source`: the dataset's credit line (publisher and title, as charts print it);
 * - `release`: the release the row's values come from: the row's own `release` where the dataset
 *   records one per row (overdoses), else the release of the raw file the row names (seizures'
 *   `file`), else the dataset's release date;
 * - `version`: the dataset version (release + content hash), which changes whenever any row does.
 *
 * CSV: these three columns after the dataset's own (a dataset's own `release` column is kept and
 * not repeated). JSON: the same fields on every row.
 */
import { toCSV } from '../csv.js';
import type { DatasetMeta } from '../meta.js';
import { defineSchema, type Schema } from '../schema-engine.js';

export interface RowProvenance {
  readonly source: string;
  readonly release: string;
  readonly version: string;
}

/** The provenance of each row of a dataset. */
export function rowProvenance(meta: DatasetMeta): (row: object) => RowProvenance {
  const releaseOfFile = new Map<string, string>();
  for (const s of meta.sources)
    for (const f of s.files) if (s.released) releaseOfFile.set(f.path.slice(f.path.lastIndexOf('/') + 1), s.released);
  const fileFields = meta.fields.filter((f) => f.values?.some((v) => releaseOfFile.has(v))).map((f) => f.name);
  return (row) => {
    const r = row as Record<string, unknown>;
    const own = typeof r.release === 'string' ? r.release : undefined;
    const fromFile = fileFields.map((f) => releaseOfFile.get(String(r[f]))).find((x) => x !== undefined);
    return { source: meta.credit, release: own ?? fromFile ?? meta.released, version: meta.version };
  };
}

const PROVENANCE_FIELDS = {
  source: { type: 'string', description: 'Source of the row: the dataset credit line.' },
  release: { type: 'string', description: 'Release (date) of the source the row’s values come from.' },
  version: { type: 'string', description: 'Dataset version: release + content hash.' },
} as const;

/** The rows as `fpk data` prints them, in `csv` or `json`. */
export function formatDataOutput(format: 'csv' | 'json', rows: readonly object[], meta: DatasetMeta, schema: Schema): string {
  const provenance = rowProvenance(meta);
  const withProvenance = rows.map((row) => ({ ...row, ...provenance(row) }));
  if (format === 'json') {
    return `${JSON.stringify({ meta: { name: meta.name, version: meta.version, released: meta.released, citation: meta.citation }, rows: withProvenance }, null, 2)}\n`;
  }
  const extra = Object.fromEntries(Object.entries(PROVENANCE_FIELDS).filter(([name]) => !(name in schema.fields)));
  return toCSV(withProvenance, defineSchema({ name: schema.name, fields: { ...schema.fields, ...extra } }));
}
