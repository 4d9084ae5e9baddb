/**
 * Build step of `overdoses-final`, from the hand-compiled NCHS final annual table
 * (overdoses/PROVENANCE.md §6). Rows citing the same value from different sources are folded into
 * one row with all citations; sources that disagree, or a value missing from its own quote, fail the
 * build.
 */
import {
  overdosesFinalSchema,
  type FinalMeasure,
  type FinalOverdoseIndicator,
  type FinalOverdoseRecord,
  type FinalSource,
  type SourceType,
} from '../../src/dataset-schemas/overdoses-final.js';
import { parseCSV } from '../../src/csv.js';
import { convertCell, defineSchema } from '../../src/schema-engine.js';
import type { SourceFile } from '../../src/meta.js';
import { defineDataset } from '../pipeline/dataset.js';

export const FINAL_FILE = 'overdoses/nchs_final_annual_us_by_drug__handcompiled.csv';

/** Each `indicator` value of the file, with our slug and the codes the file must give for it. */
export const FINAL_INDICATOR_MAP = {
  all_drugs: { slug: 'all-drugs', icd10: 'UCD X40-X44,X60-X64,X85,Y10-Y14' },
  opioids_any: { slug: 'opioids', icd10: 'T40.0-T40.4,T40.6' },
  heroin_t401: { slug: 'heroin', icd10: 'T40.1' },
  natural_semisynthetic_t402: { slug: 'natural-semisynthetic-opioids', icd10: 'T40.2' },
  methadone_t403: { slug: 'methadone', icd10: 'T40.3' },
  synthetic_opioids_t404: { slug: 'synthetic-opioids', icd10: 'T40.4' },
  prescription_opioids_t402_t403: { slug: 'prescription-opioids', icd10: 'T40.2,T40.3' },
  cocaine_t405: { slug: 'cocaine', icd10: 'T40.5' },
  psychostimulants_t436: { slug: 'psychostimulants', icd10: 'T43.6' },
} as const satisfies Record<string, { slug: FinalOverdoseIndicator; icd10: string }>;
type RawIndicator = keyof typeof FINAL_INDICATOR_MAP;

const MEASURES = { deaths: 'deaths', age_adjusted_rate_per_100k: 'age-adjusted-rate' } as const satisfies Record<string, FinalMeasure>;

/** The compiler's `source_type` wording, by the kind of page it names. */
const SOURCE_TYPE_PREFIXES: readonly [string, SourceType][] = [
  ['primary (', 'primary'],
  ['mirror of primary ', 'mirror'],
  ['secondary (', 'secondary'],
];

const HTTP = /^https?:\/\/\S+$/;

/** The file's columns, exactly as compiled. */
export const rawFinalSchema = defineSchema({
  name: FINAL_FILE,
  fields: {
    geography: { type: 'enum', values: ['US'], description: '' },
    year: { type: 'integer', min: 1999, description: '' },
    indicator: { type: 'enum', values: Object.keys(FINAL_INDICATOR_MAP) as RawIndicator[], description: '' },
    icd10: { type: 'string', description: '' },
    measure: { type: 'enum', values: Object.keys(MEASURES) as (keyof typeof MEASURES)[], description: '' },
    // Kept as text: the quote check compares it as written ("5.0").
    value: { type: 'string', description: '' },
    source_id: { type: 'string', pattern: /^[A-Za-z0-9]+$/, description: '' },
    source_title: { type: 'string', description: '' },
    official_url: { type: 'string', pattern: HTTP, description: '' },
    read_at: { type: 'string', pattern: HTTP, description: '' },
    source_type: { type: 'string', description: '' },
    quote: { type: 'string', description: '' },
  },
});
const HEADER = Object.keys(rawFinalSchema.fields);

const DEATHS = { type: 'integer', min: 0, description: '' } as const;
const RATE = { type: 'number', min: 0, description: '' } as const;

/**
 * How a value must appear in its quote: counts with thousands separators ("107,941"), rates as
 * written ("5.0"), not as part of a longer number.
 */
export function valueInQuote(value: string, measure: FinalMeasure, quote: string): boolean {
  const text = measure === 'deaths' ? value.replace(/\B(?=(\d{3})+$)/g, ',') : value;
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(quote);
}

