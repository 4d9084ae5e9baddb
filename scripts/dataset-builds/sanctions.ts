/**
 * Build steps of `sanctions` and `sanctions-events`, from the OFAC files and the two derived files
 * in `designations/` (see its PROVENANCE.md §1–4), and the 2026 status copies
 * (`sanctions-status.ts`). The derived subset is not taken on trust: the build re-applies its rule
 * to sdn.csv and add.csv and cross-checks every entry.
 */
import { parseCSV } from '../../src/csv.js';
import { convertCell, defineSchema, type Field, type RowOf, type Schema } from '../../src/schema-engine.js';
import {
  ENTRY_TYPES,
  SANCTION_LIST_DATES,
  SANCTION_PROGRAMS,
  SANCTION_STATUS_DATE,
  isSanctionProgram,
  normaliseProgram,
  sanctionEventsSchema,
  sanctionsSchema,
  type SanctionAddress,
  type SanctionAlias,
  type SanctionEntry,
  type SanctionEvent,
  type SanctionListState,
  type SanctionProgram,
  type EntryType,
} from '../../src/dataset-schemas/sanctions.js';
import type { BuildContext, Table } from '../pipeline/context.js';
import { defineDataset } from '../pipeline/dataset.js';
import { PARSER_REPO, readStatusCopies, statusMetaFile, type StatusCopy } from './sanctions-status.js';

const DIR = 'designations';
export const SDN_FILE = `${DIR}/ofac-sdn-csv-2024-05-03/sdn.csv`;
export const ADD_FILE = `${DIR}/ofac-add-alt-csv-2026-06/add.csv`;
export const ALT_FILE = `${DIR}/ofac-add-alt-csv-2026-06/alt.csv`;
export const SUBSET_FILE = `${DIR}/derived/sdn_mexico_linked_2024-05-03.csv`;
export const HISTORY_FILE = `${DIR}/derived/sdn_history_events_2021-08-18_2024-05-03.csv`;
const SNAPSHOT = '2024-05-03';

