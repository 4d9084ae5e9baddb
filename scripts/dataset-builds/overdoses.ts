/**
 * Build step of `overdoses`, from three CDC VSRR releases (overdoses/PROVENANCE.md §1–§3). Each file is
 * read by its own column schema, every row is checked (jurisdiction name, indicator, footnote
 * sentences, symbol, hidden-value rule, duplicates), and overlapping releases are merged newest-first
 * after checking that closed months agree.
 */
import { parseCSV } from '../../src/csv.js';
import { JURISDICTION_CODES, jurisdictionName, type Jurisdiction } from '../../src/jurisdictions.js';
import {
  FOOTNOTE_SYMBOLS,
  INDICATOR_INFO,
  OVERDOSE_FOOTNOTES,
  OVERDOSE_INDICATORS,
  OVERDOSE_RELEASES,
  overdosesSchema,
  type OverdoseFootnote,
  type OverdoseIndicator,
  type OverdoseRecord,
  type OverdoseRelease,
} from '../../src/dataset-schemas/overdoses.js';
import { convertCell, defineSchema, type Field } from '../../src/schema-engine.js';
import type { ReleaseCoverage, ReleaseMeta, SourceFile } from '../../src/meta.js';
import type { BuildContext } from '../pipeline/context.js';
import { defineDataset } from '../pipeline/dataset.js';

/**
 * Raw files of each release, oldest first (the merge keeps the newest release of a cell). A
 * release may come in several files (excerpts of one download); together they are the release.
 */
export const OVERDOSE_FILES = {
  '2025-01-08': ['overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20250108_full.csv.gz'],
  '2026-02-14': [
    'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214__US_8indicators_excerpt.csv',
    'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214__states_alldrug_2022-12_2025-09_excerpt.csv',
  ],
  '2026-06-27': ['overdoses/cdc_api_provisional_overdose_counts.csv'],
} as const satisfies Record<OverdoseRelease, readonly string[]>;

/**
 * The jurisdictions whose all-drug counts add up to the US row in every month of a release: the 50
 * states, DC and New York City (NY excludes NYC). PR is shown by CDC but is not part of the US.
 */
export const US_PARTS: readonly Jurisdiction[] = JURISDICTION_CODES.filter((j) => j !== 'US' && j !== 'PR');

/**
 * Months up to here are closed: NCHS final data for 2022 and earlier replaced the provisional
 * records, so every release must report the same count (PROVENANCE §3 checks 1–2 found no difference).
 */
export const CLOSED_THROUGH = '2022-12';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const LABELS = OVERDOSE_INDICATORS.map((slug) => INDICATOR_INFO[slug].label);
const SLUG_BY_LABEL = new Map<string, OverdoseIndicator>(OVERDOSE_INDICATORS.map((slug) => [INDICATOR_INFO[slug].label, slug]));

/**
 * The columns every VSRR copy has, under each copy's own header names. `thousands` says whether
 * counts carry separators ("5,496" in CDC's formatted CSV export; none in the Socrata API).
 */
function vsrrSchema(
  name: string,
  thousands: boolean,
  c: Record<
    | 'state'
    | 'year'
    | 'month'
    | 'period'
    | 'indicator'
    | 'dataValue'
    | 'percentComplete'
    | 'percentPending'
    | 'stateName'
    | 'footnote'
    | 'footnoteSymbol'
    | 'predictedValue',
    string
  >,
) {
  return defineSchema({
    name,
    fields: {
      state: { type: 'enum', values: JURISDICTION_CODES, column: c.state, description: '' },
      year: { type: 'integer', min: 1999, column: c.year, description: '' },
      month: { type: 'enum', values: MONTH_NAMES, column: c.month, description: '' },
      period: { type: 'enum', values: ['12 month-ending'], column: c.period, description: '' },
      indicator: { type: 'enum', values: LABELS, column: c.indicator, description: '' },
      // A count or a percent depending on the indicator: converted per row.
      dataValue: { type: 'string', nullable: true, column: c.dataValue, description: '' },
      // "100", "99.4" or "99.5+": converted per row.
      percentComplete: { type: 'string', nullable: true, column: c.percentComplete, description: '' },
      percentPending: { type: 'number', nullable: true, min: 0, max: 100, column: c.percentPending, description: '' },
      stateName: { type: 'string', column: c.stateName, description: '' },
      footnote: { type: 'string', column: c.footnote, description: '' },
      footnoteSymbol: { type: 'enum', values: FOOTNOTE_SYMBOLS, nullable: true, column: c.footnoteSymbol, description: '' },
      predictedValue: { type: 'integer', thousands, nullable: true, min: 0, column: c.predictedValue, description: '' },
    },
  });
}

