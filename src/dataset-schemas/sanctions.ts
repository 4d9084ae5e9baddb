/**
 * `sanctions` (Mexico-linked OFAC SDN entries: the 2024-05-03 snapshot, entries with a Mexico
 * address listed since, and each entry's status on the 2026 copies of the list) and
 * `sanctions-events` (their list changes: seen by a git scraper 2021-08-18 … 2024-05-03, then
 * between the 2026 copies; nothing is dated in the gap between 2024-05-03 and 2026-07-23).
 */
import { defineSchema, type RowOf } from '../schema-engine.js';

/**
 * OFAC program tags found on the Mexico-linked entries and their events, after normalisation.
 * FTO and SDGT arrive with the 2025 terrorist designations of cartels (2026 copies of the list).
 * A tag not in this list fails the build: its meaning must be documented before it is shipped.
 */
export const SANCTION_PROGRAMS = [
  'SDNTK',
  'ILLICIT-DRUGS-EO14059',
  'SDNT',
  'TCO',
  'GLOMAG',
  'CUBA',
  'VENEZUELA-EO13850',
  'FTO',
  'SDGT',
] as const;
export type SanctionProgram = (typeof SANCTION_PROGRAMS)[number];

/** Old OFAC tags → current tag. OFAC renamed `ILLICIT-DRUGS-EO` to `ILLICIT-DRUGS-EO14059` on 2022-09-22. */
export const PROGRAM_RENAMES: Readonly<Record<string, SanctionProgram>> = { 'ILLICIT-DRUGS-EO': 'ILLICIT-DRUGS-EO14059' };

export function normaliseProgram(tag: string): string {
  return PROGRAM_RENAMES[tag] ?? tag;
}

export function isSanctionProgram(tag: string): tag is SanctionProgram {
  return (SANCTION_PROGRAMS as readonly string[]).includes(tag);
}

