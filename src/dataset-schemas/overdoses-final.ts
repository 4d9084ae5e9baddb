/**
 * `overdoses-final`: NCHS final annual US drug overdose deaths and age-adjusted rates, one row per
 * published value with every source that states it. Final data count US residents by year of death;
 * they are never mixed with the provisional `overdoses` counts.
 */
import { defineSchema, type RowOf } from '../schema-engine.js';
import type { OverdoseIndicator } from './overdoses.js';

/**
 * Indicator slugs: the `overdoses` slug where the drug grouping is the same, and
 * `prescription-opioids` for NIDA's "prescription opioids" grouping (T40.2 and T40.3 together).
 */
export const FINAL_OVERDOSE_INDICATORS = [
  'all-drugs',
  'opioids',
  'heroin',
  'natural-semisynthetic-opioids',
  'methadone',
  'synthetic-opioids',
  'prescription-opioids',
  'cocaine',
  'psychostimulants',
] as const satisfies readonly (OverdoseIndicator | 'prescription-opioids')[];
export type FinalOverdoseIndicator = (typeof FINAL_OVERDOSE_INDICATORS)[number];

export const FINAL_MEASURES = ['deaths', 'age-adjusted-rate'] as const;
export type FinalMeasure = (typeof FINAL_MEASURES)[number];

/** How directly a source shows the official text: the row keeps the best of its sources. */
export const SOURCE_TYPES = ['primary', 'mirror', 'secondary'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** One page that states a value. */
export interface FinalSource {
  /** Compiler's short id of the source, e.g. "DB491" (Data Brief 491) or "NIDA2022viaFIN". */
  readonly id: string;
  readonly title: string;
  /** The official publication's address. */
  readonly url: string;
  /** The page actually read: the official page, a mirror or a secondary report. */
  readonly readAt: string;
  /** The compiler's description, e.g. "primary (cdc.gov page text)". */
  readonly sourceType: string;
  /** Verbatim excerpt of the page that contains the value. */
  readonly quote: string;
}

const HTTP = /^https?:\/\/\S+$/;

export function checkFinalSources(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return 'a non-empty JSON list of {id, title, url, readAt, sourceType, quote}';
  for (const s of value) {
    if (typeof s !== 'object' || s === null) return 'objects {id, title, url, readAt, sourceType, quote}';
    const o = s as Record<string, unknown>;
    for (const k of ['id', 'title', 'url', 'readAt', 'sourceType', 'quote']) {
      if (typeof o[k] !== 'string' || o[k] === '') return `a non-empty text "${k}" in every source`;
    }
    if (!HTTP.test(o.url as string) || !HTTP.test(o.readAt as string)) return 'http(s) addresses in url and readAt';
    if (Object.keys(o).length !== 6) return 'only the keys id, title, url, readAt, sourceType, quote';
  }
  return null;
}

export const overdosesFinalSchema = defineSchema({
  name: 'overdoses-final',
  key: ['indicator', 'measure', 'year'],
  fields: {
    geography: { type: 'enum', values: ['US'], description: 'United States (deaths of US residents).' },
    year: { type: 'integer', min: 1999, description: 'Calendar year of death (final data).' },
    indicator: {
      type: 'enum',
      values: FINAL_OVERDOSE_INDICATORS,
      description:
        "Drug involved, by ICD-10 multiple-cause code, among drug overdose deaths: all-drugs = every drug overdose death; opioids = any opioid (T40.0-T40.4, T40.6); heroin = T40.1; natural-semisynthetic-opioids = T40.2; methadone = T40.3; synthetic-opioids = synthetic opioids other than methadone, T40.4 (fentanyl, fentanyl analogs, tramadol); prescription-opioids = NIDA's grouping of T40.2 and T40.3 together (counts from CDC WONDER); cocaine = T40.5; psychostimulants = psychostimulants with abuse potential, T43.6. A death involving several drugs counts under each.",
    },
    icd10: {
      type: 'string',
      description:
        'Codes as the compiled file gives them: the multiple-cause T code(s) for drug rows; for all-drugs the underlying causes "UCD X40-X44,X60-X64,X85,Y10-Y14", which define every row.',
    },
    measure: {
      type: 'enum',
      values: FINAL_MEASURES,
      description: 'deaths = number of deaths; age-adjusted-rate = deaths per 100,000 standard population, as the source rounds it.',
    },
    value: {
      type: 'number',
      min: 0,
      description: 'The published figure: a count of deaths or a rate per 100,000, as stated by every source in `sources`.',
    },
    sourceType: {
      type: 'enum',
      values: SOURCE_TYPES,
      description:
        'Best source of the value: primary = text on the official cdc.gov page; mirror = a verbatim copy of the official text elsewhere; secondary = a news, trade-press, advocacy or NIDA-reproduction page quoting the figure. Check secondary values against the official page before publishing.',
    },
    sources: {
      type: 'json',
      check: checkFinalSources,
      description:
        'Every source read that states the value, best first: [{id, title, url (official publication), readAt (page read), sourceType, quote (verbatim, contains the value)}].',
    } as { type: 'json'; description: string; check: (v: unknown) => string | null; __type?: readonly FinalSource[] },
  },
});

/** One final annual US value with its citations. */
export type FinalOverdoseRecord = RowOf<typeof overdosesFinalSchema>;