const CSV_EXPORT_COLUMNS = {
  state: 'State',
  year: 'Year',
  month: 'Month',
  period: 'Period',
  indicator: 'Indicator',
  dataValue: 'Data Value',
  percentComplete: 'Percent Complete',
  percentPending: 'Percent Pending Investigation',
  stateName: 'State Name',
  footnote: 'Footnote',
  footnoteSymbol: 'Footnote Symbol',
  predictedValue: 'Predicted Value',
};

/** data.cdc.gov CSV download (§2, §3): header order State … Footnote Symbol, Predicted Value. */
export const rawVsrrCsvSchema = vsrrSchema('VSRR CSV download', true, CSV_EXPORT_COLUMNS);

/** Socrata API extract (§1): API field names, in the order the file has them. */
export const rawVsrrApiSchema = vsrrSchema('VSRR Socrata API extract', false, {
  state: 'state',
  year: 'year',
  month: 'month',
  period: 'period',
  indicator: 'indicator',
  percentComplete: 'percent_complete',
  percentPending: 'percent_pending_investigation',
  stateName: 'state_name',
  footnote: 'footnote',
  footnoteSymbol: 'footnote_symbol',
  dataValue: 'data_value',
  predictedValue: 'predicted_value',
});

type RawSchema = typeof rawVsrrCsvSchema;

const RELEASE_SCHEMAS: Record<OverdoseRelease, { schema: RawSchema; thousands: boolean; header: readonly string[] }> = {
  '2025-01-08': { schema: rawVsrrCsvSchema, thousands: true, header: Object.values(CSV_EXPORT_COLUMNS) },
  '2026-02-14': { schema: rawVsrrCsvSchema, thousands: true, header: Object.values(CSV_EXPORT_COLUMNS) },
  '2026-06-27': {
    schema: rawVsrrApiSchema,
    thousands: false,
    header: [
      'state',
      'year',
      'month',
      'period',
      'indicator',
      'percent_complete',
      'percent_pending_investigation',
      'state_name',
      'footnote',
      'footnote_symbol',
      'data_value',
      'predicted_value',
    ],
  },
};

const PERCENT_VALUE: Field = { type: 'number', nullable: true, min: 0, max: 100, description: '' };
const countValue = (thousands: boolean): Field => ({ type: 'integer', thousands, nullable: true, min: 0, description: '' });
const PERCENT_COMPLETE = /^(\d{1,3}(?:\.\d+)?)(\+?)$/;
const FOOTNOTE_ENTRIES = Object.entries(OVERDOSE_FOOTNOTES) as [OverdoseFootnote, string][];
/** Footnotes that mean CDC left `Data Value` empty on purpose. */
const HIDDEN: readonly OverdoseFootnote[] = ['suppressed-lt10', 'low-quality'];

/**
 * Splits CDC's footnote text into sentence codes. CDC separates sentences by two spaces in the CSV
 * export and by one in the API; any text that is not a known sentence is returned as `rest`.
 */
export function parseFootnote(text: string): { codes: OverdoseFootnote[]; rest: string | null } {
  const codes: OverdoseFootnote[] = [];
  let s = text;
  while (s !== '') {
    const hit = FOOTNOTE_ENTRIES.find(([, sentence]) => s.startsWith(sentence));
    if (!hit || codes.includes(hit[0])) return { codes, rest: s };
    codes.push(hit[0]);
    s = s.slice(hit[1].length);
    if (s === '') break;
    const gap = /^ {1,2}(?=\S)/.exec(s);
    if (!gap) return { codes, rest: s };
    s = s.slice(gap[0].length);
  }
  return { codes, rest: null };
}

interface Candidate {
  readonly row: OverdoseRecord;
  readonly file: string;
  readonly line: number;
}

