/**
 * Build steps of `sanctions` and `sanctions-events`, from the OFAC files and the two derived files
 * in `designations/` (see its PROVENANCE.md §1–4). The derived subset is not taken on trust: the
 * build re-applies its rule to sdn.csv and add.csv and cross-checks every entry.
 */
import { parseCSV } from '../../src/csv.js';
import { convertCell, defineSchema, type Field, type RowOf, type Schema } from '../../src/schema.js';
import {
  ENTRY_TYPES,
  SANCTION_PROGRAMS,
  isSanctionProgram,
  normaliseProgram,
  sanctionEventsSchema,
  sanctionsSchema,
  type SanctionAddress,
  type SanctionAlias,
  type SanctionEntry,
  type SanctionEvent,
  type SanctionProgram,
} from '../../src/datasets/sanctions.js';
import type { BuildContext, Table } from '../pipeline/context.js';
import { defineDataset } from '../pipeline/dataset.js';

const DIR = 'designations';
export const SDN_FILE = `${DIR}/ofac-sdn-csv-2024-05-03/sdn.csv`;
export const ADD_FILE = `${DIR}/ofac-add-alt-csv-2026-06/add.csv`;
export const ALT_FILE = `${DIR}/ofac-add-alt-csv-2026-06/alt.csv`;
export const SUBSET_FILE = `${DIR}/derived/sdn_mexico_linked_2024-05-03.csv`;
export const HISTORY_FILE = `${DIR}/derived/sdn_history_events_2021-08-18_2024-05-03.csv`;
const SNAPSHOT = '2024-05-03';

// OFAC's legacy CSVs have no header row; column names as OFAC documents them.
const SDN_COLUMNS = ['ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign', 'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks'];
const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'city_state_zip', 'country', 'add_remarks'];
const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'];

const sdnSchema = defineSchema({
  name: 'OFAC sdn.csv',
  key: ['ent_num'],
  fields: {
    ent_num: { type: 'integer', min: 1, description: '' },
    SDN_Name: { type: 'string', description: '' },
    // OFAC's -0- (empty) stands for an entity.
    SDN_Type: { type: 'enum', values: ['individual', 'vessel', 'aircraft'], nullable: true, description: '' },
    Program: { type: 'string', description: '' },
    Remarks: { type: 'string', nullable: true, description: '' },
  },
});
const addSchema = defineSchema({
  name: 'OFAC add.csv',
  key: ['add_num'],
  fields: {
    ent_num: { type: 'integer', min: 1, description: '' },
    add_num: { type: 'integer', min: 1, description: '' },
    address: { type: 'string', nullable: true, description: '' },
    city_state_zip: { type: 'string', nullable: true, description: '' },
    country: { type: 'string', nullable: true, description: '' },
    add_remarks: { type: 'string', nullable: true, description: '' },
  },
});
const altSchema = defineSchema({
  name: 'OFAC alt.csv',
  key: ['alt_num'],
  fields: {
    ent_num: { type: 'integer', min: 1, description: '' },
    alt_num: { type: 'integer', min: 1, description: '' },
    alt_type: { type: 'enum', values: ['aka', 'fka', 'nka'], description: '' },
    alt_name: { type: 'string', description: '' },
    alt_remarks: { type: 'string', nullable: true, description: '' },
  },
});

const flag = { type: 'boolean', spellings: ['1', '0'], description: '' } as const;

/** derived/sdn_mexico_linked_2024-05-03.csv, as written by scripts/build_mexico_subset.py. */
export const rawSubsetSchema = defineSchema({
  name: SUBSET_FILE,
  key: ['ent_num'],
  fields: {
    ent_num: { type: 'integer', min: 1, description: '' },
    name: { type: 'string', description: '' },
    sdn_type: { type: 'enum', values: ENTRY_TYPES, description: '' },
    programs: { type: 'string', description: '' },
    mexico_in_remarks: flag,
    mexico_address_2026: flag,
    first_seen_date: { type: 'date', nullable: true, description: '' },
    remarks: { type: 'string', nullable: true, description: '' },
  },
});

