/**
 * `sanctions` (Mexico-linked OFAC SDN entries, 2024-05-03 snapshot) and `sanctions-events` (their
 * list changes seen by a git scraper, 2021-08-18 … 2024-05-03).
 */
import { defineSchema, type RowOf } from '../schema.js';

/** OFAC program tags found on the Mexico-linked entries and their events, after normalisation. */
export const SANCTION_PROGRAMS = ['SDNTK', 'ILLICIT-DRUGS-EO14059', 'SDNT', 'TCO', 'GLOMAG', 'CUBA', 'VENEZUELA-EO13850'] as const;
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

export const sanctionsSchema = defineSchema({
  name: 'sanctions',
  key: ['entNum'],
  fields: {
    entNum: { type: 'integer', min: 1, description: 'OFAC entity number (ent_num), the stable id of an SDN entry.' },
    name: { type: 'string', description: 'SDN name as OFAC writes it; individuals as "LAST NAME(S), Given names".' },
    entryType: { type: 'enum', values: ENTRY_TYPES, description: 'OFAC SDN_Type; `entity` stands for OFAC\'s empty value (-0-).' },
    programs: {
      type: 'list',
      separator: '; ',
      description: 'OFAC program tags in OFAC\'s order, normalised (ILLICIT-DRUGS-EO → ILLICIT-DRUGS-EO14059). SDNTK = Kingpin Act; ILLICIT-DRUGS-EO14059 = E.O. 14059; TCO = E.O. 13581; the other tags (SDNT, GLOMAG, CUBA, VENEZUELA-EO13850) are explained in OFAC\'s SDN data-format documentation. Never empty.',
    },
    aliases: {
      type: 'json',
      nullable: true,
      check: (v) => checkList(v, (a) => (typeof a.name === 'string' && a.name !== '' && ['aka', 'fka', 'nka'].includes(a.type as string) ? null : 'objects {name, type: aka|fka|nka}')),
      description:
        'Alternate names from OFAC\'s alt.csv as downloaded by 2026-06-02 (NOT the 2024 snapshot): [{name, type}], in OFAC alt_num order; aka = also known as, fka = formerly known as, nka = now known as. Null when the entry is not in the 2026 files (most likely delisted between 2024-05-03 and 2026-06): unknown, not "none". Aliases written inline in the 2024 remarks are not parsed.',
    } as { type: 'json'; nullable: true; description: string; check: (v: unknown) => string | null; __type?: readonly SanctionAlias[] },
    addresses: {
      type: 'json',
      nullable: true,
      check: (v) => checkList(v, (a) => (textOrNull(a.address) && textOrNull(a.cityStateZip) && textOrNull(a.country) ? null : 'objects {address, cityStateZip, country} of text or null')),
      description:
        'Addresses from OFAC\'s add.csv as downloaded by 2026-06-02 (NOT the 2024 snapshot): [{address, cityStateZip, country}], in OFAC add_num order, parts null where OFAC leaves them empty; OFAC\'s placeholder row for an entry without any address is left out. Null when the entry is not in the 2026 files (most likely delisted between 2024-05-03 and 2026-06).',
    } as { type: 'json'; nullable: true; description: string; check: (v: unknown) => string | null; __type?: readonly SanctionAddress[] },
    mexicoInRemarks: {
      type: 'boolean',
      description: 'The 2024 remarks mention "Mexico" as a word (not "New Mexico"): nationality, citizenship, place of birth or a Mexican ID (C.U.R.P., R.F.C., Folio Mercantil). Rule A of the subset.',
    },
    mexicoAddress2026: {
      type: 'boolean',
      description: 'The 2026 add.csv gives the entry an address in Mexico. Rule B of the subset; false also when the entry is not in the 2026 files.',
    },
    firstSeen: {
      type: 'date',
      nullable: true,
      description: 'Date (UTC) of the first scrape that shows the entry, 2021-08-18 … 2024-05-03: when the scraper first saw it, not OFAC\'s action date. Null = already listed on 2021-08-18 (designation date unknown from this source).',
    },
    asOf: { type: 'date', description: 'Date of the SDN list snapshot the entry, name, type and programs come from (2024-05-03).' },
  },
});

/** One Mexico-linked OFAC SDN entry; `programs` are known tags. */
export type SanctionEntry = Omit<RowOf<typeof sanctionsSchema>, 'programs'> & { readonly programs: readonly SanctionProgram[] };

export const SANCTION_EVENT_TYPES = ['added', 'removed', 'programs_changed', 'name_changed'] as const;
export type SanctionEventType = (typeof SANCTION_EVENT_TYPES)[number];

export const sanctionEventsSchema = defineSchema({
  name: 'sanctions-events',
  key: ['date', 'entNum', 'event'],
  fields: {
    date: {
      type: 'date',
      description: 'UTC date of the first scrape that showed the change: NOT OFAC\'s action date. Scrapes ran on a cron and were committed only on change; gaps reach 15 days, and commits at about 01:40 UTC belong to the previous US-Eastern day (see `scrapedAt`).',
    },
    scrapedAt: { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, description: 'Full UTC time of that scrape commit.' },
    event: {
      type: 'enum',
      values: SANCTION_EVENT_TYPES,
      description: 'added: the entry appears on the list; removed: it is gone (delisted); programs_changed: its program tags differ; name_changed: its SDN name differs.',
    },
    entNum: { type: 'integer', min: 1, description: 'OFAC entity number; joins to `sanctions.entNum` when `inSnapshot`.' },
    name: { type: 'string', description: 'SDN name after the change (before it for `removed`).' },
    nameBefore: { type: 'string', nullable: true, description: 'Previous SDN name; only on name_changed.' },
    entryType: { type: 'enum', values: ENTRY_TYPES, description: 'OFAC SDN_Type at the event; `entity` stands for OFAC\'s empty value.' },
    programsBefore: {
      type: 'list',
      separator: '; ',
      description: 'Program tags at the previous scrape, normalised (ILLICIT-DRUGS-EO → ILLICIT-DRUGS-EO14059); empty on added. A name_changed row carries them too, and a program change in the same scrape also has its own programs_changed row: count program changes from programs_changed rows only.',
    },
    programsAfter: { type: 'list', separator: '; ', description: 'Program tags at this scrape, normalised; empty on removed.' },
    renameOnly: {
      type: 'boolean',
      description: 'A programs_changed event that is only OFAC\'s 2022-09-22 renaming of ILLICIT-DRUGS-EO to ILLICIT-DRUGS-EO14059 (programsBefore equals programsAfter once normalised): not a new designation, leave it out of counts.',
    },
    mexicoInRemarks: { type: 'boolean', description: 'The entry\'s remarks at the event mention "Mexico" (not "New Mexico").' },
    inSnapshot: { type: 'boolean', description: 'The entry is in `sanctions` (Mexico-linked and listed on 2024-05-03); false for entries delisted before then.' },
  },
});

/** One change of a Mexico-linked SDN entry seen between two scrapes; program lists are known tags. */
export type SanctionEvent = Omit<RowOf<typeof sanctionEventsSchema>, 'programsBefore' | 'programsAfter'> & {
  readonly programsBefore: readonly SanctionProgram[];
  readonly programsAfter: readonly SanctionProgram[];
};