const cellKey = (r: OverdoseRecord) => `${r.jurisdiction} | ${r.indicator} | ${r.period}`;

/** Reads one release (all its files) into output rows, reporting every cell and row problem. */
function readRelease(ctx: BuildContext, release: OverdoseRelease): Candidate[] {
  // One row per cell in a release, whichever of its files the row is in.
  const firstSeen = new Map<string, string>();
  return OVERDOSE_FILES[release].flatMap((file) => readFile(ctx, release, file, firstSeen));
}

function readFile(ctx: BuildContext, release: OverdoseRelease, file: string, firstSeen: Map<string, string>): Candidate[] {
  const { schema, thousands, header } = RELEASE_SCHEMAS[release];
  const text = ctx.readText(file);
  if (text === '') return [];
  const parsed = parseCSV(text, schema, { file });
  ctx.problems.push(...parsed.errors);
  // Missing columns are parseCSV's problem already; this catches added or reordered ones.
  if (header.every((h) => parsed.columns.includes(h)) && parsed.columns.join(',') !== header.join(',')) {
    ctx.problem({ file, row: 1, value: parsed.columns.join(','), expected: `exactly the columns ${header.join(',')}` });
  }
  const col = (name: keyof RawSchema['fields']) => schema.fields[name].column!;
  const out: Candidate[] = [];
  parsed.rows.forEach((r, i) => {
    const line = parsed.lines[i]!;
    const before = ctx.problems.length;
    const at = (column: string, value: string, expected: string) => ctx.problem({ file, row: line, column, value, expected });

    if (r.stateName !== jurisdictionName(r.state))
      at(col('stateName'), r.stateName, `"${jurisdictionName(r.state)}" for ${r.state} (src/jurisdictions.ts)`);
    const indicator = SLUG_BY_LABEL.get(r.indicator)!;
    const period = `${r.year}-${String(MONTH_NAMES.indexOf(r.month) + 1).padStart(2, '0')}`;

    const valueField = INDICATOR_INFO[indicator].unit === 'percent' ? PERCENT_VALUE : countValue(thousands);
    const value = convertCell(valueField, r.dataValue ?? '');
    if (!value.ok) at(col('dataValue'), r.dataValue ?? '', value.expected);
    const reported = value.ok ? (value.value as number | null) : null;

    let percentComplete: number | null = null;
    let percentCompleteAtLeast = false;
    if (r.percentComplete !== null) {
      const m = PERCENT_COMPLETE.exec(r.percentComplete);
      if (!m || Number(m[1]) > 100) at(col('percentComplete'), r.percentComplete, 'a percent 0–100, optionally with "+" ("99.5+")');
      else {
        percentComplete = Number(m[1]);
        percentCompleteAtLeast = m[2] === '+';
      }
    }

    const { codes: footnotes, rest } = parseFootnote(r.footnote);
    if (rest !== null) {
      at(
        col('footnote'),
        r.footnote,
        `CDC footnote sentences (${FOOTNOTE_ENTRIES.map(([, s]) => JSON.stringify(s)).join(', ')}) separated by one or two spaces; unknown text ${JSON.stringify(rest)}`,
      );
    }
    const symbol = footnotes.includes('may-differ-from-final') ? '**' : footnotes.includes('underreported') ? '*' : null;
    if (rest === null && r.footnoteSymbol !== symbol)
      at(col('footnoteSymbol'), r.footnoteSymbol ?? '', `${JSON.stringify(symbol ?? '')}, the symbol of the footnote "${r.footnote}"`);
    const hidden = footnotes.some((f) => HIDDEN.includes(f));
    if (value.ok && rest === null && (reported === null) !== hidden) {
      at(
        col('dataValue'),
        r.dataValue ?? '',
        hidden ? 'an empty cell, as the footnote says the value is hidden' : 'a value: the footnote gives no reason for an empty cell',
      );
    }

    const key = `${r.state} | ${indicator} | ${period}`;
    const first = firstSeen.get(key);
    if (first !== undefined) {
      ctx.problem({
        file,
        row: line,
        column: `${col('state')}+${col('indicator')}+${col('year')}+${col('month')}`,
        value: key,
        expected: `one row per jurisdiction, indicator and period in a release (first seen at ${first})`,
      });
    } else firstSeen.set(key, `${file} row ${line}`);

    if (ctx.problems.length !== before) return;
    out.push({
      file,
      line,
      row: {
        jurisdiction: r.state,
        period,
        indicator,
        reported,
        predicted: r.predictedValue,
        percentComplete,
        percentCompleteAtLeast,
        percentPending: r.percentPending,
        footnotes,
        footnoteSymbol: r.footnoteSymbol,
        release,
      },
    });
  });
  return out;
}

