/**
 * The 2026 copies of OFAC's SDN list (designations/ofac-sdn-derived-2026/, see its PROVENANCE.md):
 * a third party's daily parse of OFAC's SDN.CSV + ALT.CSV as published on 2026-07-23 and
 * 2026-08-20. Names, types and programs only: no remarks, no addresses, no designation dates.
 * Read and checked here; `sanctions.ts` turns them into each entry's status and the changes
 * between copies.
 */
import { defineSchema, duplicateKeys, type RowOf } from '../../src/schema-engine.js';
import { ENTRY_TYPES, type SanctionListDate } from '../../src/dataset-schemas/sanctions.js';
import type { BuildContext } from '../pipeline/context.js';

const DIR = 'designations/ofac-sdn-derived-2026';

/** One copy: OFAC's publication date, and where the third party's repository holds it. */
interface StatusCopySource {
  readonly date: Exclude<SanctionListDate, '2024-05-03'>;
  readonly commit: string;
  readonly retrieved: string;
}
export const STATUS_COPIES: readonly StatusCopySource[] = [
  { date: '2026-07-23', commit: 'c24b86498d7454a021e28faa82673a734ed6ecbf', retrieved: '2026-07-25' },
  { date: '2026-08-20', commit: '3186e895e4ec63122cffece2d127e3f1fbe4c5c4', retrieved: '2026-08-22' },
];
export const PARSER_REPO = 'https://github.com/kindrat86/ofac-sdn-json';

export const statusFile = (date: string) => `${DIR}/published-${date}/ofac-sdn.csv`;
export const statusMetaFile = (date: string) => `${DIR}/published-${date}/metadata.json`;

/** ofac-sdn.csv as the parser writes it: OFAC's ent_num as `uid`, `entity` for OFAC's -0- type. */
export const rawStatusSchema = defineSchema({
  name: 'OFAC SDN status copy (ofac-sdn.csv)',
  key: ['uid'],
  fields: {
    uid: { type: 'integer', min: 1, description: '' },
    name: { type: 'string', description: '' },
    type: { type: 'enum', values: ENTRY_TYPES, description: '' },
    // Raw tags, "; "-joined in OFAC's order; checked and normalised where an entry is used.
    programs: { type: 'list', separator: '; ', description: '' },
    alternate_names: { type: 'list', separator: '; ', description: '' },
  },
});
export type RawStatusRow = RowOf<typeof rawStatusSchema> & { readonly line: number };

/**
 * The shape of an OFAC program code ("SDNTK", "IRAN-EO13902", "CAATSA - RUSSIA", "SOUTH SUDAN").
 * Checked on every entry, so a parse that left OFAC's "] [" separators or brackets in a cell
 * fails; what a tag means is checked only where an entry is used (SANCTION_PROGRAMS).
 */
const PROGRAM_CODE = /^[A-Z0-9]+(?:(?: - |[ -])[A-Z0-9]+)*$/;

export interface StatusCopy extends StatusCopySource {
  readonly file: string;
  readonly entries: ReadonlyMap<number, RawStatusRow>;
}

/**
 * Reads both copies; every problem is recorded: a missing column (all of them named), a bad cell,
 * a repeated uid, an entry without programs, and a metadata.json whose publication date or entry
 * count disagrees with the file.
 */
export function readStatusCopies(ctx: BuildContext): StatusCopy[] {
  return STATUS_COPIES.map((copy) => {
    const file = statusFile(copy.date);
    const table = ctx.readTable(file, rawStatusSchema, { delimiter: ',' });
    ctx.problems.push(...duplicateKeys(rawStatusSchema, table.rows, file, (i) => table.lines[i]!));
    const entries = new Map<number, RawStatusRow>();
    table.rows.forEach((r, i) => {
      if (!r.programs.length)
        ctx.problem({
          file,
          row: table.lines[i],
          column: 'programs',
          value: '',
          expected: 'at least one program tag (every SDN entry has one)',
        });
      for (const tag of r.programs)
        if (!PROGRAM_CODE.test(tag))
          ctx.problem({
            file,
            row: table.lines[i],
            column: 'programs',
            value: tag,
            expected: `an OFAC program code (${PROGRAM_CODE}), tags separated by "; "`,
          });
      if (!entries.has(r.uid)) entries.set(r.uid, { ...r, line: table.lines[i]! });
    });

    const metaFile = statusMetaFile(copy.date);
    const text = ctx.readText(metaFile);
    if (text !== '') {
      let meta: { published?: unknown; counts?: { entries?: unknown } } = {};
      try {
        meta = JSON.parse(text) as typeof meta;
      } catch {
        ctx.problem({ file: metaFile, expected: 'JSON' });
      }
      if (meta.published !== copy.date)
        ctx.problem({
          file: metaFile,
          column: 'published',
          value: String(meta.published),
          expected: `OFAC's publication date ${copy.date} (the folder's date)`,
        });
      if (table.rows.length && meta.counts?.entries !== table.rows.length) {
        ctx.problem({
          file: metaFile,
          column: 'counts.entries',
          value: String(meta.counts?.entries),
          expected: `the ${table.rows.length} entries of ${file}`,
        });
      }
    }
    return { ...copy, file, entries };
  });
}
