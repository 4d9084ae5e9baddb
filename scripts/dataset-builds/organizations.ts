/**
 * Build step of `organizations`: one row per organization the curated designations and cases
 * name, from the editorial table below (which written names are one organization, its display
 * names and kind) checked against the sources: every designated party and every case organization
 * must belong to exactly one row; every display name must be a name the records or OFAC's list
 * give the organization (no name is made up); OFAC entity numbers come from the designation
 * records and from OFAC's list as published 2026-08-20 (a name match), each checked to exist
 * there; countries come from OFAC's June-2026 addresses.
 */
import { defineSchema } from '../../src/schema-engine.js';
import { foldName, organizationsSchema, type Organization, type OrganizationKind } from '../../src/dataset-schemas/organizations.js';
import type { BuildContext } from '../pipeline/context.js';
import { defineDataset } from '../pipeline/dataset.js';
import { CASES_FILE, rawCasesSchema } from './cases.js';
import { CORRECTIONS_FILE, rawCorrectionsSchema } from './corrections.js';
import { DESIGNATIONS_FILE, rawDesignationsSchema, splitAliases } from './designations.js';
import { ORGANIZATION_DECISIONS, organizationIdOf } from './organization-table.js';
import { ADD_FILE, readOfacTable } from './sanctions.js';

export const OFAC_2026_FILE = 'designations/ofac-sdn-derived-2026/published-2026-08-20/ofac-sdn.csv';
const OFAC_2026_PUBLISHED = '2026-08-20';

const ofac2026Schema = defineSchema({
  name: OFAC_2026_FILE,
  key: ['uid'],
  fields: {
    uid: { type: 'integer', min: 1, description: '' },
    name: { type: 'string', description: '' },
    type: { type: 'enum', values: ['entity', 'individual', 'vessel', 'aircraft'], description: '' },
    programs: { type: 'string', nullable: true, description: '' },
    alternate_names: { type: 'string', nullable: true, description: '' },
  },
});

const addSchema = defineSchema({
  name: 'OFAC add.csv',
  fields: {
    ent_num: { type: 'integer', min: 1, description: '' },
    country: { type: 'string', nullable: true, description: '' },
  },
});
const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'city_state_zip', 'country', 'add_remarks'];

const INDIVIDUAL = /\s*\(individual\)$/;
/** "SINALOA CARTEL (OFAC primary name, ent_num 11440)" → "SINALOA CARTEL": the compilers' notes are not names. */
const withoutNote = (alias: string) => alias.replace(/\s*\((?:OFAC|earlier OFAC|formerly)[^)]*\)\s*$/, '').trim();