/**
 * PROVENANCE check 2, enforced: in every month of a release that has the US all-drug count and
 * any state's, the 50 states + DC + NYC report exactly the US value. A transcription slip in an
 * excerpt (a digit, a skipped line, a state's block from another release) breaks the sum.
 */
function checkStateSums(ctx: BuildContext, release: OverdoseRelease, candidates: readonly Candidate[]): void {
  const us = new Map<string, Candidate>();
  const parts = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.row.indicator !== 'all-drugs') continue;
    if (c.row.jurisdiction === 'US') us.set(c.row.period, c);
    else if (US_PARTS.includes(c.row.jurisdiction)) {
      const list = parts.get(c.row.period);
      if (list) list.push(c);
      else parts.set(c.row.period, [c]);
    }
  }
  for (const [period, list] of [...parts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = us.get(period);
    const file = list[0]!.file;
    const where = (c: Candidate) => `${c.file} row ${c.line}`;
    if (!total) {
      ctx.problem({
        file,
        row: list[0]!.line,
        column: 'State+Year+Month',
        value: period,
        expected: `the US all-drug count of release ${release} for ${period}, which the states must add up to (none in ${OVERDOSE_FILES[release].join(', ')})`,
      });
      continue;
    }
    const have = new Set(list.map((c) => c.row.jurisdiction));
    const missing = US_PARTS.filter((j) => !have.has(j));
    const hidden = list.filter((c) => c.row.reported === null).map((c) => c.row.jurisdiction);
    if (missing.length || hidden.length) {
      ctx.problem({
        file,
        column: 'State',
        value: `${period}: ${list.length - hidden.length} of ${US_PARTS.length} jurisdictions with a count`,
        expected: `a count for each of the 50 states, DC and YC in ${period}, to check their sum against the US (${[missing.length ? `missing ${missing.join(' ')}` : '', hidden.length ? `empty ${hidden.join(' ')}` : ''].filter(Boolean).join('; ')})`,
      });
      continue;
    }
    const sum = list.reduce((n, c) => n + c.row.reported!, 0);
    if (sum !== total.row.reported) {
      ctx.problem({
        file,
        column: 'Data Value',
        value: `${period}: sum of the 50 states + DC + YC = ${sum}`,
        expected: `the US value ${total.row.reported} of the same release (${where(total)}); the difference is ${sum - total.row.reported!}`,
      });
    }
  }
}

export interface MergedReleases {
  /** The newest release's row of each cell: the default view. */
  readonly rows: OverdoseRecord[];
  /** Rows of older releases that a newer release replaced: kept, so every release can be read back. */
  readonly superseded: OverdoseRecord[];
}

/**
 * Keeps, for each cell, the newest release's row, and the older ones apart, after checking that
 * every pair of releases reports the same count for a closed month.
 */
