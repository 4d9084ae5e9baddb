/** `cases`: court case events in which the US used counterterrorism and kingpin tools against cartels. */
import { defineSchema, type RowOf } from '../schema-engine.js';
import { checkSources, linksField, type SourceQuote } from './sources.js';

export const CASE_EVENT_TYPES = [
  'indictment',
  'complaint',
  'arrest',
  'extradition',
  'transfer',
  'plea',
  'conviction',
  'sentence',
  'appellate_ruling',
  'dismissal',
  'other',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/**
 * Federal courts by the standard abbreviation the records use, with their names (for the cases
 * table's tooltips and readers who do not know the codes).
 */
export const COURTS = {
  'U.S. Supreme Court': { en: 'Supreme Court of the United States', es: 'Corte Suprema de los Estados Unidos' },
  '2d Cir.': { en: 'Court of Appeals for the Second Circuit', es: 'Tribunal de Apelaciones del Segundo Circuito' },
  '5th Cir.': { en: 'Court of Appeals for the Fifth Circuit', es: 'Tribunal de Apelaciones del Quinto Circuito' },
  '11th Cir.': { en: 'Court of Appeals for the Eleventh Circuit', es: 'Tribunal de Apelaciones del Undécimo Circuito' },
  'D.D.C.': { en: 'District Court for the District of Columbia', es: 'Tribunal de Distrito del Distrito de Columbia' },
  'D.N.D.': { en: 'District Court for the District of North Dakota', es: 'Tribunal de Distrito de Dakota del Norte' },
  'E.D.N.Y.': { en: 'District Court for the Eastern District of New York', es: 'Tribunal de Distrito Este de Nueva York' },
  'S.D.N.Y.': { en: 'District Court for the Southern District of New York', es: 'Tribunal de Distrito Sur de Nueva York' },
  'N.D. Ill.': { en: 'District Court for the Northern District of Illinois', es: 'Tribunal de Distrito Norte de Illinois' },
  'S.D. Ill.': { en: 'District Court for the Southern District of Illinois', es: 'Tribunal de Distrito Sur de Illinois' },
  'S.D. Cal.': { en: 'District Court for the Southern District of California', es: 'Tribunal de Distrito Sur de California' },
  'S.D. Tex.': { en: 'District Court for the Southern District of Texas', es: 'Tribunal de Distrito Sur de Texas' },
  'W.D. Tex.': { en: 'District Court for the Western District of Texas', es: 'Tribunal de Distrito Oeste de Texas' },
  'E.D. Tex.': { en: 'District Court for the Eastern District of Texas', es: 'Tribunal de Distrito Este de Texas' },
} as const;
export type CourtCode = keyof typeof COURTS;
export const COURT_CODES = Object.keys(COURTS) as CourtCode[];

/** Whether an official primary text confirms the record (the curators' `checked` column). */
export const CHECK_STATUSES = ['confirmed', 'contradicted', 'not_found'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const casesSchema = defineSchema({
  name: 'cases',
  key: ['id'],
  fields: {
    id: { type: 'string', pattern: /^[a-z0-9-]+$/, description: 'Stable slug <subject>-<event>-<year>.' },
    date: {
      type: 'date',
      nullable: true,
      description:
        'Event date. Indictments are dated by unsealing or announcement. Null where the sources give only a month (the month is in `outcome`).',
    },
    eventType: {
      type: 'enum',
      values: CASE_EVENT_TYPES,
      description: 'Kind of event; `other` covers default judgments, arraignments, death-penalty notices, a sealing ruling, a death.',
    },
    caseName: { type: 'string', description: 'Caption as reported, or a descriptive label for mass transfers.' },
    courts: {
      type: 'list',
      separator: '; ',
      description:
        'Court code(s), the standard abbreviations of COURTS (E.D.N.Y., 2d Cir., U.S. Supreme Court, …). Empty when not stated, or when the event spans several districts (see `courtNote`).',
    },
    courtNote: {
      type: 'string',
      nullable: true,
      description:
        'What the source adds about the court, split off the code: a division or place ("Central Islip", "initial appearance, El Paso"), "multiple districts (destinations incl. …)". Null when none.',
    },
    docket: { type: 'string', nullable: true, description: 'Docket number or reporter citation, only where a source read states it.' },
    defendants: {
      type: 'list',
      separator: '; ',
      description: 'Named defendants (civil: named parties); "N others" as counted by the source.',
    },
    organizations: {
      type: 'list',
      separator: '; ',
      description: 'Cartel or group named by the sources, as written (a note such as "(Chapitos faction)" kept).',
    },
    organizationIds: {
      type: 'list',
      separator: '; ',
      description:
        'One `organizations.id` per entry of `organizations`, in the same order: the organization that name is, whose `name`/`nameEs` every element shows. Two names of one organization give the id twice ("Juárez Cartel; La Línea" → juarez-cartel; juarez-cartel).',
    },
    statutes: {
      type: 'list',
      separator: '; ',
      description:
        'Charges or authorities. An offense naming exactly one provision is given its section (narco-terrorism → 21 U.S.C. 960a, …); ambiguous wording is kept as written.',
    },
    terrorismRelated: {
      type: 'boolean',
      description:
        'True if a terrorism statute (2339A/B-type material support, 960a, 2332b, terrorism financing), the U.S.S.G. 3A1.4 enhancement or an Anti-Terrorism Act claim is involved in this event.',
    },
    outcome: { type: 'string', description: "One-line summary, in the compiler's words." },
    sentence: {
      type: 'string',
      nullable: true,
      description: 'Sentence or civil award, if any; "pending" notes are as of the newest source read.',
    },
    statusAsOf: {
      type: 'date',
      nullable: true,
      description:
        'For a note that can change ("Pending", "sentencing not set", "moved to …", "set for …"), the date it was true: a date the text gives ("as of 2026-02-10"), else the date in the address of the source that corrected it, else the newest source of the compilation (2026-02-24) or the event date when later. Null for a settled note. Elements show "as of <date>: " before it.',
    },
    sourceTitle: { type: 'string', description: 'Headline of the cited page; a [bracketed] title is a descriptive label.' },
    sources: {
      type: 'json',
      check: (v) => checkSources(v),
      description:
        'Pages read for this record, each with a verbatim excerpt: [{url, quote}]. Several are republications of official releases.',
    } as { type: 'json'; description: string; check: (v: unknown) => string | null; __type?: readonly SourceQuote[] },
    primarySources: {
      type: 'json',
      check: (v) => checkSources(v, { allowEmpty: true }),
      description:
        'Official primary texts read in the primary-source check (justice.gov, court opinions, agency releases): [{url, quote}]. Empty when none was found.',
    } as { type: 'json'; description: string; check: (v: unknown) => string | null; __type?: readonly SourceQuote[] },
    links: linksField,
    checked: {
      type: 'enum',
      values: CHECK_STATUSES,
      description:
        'confirmed: a primary source read states the core event; contradicted: a primary source differs; not_found: no primary source found in the stored copies.',
    },
  },
});

/** One court case event. */
export type CaseEvent = RowOf<typeof casesSchema>;

/** "W.D. Tex. (initial appearance, El Paso)": the court codes, then the note the source adds; null when neither is known. */
export function courtText(c: Pick<CaseEvent, 'courts' | 'courtNote'>): string | null {
  const codes = c.courts.join('; ');
  if (!c.courtNote) return codes || null;
  return codes ? `${codes} (${c.courtNote})` : c.courtNote;
}
