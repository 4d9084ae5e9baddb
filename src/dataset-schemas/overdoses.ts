/**
 * `overdoses`: CDC NCHS provisional drug overdose death counts (VSRR), as 12-month-ending totals by
 * jurisdiction, month and drug indicator, with the release each value was taken from.
 */
import { JURISDICTION_CODES } from '../jurisdictions.js';
import { defineSchema, type RowOf } from '../schema-engine.js';

export interface IndicatorInfo {
  /** CDC's exact `Indicator` text. */
  readonly label: string;
  /** ICD-10 multiple-cause code(s) the indicator counts, as CDC writes them in the label; null when none. */
  readonly icd10: string | null;
  readonly unit: 'deaths' | 'percent';
}

/** Stable slugs for CDC's indicator labels; components and the SDK key on these. */
export const INDICATOR_INFO = {
  'all-drugs': { label: 'Number of Drug Overdose Deaths', icd10: null, unit: 'deaths' },
  'all-deaths': { label: 'Number of Deaths', icd10: null, unit: 'deaths' },
  'pct-drugs-specified': { label: 'Percent with drugs specified', icd10: null, unit: 'percent' },
  opioids: { label: 'Opioids (T40.0-T40.4,T40.6)', icd10: 'T40.0-T40.4,T40.6', unit: 'deaths' },
  'natural-semisynthetic-synthetic-opioids': {
    label: 'Natural, semi-synthetic, & synthetic opioids, incl. methadone (T40.2-T40.4)',
    icd10: 'T40.2-T40.4',
    unit: 'deaths',
  },
  'natural-semisynthetic-opioids-methadone': {
    label: 'Natural & semi-synthetic opioids, incl. methadone (T40.2, T40.3)',
    icd10: 'T40.2, T40.3',
    unit: 'deaths',
  },
  'natural-semisynthetic-opioids': { label: 'Natural & semi-synthetic opioids (T40.2)', icd10: 'T40.2', unit: 'deaths' },
  methadone: { label: 'Methadone (T40.3)', icd10: 'T40.3', unit: 'deaths' },
  'synthetic-opioids': { label: 'Synthetic opioids, excl. methadone (T40.4)', icd10: 'T40.4', unit: 'deaths' },
  heroin: { label: 'Heroin (T40.1)', icd10: 'T40.1', unit: 'deaths' },
  cocaine: { label: 'Cocaine (T40.5)', icd10: 'T40.5', unit: 'deaths' },
  psychostimulants: { label: 'Psychostimulants with abuse potential (T43.6)', icd10: 'T43.6', unit: 'deaths' },
} as const satisfies Record<string, IndicatorInfo>;

export type OverdoseIndicator = keyof typeof INDICATOR_INFO;
export const OVERDOSE_INDICATORS = Object.keys(INDICATOR_INFO) as readonly OverdoseIndicator[];

/** Indicators that count deaths by drug: what a chart's `drugs` attribute accepts (not all-cause deaths, not a percentage). */
export type DrugIndicator = Exclude<OverdoseIndicator, 'all-deaths' | 'pct-drugs-specified'>;
export const DRUG_INDICATORS = OVERDOSE_INDICATORS.filter((i): i is DrugIndicator => i !== 'all-deaths' && i !== 'pct-drugs-specified');

/**
 * Releases, named by the date the copy was downloaded or extracted (CDC does not date its monthly
 * VSRR releases in the file itself): see `meta.sources` and the `release` field description.
 */
export const OVERDOSE_RELEASES = ['2025-01-08', '2026-02-14', '2026-06-27'] as const;
export type OverdoseRelease = (typeof OVERDOSE_RELEASES)[number];

/** CDC's footnote sentences by code. A row's footnote text is a run of these, one or two spaces apart. */
export const OVERDOSE_FOOTNOTES = {
  // Symbol `**`: the month is closed but counts are provisional and can differ from final NCHS data.
  'may-differ-from-final': 'Numbers may differ from published reports using final data. See Technical Notes.',
  // Symbol `*`: recent months whose records are still arriving; the reported count is too low.
  underreported: 'Underreported due to incomplete data.',
  // Fewer than 10 deaths: hidden for confidentiality, not zero.
  'suppressed-lt10': 'Data suppressed (<10).',
  // CDC hides the value for data-quality reasons; not zero either.
  'low-quality': 'Data not shown due to low data quality.',
} as const;
export type OverdoseFootnote = keyof typeof OVERDOSE_FOOTNOTES;

