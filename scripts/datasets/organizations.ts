/**
 * Build step of `organizations`: one row per organization the curated designations and cases
 * name, from the editorial table below (which written names are one organization, its display
 * names and kind) checked against the sources: every designated party and every case organization
 * must belong to exactly one row; every display name must be a name the records or OFAC's list
 * give the organization (no name is made up); OFAC entity numbers come from the designation
 * records and from OFAC's list as published 2026-08-20 (a name match), each checked to exist
 * there; countries come from OFAC's June-2026 addresses.
 */
import { defineSchema } from '../../src/schema.js';
import { foldName, organizationsSchema, type Organization, type OrganizationKind } from '../../src/datasets/organizations.js';
import type { BuildContext } from '../pipeline/context.js';
import { defineDataset } from '../pipeline/dataset.js';
import { CASES_FILE, rawCasesSchema } from './cases.js';
import { CORRECTIONS_FILE, rawCorrectionsSchema } from './corrections.js';
import { DESIGNATIONS_FILE, rawDesignationsSchema, splitAliases } from './designations.js';
import { ADD_FILE, readOfacTable } from './sanctions.js';

export const OFAC_2026_FILE = 'designations/ofac-sdn-derived-2026/published-2026-08-20/ofac-sdn.csv';
const OFAC_2026_PUBLISHED = '2026-08-20';

interface Decision {
  readonly id: string;
  readonly name: string;
  readonly nameEs: string;
  readonly kind: OrganizationKind;
  /** Names as the records write them: designations' `organization` and cases' `organization` entries. */
  readonly written: readonly string[];
  /** Names a quote in the records gives it (checked to be there), beyond the written names and OFAC's. */
  readonly quotedNames?: readonly string[];
  /** Only for an organization with no OFAC address: its countries and the quote that states them (checked to be in the records). */
  readonly countries?: { readonly values: readonly string[]; readonly quote: string };
  readonly note?: string;
}

/**
 * The editorial table. Rules: the English name is OFAC's primary name or its English alias; the
 * Spanish name is the Spanish form in the records or OFAC's aliases, else the English one. A case
 * name with a note ("Sinaloa Cartel (Chapitos faction)") belongs to the organization it names.
 */
