/** `designations`: US designation actions aimed at cartels and criminal networks (FTO, SDGT, Kingpin, TCO, E.O. 14059). */
import { defineSchema, type RowOf } from '../schema-engine.js';
import { CHECK_STATUSES } from './cases.js';
import { checkSources, linksField, type SourceQuote } from './sources.js';

/**
 * The tags exactly as OFAC and State write them: FTO (INA §219), SDGT (E.O. 13224), SDNTK (Kingpin
 * Act), TCO (E.O. 13581), ILLICIT-DRUGS-EO14059 (E.O. 14059; OFAC's tag until 2022-09-22 was
 * `ILLICIT-DRUGS-EO`). FinCEN-2313a is not a list designation but an order of Treasury's FinCEN under
 * 21 U.S.C. 2313a (Fentanyl Sanctions Act, as amended by the FEND Off Fentanyl Act) naming a foreign
 * financial institution of primary money-laundering concern and restricting transmittals of funds
 * with it: the party is a bank or broker, not a cartel, so charts keep it apart from designations.
 */
export const DESIGNATION_TYPES = ['FTO', 'SDGT', 'SDNTK', 'TCO', 'ILLICIT-DRUGS-EO14059', 'FinCEN-2313a'] as const;
export type DesignationType = (typeof DESIGNATION_TYPES)[number];

export const PARTY_KINDS = ['organization', 'individual'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

const sourcesField = (allowEmpty: boolean, description: string) =>
  ({ type: 'json', check: (v: unknown) => checkSources(v, { allowEmpty }), description }) as {
    type: 'json';
    description: string;
    check: (v: unknown) => string | null;
    __type?: readonly SourceQuote[];
  };

export const designationsSchema = defineSchema({
  name: 'designations',
  key: ['id'],
  fields: {
    id: {
      type: 'string',
      pattern: /^[a-z0-9-]+$/,
      description: 'Stable slug <party>-<type>-<date>, e.g. `cartel-de-sinaloa-fto-2025-02-20`; `undated` stands for an unknown date.',
    },
    party: {
      type: 'string',
      description:
        'Designated party as the compiled file names it. Organizations mostly go by their Spanish name; individuals by their full name.',
    },
    partyKind: {
      type: 'enum',
      values: PARTY_KINDS,
      description:
        'individual where the file marks the party "(individual)" (the six persons of the first Kingpin list, 2000); the marker is removed from `party`.',
    },
    organizationId: {
      type: 'string',
      nullable: true,
      pattern: /^[a-z0-9-]+$/,
      description:
        'The organization this record designates or names: joins to `organizations.id`, whose `name`/`nameEs` is the name every element shows. Null for the individuals of the 2000 Kingpin list.',
    },
    aliases: {
      type: 'list',
      separator: ' | ',
      description:
        'Other names, as written: aliases from the cited sources (TdA, CJNG, CDN, …) mixed with OFAC names and aliases marked "(OFAC … ent_num N)". A parenthesised note belongs to the name before it. Empty when the file gives none.',
    },
    ofacEntNum: {
      type: 'integer',
      nullable: true,
      description:
        'OFAC SDN entry number the compiler cites among the aliases ("ent_num N"); joins to `sanctions.entNum`. Null when no entry is cited.',
    },
    type: {
      type: 'enum',
      values: DESIGNATION_TYPES,
      description:
        'Designation type, by OFAC/State program tag: FTO = Foreign Terrorist Organization (INA §219); SDGT = Specially Designated Global Terrorist (E.O. 13224); SDNTK = Kingpin Act; TCO = Transnational Criminal Organization (E.O. 13581); ILLICIT-DRUGS-EO14059 = E.O. 14059; FinCEN-2313a = a FinCEN order under 21 U.S.C. 2313a against a foreign financial institution (not a list designation).',
    },
    authority: { type: 'string', description: 'Legal authority, as written in the compiled file.' },
    date: {
      type: 'date',
      nullable: true,
      description: 'Effective or designation date. Null = not verified in any source read (Clan del Golfo SDGT), never a guess.',
    },
    federalRegister: {
      type: 'string',
      nullable: true,
      description:
        'Federal Register citation and/or FR document number, only where one was read (e.g. "90 FR 53045; FR Doc. 2025-20750"). Null = none read, not "none published".',
    },
    sources: sourcesField(
      false,
      'Pages read for this record, each with its verbatim excerpt: [{url, quote}]. Official pages, FR mirrors, news and law-firm notes are mixed. `quote` is null where the file gives a different number of excerpts than URLs (the whole text is then in `quoteText`).',
    ),
    quoteText: {
      type: 'string',
      nullable: true,
      description:
        'The whole quote cell (excerpts separated by " | ") where it could not be paired with the URLs one by one; null when every excerpt sits on its URL in `sources`.',
    },
    primarySources: sourcesField(
      true,
      'Official primary texts read in the primary-source check of 2026-11-26: [{url, quote}]. "..." marks omitted text. Empty when none was found; on a not_found row a filled list supports only part of the record.',
    ),
    links: linksField,
    checked: {
      type: 'enum',
      values: CHECK_STATUSES,
      description:
        'confirmed: official sources read state the designation of this party and its date (MS-13 TCO: month only); contradicted: an official source differs (none); not_found: no official source naming this party and action was found in the stored copies.',
    },
  },
});

/** One designation action against one party. */
export type Designation = RowOf<typeof designationsSchema>;
