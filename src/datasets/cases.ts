/** `cases`: court case events in which the US used counterterrorism and kingpin tools against cartels. */
import { defineSchema, type RowOf } from '../schema.js';
import { checkSources, type SourceQuote } from './sources.js';

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
      description: 'Event date. Indictments are dated by unsealing or announcement. Null where the sources give only a month (the month is in `outcome`).',
    },
    eventType: { type: 'enum', values: CASE_EVENT_TYPES, description: 'Kind of event; `other` covers default judgments, arraignments, death-penalty notices, a sealing ruling, a death.' },
    caseName: { type: 'string', description: 'Caption as reported, or a descriptive label for mass transfers.' },
    courts: { type: 'list', separator: '; ', description: 'Court(s), standard abbreviations (E.D.N.Y., 2d Cir., …). Empty when not stated.' },
    docket: { type: 'string', nullable: true, description: 'Docket number or reporter citation, only where a source read states it.' },
    defendants: { type: 'list', separator: '; ', description: 'Named defendants (civil: named parties); "N others" as counted by the source.' },
    organizations: { type: 'list', separator: '; ', description: 'Cartel or group named by the sources.' },
    statutes: {
      type: 'list',
      separator: '; ',
      description: 'Charges or authorities. An offense naming exactly one provision is given its section (narco-terrorism → 21 U.S.C. 960a, …); ambiguous wording is kept as written.',
    },
    terrorismRelated: {
      type: 'boolean',
      description: 'True if a terrorism statute (2339A/B-type material support, 960a, 2332b, terrorism financing), the U.S.S.G. 3A1.4 enhancement or an Anti-Terrorism Act claim is involved in this event.',
    },
    outcome: { type: 'string', description: 'One-line summary, in the compiler\'s words.' },
    sentence: { type: 'string', nullable: true, description: 'Sentence or civil award, if any; "pending" notes are as of the newest source read.' },
    sourceTitle: { type: 'string', description: 'Headline of the cited page; a [bracketed] title is a descriptive label.' },
    sources: {
      type: 'json',
      check: (v) => checkSources(v),
      description: 'Pages read for this record, each with a verbatim excerpt: [{url, quote}]. Several are republications of official releases.',
    } as { type: 'json'; description: string; check: (v: unknown) => string | null; __type?: readonly SourceQuote[] },
    primarySources: {
      type: 'json',
      check: (v) => checkSources(v, { allowEmpty: true }),
      description: 'Official primary texts read in the primary-source check (justice.gov, court opinions, agency releases): [{url, quote}]. Empty when none was found.',
    } as { type: 'json'; description: string; check: (v: unknown) => string | null; __type?: readonly SourceQuote[] },
    checked: {
      type: 'enum',
      values: CHECK_STATUSES,
      description: 'confirmed: a primary source read states the core event; contradicted: a primary source differs; not_found: no primary source found in the stored copies.',
    },
  },
});

/** One court case event. */
export type CaseEvent = RowOf<typeof casesSchema>;
