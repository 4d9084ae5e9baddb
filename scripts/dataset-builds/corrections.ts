/**
 * The curators' corrections file (`curated-corrections-2026-12-02.csv`): one row per corrected cell
 * of the hand-compiled designations and cases, with its old value, new value, source and quote.
 * The build checks each against the raw row it names: a cell that already holds the new value is
 * "verified", one that still holds the old value gets the new value ("applied"), and anything else
 * is a problem of the build (the file and the row disagree, so neither is taken on trust).
 */
import { defineSchema } from '../../src/schema-engine.js';
import type { BuildContext, Table } from '../pipeline/context.js';
import type { Schema } from '../../src/schema-engine.js';

export const CORRECTIONS_FILE = 'curated-corrections-2026-12-02.csv';

export const rawCorrectionsSchema = defineSchema({
  name: CORRECTIONS_FILE,
  fields: {
    file: { type: 'enum', values: ['designations/fto-cartel-designations.csv', 'rulings/cases.csv'], description: '' },
    row: { type: 'string', description: '' },
    column: { type: 'string', description: '' },
    old_value: { type: 'string', nullable: true, description: '' },
    new_value: { type: 'string', description: '' },
    source_url: { type: 'string', description: '' },
    quote: { type: 'string', description: '' },
  },
});

export interface CorrectionOutcome {
  readonly row: string;
  readonly column: string;
  readonly outcome: 'verified' | 'applied';
  /** The correction's sources (` ; `-separated in the file), with its quote cell. */
  readonly sourceUrls: readonly string[];
  readonly quote: string;
}

/**
 * Checks (and where needed applies) the corrections of one raw file. `keyOf` names a raw row as
 * the corrections file does (cases: the id; designations: "party | type | date" or "(no date)").
 * Rows are changed in place; the outcome of every correction is returned for the meta.
 */
export function applyCorrections<S extends Schema>(
  ctx: BuildContext,
  file: string,
  table: Table<S>,
  keyOf: (row: Table<S>['rows'][number]) => string,
): CorrectionOutcome[] {
  // A raw folder from before 2026-12-02 has no corrections file: nothing to check.
  if (!ctx.has(CORRECTIONS_FILE)) return [];
  const corrections = ctx.readTable(CORRECTIONS_FILE, rawCorrectionsSchema);
  const byKey = new Map(table.rows.map((r) => [keyOf(r), r as Record<string, unknown>]));
  const outcomes: CorrectionOutcome[] = [];
  corrections.rows.forEach((c, i) => {
    if (c.file !== file) return;
    const problem = (value: string, expected: string) =>
      ctx.problem({ file: CORRECTIONS_FILE, row: corrections.lines[i], column: c.column, value, expected });
    const row = byKey.get(c.row);
    if (!row) return problem(c.row, `a row of ${file}`);
    if (!(c.column in row)) return problem(c.column, `a column of ${file}`);
    const cell = row[c.column] === null || row[c.column] === undefined ? '' : String(row[c.column]);
    let outcome: CorrectionOutcome['outcome'];
    if (cell === c.new_value) outcome = 'verified';
    else if (cell === (c.old_value ?? '')) {
      row[c.column] = c.new_value;
      outcome = 'applied';
    } else
      return problem(
        cell,
        `the correction's old value ${JSON.stringify(c.old_value ?? '')} or its new value ${JSON.stringify(c.new_value)}`,
      );
    outcomes.push({
      row: c.row,
      column: c.column,
      outcome,
      sourceUrls: c.source_url
        .split(' ; ')
        .map((u) => u.trim())
        .filter(Boolean),
      quote: c.quote,
    });
  });
  return outcomes;
}

/** "21 corrections verified in the raw file, 0 applied by the build: …" for a dataset's meta. */
export function correctionsNote(outcomes: readonly CorrectionOutcome[]): string {
  if (outcomes.length === 0) return `No corrections file (${CORRECTIONS_FILE}) in the raw folder, or none for this file.`;
  const verified = outcomes.filter((o) => o.outcome === 'verified');
  const applied = outcomes.filter((o) => o.outcome === 'applied');
  const list = (os: readonly CorrectionOutcome[]) => os.map((o) => `${o.row} (${o.column})`).join('; ');
  return (
    `Corrections of 2026-12-02 (${CORRECTIONS_FILE}): ${verified.length} already in the raw file and verified by the build, ${applied.length} applied by the build.` +
    (verified.length ? ` Verified: ${list(verified)}.` : '') +
    (applied.length ? ` Applied: ${list(applied)}.` : '')
  );
}