/** OFAC's SDN_Type; OFAC writes `-0-` (empty) for entities. */
export const ENTRY_TYPES = ['individual', 'entity', 'vessel', 'aircraft'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const ALIAS_TYPES = ['aka', 'fka', 'nka'] as const;
/** One alternate name from OFAC's alt.csv: aka = also known as, fka = formerly, nka = now known as. */
export interface SanctionAlias {
  readonly name: string;
  readonly type: (typeof ALIAS_TYPES)[number];
}

/** One address line of OFAC's add.csv; a part OFAC leaves empty (`-0-`) is null. */
export interface SanctionAddress {
  readonly address: string | null;
  readonly cityStateZip: string | null;
  readonly country: string | null;
}

function checkList(value: unknown, item: (v: Record<string, unknown>) => string | null): string | null {
  if (value === null) return null;
  if (!Array.isArray(value)) return 'a JSON list';
  for (const v of value) {
    if (typeof v !== 'object' || v === null) return 'a JSON list of objects';
    const message = item(v as Record<string, unknown>);
    if (message) return message;
  }
  return null;
}

const textOrNull = (v: unknown) => v === null || (typeof v === 'string' && v !== '');

/**
 * The dated copies of the list the status layer compares: the 2024 snapshot (the last legacy
 * sdn.csv) and OFAC's publications of 2026-07-23 and 2026-08-20 (a third party's parse). No copy
 * exists in between, so a change first seen on 2026-07-23 happened at an unknown date in the gap.
 */
export const SANCTION_LIST_DATES = ['2024-05-03', '2026-07-23', '2026-08-20'] as const;
export type SanctionListDate = (typeof SANCTION_LIST_DATES)[number];
/** The newest copy: what `status`, `currentName` and `currentPrograms` describe. */
export const SANCTION_STATUS_DATE = '2026-08-20' satisfies SanctionListDate;
export const SANCTION_STATUSES = ['listed', 'delisted'] as const;
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

/** An entry as one copy of the list shows it; not listed = `listed: false`, no name, no programs. */
export interface SanctionListState {
  readonly date: SanctionListDate;
  readonly listed: boolean;
  /** SDN name on that copy; null when not listed. */
  readonly name: string | null;
  /** Program tags on that copy (normalised, OFAC's order); empty when not listed. */
  readonly programs: readonly SanctionProgram[];
}

function checkStates(v: unknown): string | null {
  const shape = `[{date, listed, name, programs}] for the dates ${SANCTION_LIST_DATES.join(', ')} in order`;
  if (!Array.isArray(v) || v.length !== SANCTION_LIST_DATES.length) return shape;
  for (const [i, s] of v.entries()) {
    if (typeof s !== 'object' || s === null) return shape;
    const { date, listed, name, programs } = s as Record<string, unknown>;
    if (date !== SANCTION_LIST_DATES[i] || typeof listed !== 'boolean' || !Array.isArray(programs)) return shape;
    if (!programs.every((p) => typeof p === 'string' && isSanctionProgram(p)))
      return `known program tags (${SANCTION_PROGRAMS.join(', ')})`;
    if (listed ? typeof name !== 'string' || name === '' || programs.length === 0 : name !== null || programs.length !== 0)
      return 'a name and programs exactly when listed';
  }
  return null;
}

export const sanctionsSchema = defineSchema({
  name: 'sanctions',
  key: ['entNum'],
  fields: {
    entNum: { type: 'integer', min: 1, description: 'OFAC entity number (ent_num), the stable id of an SDN entry.' },
    name: {
      type: 'string',
      description:
        'SDN name as OFAC writes it on the copy `asOf` names (2024-05-03, or the first 2026 copy for entries listed since); individuals as "LAST NAME(S), Given names". The name on 2026-08-20 is `currentName`.',
    },
    entryType: {
      type: 'enum',
      values: ENTRY_TYPES,
      description:
        "OFAC SDN_Type; `entity` stands for OFAC's empty value (-0-). No entry changed type between the copies (the build checks).",
    },
    programs: {
      type: 'list',
      separator: '; ',
      description:
        "OFAC program tags on the copy `asOf` names, in OFAC's order, normalised (ILLICIT-DRUGS-EO → ILLICIT-DRUGS-EO14059). SDNTK = Kingpin Act; ILLICIT-DRUGS-EO14059 = E.O. 14059; TCO = E.O. 13581; FTO = foreign terrorist organization (INA §219); SDGT = E.O. 13224; the other tags (SDNT, GLOMAG, CUBA, VENEZUELA-EO13850) are explained in OFAC's SDN data-format documentation. Never empty. The tags on 2026-08-20 are `currentPrograms`.",
    },
    aliases: {
      type: 'json',
      nullable: true,
      check: (v) =>
        checkList(v, (a) =>
          typeof a.name === 'string' && a.name !== '' && ['aka', 'fka', 'nka'].includes(a.type as string)
            ? null
            : 'objects {name, type: aka|fka|nka}',
        ),
      description:
        'Alternate names from OFAC\'s alt.csv as downloaded by 2026-06-02 (NOT the 2024 snapshot): [{name, type}], in OFAC alt_num order; aka = also known as, fka = formerly known as, nka = now known as. Null when the entry is not in the 2026 files (most likely delisted between 2024-05-03 and 2026-06): unknown, not "none". Aliases written inline in the 2024 remarks are not parsed.',
    } as { type: 'json'; nullable: true; description: string; check: (v: unknown) => string | null; __type?: readonly SanctionAlias[] },
    addresses: {
      type: 'json',
      nullable: true,
      check: (v) =>
        checkList(v, (a) =>
          textOrNull(a.address) && textOrNull(a.cityStateZip) && textOrNull(a.country)
            ? null
            : 'objects {address, cityStateZip, country} of text or null',
        ),
      description:
        "Addresses from OFAC's add.csv as downloaded by 2026-06-02 (NOT the 2024 snapshot): [{address, cityStateZip, country}], in OFAC add_num order, parts null where OFAC leaves them empty; OFAC's placeholder row for an entry without any address is left out. Null when the entry is not in the 2026 files (most likely delisted between 2024-05-03 and 2026-06).",
    } as { type: 'json'; nullable: true; description: string; check: (v: unknown) => string | null; __type?: readonly SanctionAddress[] },
    mexicoInRemarks: {
      type: 'boolean',
      nullable: true,
      description:
        'The 2024 remarks mention "Mexico" as a word (not "New Mexico"): nationality, citizenship, place of birth or a Mexican ID (C.U.R.P., R.F.C., Folio Mercantil). Rule A of the subset. Null for entries listed after 2024-05-03: the 2026 copies carry no remarks, so this is unknown, not "no".',
    },
    mexicoAddress2026: {
      type: 'boolean',
      description:
        'The 2026 add.csv gives the entry an address in Mexico. Rule B of the subset (the only rule that can admit an entry listed after 2024-05-03); false also when the entry is not in the 2026 files.',
    },
    firstSeen: {
      type: 'date',
      nullable: true,
      description:
        "Date of the first copy of the list that shows the entry: the first scrape (UTC) 2021-08-18 … 2024-05-03, or 2026-07-23 for entries listed after 2024-05-03 (added at an unknown date in the gap; see `sanctions-events`). Not OFAC's action date. Null = already listed on 2021-08-18 (designation date unknown from this source).",
    },
    asOf: {
      type: 'date',
      description:
        'Date of the copy of the list `name`, `entryType` and `programs` come from: 2024-05-03 for the snapshot, 2026-07-23 for entries listed since.',
    },
    status: {
      type: 'enum',
      values: SANCTION_STATUSES,
      description:
        'On the list of `statusAsOf` (2026-08-20): listed, or delisted (on an earlier copy, missing from that one). When it was delisted: `states`, and the removed row in `sanctions-events`.',
    },
    currentName: {
      type: 'string',
      nullable: true,
      description: 'SDN name on 2026-08-20 (OFAC renames show here, e.g. 11438 LOS ZETAS → CARTEL DEL NORESTE). Null when delisted.',
    },
    currentPrograms: {
      type: 'list',
      separator: '; ',
      description:
        "Program tags on 2026-08-20, OFAC's order, normalised (the 2025 FTO and SDGT tags of the cartels show here). Empty when delisted.",
    },
    statusAsOf: {
      type: 'date',
      description: "Date of the copy `status`, `currentName` and `currentPrograms` describe: OFAC's publication of 2026-08-20.",
    },
    states: {
      type: 'json',
      check: checkStates,
      description: `The entry on each dated copy of the list, ${SANCTION_LIST_DATES.join(', ')}: [{date, listed, name, programs}], name null and programs empty when not listed. Nothing is known between 2024-05-03 and 2026-07-23 (no copy): an entry listed and delisted inside that gap is in neither.`,
    } as { type: 'json'; description: string; check: (v: unknown) => string | null; __type?: readonly SanctionListState[] },
  },
});

/** One Mexico-linked OFAC SDN entry; program lists are known tags. */
export type SanctionEntry = Omit<RowOf<typeof sanctionsSchema>, 'programs' | 'currentPrograms'> & {
  readonly programs: readonly SanctionProgram[];
  readonly currentPrograms: readonly SanctionProgram[];
};

export const SANCTION_EVENT_TYPES = ['added', 'removed', 'programs_changed', 'name_changed'] as const;
export type SanctionEventType = (typeof SANCTION_EVENT_TYPES)[number];

export const sanctionEventsSchema = defineSchema({
  name: 'sanctions-events',
  key: ['date', 'entNum', 'event'],
  fields: {
    date: {
      type: 'date',
      description:
        "Date of the first copy of the list that showed the change: NOT OFAC's action date. `dateSource` says which kind of copy. Scrapes (2021-08-18 … 2024-05-03) ran on a cron and were committed only on change; gaps reach 15 days, and commits at about 01:40 UTC belong to the previous US-Eastern day (see `scrapedAt`). 2026 rows carry OFAC's publication date of the copy (2026-07-23 or 2026-08-20).",
    },
    dateSource: {
      type: 'enum',
      values: ['scrape', 'publication'],
      description:
        "scrape: `date` is the UTC date of a scrape of the legacy sdn.csv; publication: `date` is OFAC's publication date of a 2026 copy of the list.",
    },
    changedAfter: {
      type: 'date',
      description: 'Date of the last copy that did not show the change yet: it happened after this date and on or before `date`.',
    },
    inGap: {
      type: 'boolean',
      description:
        'The change happened at an unknown date between 2024-05-03 (the last scrape) and 2026-07-23 (the first 2026 copy): `date` is only when it was first seen. Charts must not place it in a month; they show the gap.',
    },
    scrapedAt: {
      type: 'string',
      nullable: true,
      pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
      description: 'Full UTC time of that scrape commit; null for the 2026 copies (dated by publication).',
    },
    event: {
      type: 'enum',
      values: SANCTION_EVENT_TYPES,
      description:
        'added: the entry appears on the list; removed: it is gone (delisted); programs_changed: its program tags differ; name_changed: its SDN name differs.',
    },
    entNum: { type: 'integer', min: 1, description: 'OFAC entity number; joins to `sanctions.entNum` when `inSnapshot`.' },
    name: { type: 'string', description: 'SDN name after the change (before it for `removed`).' },
    nameBefore: { type: 'string', nullable: true, description: 'Previous SDN name; only on name_changed.' },
    entryType: { type: 'enum', values: ENTRY_TYPES, description: "OFAC SDN_Type at the event; `entity` stands for OFAC's empty value." },
    programsBefore: {
      type: 'list',
      separator: '; ',
      description:
        'Program tags at the previous scrape, normalised (ILLICIT-DRUGS-EO → ILLICIT-DRUGS-EO14059); empty on added. A name_changed row carries them too, and a program change in the same scrape also has its own programs_changed row: count program changes from programs_changed rows only.',
    },
    programsAfter: { type: 'list', separator: '; ', description: 'Program tags at this scrape, normalised; empty on removed.' },
    renameOnly: {
      type: 'boolean',
      description:
        "A programs_changed event that is only OFAC's 2022-09-22 renaming of ILLICIT-DRUGS-EO to ILLICIT-DRUGS-EO14059 (programsBefore equals programsAfter once normalised): not a new designation, leave it out of counts.",
    },
    mexicoInRemarks: {
      type: 'boolean',
      nullable: true,
      description:
        'The entry\'s remarks at the event mention "Mexico" (not "New Mexico"). Null on 2026 rows: the 2026 copies carry no remarks (unknown, not "no").',
    },
    inSnapshot: {
      type: 'boolean',
      description:
        'The entry is in the 2024-05-03 snapshot of `sanctions` (Mexico-linked and listed on 2024-05-03); false for entries delisted before then and for entries listed after it.',
    },
  },
});

/** One change of a Mexico-linked SDN entry seen between two scrapes; program lists are known tags. */
export type SanctionEvent = Omit<RowOf<typeof sanctionEventsSchema>, 'programsBefore' | 'programsAfter'> & {
  readonly programsBefore: readonly SanctionProgram[];
  readonly programsAfter: readonly SanctionProgram[];
};