export const ORGANIZATION_DECISIONS: readonly Decision[] = [
  {
    id: 'sinaloa-cartel',
    name: 'Sinaloa Cartel',
    nameEs: 'Cártel de Sinaloa',
    kind: 'cartel',
    written: ['Cartel de Sinaloa', 'Sinaloa Cartel', 'Sinaloa Cartel (Chapitos faction)', 'Sinaloa Cartel (Beltrán Leyva Organization faction)', 'Sinaloa Cartel (Guadalajara Cartel predecessor)'],
    note: 'State\'s FTO notice writes "Cartel de Sinaloa", OFAC "SINALOA CARTEL" (ent_num 11440): one organization. Cases that name a faction ("Chapitos faction", "Beltrán Leyva Organization faction") stay on the Sinaloa Cartel, as their sources write it; Los Chapitos and Los Mayos, designated separately in 2025, have their own rows.',
  },
  {
    id: 'cjng',
    name: 'Jalisco New Generation Cartel (CJNG)',
    nameEs: 'Cártel de Jalisco Nueva Generación (CJNG)',
    kind: 'cartel',
    written: ['Cartel de Jalisco Nueva Generacion', 'CJNG'],
  },
  { id: 'gulf-cartel', name: 'Gulf Cartel', nameEs: 'Cártel del Golfo', kind: 'cartel', written: ['Cartel del Golfo', 'Gulf Cartel'] },
  {
    id: 'cartel-del-noreste',
    name: 'Cartel del Noreste (formerly Los Zetas)',
    nameEs: 'Cártel del Noreste (antes Los Zetas)',
    kind: 'cartel',
    written: ['Cartel del Noreste', 'Los Zetas'],
    note: 'One OFAC entry (ent_num 11438): named LOS ZETAS on the 2024-05-03 list and CARTEL DEL NORESTE on the 2026 list, and the FTO record calls it "Cártel del Noreste (formerly Los Zetas)". Merged: the Kingpin (2009), TCO (2011) and E.O. 14059 (2021) records of Los Zetas share the row of the 2025 FTO designation; each record keeps the name it was designated under.',
  },
  { id: 'carteles-unidos', name: 'Carteles Unidos', nameEs: 'Cárteles Unidos', kind: 'cartel', written: ['Carteles Unidos'] },
  { id: 'la-nueva-familia-michoacana', name: 'La Nueva Familia Michoacana', nameEs: 'La Nueva Familia Michoacana', kind: 'cartel', written: ['La Nueva Familia Michoacana'] },
  {
    id: 'la-familia-michoacana',
    name: 'La Familia Michoacana',
    nameEs: 'La Familia Michoacana',
    kind: 'cartel',
    written: ['La Familia Michoacana'],
    note: 'Kept apart from La Nueva Familia Michoacana: OFAC lists them as two entries (11439 and 39376).',
  },
  { id: 'juarez-cartel', name: 'Juárez Cartel', nameEs: 'Cártel de Juárez', kind: 'cartel', written: ['Juarez Cartel', 'Juárez Cartel', 'La Línea'], note: '"La Línea" is an OFAC alias of the Juárez Cartel entry (ent_num 8237).' },
  { id: 'beltran-leyva-organization', name: 'Beltrán Leyva Organization', nameEs: 'Beltrán Leyva Organization', kind: 'cartel', written: ['Beltran Leyva Organization', 'Beltrán Leyva Organization'] },
  { id: 'los-cuinis', name: 'Los Cuinis', nameEs: 'Los Cuinis', kind: 'cartel', written: ['Los Cuinis Drug Trafficking Organization', 'Los Cuinis'] },
  { id: 'los-chapitos', name: 'Los Chapitos', nameEs: 'Los Chapitos', kind: 'cartel', written: ['Los Chapitos'], note: 'A Sinaloa Cartel faction with its own OFAC entry (54417) since 2025.' },
  { id: 'los-mayos', name: 'Los Mayos', nameEs: 'Los Mayos', kind: 'cartel', written: ['Los Mayos'], note: 'A Sinaloa Cartel faction with its own OFAC entry (54696) since 2025.' },
  { id: 'los-viagras', name: 'Los Viagras', nameEs: 'Los Viagras', kind: 'cartel', written: ['Los Viagras'] },
  { id: 'cartel-de-santa-rosa-de-lima', name: 'Santa Rosa de Lima Cartel', nameEs: 'Cártel de Santa Rosa de Lima', kind: 'cartel', written: ['Cartel de Santa Rosa de Lima'] },
  {
    id: 'guadalajara-cartel',
    name: 'Guadalajara Cartel',
    nameEs: 'Cártel de Guadalajara',
    kind: 'cartel',
    written: ['Guadalajara Cartel'],
    quotedNames: ['Cártel de Guadalajara'],
    note: 'The 1980s organization of the Caro Quintero and Camarena cases, kept apart from the Sinaloa Cartel (a case record calls it the Sinaloa Cartel\'s predecessor), although OFAC\'s 2024 remarks give "GUADALAJARA CARTEL" as a former name of 11440 SINALOA CARTEL; so no OFAC entry is attached. No country: no source read states one for the organization.',
  },
  { id: 'norte-del-valle-cartel', name: 'Norte del Valle Cartel', nameEs: 'Norte del Valle Cartel', kind: 'cartel', written: ['Norte del Valle Cartel'], note: 'No OFAC entry under this name, and no country stated in the source read (Zapata v. HSBC).' },
  { id: 'los-lobos', name: 'Los Lobos', nameEs: 'Los Lobos', kind: 'cartel', written: ['Los Lobos'], note: 'OFAC names it LOS LOBOS DRUG TRAFFICKING ORGANIZATION (49081); kept apart from Los Choneros (47286).' },
  { id: 'los-choneros', name: 'Los Choneros', nameEs: 'Los Choneros', kind: 'criminal-group', written: ['Los Choneros'] },
  { id: 'clan-del-golfo', name: 'Clan del Golfo', nameEs: 'Clan del Golfo', kind: 'criminal-group', written: ['Clan del Golfo'], note: 'State calls it "a major Colombia-based criminal group"; not the Gulf Cartel (Cartel del Golfo) of Mexico.' },
  { id: 'hysa-organized-crime-group', name: 'Hysa Organized Crime Group', nameEs: 'Hysa Organized Crime Group', kind: 'criminal-group', written: ['Hysa Organized Crime Group'] },
  { id: 'ms-13', name: 'MS-13 (Mara Salvatrucha)', nameEs: 'Mara Salvatrucha (MS-13)', kind: 'gang', written: ['Mara Salvatrucha', 'MS-13'] },
  { id: 'barrio-18', name: 'Barrio 18', nameEs: 'Barrio 18', kind: 'gang', written: ['Barrio 18'] },
  { id: 'tren-de-aragua', name: 'Tren de Aragua', nameEs: 'Tren de Aragua', kind: 'gang', written: ['Tren de Aragua'] },
  { id: 'comando-vermelho', name: 'Comando Vermelho', nameEs: 'Comando Vermelho', kind: 'gang', written: ['Comando Vermelho'] },
  { id: 'primeiro-comando-da-capital', name: 'Primeiro Comando da Capital (PCC)', nameEs: 'Primeiro Comando da Capital (PCC)', kind: 'gang', written: ['Primeiro Comando da Capital'] },
  {
    id: 'cartel-de-los-soles',
    name: 'Cartel de los Soles',
    nameEs: 'Cartel de los Soles',
    kind: 'state-actor',
    written: ['Cartel de los Soles', 'Cartel de los Soles (alleged partner)'],
    note: 'Kind state-actor: the cited Treasury text calls it a "cartel venezuelano liderado por Maduro" (led by officials). OFAC\'s English alias CARTEL OF THE SUNS is kept as an alias; State and Treasury write "Cartel de los Soles".',
  },
  {
    id: 'eln',
    name: 'National Liberation Army (ELN)',
    nameEs: 'Ejército de Liberación Nacional (ELN)',
    kind: 'guerrilla',
    written: ['ELN', 'ELN (National Liberation Army)'],
    note: '"ELN" and "ELN (National Liberation Army)" are one organization: OFAC entry 4706 NATIONAL LIBERATION ARMY, aliases ELN and EJERCITO DE LIBERACION NACIONAL. No country: OFAC gives no address and no source read states one.',
  },
  {
    id: 'farc',
    name: 'FARC',
    nameEs: 'FARC',
    kind: 'guerrilla',
    written: ['FARC'],
    countries: { values: ['Colombia'], quote: 'Revolutionary Armed Forces of Colombia (FARC)' },
    note: 'No OFAC entry attached: the 2026 list has 33983 REVOLUTIONARY ARMED FORCES OF COLOMBIA - PEOPLE\'S ARMY (alias FARC-EP), and the sources do not say that the FARC of these cases is that entry. Country: "Revolutionary Armed Forces of Colombia" (Reuters, cited on the Alcalá record).',
  },
  { id: 'cibanco', name: 'CIBanco', nameEs: 'CIBanco', kind: 'financial-institution', written: ['CIBanco S.A., Institución de Banca Multiple'], countries: { values: ['Mexico'], quote: 'three Mexico-based financial institutions' }, note: 'Named in a FinCEN section 2313a order (2025-06-25), not a criminal group. Country: "Mexico-based financial institutions" (FinCEN).' },
  { id: 'intercam', name: 'Intercam', nameEs: 'Intercam', kind: 'financial-institution', written: ['Intercam Banco S.A., Institución de Banca Multiple'], countries: { values: ['Mexico'], quote: 'three Mexico-based financial institutions' }, note: 'Named in a FinCEN section 2313a order (2025-06-25), not a criminal group. Country: "Mexico-based financial institutions" (FinCEN).' },
  { id: 'vector', name: 'Vector Casa de Bolsa', nameEs: 'Vector Casa de Bolsa', kind: 'financial-institution', written: ['Vector Casa de Bolsa, S.A. de C.V.'], quotedNames: ['Vector Casa de Bolsa'], countries: { values: ['Mexico'], quote: 'three Mexico-based financial institutions' }, note: 'Named in a FinCEN section 2313a order (2025-06-25), not a criminal group. Country: "Mexico-based financial institutions" (FinCEN).' },
  {
    id: 'kovay-gardens',
    name: 'Kovay Gardens (timeshare-fraud network)',
    nameEs: 'Kovay Gardens (red de fraude de tiempo compartido)',
    kind: 'business-network',
    written: ['Kovay Gardens timeshare-fraud network (CJNG-linked; resort, 5 individuals, 17 companies)'],
    note: 'A CJNG-linked resort, 5 individuals and 17 companies designated together (OFAC entry 56462 KOVAY GARDENS); kept apart from the CJNG, which the record names only as linked.',
  },
];