export const FOOTNOTE_SYMBOLS = ['*', '**'] as const;
export type FootnoteSymbol = (typeof FOOTNOTE_SYMBOLS)[number];

const indicatorDescription = OVERDOSE_INDICATORS.map((slug) => {
  const info: IndicatorInfo = INDICATOR_INFO[slug];
  return `${slug} = "${info.label}" (${info.icd10 ? `ICD-10 ${info.icd10}, ` : ''}${info.unit})`;
}).join('; ');

export const overdosesSchema = defineSchema({
  name: 'overdoses',
  key: ['jurisdiction', 'indicator', 'period'],
  fields: {
    jurisdiction: {
      type: 'enum',
      values: JURISDICTION_CODES,
      description:
        'CDC jurisdiction: USPS state code, DC, US (50 states + DC), YC (New York City), PR (Puerto Rico, not in US). NY excludes New York City.',
    },
    period: { type: 'month', description: 'Month in which the 12-month window ends (YYYY-MM): 2022-12 is January–December 2022.' },
    indicator: { type: 'enum', values: OVERDOSE_INDICATORS, description: `Drug indicator slug → CDC label: ${indicatorDescription}.` },
    reported: {
      type: 'number',
      nullable: true,
      min: 0,
      description:
        'CDC "Data Value": deaths reported in the 12 months ending `period` (a percent for pct-drugs-specified). Null where CDC suppresses (<10) or does not show the value (low data quality); see `footnotes`. Never 0 for a hidden value.',
    },
    predicted: {
      type: 'integer',
      nullable: true,
      min: 0,
      unit: 'deaths',
      description:
        'CDC "Predicted Value": the reported count adjusted for reporting delay. Re-estimated in every release, even for old months. Null where CDC gives none.',
    },
    percentComplete: {
      type: 'number',
      nullable: true,
      min: 0,
      max: 100,
      unit: 'percent',
      description: 'CDC "Percent Complete" of records for the period. CDC\'s "99.5+" is 99.5 with `percentCompleteAtLeast` true.',
    },
    percentCompleteAtLeast: { type: 'boolean', description: 'True where CDC writes the percent complete as a lower bound ("99.5+").' },
    percentPending: {
      type: 'number',
      nullable: true,
      min: 0,
      max: 100,
      unit: 'percent',
      description: 'CDC "Percent Pending Investigation": share of death records still pending investigation of cause.',
    },
    footnotes: {
      type: 'list',
      separator: '; ',
      description: "Codes of CDC's footnote sentences, in source order; texts in `meta.footnotes`.",
    },
    footnoteSymbol: {
      type: 'enum',
      values: FOOTNOTE_SYMBOLS,
      nullable: true,
      description: 'CDC "Footnote Symbol": ** = numbers may differ from final data; * = underreported due to incomplete data.',
    },
    release: {
      type: 'enum',
      values: OVERDOSE_RELEASES,
      description:
        'Release the row comes from, by download/extract date: 2025-01-08 = full VSRR CSV of the ~December 2024 release (data to July 2024); 2026-02-14 = VSRR CSV download of that date (data to September 2025), US rows of 8 indicators and the all-drug rows of the 50 states, DC and YC from December 2022; 2026-06-27 = Socrata API extract made on or before that date (data to January 2026), synthetic opioids (T40.4) only. Where releases overlap, the rows hold the newest and the older values are kept in slices/superseded/ (the `release` option of loadDataset).',
    },
  },
});

/** One jurisdiction × 12-month-ending period × indicator value from one VSRR release. */
export type OverdoseRecord = Omit<RowOf<typeof overdosesSchema>, 'footnotes'> & {
  readonly footnotes: readonly OverdoseFootnote[];
};