function mergeReleases(ctx: BuildContext, releases: readonly Candidate[][]): MergedReleases {
  const byKey = new Map<string, Candidate[]>();
  for (const candidates of releases) {
    for (const c of candidates) {
      const key = cellKey(c.row);
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
  }
  const rows: OverdoseRecord[] = [];
  const superseded: OverdoseRecord[] = [];
  for (const list of byKey.values()) {
    if (list[0]!.row.period <= CLOSED_THROUGH) {
      list.forEach((later, j) => {
        for (const earlier of list.slice(0, j)) {
          if (later.row.reported !== earlier.row.reported) {
            ctx.problem({
              file: later.file,
              row: later.line,
              column: RELEASE_SCHEMAS[later.row.release].schema.fields.dataValue.column,
              value: String(later.row.reported ?? ''),
              expected: `${earlier.row.reported ?? 'an empty cell'} as in ${earlier.file} row ${earlier.line}: months through ${CLOSED_THROUGH} are closed and must agree across releases`,
            });
          }
        }
      });
    }
    rows.push(list[list.length - 1]!.row);
    for (const older of list.slice(0, -1)) superseded.push(older.row);
  }
  return { rows, superseded };
}

/** Where each raw file came from (PROVENANCE.md), by path. */
const RETRIEVED_FROM: Record<(typeof OVERDOSE_FILES)[OverdoseRelease][number], string> = {
  'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20250108_full.csv.gz':
    'GitHub opioiddatalab/overdosedata, member data_2025-01-08_08-27-44.csv of WONDER-vs-12-month-Predicted-OD-data.zip (commit 4b000e7727af4787bded6ab01df306e6d91d5785), gzip-compressed unchanged; see overdoses/PROVENANCE.md §3',
  'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214__US_8indicators_excerpt.csv':
    'GitHub kt19-jpeg/DIC_project, data/raw/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214.csv (commit 70f2c23faf74f2f3211c95d0e33fe18486f85593): verbatim excerpt of the US rows of 8 indicators; see overdoses/PROVENANCE.md §2',
  'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214__states_alldrug_2022-12_2025-09_excerpt.csv':
    'GitHub kt19-jpeg/DIC_project, data/raw/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214.csv (commit 70f2c23faf74f2f3211c95d0e33fe18486f85593): excerpt rebuilt line by line (1,768 of 1,768 lines identical to the source pages) of the all-drug rows of the 50 states, DC and YC, 12 months ending December 2022 to September 2025; see overdoses/PROVENANCE.md "Added 2026-12-02"',
  'overdoses/cdc_api_provisional_overdose_counts.csv':
    'GitHub Data-Science-Link/fentanyl-awareness, data_engineering/data_build_tool/dbt/seeds/cdc_api_provisional_overdose_counts.csv (commit c3be72d492f632b99277666188b3ced29134c81c), unchanged; see overdoses/PROVENANCE.md §1',
};

/** The provenance records of a release's files; a missing file is already a build problem, so this never throws. */
function sourceFiles(ctx: BuildContext, release: OverdoseRelease): SourceFile[] {
  return OVERDOSE_FILES[release].map((path) => {
    try {
      return ctx.sourceFile(path, RETRIEVED_FROM[path]);
    } catch {
      return { path, sha256: '', retrievedFrom: RETRIEVED_FROM[path] };
    }
  });
}

const LANDING = 'https://data.cdc.gov/NCHS/VSRR-Provisional-Drug-Overdose-Death-Counts/xkb8-kh2a';

/** Title and address of each release, for `meta.sources` and `meta.releases`. */
const RELEASE_SOURCES: Record<OverdoseRelease, { title: string; url: string }> = {
  '2025-01-08': {
    title:
      'VSRR Provisional Drug Overdose Death Counts: full CSV download (release of about December 2024, data to the 12 months ending July 2024)',
    url: LANDING,
  },
  '2026-02-14': {
    title:
      'VSRR Provisional Drug Overdose Death Counts: CSV download of 2026-02-14 (data to the 12 months ending September 2025), US rows of 8 indicators and the all-drug rows of the 50 states, DC and YC for December 2022 to September 2025',
    url: 'https://data.cdc.gov/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD',
  },
  '2026-06-27': {
    title:
      'VSRR Provisional Drug Overdose Death Counts: Socrata API extract, synthetic opioids excl. methadone (T40.4), made on or before 2026-06-27 (data to the 12 months ending January 2026)',
    url: 'https://data.cdc.gov/resource/xkb8-kh2a.json',
  },
};

/** The jurisdictions, indicators and periods some rows span, in code order. */
function coverage(rows: readonly OverdoseRecord[]): ReleaseCoverage {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  const periods = sorted(rows.map((r) => r.period));
  return {
    jurisdictions: sorted(rows.map((r) => r.jurisdiction)),
    indicators: sorted(rows.map((r) => r.indicator)),
    start: periods[0] ?? '',
    end: periods.at(-1) ?? '',
    rows: rows.length,
  };
}

/** `meta.releases`: what each release and each of its files holds, and how much of it the default view shows. */
function describeReleases(releases: readonly Candidate[][], current: readonly OverdoseRecord[]): ReleaseMeta[] {
  return OVERDOSE_RELEASES.map((date, i) => {
    const candidates = releases[i]!;
    return {
      date,
      ...RELEASE_SOURCES[date],
      ...coverage(candidates.map((c) => c.row)),
      current: current.filter((r) => r.release === date).length,
      files: OVERDOSE_FILES[date].map((path) => ({ path, ...coverage(candidates.filter((c) => c.file === path).map((c) => c.row)) })),
    };
  });
}

export const overdoses = defineDataset({
  name: 'overdoses',
  schema: overdosesSchema,
  rowType: { name: 'OverdoseRecord', module: '../../src/dataset-schemas/overdoses.js' },
  // A chart of one drug fetches only that drug's rows: about 1 KB per jurisdiction, not 10.
  sliceBy: ['jurisdiction', 'indicator'],
  coverageField: 'period',
  // Every release is kept: older values of a cell go to slices/superseded/ (see mergeReleases).
  releaseField: 'release',
  build(ctx) {
    const releases = OVERDOSE_RELEASES.map((release) => readRelease(ctx, release));
    OVERDOSE_RELEASES.forEach((release, i) => checkStateSums(ctx, release, releases[i]!));
    const { rows, superseded } = mergeReleases(ctx, releases);
    return {
      rows,
      superseded,
      meta: {
        title: 'Provisional drug overdose deaths, 12-month-ending counts (CDC VSRR)',
        description:
          "CDC NCHS Vital Statistics Rapid Release provisional counts of drug overdose deaths occurring in each jurisdiction during the 12 months ending in each month, overall and by drug (ICD-10 multiple-cause codes), reported and predicted (adjusted for reporting delay), with CDC's completeness figures and footnotes. Three releases are merged, newest first; each row names the release it comes from.",
        publisher: 'Centers for Disease Control and Prevention, National Center for Health Statistics (NCHS)',
        license: 'Public domain in the US: a work of the US federal government (17 U.S.C. § 105). Code MIT.',
        credit: 'CDC NCHS, Provisional Drug Overdose Death Counts (VSRR)',
        citation:
          'Ahmad FB, Cisewski JA, Rossen LM, Sutton P. Provisional drug overdose death counts. National Center for Health Statistics. Releases downloaded 2025-01-08 and 2026-02-14, API extract made on or before 2026-06-27. data.cdc.gov dataset xkb8-kh2a.',
        released: '2026-06-27',
        sources: OVERDOSE_RELEASES.map((release) => {
          const { title, url } = RELEASE_SOURCES[release];
          return { title, publisher: 'CDC NCHS', url, released: release, files: sourceFiles(ctx, release) };
        }),
        releases: describeReleases(releases, rows),
        caveats: [
          'Provisional data: counts for recent months are incomplete (footnote symbol *, "Underreported due to incomplete data") and every count may differ from final NCHS data (symbol **). For final annual national figures use the separate `overdoses-final` dataset; the two are never mixed.',
          'Deaths are counted where they occur (place of occurrence, including non-residents), not by residence as NCHS final data briefs and CDC WONDER count them, so values differ slightly even for closed years (US 2022: 109,413 reported here vs 107,941 final residents).',
          'Each value is a 12-month-ending total: never sum values across months, and compare like periods (e.g. 12 months ending December = calendar year).',
          'NY is New York State excluding New York City; YC is New York City. Add YC to NY only to rebuild New York State, never when the US row is also used.',
          'Do not sum states to get the US: some states suppress values or have no drug-specific data. PR (Puerto Rico, shown by CDC from 2025) is not part of the US total.',
          'Empty reported values are hidden by CDC, not zero: "Data suppressed (<10)" (fewer than 10 deaths) or "Data not shown due to low data quality". The footnotes field says which.',
          'LA, ND, NE and PA have no drug-specific rows in the 2025-01-08 release, and the 2026-06-27 extract has no T40.4 rows for LA or PA: Louisiana and Pennsylvania have only all-drugs, all-deaths and pct-drugs-specified rows; ND and NE have synthetic-opioids rows from the 2026-06-27 extract only.',
          'synthetic-opioids (T40.4) counts fentanyl, fentanyl analogs and tramadol: it is broader than fentanyl alone. A death involving several drugs counts in each drug indicator, so drug indicators do not add up to all-drugs.',
          "Predicted values are re-estimated in every release, even for old months (US synthetic opioids 12 months ending December 2021: 72,124 predicted in the 2026-02-14 release, 71,746 in the 2026-06-27 extract); the row keeps the newest release's estimate. Their sum over the states exceeds the US predicted value (by 249–559 a month in the 2026-02-14 release): add reported values, never predicted ones.",
          'The 2025-01-08 copy passed once through pandas: `percentPending` and the pct-drugs-specified values went through float parsing (0.143178356 there vs 0.14317835599 in the 2026 download), so they are not byte-exact CDC text. Counts were carried as text and are exact.',
          "Every release is kept. The rows (CSV, `rows`, the default slices) are the newest value of each cell (2026-06-27 > 2026-02-14 > 2025-01-08), so one chart can mix releases: `release` on each row says which, and a source line should name the releases of the rows it shows. The values a newer release replaced are in slices/superseded/; `loadDataset('overdoses', { release })` returns a release exactly as it was published (`release: 'all'`: every release, one row per cell and release) and the `revisions` query compares them (`meta.releases` says what each release covers).",
          "Release names are the dates the copies were downloaded or extracted (2025-01-08, 2026-02-14, on or before 2026-06-27), not CDC publication dates, which the files do not carry: the 2025-01-08 download holds CDC's release of about December 2024.",
          'The 2026-02-14 state all-drug rows are an excerpt rebuilt line by line from a public copy read in pages (PROVENANCE "Added 2026-12-02"), not a byte copy of CDC\'s file: the state sums are checked against the US row of the same release at build time and the closed month (December 2022) against the 2025-01-08 release; predicted values and percent pending rest on the transcription alone.',
          'Puerto Rico is left out of the 2026-02-14 state excerpt (it is not a state and not part of the US total); PR appears only in the synthetic-opioids rows of the 2026-06-27 extract.',
          'A revision (`revisions`) compares reported counts: how far the first report of a period undercounted against the latest release. Predicted values are re-estimated in every release, so a change in `predicted` between releases is a new model estimate, not new deaths.',
          'The citation form (Ahmad, Cisewski, Rossen, Sutton) is the one NCHS suggests for VSRR, recalled by the compilers and not checked live.',
        ],
        revisions: [
          "Merge rule: where releases overlap for a jurisdiction, indicator and period, the newest release (2026-06-27 > 2026-02-14 > 2025-01-08) is kept and named in `release`. The 2026-02-14 release covers 8 US indicators (January 2015 – September 2025) and every state's, DC's and YC's all-drug count for December 2022 – September 2025; 2026-06-27 covers synthetic-opioids only; every other row (state all-drug counts before December 2022, state indicators other than all-drugs and synthetic-opioids, and the 4 US indicators the 2026-02-14 excerpt left out) comes from 2025-01-08, and those drug series end with July 2024.",
          'State sums are checked at build time: in every month of a release that has state all-drug counts, the reported counts of the 50 states, DC and YC add up exactly to the US count of the same release (115 of 115 months in 2025-01-08, 34 of 34 in 2026-02-14); a mismatch fails the build. Between the two releases, 412 of the 988 state values for January 2023 – July 2024 were revised (e.g. North Carolina, 12 months ending July 2024: 2,269 → 2,864; December 2023: 4,025 → 3,489).',
          `Closed months (through ${CLOSED_THROUGH}) are checked at build time: every overlapping pair of releases reports the identical count. Later months are revised between releases (e.g. US all-drugs 12 months ending January 2023: 109,758 in 2025-01-08, 109,745 in 2026-02-14).`,
          'The 2026-06-27 API extract writes percent complete "99.5" (no "+") for AK 2023-04 and CT 2026-01; it is kept as written (percentCompleteAtLeast false).',
          'Footnote sentences are separated by two spaces in the CSV downloads and by one space in the API extract; both parse to the same codes.',
        ],
        footnotes: OVERDOSE_FOOTNOTES,
      },
    };
  },
});