// OFAC's legacy CSVs have no header row; column names as OFAC documents them.
const SDN_COLUMNS = [
  'ent_num',
  'SDN_Name',
  'SDN_Type',
  'Program',
  'Title',
  'Call_Sign',
  'Vess_type',
  'Tonnage',
  'GRT',
  'Vess_flag',
  'Vess_owner',
  'Remarks',
];
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
export function readOfacTable<S extends Schema>(ctx: BuildContext, file: string, schema: S, columns: readonly string[]): Table<S> {
  const text = ctx.readText(file);
  if (text === '') return { file, rows: [], lines: [] };
  const eof = /\r?\n\x1a$/;
  if (!eof.test(text))
    ctx.problem({
      file,
      value: JSON.stringify(text.slice(-20)),
      expected: 'OFAC\'s end-of-file line "\\x1a" last (without it the copy may be cut short)',
    });
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

type Where = { file: string; row: number | undefined; column: string };

/** Splits, normalises and checks a program cell; every unknown tag is a problem. */
function programs(ctx: BuildContext, cell: string | null, separator: string, where: Where): SanctionProgram[] {
  return knownPrograms(ctx, (cell ?? '').split(separator), where);
}

function knownPrograms(ctx: BuildContext, list: readonly string[], where: Where): SanctionProgram[] {
  const tags = list
    .map((t) => t.trim())
    .filter(Boolean)
    .map(normaliseProgram);
  for (const tag of tags) {
    if (!isSanctionProgram(tag))
      ctx.problem({
        ...where,
        value: tag,
        expected: `a known program tag (${SANCTION_PROGRAMS.join(', ')}; ILLICIT-DRUGS-EO is read as ILLICIT-DRUGS-EO14059)`,
      });
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

/** An entry of the 2024 snapshot as the subset file gives it (checked against sdn.csv by `sanctions`). */
interface SnapshotEntry {
  readonly entNum: number;
  readonly name: string;
  readonly entryType: EntryType;
  readonly programs: readonly SanctionProgram[];
}

/** A Mexico-linked entry on each dated copy of the list (SANCTION_LIST_DATES, in order). */
interface EntryStates {
  readonly entNum: number;
  readonly entryType: EntryType;
  readonly inSnapshot: boolean;
  readonly states: readonly SanctionListState[];
}

/** What the 2026 copies cannot tell, counted for the caveats. */
interface StatusLimits {
  /** Listed on 2026-08-20, not on 2024-05-03, and not in the June-2026 add.csv: no country to go by. */
  readonly noAddressFile: number;
  /** Listed on 2026-08-20, not on 2024-05-03, in add.csv without a Mexico address: rule A (remarks) cannot be applied. */
  readonly noRemarks: number;
  /** Added between the two 2026 copies (none is in add.csv, which predates them). */
  readonly addedBetweenCopies: number;
  /** New since 2024 with a Mexico address in add.csv but on neither 2026 copy: name and programs unknown. */
  readonly addressOnly: number;
  /** How many of all the entries listed on 2024-05-03 (not only Mexico-linked) each 2026 copy still lists. */
  readonly still2024: readonly number[];
}

/**
 * Each Mexico-linked entry on the three dated copies. Mexico-linked: the 2024 snapshot (rules A
 * or B), plus entries not listed on 2024-05-03 that have a Mexico address in the June-2026 add.csv
 * and are on a 2026 copy (rule B only: the copies have no remarks, so rule A cannot be applied
 * and no country is ever guessed from a name).
 */
function statusLayer(
  ctx: BuildContext,
  snapshot: readonly SnapshotEntry[],
  listed2024: ReadonlySet<number>,
  mexicoAddress: ReadonlySet<number>,
  inAddressFile: ReadonlySet<number>,
): { entries: EntryStates[]; copies: StatusCopy[]; limits: StatusLimits } {
  const copies = readStatusCopies(ctx);
  const [first, last] = [copies[0]!, copies[copies.length - 1]!];
  const newEnts = [...mexicoAddress].filter((e) => !listed2024.has(e) && copies.some((c) => c.entries.has(e))).sort((a, b) => a - b);

  const stateOn = (copy: StatusCopy, entNum: number, entryType: EntryType): SanctionListState => {
    const r = copy.entries.get(entNum);
    const date = copy.date;
    if (!r) return { date, listed: false, name: null, programs: [] };
    if (r.type !== entryType)
      ctx.problem({
        file: copy.file,
        row: r.line,
        column: 'type',
        value: r.type,
        expected: `the type "${entryType}" of entry ${entNum} on the other copies (a change of type is not modelled)`,
      });
    return {
      date,
      listed: true,
      name: r.name,
      programs: knownPrograms(ctx, r.programs, { file: copy.file, row: r.line, column: 'programs' }),
    };
  };
  const entries: EntryStates[] = [
    ...snapshot.map((s) => ({
      entNum: s.entNum,
      entryType: s.entryType,
      inSnapshot: true,
      states: [
        { date: SANCTION_LIST_DATES[0], listed: true, name: s.name, programs: s.programs },
        ...copies.map((c) => stateOn(c, s.entNum, s.entryType)),
      ],
    })),
    ...newEnts.map((entNum) => {
      const entryType = (first.entries.get(entNum) ?? last.entries.get(entNum))!.type;
      return {
        entNum,
        entryType,
        inSnapshot: false,
        states: [
          { date: SANCTION_LIST_DATES[0], listed: false, name: null, programs: [] },
          ...copies.map((c) => stateOn(c, entNum, entryType)),
        ],
      };
    }),
  ];
  const newOnLast = [...last.entries.keys()].filter((e) => !listed2024.has(e));
  return {
    entries,
    copies,
    limits: {
      noAddressFile: newOnLast.filter((e) => !inAddressFile.has(e)).length,
      noRemarks: newOnLast.filter((e) => inAddressFile.has(e) && !mexicoAddress.has(e)).length,
      addedBetweenCopies: [...last.entries.keys()].filter((e) => !first.entries.has(e)).length,
      addressOnly: [...mexicoAddress].filter((e) => !listed2024.has(e) && !copies.some((c) => c.entries.has(e))).length,
      still2024: copies.map((c) => [...listed2024].filter((e) => c.entries.has(e)).length),
    },
  };
}

/** The changes between consecutive copies, dated by the copy that first shows them. */
function statusEvents(entry: EntryStates): Omit<SanctionEvent, 'mexicoInRemarks' | 'inSnapshot' | 'renameOnly'>[] {
  const out: Omit<SanctionEvent, 'mexicoInRemarks' | 'inSnapshot' | 'renameOnly'>[] = [];
  entry.states.forEach((now, i) => {
    const before = entry.states[i - 1];
    if (!before) return;
    const base = {
      date: now.date,
      dateSource: 'publication' as const,
      changedAfter: before.date,
      // The only copies before 2026-07-23 end on 2024-05-03.
      inGap: before.date === SANCTION_LIST_DATES[0],
      scrapedAt: null,
      entNum: entry.entNum,
      entryType: entry.entryType,
      nameBefore: null,
      programsBefore: before.programs,
      programsAfter: now.programs,
    };
    if (!before.listed && now.listed) out.push({ ...base, event: 'added', name: now.name! });
    if (before.listed && !now.listed) out.push({ ...base, event: 'removed', name: before.name! });
    if (before.listed && now.listed) {
      if (before.name !== now.name) out.push({ ...base, event: 'name_changed', name: now.name!, nameBefore: before.name });
      if (!sameSet(before.programs, now.programs)) out.push({ ...base, event: 'programs_changed', name: now.name! });
    }
  });
  return out;
}

/** What both builds read: the snapshot (subset file), the history, add.csv, and the status layer on top. */
function readLayer(ctx: BuildContext) {
  const subset = ctx.readTable(SUBSET_FILE, rawSubsetSchema);
  const history = ctx.readTable(HISTORY_FILE, rawHistorySchema);
  const add = readOfacTable(ctx, ADD_FILE, addSchema, ADD_COLUMNS);
  const listed2024 = new Set<number>();
  for (const e of history.rows) {
    if (e.event === 'baseline' || e.event === 'added') listed2024.add(e.ent_num);
    if (e.event === 'removed') listed2024.delete(e.ent_num);
  }
  const mexicoAddress = new Set(add.rows.filter((r) => r.country === 'Mexico').map((r) => r.ent_num));
  const snapshot = subset.rows.map((r, i): SnapshotEntry => ({
    entNum: r.ent_num,
    name: r.name,
    entryType: r.sdn_type,
    programs: programs(ctx, r.programs, ';', { file: SUBSET_FILE, row: subset.lines[i], column: 'programs' }),
  }));
  const layer = statusLayer(ctx, snapshot, listed2024, mexicoAddress, new Set(add.rows.map((r) => r.ent_num)));
  return { subset, history, add, listed2024, mexicoAddress, ...layer };
}

const STATUS_SOURCE_TITLE = 'OFAC SDN list, 2026 publications (third-party parse of SDN.CSV and ALT.CSV)';
const statusSource = (ctx: BuildContext, copies: readonly StatusCopy[]) =>
  copies.map((c) => ({
    title: `${STATUS_SOURCE_TITLE}, published ${c.date}`,
    publisher: PUBLISHER,
    url: 'https://sanctionslistservice.ofac.treas.gov/',
    released: c.date,
    files: [
      ctx.sourceFile(
        c.file,
        `${PARSER_REPO}, commit ${c.commit} (data/ofac-sdn.csv; parse of OFAC's SDN.CSV + ALT.CSV published ${c.date}, retrieved ${c.retrieved}); not OFAC's raw file: no remarks, no addresses`,
      ),
      ctx.sourceFile(statusMetaFile(c.date), `${PARSER_REPO}, commit ${c.commit} (data/metadata.json)`),
    ],
  }));

const STATUS_CAVEAT =
  "The 2026 copies are a third party's parse of OFAC's SDN.CSV and ALT.CSV (github.com/kindrat86/ofac-sdn-json), checked against OFAC's own 2024 and June-2026 files where they overlap (see the PROVENANCE notes): names, types and programs only, no remarks, no addresses, no designation dates. OFAC's own search (sanctionssearch.ofac.treas.gov) is authoritative.";
const GAP_CAVEAT =
  "No copy of the list exists between 2024-05-03 (the last scrape of the legacy sdn.csv) and OFAC's publication of 2026-07-23: a change first seen on 2026-07-23 happened at an unknown date in that gap (`inGap`), and an entry listed and delisted inside the gap is in no copy. No date is inferred from entity numbers.";

const OFAC_SOURCE = 'https://ofac.treasury.gov/specially-designated-nationals-list-data-formats-data-schemas';
const PUBLISHER = 'U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)';
const LICENSE =
  'US federal government work: no US copyright (17 U.S.C. §105); no OFAC terms page saying so was found in the stored material. Code MIT.';
const SCRAPER =
  'git history of github.com/jackdwyer/specially-designated-nationals-list (305 scrapes 2021-08-18 … 2024-05-03), derived by designations/scripts/build_sdn_history.py';
const TIME_CAVEATS = [
  "Event dates are the UTC date of the first scrape that showed a change, not OFAC's action date. Scrapes ran on a cron and were committed only on change; gaps between commits reach 15 days (2021-10-08 → 10-22, 2022-07-14 → 07-29, …), so a change can be dated late. Commits at about 01:40 UTC belong to the previous US-Eastern day: the E.O. 14059 designations of 2021-12-15 are dated 2021-12-16 (01:42:52 UTC).",
  'OFAC renamed the tag ILLICIT-DRUGS-EO to ILLICIT-DRUGS-EO14059 on 2022-09-22; program tags are normalised to the new name everywhere.',
];

export const sanctions = defineDataset({
  name: 'sanctions',
  schema: sanctionsSchema,
  rowType: { name: 'SanctionEntry', module: '../../src/dataset-schemas/sanctions.js' },
  // No coverageField: every row is the 2024-05-03 snapshot (`asOf`), and from/to filters on it would keep all rows or none.
  build(ctx) {
    const { subset, history, add, listed2024: listed, mexicoAddress, entries: layer, copies, limits } = readLayer(ctx);
    const sdn = readOfacTable(ctx, SDN_FILE, sdnSchema, SDN_COLUMNS);
    const alt = readOfacTable(ctx, ALT_FILE, altSchema, ALT_COLUMNS);

    const sdnRows = byEntity(sdn.rows);
    for (const [ent, list] of sdnRows)
      if (list.length > 1) ctx.problem({ file: SDN_FILE, column: 'ent_num', value: String(ent), expected: 'one row per ent_num' });
    const addRows = byEntity(add.rows);
    const altRows = byEntity(alt.rows);

    // History must end where sdn.csv is: the entries listed after the last scrape are sdn.csv's.
    const firstSeen = new Map<number, string | null>();
    for (const e of history.rows) {
      if (e.event === 'baseline') firstSeen.set(e.ent_num, null);
      if (e.event === 'added' && !firstSeen.has(e.ent_num)) firstSeen.set(e.ent_num, e.date);
    }
    if (history.rows.length && sdn.rows.length && (listed.size !== sdnRows.size || [...listed].some((e) => !sdnRows.has(e)))) {
      ctx.problem({
        file: HISTORY_FILE,
        value: `${listed.size} entries listed after the last scrape`,
        expected: `the ${sdnRows.size} entries of ${SDN_FILE}`,
      });
    }

    // The subset rule (PROVENANCE §4), re-applied: remarks mention Mexico, or a 2026 Mexico address.
    const inSubset = new Set(subset.rows.map((r) => r.ent_num));
    sdn.rows.forEach((s, i) => {
      if ((MEXICO.test(s.Remarks ?? '') || mexicoAddress.has(s.ent_num)) && !inSubset.has(s.ent_num)) {
        ctx.problem({
          file: SUBSET_FILE,
          column: 'ent_num',
          value: String(s.ent_num),
          expected: `every Mexico-linked entry of ${SDN_FILE} (row ${sdn.lines[i]})`,
        });
      }
    });

    const statesOf = new Map(layer.map((e) => [e.entNum, e]));
    /** Aliases and addresses. add.csv holds a row for every entry listed in June 2026; absence means the entry was gone by then. */
    const fromJuneFiles = (entNum: number) => {
      const addresses = addRows.get(entNum);
      const alts = altRows.get(entNum) ?? [];
      if (!addresses && alts.length)
        ctx.problem({
          file: ADD_FILE,
          column: 'ent_num',
          value: String(entNum),
          expected: `a row, as the entry has aliases in ${ALT_FILE}`,
        });
      for (const a of addresses ?? [])
        if (a.add_remarks)
          ctx.problem({ file: ADD_FILE, column: 'add_remarks', value: a.add_remarks, expected: 'empty (address remarks are not carried)' });
      for (const a of alts)
        if (a.alt_remarks)
          ctx.problem({ file: ALT_FILE, column: 'alt_remarks', value: a.alt_remarks, expected: 'empty (alias remarks are not carried)' });
      return {
        aliases: addresses
          ? [...alts].sort((a, b) => a.alt_num - b.alt_num).map((a): SanctionAlias => ({ name: a.alt_name, type: a.alt_type }))
          : null,
        addresses: addresses
          ? [...addresses]
              .sort((a, b) => a.add_num - b.add_num)
              .filter((a) => a.address || a.city_state_zip || a.country)
              .map((a): SanctionAddress => ({ address: a.address, cityStateZip: a.city_state_zip, country: a.country }))
          : null,
      };
    };
    /** The status columns, from the newest copy. */
    const statusOf = (entNum: number) => {
      const states = statesOf.get(entNum)?.states ?? [];
      const now = states[states.length - 1];
      return {
        status: now?.listed ? ('listed' as const) : ('delisted' as const),
        currentName: now?.name ?? null,
        currentPrograms: now?.programs ?? [],
        statusAsOf: now?.date ?? SANCTION_STATUS_DATE,
        states,
      };
    };

    const rows: SanctionEntry[] = [];
    subset.rows.forEach((r, i) => {
      const line = subset.lines[i];
      const mismatch = (column: string, value: string, expected: string) =>
        ctx.problem({ file: SUBSET_FILE, row: line, column, value, expected });
      const s = sdnRows.get(r.ent_num)?.[0];
      if (!s) return mismatch('ent_num', String(r.ent_num), `an entry of ${SDN_FILE}`);
      const sdnPrograms = (s.Program ?? '')
        .split('] [')
        .map((t) => t.trim())
        .filter(Boolean);
      if (r.name !== s.SDN_Name) mismatch('name', r.name, `the sdn.csv name "${s.SDN_Name}"`);
      if (r.sdn_type !== (s.SDN_Type ?? 'entity')) mismatch('sdn_type', r.sdn_type, `the sdn.csv type "${s.SDN_Type ?? 'entity'}"`);
      if (r.programs !== sdnPrograms.join(';')) mismatch('programs', r.programs, `the sdn.csv programs "${sdnPrograms.join(';')}"`);
      if ((r.remarks ?? '') !== (s.Remarks ?? '')) mismatch('remarks', r.remarks ?? '', 'the sdn.csv remarks');
      if (r.mexico_in_remarks !== MEXICO.test(s.Remarks ?? ''))
        mismatch('mexico_in_remarks', String(r.mexico_in_remarks), 'the "Mexico" rule applied to the remarks');
      if (r.mexico_address_2026 !== mexicoAddress.has(r.ent_num))
        mismatch('mexico_address_2026', String(r.mexico_address_2026), `a Mexico address in ${ADD_FILE} exactly when 1`);
      if (!r.mexico_in_remarks && !r.mexico_address_2026) mismatch('ent_num', String(r.ent_num), 'an entry meeting rule A or B');
      if (!firstSeen.has(r.ent_num)) mismatch('ent_num', String(r.ent_num), `a baseline or added event in ${HISTORY_FILE}`);
      const seen = firstSeen.get(r.ent_num) ?? null;
      if (seen !== r.first_seen_date)
        mismatch('first_seen_date', r.first_seen_date ?? '', `the history's first added date (${seen ?? 'none: in the baseline'})`);

      if (!r.programs.split(';').some((t) => t.trim())) mismatch('programs', r.programs, 'at least one program tag');

      rows.push({
        entNum: r.ent_num,
        name: r.name,
        entryType: r.sdn_type,
        programs: statesOf.get(r.ent_num)?.states[0]?.programs ?? [],
        ...fromJuneFiles(r.ent_num),
        mexicoInRemarks: r.mexico_in_remarks,
        mexicoAddress2026: r.mexico_address_2026,
        firstSeen: seen,
        asOf: SNAPSHOT,
        ...statusOf(r.ent_num),
      });
    });

    // Entries listed after the snapshot with a Mexico address (rule B): name, type and programs from the first 2026 copy listing them.
    for (const e of layer.filter((x) => !x.inSnapshot)) {
      const first = e.states.find((st) => st.listed)!;
      rows.push({
        entNum: e.entNum,
        name: first.name!,
        entryType: e.entryType,
        programs: first.programs,
        ...fromJuneFiles(e.entNum),
        mexicoInRemarks: null,
        mexicoAddress2026: true,
        firstSeen: first.date,
        asOf: first.date,
        ...statusOf(e.entNum),
      });
    }

    const snap = rows.filter((r) => r.asOf === SNAPSHOT);
    const since = rows.filter((r) => r.asOf !== SNAPSHOT);
    const count = (list: readonly SanctionEntry[], pick: (r: SanctionEntry) => readonly SanctionProgram[], p: SanctionProgram) =>
      list.filter((r) => pick(r).includes(p)).length;
    const tally = (list: readonly SanctionEntry[], pick: (r: SanctionEntry) => readonly SanctionProgram[]) =>
      SANCTION_PROGRAMS.map((p) => [p, count(list, pick, p)] as const)
        .filter(([, n]) => n > 0)
        .map(([p, n]) => `${p} ${n}`)
        .join('; ');
    const delisted = snap.filter((r) => r.status === 'delisted');
    const goneBy = (date: string) =>
      delisted.filter(
        (r) =>
          r.states.find((st) => st.date === date)?.listed === false && r.states.filter((st) => st.date < date).every((st) => st.listed),
      ).length;
    const renamed = snap.filter((r) => r.currentName !== null && r.currentName !== r.name);
    const retagged = snap.filter((r) => r.status === 'listed' && !sameSet(r.programs, r.currentPrograms));
    const gained = (p: SanctionProgram) =>
      snap.filter((r) => r.currentPrograms.includes(p) && !r.programs.includes(p)).map((r) => `${r.entNum} ${r.currentName}`);
    const gone = rows.filter((r) => r.addresses === null).length;
    const [firstCopy, lastCopy] = [copies[0]!.date, copies[copies.length - 1]!.date];
    return {
      rows,
      meta: {
        title: `OFAC sanctions list (SDN): Mexico-linked entries, snapshot ${SNAPSHOT} and status on ${SANCTION_STATUS_DATE}`,
        description: `Entries of OFAC's Specially Designated Nationals and Blocked Persons (SDN) list linked to Mexico: the ${snap.length} entries of the list as it stood on ${SNAPSHOT} (name, type, program tags: Kingpin Act, E.O. 14059, TCO, …; the date each was first seen by a scraper since 2021-08-18), plus ${since.length} entries listed since with a Mexico address in OFAC's June-2026 address file; aliases and addresses from OFAC's June-2026 files; and each entry's status on OFAC's publications of ${firstCopy} and ${lastCopy}: listed or delisted, current name and program tags (the 2025 FTO/SDGT tags of the cartels).`,
        publisher: PUBLISHER,
        license: LICENSE,
        credit: `U.S. Treasury OFAC, SDN list (snapshot ${SNAPSHOT}; status on ${SANCTION_STATUS_DATE}, third-party parse; aliases and addresses 2026-06)`,
        citation: `U.S. Department of the Treasury, Office of Foreign Assets Control, Specially Designated Nationals and Blocked Persons List (legacy CSV, copy of ${SNAPSHOT}; add.csv/alt.csv copy of 2026-06-02; SDN.CSV/ALT.CSV as published ${firstCopy} and ${lastCopy}, parsed by github.com/kindrat86/ofac-sdn-json); Mexico-linked subset and status by fentanyl-policy-kit.`,
        released: SANCTION_STATUS_DATE,
        sources: [
          {
            title: 'OFAC SDN list, legacy CSV (sdn.csv)',
            publisher: PUBLISHER,
            url: OFAC_SOURCE,
            released: SNAPSHOT,
            files: [
              ctx.sourceFile(
                SDN_FILE,
                'git scrape github.com/jackdwyer/specially-designated-nationals-list, commit a5ec3c5ee4aae1b36ba24897a051787ea5429d30 (2024-05-03 18:43 UTC) of https://www.treasury.gov/ofac/downloads/sdn.csv',
              ),
            ],
          },
          {
            title: 'OFAC SDN list, legacy CSV addresses and alternate names (add.csv, alt.csv)',
            publisher: PUBLISHER,
            url: OFAC_SOURCE,
            released: '2026-06-02',
            files: [
              ctx.sourceFile(
                ADD_FILE,
                'github.com/mino6225/eurasian-risk-screener, commit 61cc8da04e37592c4575860a4067e394f6e3b856 (uploaded 2026-06-02; OFAC publication date unknown)',
              ),
              ctx.sourceFile(
                ALT_FILE,
                'github.com/mino6225/eurasian-risk-screener, commit 61cc8da04e37592c4575860a4067e394f6e3b856 (uploaded 2026-06-02; OFAC publication date unknown)',
              ),
            ],
          },
          {
            title: 'Mexico-linked subset and list-change history (derived)',
            publisher: 'fentanyl-policy-kit research, from the OFAC files above',
            url: 'https://github.com/jackdwyer/specially-designated-nationals-list',
            released: SNAPSHOT,
            files: [
              ctx.sourceFile(
                SUBSET_FILE,
                'designations/scripts/build_mexico_subset.py; re-checked entry by entry against sdn.csv and add.csv by this build',
              ),
              ctx.sourceFile(HISTORY_FILE, SCRAPER),
            ],
          },
          ...statusSource(ctx, copies),
        ],
        caveats: [
          'Mexico-linked means: the 2024 remarks mention "Mexico" as a word (nationality, citizenship, place of birth, Mexican IDs; "New Mexico" excluded), or the 2026 add.csv gives a Mexico address. Some entries are linked only by an address (e.g. CUBA-program companies with a Mexico address in 2026); `mexicoInRemarks` and `mexicoAddress2026` say which rule applies.',
          `Two layers. The snapshot: ${snap.length} entries (\`asOf\` ${SNAPSHOT}), the last usable copy of the legacy sdn.csv. The status: each entry on OFAC's publications of ${firstCopy} and ${lastCopy} (\`status\`, \`currentName\`, \`currentPrograms\` for ${lastCopy}; \`states\` for every copy). ${STATUS_CAVEAT} Of the ${listed.size} entries of the whole list on ${SNAPSHOT}, ${copies.map((c, i) => `${limits.still2024[i]} are on the ${c.date} copy`).join(' and ')}.`,
          `On ${lastCopy}, ${snap.length - delisted.length} of the ${snap.length} snapshot entries are listed and ${delisted.length} delisted: ${goneBy(firstCopy)} were already gone on ${firstCopy} (delisted at an unknown date after ${SNAPSHOT}), ${goneBy(lastCopy)} went between ${firstCopy} and ${lastCopy}. Delisted means missing from that copy; OFAC's delisting notices were not read.`,
          `${renamed.length} snapshot entries have another primary name on ${lastCopy}: ${renamed.map((r) => `${r.entNum} ${r.name} → ${r.currentName}`).join('; ')}. Shown as OFAC's parse writes them, not interpreted: 11438 keeps its entity number (OFAC renamed the Los Zetas entry), and 17674's given name changed from Nemesio to Ruben on the same entry.`,
          `${retagged.length} listed snapshot entries carry other program tags on ${lastCopy}. FTO gained by ${gained('FTO').join(', ')}; SDGT gained by ${gained('SDGT').length} entries. The tags carry no date: the 2025 designations are dated in the \`designations\` dataset.`,
          `Entries listed after ${SNAPSHOT}: ${since.length} join as Mexico-linked because OFAC's June-2026 add.csv gives them a Mexico address (rule B); name, type and programs from the ${firstCopy} copy (\`asOf\`), \`mexicoInRemarks\` null (the 2026 copies have no remarks: unknown). What cannot be determined: ${limits.noRemarks} other entries listed since ${SNAPSHOT} have no Mexico address in add.csv (another country, or none), and without remarks a Mexican nationality or ID (rule A) cannot be seen; ${limits.noAddressFile} entries on the ${lastCopy} copy, not listed on ${SNAPSHOT}, are not in the June-2026 add.csv at all (${limits.addedBetweenCopies} of them added between ${firstCopy} and ${lastCopy}), so no country can be given; none is guessed from a name.${limits.addressOnly ? ` ${limits.addressOnly} entries with a Mexico address in add.csv are on neither 2026 copy (name and programs unknown) and are left out.` : ''}`,
          GAP_CAVEAT,
          `Aliases and addresses come from OFAC files downloaded by 2026-06-02, two years after the snapshot, and may differ from what the list said in 2024. ${gone} entries are missing from the 2026 files (delisted by then: none of them is on the ${firstCopy} copy): their aliases and addresses are null (unknown). The address rule under-counts for such entries.`,
          "sdn.csv carries no designation date. firstSeen is when a scraper first saw the entry (2021-08-18 … 2024-05-03), not OFAC's action date; null means the entry was already listed on 2021-08-18. For entries listed after 2024-05-03 it is the 2026-07-23 copy, though add.csv shows them listed by 2026-06-02.",
          'OFAC caps Remarks at 1,000 characters (the rest is in sdn_comments.csv, which was not available); the Mexico rule reads only those 1,000. Remarks (DOB, IDs, "Linked To") are not shipped here.',
          `Program counts (an entry may carry several): snapshot on ${SNAPSHOT}: ${tally(snap, (r) => r.programs)}; every listed entry on ${lastCopy}: ${tally(rows, (r) => r.currentPrograms)}.`,
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
  rowType: { name: 'SanctionEvent', module: '../../src/dataset-schemas/sanctions.js' },
  coverageField: 'date',
  build(ctx) {
    const { subset, history, entries: layer, copies } = readLayer(ctx);
    const inSnapshot = new Set(subset.rows.map((r) => r.ent_num));
    // An entry delisted before 2024-05-03 is missing from the subset; its remarks flag at any event
    // (rule A) still marks it Mexico-linked. Rule B (2026 addresses) cannot see such entries.
    const linked = new Set([...inSnapshot, ...history.rows.filter((e) => e.mexico_in_remarks).map((e) => e.ent_num)]);
    // The scrape before each one: a change seen at a scrape happened after the previous scrape.
    const scrapes = [...new Set(history.rows.map((e) => e.commit_time_utc))].sort();
    const previousScrape = new Map(scrapes.map((t, i) => [t, scrapes[i - 1]]));

    const rows: SanctionEvent[] = [];
    history.rows.forEach((e, i) => {
      const line = history.lines[i];
      if (!e.commit_time_utc.startsWith(e.date))
        ctx.problem({
          file: HISTORY_FILE,
          row: line,
          column: 'date',
          value: e.date,
          expected: `the date of commit_time_utc ${e.commit_time_utc}`,
        });
      if (e.event === 'baseline' || !linked.has(e.ent_num)) return;
      const where = (column: string) => ({ file: HISTORY_FILE, row: line, column });
      const before = programs(ctx, e.programs_before, ';', where('programs_before'));
      const after = programs(ctx, e.programs_after, ';', where('programs_after'));
      if (e.event === 'name_changed' && !e.name_before)
        ctx.problem({ ...where('name_before'), value: '', expected: 'the previous name on a name_changed event' });
      const previous = previousScrape.get(e.commit_time_utc);
      if (!previous)
        return ctx.problem({
          ...where('event'),
          value: e.event,
          expected: 'a change after the first scrape (the first scrape is the baseline)',
        });
      rows.push({
        date: e.date,
        dateSource: 'scrape',
        changedAfter: previous.slice(0, 10),
        inGap: false,
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
    const scraped = rows.length;
    for (const entry of layer) {
      for (const e of statusEvents(entry)) rows.push({ ...e, renameOnly: false, mexicoInRemarks: null, inSnapshot: entry.inSnapshot });
    }
    const status = rows.slice(scraped);
    const n = (list: readonly SanctionEvent[], event: string) => list.filter((r) => r.event === event).length;
    const counts = (list: readonly SanctionEvent[]) =>
      `${n(list, 'added')} added, ${n(list, 'removed')} removed, ${n(list, 'programs_changed')} programs_changed, ${n(list, 'name_changed')} name_changed`;
    const renames = rows.filter((r) => r.renameOnly).length;
    const [firstCopy, lastCopy] = [copies[0]!.date, copies[copies.length - 1]!.date];
    const gap = status.filter((r) => r.inGap);
    const between = status.filter((r) => !r.inGap);
    return {
      rows,
      meta: {
        title: `OFAC sanctions list (SDN): changes to Mexico-linked entries, 2021-08-18 to ${SNAPSHOT} and ${firstCopy} to ${lastCopy}`,
        description: `Additions, removals, program changes and name changes of Mexico-linked entries on OFAC's SDN list: as seen by a scraper that saved OFAC's sdn.csv every few hours from 2021-08-18 to ${SNAPSHOT}, then between that snapshot and OFAC's publications of ${firstCopy} and ${lastCopy}. Nothing is dated between ${SNAPSHOT} and ${firstCopy}: changes first seen on ${firstCopy} carry \`inGap\`. One row per entry per change; for counting designations per month, use \`added\` rows that are not \`inGap\` and programs_changed rows that are not \`renameOnly\`.`,
        publisher: PUBLISHER,
        license: LICENSE,
        credit: 'U.S. Treasury OFAC, SDN list changes (scrapes 2021-08 to 2024-05; 2026 publications, third-party parse)',
        citation: `U.S. Department of the Treasury, Office of Foreign Assets Control, Specially Designated Nationals and Blocked Persons List (legacy CSV), successive copies 2021-08-18 … ${SNAPSHOT} scraped by github.com/jackdwyer/specially-designated-nationals-list, and SDN.CSV/ALT.CSV as published ${firstCopy} and ${lastCopy}, parsed by github.com/kindrat86/ofac-sdn-json; change events by fentanyl-policy-kit.`,
        released: lastCopy,
        sources: [
          {
            title: 'OFAC SDN list change events (derived from a git scrape of sdn.csv)',
            publisher: PUBLISHER,
            url: 'https://github.com/jackdwyer/specially-designated-nationals-list',
            released: SNAPSHOT,
            files: [
              ctx.sourceFile(HISTORY_FILE, SCRAPER),
              ctx.sourceFile(SUBSET_FILE, 'designations/scripts/build_mexico_subset.py (which entries are in the 2024-05-03 snapshot)'),
            ],
          },
          {
            title: 'OFAC SDN list, legacy CSV addresses (add.csv): which entries listed after 2024-05-03 have a Mexico address',
            publisher: PUBLISHER,
            url: OFAC_SOURCE,
            released: '2026-06-02',
            files: [
              ctx.sourceFile(
                ADD_FILE,
                'github.com/mino6225/eurasian-risk-screener, commit 61cc8da04e37592c4575860a4067e394f6e3b856 (uploaded 2026-06-02; OFAC publication date unknown)',
              ),
            ],
          },
          ...statusSource(ctx, copies),
        ],
        caveats: [
          ...TIME_CAVEATS,
          `Mexico-linked means: in the \`sanctions\` subset of 2024-05-03, or the entry's remarks mentioned "Mexico" at any scrape (this keeps entries delisted before 2024-05-03, which have \`inSnapshot\` false), or, for entries listed after 2024-05-03, a Mexico address in OFAC's June-2026 add.csv (the 2026 copies have no remarks or addresses; see the \`sanctions\` caveats for what cannot be determined). Entries delisted before 2024-05-03 whose remarks never mentioned Mexico cannot be recognised (they have no 2026 address to go by).`,
          `Scraped 2021-08-18 … ${SNAPSHOT}: ${counts(rows.slice(0, scraped))} (${renames} programs_changed are only the ILLICIT-DRUGS-EO rename, flagged \`renameOnly\`). Entries already listed on 2021-08-18 have no added event.`,
          `${GAP_CAVEAT} In the gap (dated ${firstCopy}, \`changedAfter\` ${SNAPSHOT}): ${counts(gap)}. Between OFAC's publications of ${firstCopy} and ${lastCopy} (dated ${lastCopy}): ${counts(between)}. OFAC published several times between the two copies (the PROVENANCE notes report removals published on 2026-07-24 and 2026-08-07, read from the parser's daily history), but only the two copies are here, so those changes carry the ${lastCopy} date and \`changedAfter\` ${firstCopy}.`,
          `Additions after the June-2026 add.csv cannot be linked to Mexico (the 2026 copies give no address or remarks), so the additions dated ${lastCopy} are not a count of Mexico-linked additions: none is recorded, which means unknown, not none. Removals and program or name changes of entries already known to be Mexico-linked are complete for the dated copies.`,
          STATUS_CAVEAT,
          'Changes to other fields (remarks, addresses, aliases) are not tracked.',
        ],
        revisions: [],
      },
    };
  },
});