export const organizations = defineDataset({
  name: 'organizations',
  schema: organizationsSchema,
  rowType: { name: 'Organization', module: '../../src/dataset-schemas/organizations.js' },
  build(ctx: BuildContext) {
    const designations = ctx.readTable(DESIGNATIONS_FILE, rawDesignationsSchema);
    const cases = ctx.readTable(CASES_FILE, rawCasesSchema);
    const corrections = ctx.has(CORRECTIONS_FILE) ? ctx.readTable(CORRECTIONS_FILE, rawCorrectionsSchema) : { rows: [] };
    // The verbatim excerpts of the records and of the corrections: a quoted name or country must be in them.
    const quotes = [
      ...designations.rows.flatMap((r) => [r.quote, r.primary_quote ?? '']),
      ...cases.rows.flatMap((r) => [r.quote, r.primary_quote ?? '']),
      ...corrections.rows.map((r) => r.quote),
    ].join('\n');
    // Without OFAC's 2026 list (a raw folder from before 2026-12-02) entity numbers come from the records alone, unchecked (a caveat says so).
    const withOfac2026 = ctx.has(OFAC_2026_FILE);
    const ofac = new Map(withOfac2026 ? ctx.readTable(OFAC_2026_FILE, ofac2026Schema).rows.map((r) => [r.uid, r]) : []);
    const addresses = readOfacTable(ctx, ADD_FILE, addSchema, ADD_COLUMNS).rows;

    // Every written name must be in the table exactly once.
    const seen = new Map<string, string>();
    for (const d of ORGANIZATION_DECISIONS) {
      for (const w of d.written) {
        if (seen.has(w))
          ctx.problem({
            file: 'scripts/dataset-builds/organization-table.ts',
            column: 'written',
            value: w,
            expected: `one organization per written name (also in ${seen.get(w)})`,
          });
        seen.set(w, d.id);
      }
    }
    const names = new Map<string, string[]>(ORGANIZATION_DECISIONS.map((d) => [d.id, [...d.written]]));
    const entNums = new Map<string, number[]>(ORGANIZATION_DECISIONS.map((d) => [d.id, []]));
    const addName = (id: string, name: string) => names.get(id)!.push(name);
    const addEnt = (id: string, n: number) => !entNums.get(id)!.includes(n) && entNums.get(id)!.push(n);

    // designations and cases report a party or organization the table does not list (with its row).
    for (const r of designations.rows) {
      const id = INDIVIDUAL.test(r.organization) ? undefined : organizationIdOf(r.organization);
      if (!id) continue;
      for (const alias of splitAliases(r.aliases ?? '') ?? []) addName(id, withoutNote(alias));
      for (const m of (r.aliases ?? '').matchAll(/\bent_num (\d+)/g)) addEnt(id, Number(m[1]));
    }

    // OFAC entries whose primary or alternate name is a written name of an organization without a cited ent_num (ELN).
    const byFold = new Map<string, number[]>();
    for (const e of ofac.values()) {
      if (e.type !== 'entity') continue;
      for (const n of [e.name, ...(e.alternate_names ?? '').split('; ')].filter(Boolean))
        byFold.set(foldName(n), [...(byFold.get(foldName(n)) ?? []), e.uid]);
    }
    const rows: Organization[] = ORGANIZATION_DECISIONS.map((d) => {
      const problem = (column: string, value: string, expected: string) =>
        ctx.problem({ file: 'scripts/dataset-builds/organization-table.ts', row: undefined, column: `${d.id}.${column}`, value, expected });
      for (const q of [...(d.quotedNames ?? []), ...(d.countries ? [d.countries.quote] : [])]) {
        if (!quotes.includes(q)) problem('quotedNames', q, 'a text quoted in the records or the corrections file');
      }
      for (const q of d.quotedNames ?? []) addName(d.id, q);
      if (entNums.get(d.id)!.length === 0) {
        for (const w of d.written) for (const n of byFold.get(foldName(w)) ?? []) addEnt(d.id, n);
      }
      const ents = entNums.get(d.id)!.sort((a, b) => a - b);
      for (const n of ents) {
        const entry = ofac.get(n);
        if (!entry) {
          if (withOfac2026) problem('ofacEntNums', String(n), `an entry of OFAC's list as published ${OFAC_2026_PUBLISHED}`);
        } else for (const a of [entry.name, ...(entry.alternate_names ?? '').split('; ')].filter(Boolean)) addName(d.id, a);
      }
      const known = new Set(names.get(d.id)!.map(foldName));
      for (const [column, value] of [
        ['name', d.name],
        ['nameEs', d.nameEs],
      ] as const) {
        if (withOfac2026 && !known.has(foldName(value)))
          problem(column, value, `a name the records or OFAC give this organization (${[...known].join(', ')})`);
      }
      const ofacCountries = [...new Set(addresses.filter((a) => ents.includes(a.ent_num) && a.country).map((a) => a.country!))];
      if (d.countries && ofacCountries.length)
        problem(
          'countries',
          d.countries.values.join('; '),
          `no curated countries where OFAC gives addresses (${ofacCountries.join('; ')})`,
        );
      const countries = d.countries?.values ?? ofacCountries;
      if (countries.length === 0 && !d.note)
        problem('countries', '', 'OFAC addresses, curated countries with their quote, or a note saying why there are none');
      // Aliases: the other names, once each; a name that is a display name once case, accents and a note are set aside is not repeated.
      const display = new Set([foldName(d.name), foldName(d.nameEs)]);
      const plain = (n: string) =>
        n
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase();
      const aliases: string[] = [];
      const aliasKeys = new Set([d.name, d.nameEs].map(plain));
      for (const n of names.get(d.id)!) {
        if (display.has(foldName(n)) || aliasKeys.has(plain(n))) continue;
        aliasKeys.add(plain(n));
        aliases.push(n);
      }
      return { id: d.id, name: d.name, nameEs: d.nameEs, kind: d.kind, aliases, ofacEntNums: ents, countries, note: d.note ?? null };
    });
    const owner = new Map<number, string>();
    for (const r of rows) {
      for (const n of r.ofacEntNums) {
        if (owner.has(n))
          ctx.problem({
            file: 'scripts/dataset-builds/organization-table.ts',
            column: 'ofacEntNums',
            value: String(n),
            expected: `one organization per OFAC entry (${owner.get(n)} and ${r.id})`,
          });
        owner.set(n, r.id);
      }
    }
    const count = (kind: OrganizationKind) => rows.filter((r) => r.kind === kind).length;
    return {
      rows,
      meta: {
        title: 'Organizations named in the designations and cases (one name per organization)',
        description:
          'One row per cartel, gang, criminal group, guerrilla, state actor, financial institution or business network that the curated designations and court cases name: its display names in English and Spanish, other names, OFAC entity numbers, countries and kind. designations.organizationId and cases.organizationIds join to id; ofacEntNums join to sanctions.entNum.',
        publisher: "fentanyl-policy-kit, from the curated designations and cases and OFAC's SDN list",
        license: "Facts compiled from public sources (OFAC's list is a US federal government work). Code MIT.",
        credit: "Curated designations and cases, and OFAC's SDN list, compiled by fentanyl-policy-kit",
        citation: `fentanyl-policy-kit, "Organizations" dataset, from the curated designation and case records and OFAC's SDN list as published ${OFAC_2026_PUBLISHED} (parsed by kindrat86/ofac-sdn-json).`,
        released: OFAC_2026_PUBLISHED,
        sources: [
          {
            title: 'Curated designation and case records',
            publisher: 'fentanyl-policy-kit research; sources per record',
            url: 'https://www.state.gov/foreign-terrorist-organizations',
            released: '2026-06-05',
            files: [
              ctx.sourceFile(DESIGNATIONS_FILE, 'see designations/PROVENANCE.md'),
              ctx.sourceFile(CASES_FILE, 'see rulings/PROVENANCE.md'),
            ],
          },
          {
            title: `OFAC SDN list as published ${OFAC_2026_PUBLISHED} (third-party parse: names, types, programs, aliases)`,
            publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control; parsed by kindrat86/ofac-sdn-json',
            url: 'https://sanctionslistservice.ofac.treas.gov/',
            released: OFAC_2026_PUBLISHED,
            files: withOfac2026
              ? [
                  ctx.sourceFile(
                    OFAC_2026_FILE,
                    'github.com/kindrat86/ofac-sdn-json commit 3186e89; see designations/ofac-sdn-derived-2026/PROVENANCE.md',
                  ),
                ]
              : [],
          },
          {
            title: 'OFAC SDN addresses file (add.csv), copy of 2026-06-02',
            publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
            url: 'https://ofac.treasury.gov/specially-designated-nationals-list-data-formats-data-schemas',
            released: '2026-06-02',
            files: [ctx.sourceFile(ADD_FILE, 'github.com/mino6225/eurasian-risk-screener; see designations/PROVENANCE.md §2')],
          },
        ],
        caveats: [
          `Which written names are one organization, its display names and its kind are editorial decisions (scripts/dataset-builds/organizations.ts), each checked against the sources: every display name is a name the records or OFAC give it. ${rows.filter((r) => r.note).length} rows carry a note with the decision.`,
          `Kinds: ${count('cartel')} cartels, ${count('gang')} gangs, ${count('criminal-group')} other criminal groups, ${count('guerrilla')} guerrillas, ${count('state-actor')} state actor, ${count('financial-institution')} financial institutions (named in FinCEN section 2313a orders, not criminal groups), ${count('business-network')} business network.`,
          'Merged: "Cartel de Sinaloa" and "Sinaloa Cartel"; "ELN" and "ELN (National Liberation Army)"; "Los Zetas" and "Cartel del Noreste" (one OFAC entry, 11438, renamed); "Juárez Cartel" and "La Línea". Kept apart: La Familia Michoacana and La Nueva Familia Michoacana (two OFAC entries); Guadalajara Cartel and Sinaloa Cartel; FARC and OFAC\'s FARC-EP entry; the Gulf Cartel (Mexico) and the Clan del Golfo (Colombia).',
          ...(withOfac2026
            ? []
            : [
                `OFAC's list as published ${OFAC_2026_PUBLISHED} was not in the raw folder: entity numbers are those the records cite, not checked, and display names are not checked against OFAC's names.`,
              ]),
          `OFAC entity numbers are checked against OFAC's list as published ${OFAC_2026_PUBLISHED} (a third party's parse, no remarks); an organization OFAC lists under none of its names has none. countries are the countries of OFAC's addresses (June 2026), not where the group is based.`,
          'The six individuals of the first Kingpin Act list (2000) are persons, not organizations: their designation records have no organizationId.',
        ],
        revisions: ['First built 2026-12-03 from the records and corrections of 2026-12-02.'],
      },
    };
  },
});