/** derived/sdn_history_events_….csv, as written by scripts/build_sdn_history.py. */
export const rawHistorySchema = defineSchema({
  name: HISTORY_FILE,
  key: ['commit', 'ent_num', 'event'],
  fields: {
    date: { type: 'date', description: '' },
    commit_time_utc: { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, description: '' },
    commit: { type: 'string', pattern: /^[0-9a-f]{40}$/, description: '' },
    event: { type: 'enum', values: ['baseline', 'added', 'removed', 'programs_changed', 'name_changed'], description: '' },
    ent_num: { type: 'integer', min: 1, description: '' },
    name: { type: 'string', description: '' },
    name_before: { type: 'string', nullable: true, description: '' },
    // Empty = entity, as in OFAC's file.
    sdn_type: { type: 'enum', values: ['individual', 'vessel', 'aircraft'], nullable: true, description: '' },
    programs_before: { type: 'string', nullable: true, description: '' },
    programs_after: { type: 'string', nullable: true, description: '' },
    mexico_in_remarks: flag,
  },
});

/** "Mexico" as a word but not "New Mexico" (a US state), the rule of both derivation scripts. */
const MEXICO = /(?<!New )\bMexico\b/;

/**
 * Reads one of OFAC's headerless legacy CSVs: drops the \x1a end-of-file line (its absence means
 * the copy may be cut short), turns OFAC's `-0-` into an empty cell, then converts by `schema`.
 */
function readOfacTable<S extends Schema>(ctx: BuildContext, file: string, schema: S, columns: readonly string[]): Table<S> {
  const text = ctx.readText(file);
  if (text === '') return { file, rows: [], lines: [] };
  const eof = /\r?\n\x1a$/;
  if (!eof.test(text)) ctx.problem({ file, value: JSON.stringify(text.slice(-20)), expected: 'OFAC\'s end-of-file line "\\x1a" last (without it the copy may be cut short)' });
  const loose = {
    name: file,
    fields: Object.fromEntries(Object.keys(schema.fields).map((k) => [k, { type: 'string', nullable: true, description: '' } as Field])),
  };
  const parsed = parseCSV(text.replace(eof, ''), loose, { file, header: columns, delimiter: ',' });
  ctx.problems.push(...parsed.errors);
  const rows: RowOf<S>[] = [];
  const lines: number[] = [];
  parsed.rows.forEach((cells, i) => {
    const row: Record<string, unknown> = {};
    let ok = true;
    for (const [name, field] of Object.entries(schema.fields)) {
      const raw = ((cells as Record<string, string | null>)[name] ?? '').trim();
      const result = convertCell(field, raw === '-0-' ? '' : raw);
      if (result.ok) row[name] = result.value;
      else {
        ok = false;
        ctx.problem({ file, row: parsed.lines[i], column: name, value: raw, expected: result.expected });
      }
    }
    if (ok) {
      rows.push(row as RowOf<S>);
      lines.push(parsed.lines[i]!);
    }
  });
  return { file, rows, lines };
}