const ID_OF = new Map(ORGANIZATION_DECISIONS.flatMap((d) => d.written.map((w) => [w, d.id] as const)));

/** The organization id of a name as a designation or case record writes it; undefined when the table does not list it. */
export function organizationIdOf(written: string): string | undefined {
  return ID_OF.get(written);
}

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
  rowType: { name: 'Organization', module: '../../src/datasets/organizations.js' },
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
        if (seen.has(w)) ctx.problem({ file: 'scripts/datasets/organizations.ts', column: 'written', value: w, expected: `one organization per written name (also in ${seen.get(w)})` });
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
      for (const n of [e.name, ...(e.alternate_names ?? '').split('; ')].filter(Boolean)) byFold.set(foldName(n), [...(byFold.get(foldName(n)) ?? []), e.uid]);
    }
    const rows: Organization[] = ORGANIZATION_DECISIONS.map((d) => {
      const problem = (column: string, value: string, expected: string) => ctx.problem({ file: 'scripts/datasets/organizations.ts', row: undefined, column: `${d.id}.${column}`, value, expected });
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
        }
        else for (const a of [entry.name, ...(entry.alternate_names ?? '').split('; ')].filter(Boolean)) addName(d.id, a);
      }
      const known = new Set(names.get(d.id)!.map(foldName));
      for (const [column, value] of [['name', d.name], ['nameEs', d.nameEs]] as const) {
        if (withOfac2026 && !known.has(foldName(value))) problem(column, value, `a name the records or OFAC give this organization (${[...known].join(', ')})`);
      }
      const ofacCountries = [...new Set(addresses.filter((a) => ents.includes(a.ent_num) && a.country).map((a) => a.country!))];
      if (d.countries && ofacCountries.length) problem('countries', d.countries.values.join('; '), `no curated countries where OFAC gives addresses (${ofacCountries.join('; ')})`);
      const countries = d.countries?.values ?? ofacCountries;
      if (countries.length === 0 && !d.note) problem('countries', '', 'OFAC addresses, curated countries with their quote, or a note saying why there are none');
      // Aliases: the other names, once each; a name that is a display name once case, accents and a note are set aside is not repeated.
      const display = new Set([foldName(d.name), foldName(d.nameEs)]);
      const plain = (n: string) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
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
        if (owner.has(n)) ctx.problem({ file: 'scripts/datasets/organizations.ts', column: 'ofacEntNums', value: String(n), expected: `one organization per OFAC entry (${owner.get(n)} and ${r.id})` });
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
        publisher: 'fentanyl-policy-kit, from the curated designations and cases and OFAC\'s SDN list',
        license: 'Facts compiled from public sources (OFAC\'s list is a US federal government work). Code MIT.',
        credit: 'Curated designations and cases, and OFAC\'s SDN list, compiled by fentanyl-policy-kit',
        citation: `fentanyl-policy-kit, "Organizations" dataset, from the curated designation and case records and OFAC's SDN list as published ${OFAC_2026_PUBLISHED} (parsed by kindrat86/ofac-sdn-json).`,
        released: OFAC_2026_PUBLISHED,
        sources: [
          {
            title: 'Curated designation and case records',
            publisher: 'fentanyl-policy-kit research; sources per record',
            url: 'https://www.state.gov/foreign-terrorist-organizations',
            released: '2026-06-05',
            files: [ctx.sourceFile(DESIGNATIONS_FILE, 'see designations/PROVENANCE.md'), ctx.sourceFile(CASES_FILE, 'see rulings/PROVENANCE.md')],
          },
          {
            title: `OFAC SDN list as published ${OFAC_2026_PUBLISHED} (third-party parse: names, types, programs, aliases)`,
            publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control; parsed by kindrat86/ofac-sdn-json',
            url: 'https://sanctionslistservice.ofac.treas.gov/',
            released: OFAC_2026_PUBLISHED,
            files: withOfac2026 ? [ctx.sourceFile(OFAC_2026_FILE, 'github.com/kindrat86/ofac-sdn-json commit 3186e89; see designations/ofac-sdn-derived-2026/PROVENANCE.md')] : [],
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
          `Which written names are one organization, its display names and its kind are editorial decisions (scripts/datasets/organizations.ts), each checked against the sources: every display name is a name the records or OFAC give it. ${rows.filter((r) => r.note).length} rows carry a note with the decision.`,
          `Kinds: ${count('cartel')} cartels, ${count('gang')} gangs, ${count('criminal-group')} other criminal groups, ${count('guerrilla')} guerrillas, ${count('state-actor')} state actor, ${count('financial-institution')} financial institutions (named in FinCEN section 2313a orders, not criminal groups), ${count('business-network')} business network.`,
          'Merged: "Cartel de Sinaloa" and "Sinaloa Cartel"; "ELN" and "ELN (National Liberation Army)"; "Los Zetas" and "Cartel del Noreste" (one OFAC entry, 11438, renamed); "Juárez Cartel" and "La Línea". Kept apart: La Familia Michoacana and La Nueva Familia Michoacana (two OFAC entries); Guadalajara Cartel and Sinaloa Cartel; FARC and OFAC\'s FARC-EP entry; the Gulf Cartel (Mexico) and the Clan del Golfo (Colombia).',
          ...(withOfac2026 ? [] : [`OFAC's list as published ${OFAC_2026_PUBLISHED} was not in the raw folder: entity numbers are those the records cite, not checked, and display names are not checked against OFAC's names.`]),
          `OFAC entity numbers are checked against OFAC's list as published ${OFAC_2026_PUBLISHED} (a third party's parse, no remarks); an organization OFAC lists under none of its names has none. countries are the countries of OFAC's addresses (June 2026), not where the group is based.`,
          'The six individuals of the first Kingpin Act list (2000) are persons, not organizations: their designation records have no organizationId.',
        ],
        revisions: ['First built 2026-12-03 from the records and corrections of 2026-12-02.'],
      },
    };
  },
});
