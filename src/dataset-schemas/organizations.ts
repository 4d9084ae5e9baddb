/**
 * `organizations`: one row per organization the curated datasets name, so a group has one id and
 * one display name in every element ("Sinaloa Cartel" / "Cártel de Sinaloa", never both "Cartel de
 * Sinaloa" and "Sinaloa Cartel" side by side). `designations.organizationId` and
 * `cases.organizationIds` join to `id`; `ofacEntNums` join to `sanctions.entNum`.
 */
import { defineSchema, type RowOf } from '../schema-engine.js';

/**
 * What kind of organization, as the official US texts and the cited sources describe it:
 * - cartel: a drug-trafficking organization called a cartel or "drug trafficking organization";
 * - gang: a street or prison gang (MS-13, Barrio 18, Tren de Aragua, Comando Vermelho, PCC);
 * - criminal-group: another organized-crime group ("criminal group", "organized crime group");
 * - guerrilla: an armed insurgent group (ELN, FARC);
 * - state-actor: a network of state officials (Cartel de los Soles);
 * - financial-institution: a bank or broker named in an order (the FinCEN section 2313a orders);
 * - business-network: companies and people designated together as one network (Kovay Gardens).
 */
export const ORGANIZATION_KINDS = [
  'cartel',
  'gang',
  'criminal-group',
  'guerrilla',
  'state-actor',
  'financial-institution',
  'business-network',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

function checkEntNums(value: unknown): string | null {
  if (!Array.isArray(value)) return 'a JSON list of OFAC entity numbers';
  if (!value.every((n) => Number.isInteger(n) && n > 0)) return 'positive integers';
  return null;
}

export const organizationsSchema = defineSchema({
  name: 'organizations',
  key: ['id'],
  fields: {
    id: {
      type: 'string',
      pattern: /^[a-z0-9-]+$/,
      description: 'Stable slug, e.g. `sinaloa-cartel`. Joins from `designations.organizationId` and `cases.organizationIds`.',
    },
    name: {
      type: 'string',
      description:
        'Display name in English as official US texts write it: OFAC\'s primary name, or its English alias, in title case with the Spanish accents the sources use; an acronym readers know is added in parentheses ("Jalisco New Generation Cartel (CJNG)").',
    },
    nameEs: {
      type: 'string',
      description:
        'Display name in Spanish: the Spanish form the official texts or the cited sources use ("Cártel de Sinaloa"); the English name where no Spanish form is in the sources.',
    },
    kind: {
      type: 'enum',
      values: ORGANIZATION_KINDS,
      description:
        'cartel, gang, criminal-group, guerrilla, state-actor, financial-institution (a bank or broker named in a FinCEN order) or business-network (companies and people designated together), as the official texts and cited sources describe the organization.',
    },
    aliases: {
      type: 'list',
      separator: ' | ',
      description:
        "Every other name the curated records and OFAC's list (2026-08-20) give it, as written (upper case = OFAC's spelling), without the compilers' notes.",
    },
    ofacEntNums: {
      type: 'json',
      check: checkEntNums,
      description:
        "OFAC SDN entity numbers of the organization (`ent_num`): those the designation records cite, and the OFAC entries whose primary or alternate name is a name the case records write. Each is checked against OFAC's list as published 2026-08-20. Empty when OFAC lists no entry under its names.",
    } as { type: 'json'; description: string; check: (v: unknown) => string | null; __type?: readonly number[] },
    countries: {
      type: 'list',
      separator: '; ',
      description:
        "Countries of the OFAC addresses of its entries (add.csv, June 2026, in OFAC's order); for an organization with no OFAC address, the country its name or the cited sources state (see `note`).",
    },
    note: {
      type: 'string',
      nullable: true,
      description: 'The editorial decision behind this row: names merged, names kept apart, a country not from OFAC.',
    },
  },
});

/** One organization. */
export type Organization = RowOf<typeof organizationsSchema>;

/** The display name in the reader's language. */
export function organizationName(org: Pick<Organization, 'name' | 'nameEs'>, lang: string): string {
  // Any other language reads the English name.
  return ({ es: org.nameEs } as Readonly<Record<string, string>>)[lang] ?? org.name;
}

/** "Cártel de Sinaloa (OFAC alias)" → "cartel de sinaloa": how names are compared (case, accents and a trailing note set aside). */
export function foldName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The organization a reader's name stands for: its id, either display name or any alias, with
 * case and accents set aside ("Cartel de Sinaloa", "Sinaloa Cartel", "sinaloa-cartel" are one).
 */
export function findOrganization<O extends Pick<Organization, 'id' | 'name' | 'nameEs' | 'aliases'>>(
  organizations: readonly O[],
  name: string,
): O | undefined {
  const exact = organizations.find((o) => o.id === name || o.name === name || o.nameEs === name || o.aliases.includes(name));
  if (exact) return exact;
  const key = foldName(name);
  return organizations.find((o) => [o.name, o.nameEs, ...o.aliases].some((n) => foldName(n) === key));
}