/** Splits, normalises and checks a program cell; every unknown tag is a problem. */
function programs(ctx: BuildContext, cell: string | null, separator: string, where: { file: string; row: number | undefined; column: string }): SanctionProgram[] {
  const tags = (cell ?? '').split(separator).map((t) => t.trim()).filter(Boolean).map(normaliseProgram);
  for (const tag of tags) {
    if (!isSanctionProgram(tag)) ctx.problem({ ...where, value: tag, expected: `a known program tag (${SANCTION_PROGRAMS.join(', ')}; ILLICIT-DRUGS-EO is read as ILLICIT-DRUGS-EO14059)` });
  }
  return tags.filter(isSanctionProgram);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

/** Groups rows by ent_num, keeping file order. */
function byEntity<R extends { ent_num: number }>(rows: readonly R[]): Map<number, R[]> {
  const map = new Map<number, R[]>();
  for (const r of rows) {
    const list = map.get(r.ent_num);
    if (list) list.push(r);
    else map.set(r.ent_num, [r]);
  }
  return map;
}

const OFAC_SOURCE = 'https://ofac.treasury.gov/specially-designated-nationals-list-data-formats-data-schemas';
const PUBLISHER = 'U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)';
const LICENSE = 'US federal government work: no US copyright (17 U.S.C. §105); no OFAC terms page saying so was found in the stored material. Code MIT.';
const SCRAPER = 'git history of github.com/jackdwyer/specially-designated-nationals-list (305 scrapes 2021-08-18 … 2024-05-03), derived by designations/scripts/build_sdn_history.py';
const TIME_CAVEATS = [
  'Event dates are the UTC date of the first scrape that showed a change, not OFAC\'s action date. Scrapes ran on a cron and were committed only on change; gaps between commits reach 15 days (2021-10-08 → 10-22, 2022-07-14 → 07-29, …), so a change can be dated late. Commits at about 01:40 UTC belong to the previous US-Eastern day: the E.O. 14059 designations of 2021-12-15 are dated 2021-12-16 (01:42:52 UTC).',
  'OFAC renamed the tag ILLICIT-DRUGS-EO to ILLICIT-DRUGS-EO14059 on 2022-09-22; program tags are normalised to the new name everywhere.',
];

export const sanctions = defineDataset({
  name: 'sanctions',
  schema: sanctionsSchema,
  rowType: { name: 'SanctionEntry', module: '../../src/datasets/sanctions.js' },
  // No coverageField: every row is the 2024-05-03 snapshot (`asOf`), and from/to filters on it would keep all rows or none.
  build(ctx) {
    const subset = ctx.readTable(SUBSET_FILE, rawSubsetSchema);
    const sdn = readOfacTable(ctx, SDN_FILE, sdnSchema, SDN_COLUMNS);
    const add = readOfacTable(ctx, ADD_FILE, addSchema, ADD_COLUMNS);
    const alt = readOfacTable(ctx, ALT_FILE, altSchema, ALT_COLUMNS);
    const history = ctx.readTable(HISTORY_FILE, rawHistorySchema);

    const sdnRows = byEntity(sdn.rows);
    for (const [ent, list] of sdnRows) if (list.length > 1) ctx.problem({ file: SDN_FILE, column: 'ent_num', value: String(ent), expected: 'one row per ent_num' });
    const addRows = byEntity(add.rows);
    const altRows = byEntity(alt.rows);
    const mexicoAddress = new Set(add.rows.filter((r) => r.country === 'Mexico').map((r) => r.ent_num));

    // History must end where sdn.csv is: the entries listed after the last scrape are sdn.csv's.
    const listed = new Set<number>();
    const firstSeen = new Map<number, string | null>();
    for (const e of history.rows) {
      if (e.event === 'baseline') firstSeen.set(e.ent_num, null);
      if (e.event === 'added' && !firstSeen.has(e.ent_num)) firstSeen.set(e.ent_num, e.date);
      if (e.event === 'baseline' || e.event === 'added') listed.add(e.ent_num);
      if (e.event === 'removed') listed.delete(e.ent_num);
    }
    if (history.rows.length && sdn.rows.length && (listed.size !== sdnRows.size || [...listed].some((e) => !sdnRows.has(e)))) {
      ctx.problem({ file: HISTORY_FILE, value: `${listed.size} entries listed after the last scrape`, expected: `the ${sdnRows.size} entries of ${SDN_FILE}` });
    }

    // The subset rule (PROVENANCE §4), re-applied: remarks mention Mexico, or a 2026 Mexico address.
    const inSubset = new Set(subset.rows.map((r) => r.ent_num));
    sdn.rows.forEach((s, i) => {
      if ((MEXICO.test(s.Remarks ?? '') || mexicoAddress.has(s.ent_num)) && !inSubset.has(s.ent_num)) {
        ctx.problem({ file: SUBSET_FILE, column: 'ent_num', value: String(s.ent_num), expected: `every Mexico-linked entry of ${SDN_FILE} (row ${sdn.lines[i]})` });
      }
    });

    const rows: SanctionEntry[] = [];
    subset.rows.forEach((r, i) => {
      const line = subset.lines[i];
      const mismatch = (column: string, value: string, expected: string) => ctx.problem({ file: SUBSET_FILE, row: line, column, value, expected });
      const s = sdnRows.get(r.ent_num)?.[0];
      if (!s) return mismatch('ent_num', String(r.ent_num), `an entry of ${SDN_FILE}`);
      const sdnPrograms = (s.Program ?? '').split('] [').map((t) => t.trim()).filter(Boolean);
      if (r.name !== s.SDN_Name) mismatch('name', r.name, `the sdn.csv name "${s.SDN_Name}"`);
      if (r.sdn_type !== (s.SDN_Type ?? 'entity')) mismatch('sdn_type', r.sdn_type, `the sdn.csv type "${s.SDN_Type ?? 'entity'}"`);
      if (r.programs !== sdnPrograms.join(';')) mismatch('programs', r.programs, `the sdn.csv programs "${sdnPrograms.join(';')}"`);
      if ((r.remarks ?? '') !== (s.Remarks ?? '')) mismatch('remarks', r.remarks ?? '', 'the sdn.csv remarks');
      if (r.mexico_in_remarks !== MEXICO.test(s.Remarks ?? '')) mismatch('mexico_in_remarks', String(r.mexico_in_remarks), 'the "Mexico" rule applied to the remarks');
      if (r.mexico_address_2026 !== mexicoAddress.has(r.ent_num)) mismatch('mexico_address_2026', String(r.mexico_address_2026), `a Mexico address in ${ADD_FILE} exactly when 1`);
      if (!r.mexico_in_remarks && !r.mexico_address_2026) mismatch('ent_num', String(r.ent_num), 'an entry meeting rule A or B');
      if (!firstSeen.has(r.ent_num)) mismatch('ent_num', String(r.ent_num), `a baseline or added event in ${HISTORY_FILE}`);
      const seen = firstSeen.get(r.ent_num) ?? null;
      if (seen !== r.first_seen_date) mismatch('first_seen_date', r.first_seen_date ?? '', `the history's first added date (${seen ?? 'none: in the baseline'})`);

      const tags = programs(ctx, r.programs, ';', { file: SUBSET_FILE, row: line, column: 'programs' });
      if (!r.programs.split(';').some((t) => t.trim())) mismatch('programs', r.programs, 'at least one program tag');

      // add.csv holds a row for every entry listed in 2026; absence means the entry was gone by then.
      const addresses = addRows.get(r.ent_num);
      const alts = altRows.get(r.ent_num) ?? [];
      if (!addresses && alts.length) mismatch('ent_num', String(r.ent_num), `an ${ADD_FILE} row, as the entry has aliases in ${ALT_FILE}`);
      for (const a of addresses ?? []) if (a.add_remarks) ctx.problem({ file: ADD_FILE, column: 'add_remarks', value: a.add_remarks, expected: 'empty (address remarks are not carried)' });
      for (const a of alts) if (a.alt_remarks) ctx.problem({ file: ALT_FILE, column: 'alt_remarks', value: a.alt_remarks, expected: 'empty (alias remarks are not carried)' });

      rows.push({
        entNum: r.ent_num,
        name: r.name,
        entryType: r.sdn_type,
        programs: tags,
        aliases: addresses ? [...alts].sort((a, b) => a.alt_num - b.alt_num).map((a): SanctionAlias => ({ name: a.alt_name, type: a.alt_type })) : null,
        addresses: addresses
          ? [...addresses]
              .sort((a, b) => a.add_num - b.add_num)
              .filter((a) => a.address || a.city_state_zip || a.country)
              .map((a): SanctionAddress => ({ address: a.address, cityStateZip: a.city_state_zip, country: a.country }))
          : null,
        mexicoInRemarks: r.mexico_in_remarks,
        mexicoAddress2026: r.mexico_address_2026,
        firstSeen: seen,
        asOf: SNAPSHOT,
      });
    });

    const count = (p: SanctionProgram) => rows.filter((r) => r.programs.includes(p)).length;
    const gone = rows.filter((r) => r.addresses === null).length;
    return {
      rows,
      meta: {
        title: `OFAC sanctions list (SDN): Mexico-linked entries, ${SNAPSHOT}`,
        description:
          'Entries of OFAC\'s Specially Designated Nationals and Blocked Persons (SDN) list linked to Mexico, as the list stood on 2024-05-03: name, type, program tags (Kingpin Act, E.O. 14059, TCO, …), with aliases and addresses from OFAC\'s 2026 files and the date each entry was first seen by a scraper since 2021-08-18.',
        publisher: PUBLISHER,
        license: LICENSE,
        credit: `U.S. Treasury OFAC, SDN list (${SNAPSHOT}; aliases and addresses 2026-06)`,
        citation: `U.S. Department of the Treasury, Office of Foreign Assets Control, Specially Designated Nationals and Blocked Persons List (legacy CSV, copy of ${SNAPSHOT}; add.csv/alt.csv copy of 2026-06-02); Mexico-linked subset by fentanyl-policy-kit.`,
        released: SNAPSHOT,
        sources: [
          {
            title: 'OFAC SDN list, legacy CSV (sdn.csv)',
            publisher: PUBLISHER,
            url: OFAC_SOURCE,
            released: SNAPSHOT,
            files: [ctx.sourceFile(SDN_FILE, 'git scrape github.com/jackdwyer/specially-designated-nationals-list, commit a5ec3c5ee4aae1b36ba24897a051787ea5429d30 (2024-05-03 18:43 UTC) of https://www.treasury.gov/ofac/downloads/sdn.csv')],
          },
          {
            title: 'OFAC SDN list, legacy CSV addresses and alternate names (add.csv, alt.csv)',
            publisher: PUBLISHER,
            url: OFAC_SOURCE,
            released: '2026-06-02',
            files: [
              ctx.sourceFile(ADD_FILE, 'github.com/mino6225/eurasian-risk-screener, commit 61cc8da04e37592c4575860a4067e394f6e3b856 (uploaded 2026-06-02; OFAC publication date unknown)'),
              ctx.sourceFile(ALT_FILE, 'github.com/mino6225/eurasian-risk-screener, commit 61cc8da04e37592c4575860a4067e394f6e3b856 (uploaded 2026-06-02; OFAC publication date unknown)'),
            ],
          },
          {
            title: 'Mexico-linked subset and list-change history (derived)',
            publisher: 'fentanyl-policy-kit research, from the OFAC files above',
            url: 'https://github.com/jackdwyer/specially-designated-nationals-list',
            released: SNAPSHOT,
            files: [
              ctx.sourceFile(SUBSET_FILE, 'designations/scripts/build_mexico_subset.py; re-checked entry by entry against sdn.csv and add.csv by this build'),
              ctx.sourceFile(HISTORY_FILE, SCRAPER),
            ],
          },
        ],
        caveats: [
          'Mexico-linked means: the 2024 remarks mention "Mexico" as a word (nationality, citizenship, place of birth, Mexican IDs; "New Mexico" excluded), or the 2026 add.csv gives a Mexico address. Some entries are linked only by an address (e.g. CUBA-program companies with a Mexico address in 2026); `mexicoInRemarks` and `mexicoAddress2026` say which rule applies.',
          'Snapshot of 2024-05-03, the last usable copy of the legacy sdn.csv: designations since then (including the 2025 FTO/SDGT designations of cartels, see the `designations` dataset) are not here.',
          `Aliases and addresses come from OFAC files downloaded by 2026-06-02, two years after the snapshot, and may differ from what the list said in 2024. ${gone} entries are missing from the 2026 files (most likely delisted in between): their aliases and addresses are null (unknown). The address-rule under-counts for such entries.`,
          'sdn.csv carries no designation date. firstSeen is when a scraper first saw the entry (2021-08-18 … 2024-05-03), not OFAC\'s action date; null means the entry was already listed on 2021-08-18.',
          'OFAC caps Remarks at 1,000 characters (the rest is in sdn_comments.csv, which was not available); the Mexico rule reads only those 1,000. Remarks (DOB, IDs, "Linked To") are not shipped here.',
          `Program counts: ${SANCTION_PROGRAMS.map((p) => `${p} ${count(p)}`).join('; ')} (an entry may carry several).`,
          ...TIME_CAVEATS.slice(1),
        ],
        revisions: [],
      },
    };
  },
});

export const sanctionsEvents = defineDataset({
  name: 'sanctions-events',
  schema: sanctionEventsSchema,
  rowType: { name: 'SanctionEvent', module: '../../src/datasets/sanctions.js' },
  coverageField: 'date',
  build(ctx) {
    const subset = ctx.readTable(SUBSET_FILE, rawSubsetSchema);
    const history = ctx.readTable(HISTORY_FILE, rawHistorySchema);
    const inSnapshot = new Set(subset.rows.map((r) => r.ent_num));
    // An entry delisted before 2024-05-03 is missing from the subset; its remarks flag at any event
    // (rule A) still marks it Mexico-linked. Rule B (2026 addresses) cannot see such entries.
    const linked = new Set([...inSnapshot, ...history.rows.filter((e) => e.mexico_in_remarks).map((e) => e.ent_num)]);

    const rows: SanctionEvent[] = [];
    history.rows.forEach((e, i) => {
      const line = history.lines[i];
      if (!e.commit_time_utc.startsWith(e.date)) ctx.problem({ file: HISTORY_FILE, row: line, column: 'date', value: e.date, expected: `the date of commit_time_utc ${e.commit_time_utc}` });
      if (e.event === 'baseline' || !linked.has(e.ent_num)) return;
      const where = (column: string) => ({ file: HISTORY_FILE, row: line, column });
      const before = programs(ctx, e.programs_before, ';', where('programs_before'));
      const after = programs(ctx, e.programs_after, ';', where('programs_after'));
      if (e.event === 'name_changed' && !e.name_before) ctx.problem({ ...where('name_before'), value: '', expected: 'the previous name on a name_changed event' });
      rows.push({
        date: e.date,
        scrapedAt: e.commit_time_utc,
        event: e.event,
        entNum: e.ent_num,
        name: e.name,
        nameBefore: e.name_before,
        entryType: e.sdn_type ?? 'entity',
        programsBefore: before,
        programsAfter: after,
        renameOnly: e.event === 'programs_changed' && sameSet(before, after),
        mexicoInRemarks: e.mexico_in_remarks,
        inSnapshot: inSnapshot.has(e.ent_num),
      });
    });
    const n = (event: string) => rows.filter((r) => r.event === event).length;
    const renames = rows.filter((r) => r.renameOnly).length;
    return {
      rows,
      meta: {
        title: 'OFAC sanctions list (SDN): changes to Mexico-linked entries, 2021-08-18 to 2024-05-03',
        description:
          'Additions, removals, program changes and name changes of Mexico-linked entries on OFAC\'s SDN list, as seen by a scraper that saved OFAC\'s sdn.csv every few hours from 2021-08-18 to 2024-05-03. One row per entry per change; for counting designations per month, use `added` rows and programs_changed rows that are not `renameOnly`.',
        publisher: PUBLISHER,
        license: LICENSE,
        credit: 'U.S. Treasury OFAC, SDN list changes 2021-08 to 2024-05 (scraped)',
        citation: `U.S. Department of the Treasury, Office of Foreign Assets Control, Specially Designated Nationals and Blocked Persons List (legacy CSV), successive copies 2021-08-18 … ${SNAPSHOT} scraped by github.com/jackdwyer/specially-designated-nationals-list; change events by fentanyl-policy-kit.`,
        released: SNAPSHOT,
        sources: [
          {
            title: 'OFAC SDN list change events (derived from a git scrape of sdn.csv)',
            publisher: PUBLISHER,
            url: 'https://github.com/jackdwyer/specially-designated-nationals-list',
            released: SNAPSHOT,
            files: [ctx.sourceFile(HISTORY_FILE, SCRAPER), ctx.sourceFile(SUBSET_FILE, 'designations/scripts/build_mexico_subset.py (which entries are in the 2024-05-03 snapshot)')],
          },
        ],
        caveats: [
          ...TIME_CAVEATS,
          `Mexico-linked means: in the \`sanctions\` subset of 2024-05-03, or the entry's remarks mentioned "Mexico" at any scrape (this keeps entries delisted before 2024-05-03, which have \`inSnapshot\` false). Entries delisted before 2024-05-03 whose remarks never mentioned Mexico cannot be recognised (they have no 2026 address to go by).`,
          `${n('added')} added, ${n('removed')} removed, ${n('programs_changed')} programs_changed (${renames} of them only the ILLICIT-DRUGS-EO rename, flagged \`renameOnly\`), ${n('name_changed')} name_changed. Entries already listed on 2021-08-18 have no added event.`,
          'Changes to other fields (remarks, addresses, aliases) are not tracked by the source.',
        ],
        revisions: [],
      },
    };
  },
});