const RANK: Record<SourceType, number> = { primary: 0, mirror: 1, secondary: 2 };

interface Cited {
  readonly value: number;
  readonly text: string;
  readonly line: number;
  readonly kind: SourceType;
  readonly source: FinalSource;
}

export const overdosesFinal = defineDataset({
  name: 'overdoses-final',
  schema: overdosesFinalSchema,
  rowType: { name: 'FinalOverdoseRecord', module: '../../src/dataset-schemas/overdoses-final.js' },
  coverageField: 'year',
  build(ctx) {
    const text = ctx.readText(FINAL_FILE);
    const table = text === '' ? { rows: [], lines: [], columns: [], errors: [] } : parseCSV(text, rawFinalSchema, { file: FINAL_FILE });
    ctx.problems.push(...table.errors);
    // Missing columns are parseCSV's problem already; this catches added or reordered ones.
    if (HEADER.every((h) => table.columns.includes(h)) && table.columns.join(',') !== HEADER.join(',')) {
      ctx.problem({ file: FINAL_FILE, row: 1, value: table.columns.join(','), expected: `exactly the columns ${HEADER.join(',')}` });
    }
    const at = (row: number, column: string, value: string, expected: string) =>
      ctx.problem({ file: FINAL_FILE, row, column, value, expected });

    const groups = new Map<string, { head: Omit<FinalOverdoseRecord, 'value' | 'sourceType' | 'sources'>; cited: Cited[] }>();
    const sourceSeen = new Map<string, { source: Omit<FinalSource, 'quote'>; line: number }>();
    table.rows.forEach((r, i) => {
      const line = table.lines[i]!;
      const before = ctx.problems.length;
      const { slug, icd10 } = FINAL_INDICATOR_MAP[r.indicator];
      const measure = MEASURES[r.measure];
      if (r.icd10 !== icd10) at(line, 'icd10', r.icd10, `"${icd10}" for indicator ${r.indicator}`);
      const converted = convertCell(measure === 'deaths' ? DEATHS : RATE, r.value);
      if (!converted.ok) at(line, 'value', r.value, converted.expected);
      else if (!valueInQuote(r.value, measure, r.quote)) {
        at(
          line,
          'quote',
          r.quote,
          `the value ${r.value} written in the quote (${measure === 'deaths' ? 'with thousands separators' : 'as written'})`,
        );
      }
      const kind = SOURCE_TYPE_PREFIXES.find(([prefix]) => r.source_type.startsWith(prefix))?.[1];
      if (!kind)
        at(line, 'source_type', r.source_type, `text starting with ${SOURCE_TYPE_PREFIXES.map(([p]) => JSON.stringify(p)).join(', ')}`);

      // One source id names one page: its title, addresses and type must not vary between rows.
      const source = { id: r.source_id, title: r.source_title, url: r.official_url, readAt: r.read_at, sourceType: r.source_type };
      const seen = sourceSeen.get(r.source_id);
      if (!seen) sourceSeen.set(r.source_id, { source, line });
      else if (JSON.stringify(seen.source) !== JSON.stringify(source)) {
        at(line, 'source_id', r.source_id, `the same title, official_url, read_at and source_type as row ${seen.line} for this source id`);
      }
      if (ctx.problems.length !== before || !converted.ok || !kind) return;

      const key = `${r.geography} | ${slug} | ${measure} | ${r.year}`;
      let group = groups.get(key);
      if (!group)
        groups.set(key, (group = { head: { geography: r.geography, year: r.year, indicator: slug, icd10: r.icd10, measure }, cited: [] }));
      const first = group.cited[0];
      if (first && first.value !== converted.value) {
        at(
          line,
          'value',
          r.value,
          `${first.text}, the value ${first.source.id} states at row ${first.line}: sources of one value must agree`,
        );
        return;
      }
      if (group.cited.some((c) => c.source.id === r.source_id)) {
        at(line, 'source_id', r.source_id, `each source once per value (${key})`);
        return;
      }
      group.cited.push({ value: converted.value as number, text: r.value, line, kind, source: { ...source, quote: r.quote } });
    });

    const rows: FinalOverdoseRecord[] = [...groups.values()].map(({ head, cited }) => {
      const sorted = [...cited].sort(
        (a, b) => RANK[a.kind] - RANK[b.kind] || (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0),
      );
      return { ...head, value: sorted[0]!.value, sourceType: sorted[0]!.kind, sources: sorted.map((c) => c.source) };
    });
    const folded = table.rows.length - rows.length;

    let file: SourceFile;
    const from =
      'hand-compiled from NCHS data briefs, MMWR and secondary pages, one verbatim quote per row; see overdoses/PROVENANCE.md §6';
    try {
      file = ctx.sourceFile(FINAL_FILE, from);
    } catch {
      // Only when the file is missing, which is already a build problem.
      file = { path: FINAL_FILE, sha256: '', retrievedFrom: from };
    }

    return {
      rows,
      meta: {
        title: 'Final annual drug overdose deaths, United States (NCHS), with citations',
        description:
          'Final annual counts and age-adjusted rates of drug overdose deaths among US residents, overall and by drug involved, as published by NCHS (Data Briefs, MMWR) and restated by NIDA. Sparse: only the years and drugs for which a published sentence was found. Every value cites each page read with a verbatim quote containing it.',
        publisher: 'CDC National Center for Health Statistics (NCHS); compiled by fentanyl-policy-kit',
        license:
          'Public domain in the US: figures from works of the US federal government (17 U.S.C. § 105). Quotes are short excerpts for verification. Code MIT.',
        credit: 'CDC NCHS final mortality data (Data Briefs, MMWR), compiled by fentanyl-policy-kit',
        citation:
          'fentanyl-policy-kit, "Final annual drug overdose deaths" dataset, compiled from NCHS Data Briefs 356, 394, 428, 457, 491 and 522, MMWR 69(11) and 70(6), and NIDA "Drug Overdose Deaths: Facts and Figures"; sources cited per value.',
        released: '2024-12-19',
        sources: [
          {
            title: 'Hand-compiled NCHS final annual US values (overdoses/nchs_final_annual_us_by_drug__handcompiled.csv)',
            publisher: 'NCHS Data Briefs and MMWR (CDC), NIDA; compiled by fentanyl-policy-kit',
            url: 'https://www.cdc.gov/nchs/products/databriefs/db522.htm',
            released: '2024-12-19',
            files: [file],
          },
        ],
        caveats: [
          'Final data, never mixed with the provisional `overdoses` dataset: final data count deaths of US residents by year of death, VSRR provisional data count deaths occurring in the US by 12-month period, so even closed years differ (2022: 107,941 final vs 109,413 provisional).',
          'Sparse by design: a value is present only where a published sentence states it. Missing years are unknown here, not zero; fill them from the data-brief data tables or CDC WONDER.',
          'Every row is restricted to drug overdose underlying causes X40–X44, X60–X64, X85, Y10–Y14; drug indicators count deaths with the drug among the multiple causes, so one death can count under several drugs and drug rows do not add up to all-drugs.',
          "prescription-opioids is NIDA's grouping (T40.2 and T40.3 together, counts taken from CDC WONDER); it is not the same series as natural-semisynthetic-opioids (T40.2 alone) or methadone (T40.3 alone).",
          'synthetic-opioids (T40.4) covers fentanyl, fentanyl analogs and tramadol: broader than fentanyl alone.',
          'Secondary sources (news, trade press, advocacy fact sheets, NIDA text reproduced on third-party sites) are marked in `sourceType` and in each source; check them against the official page before publishing.',
          'Rates are age-adjusted per 100,000 standard population and rounded as published.',
          'The release date is the publication date of the newest source, NCHS Data Brief 522 ("12/19/2024" on its CDC Stacks record, https://stacks.cdc.gov/view/cdc/170565); the compiled file itself gives only "Dec 2024".',
        ],
        revisions: [
          `${table.rows.length} compiled rows fold into ${rows.length} values: ${folded} rows restate a value already cited by another source. The build fails if two sources of one value disagree, or if a value is not written in its own quote (counts with thousands separators, rates as written).`,
        ],
      },
    };
  },
});
