/** Build step of `population`, from the Census PEP state-totals CSVs in `population/` (see its PROVENANCE.md). */
import { JURISDICTIONS } from '../../src/jurisdictions.js';
import {
  POPULATION_JURISDICTIONS,
  populationSchema,
  type PopulationRecord,
  type PopulationVintage,
} from '../../src/dataset-schemas/population.js';
import { defineSchema, type EnumField, type IntegerField, type StringField } from '../../src/schema-engine.js';
import type { BuildContext } from '../pipeline/context.js';
import { defineDataset } from '../pipeline/dataset.js';

/** Census summary levels: 010 nation, 020 region, 030 division, 040 state (incl. DC and PR). */
const SUMMARY_LEVELS = ['010', '020', '030', '040'] as const;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

type VintageFields = {
  readonly SUMLEV: EnumField<(typeof SUMMARY_LEVELS)[number]>;
  readonly STATE: StringField;
  readonly NAME: StringField;
} & Readonly<Record<`POPESTIMATE${number}`, IntegerField>>;

/** The columns read from an NST-EST ALLDATA file; every other column (components of change) is ignored. */
function vintageSchema(name: string, years: readonly number[]) {
  const estimates = Object.fromEntries(
    years.map((y) => [`POPESTIMATE${y}`, { type: 'integer', min: 0, description: `July 1, ${y} estimate` }]),
  ) as Record<`POPESTIMATE${number}`, IntegerField>;
  const fields: VintageFields = {
    SUMLEV: { type: 'enum', values: SUMMARY_LEVELS, description: 'summary level' },
    // Kept as text without a pattern so a mangled code ("6") reaches the FIPS check, which names the right one.
    STATE: { type: 'string', description: 'two-digit state FIPS code' },
    NAME: { type: 'string', description: 'geography name' },
    ...estimates,
  };
  return defineSchema<VintageFields>({ name, fields });
}

interface Vintage {
  readonly vintage: PopulationVintage;
  readonly path: string;
  readonly years: readonly number[];
  readonly url: string;
  readonly title: string;
  readonly retrievedFrom: string;
}

/** Oldest first: a later vintage replaces an earlier one for any year both give. */
export const VINTAGES: readonly Vintage[] = [
  {
    vintage: '2019',
    path: 'population/nst-est2019-alldata.csv',
    years: range(2010, 2019),
    url: 'https://www2.census.gov/programs-surveys/popest/datasets/2010-2019/national/totals/nst-est2019-alldata.csv',
    title: 'Annual Estimates of the Resident Population and components of change, states (NST-EST2019-ALLDATA), Vintage 2019',
    retrievedFrom:
      'GitHub raffg/covid-19, commit 1e6d47f1ea625939bfe5e6f536b743b81f3b14cd, "data/nst-est2019-alldata.csv" (byte-for-byte, git blob 65f203ce380317de668d9dbf8dce2dfeb3dde473)',
  },
  {
    vintage: '2025',
    path: 'population/NST-EST2025-ALLDATA.csv',
    years: range(2020, 2025),
    url: 'https://www2.census.gov/programs-surveys/popest/datasets/2020-2025/state/totals/NST-EST2025-ALLDATA.csv',
    title: 'Annual Estimates of the Resident Population and components of change, states (NST-EST2025-ALLDATA), Vintage 2025',
    retrievedFrom:
      'GitHub OpenSourceEcon/NC-TaxTriggers, commit 299d7d74e94a0df7a4432d9915b9aee720d98eed, "data/NST-EST2025-ALLDATA.csv" (byte-for-byte, git blob c1262b9e3ec69b65f14d9aea1ceb4efabb40c7cd)',
  },
];

type Code = PopulationRecord['jurisdiction'];

/** Maps one Census row to a jurisdiction code, or reports why it cannot. */
function jurisdictionOf(ctx: BuildContext, path: string, line: number, sumlev: '010' | '040', fips: string, name: string): Code | null {
  if (sumlev === '010') {
    if (fips !== '00' || name !== 'United States') {
      ctx.problem({
        file: path,
        row: line,
        column: 'STATE+NAME',
        value: `${fips} ${name}`,
        expected: 'the nation row (SUMLEV 010) to be STATE "00", NAME "United States"',
      });
      return null;
    }
    return 'US';
  }
  const byFips = JURISDICTIONS.find((j) => j.fips === fips && j.code !== 'US');
  if (!byFips) {
    const byName = JURISDICTIONS.find((j) => j.name === name);
    const expected = byName?.fips
      ? `"${byName.fips}" for ${name} (two-digit FIPS as in JURISDICTIONS)`
      : 'a state FIPS code listed in JURISDICTIONS';
    ctx.problem({ file: path, row: line, column: 'STATE', value: fips, expected });
    return null;
  }
  if (byFips.name !== name) {
    ctx.problem({ file: path, row: line, column: 'NAME', value: name, expected: `"${byFips.name}" for FIPS ${fips} (JURISDICTIONS)` });
    return null;
  }
  return byFips.code as Code;
}

function readVintage(ctx: BuildContext, v: Vintage): PopulationRecord[] {
  const table = ctx.readTable(v.path, vintageSchema(v.path, v.years));
  const records: PopulationRecord[] = [];
  const seen = new Map<Code, number>();
  table.rows.forEach((row, i) => {
    const line = table.lines[i]!;
    // Regions (020) and divisions (030) are sums of states, not jurisdictions: skipped on purpose.
    if (row.SUMLEV === '020' || row.SUMLEV === '030') return;
    const code = jurisdictionOf(ctx, v.path, line, row.SUMLEV, row.STATE, row.NAME);
    if (!code) return;
    const first = seen.get(code);
    if (first !== undefined) {
      ctx.problem({
        file: v.path,
        row: line,
        column: 'STATE',
        value: row.STATE,
        expected: `one row per jurisdiction (${code} first at row ${first})`,
      });
      return;
    }
    seen.set(code, line);
    for (const year of v.years) {
      records.push({ jurisdiction: code, year, population: row[`POPESTIMATE${year}`]!, vintage: v.vintage, kind: 'july-estimate' });
    }
  });
  if (table.rows.length === 0) return records;
  const missing = POPULATION_JURISDICTIONS.filter((c) => !seen.has(c));
  if (missing.length) {
    ctx.problem({ file: v.path, value: missing.join(','), expected: 'a row for the US and every state, DC and Puerto Rico' });
    return records;
  }
  // The nation row is the sum of the 50 states and DC (Puerto Rico is outside it); a gap means a mangled file.
  for (const year of v.years) {
    const ofYear = records.filter((r) => r.year === year);
    const us = ofYear.find((r) => r.jurisdiction === 'US')!.population;
    const states = ofYear.filter((r) => r.jurisdiction !== 'US' && r.jurisdiction !== 'PR').reduce((a, r) => a + r.population, 0);
    if (us !== states) {
      ctx.problem({
        file: v.path,
        row: seen.get('US'),
        column: `POPESTIMATE${year}`,
        value: String(us),
        expected: `the sum of the 50 states and DC (${states})`,
      });
    }
  }
  return records;
}

const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const population = defineDataset({
  name: 'population',
  schema: populationSchema,
  rowType: { name: 'PopulationRecord', module: '../../src/dataset-schemas/population.js' },
  coverageField: 'year',
  build(ctx) {
    const byKey = new Map<string, PopulationRecord>();
    const replaced: string[] = [];
    for (const v of VINTAGES) {
      for (const r of readVintage(ctx, v)) {
        const key = `${r.jurisdiction} ${r.year}`;
        const older = byKey.get(key);
        if (older) replaced.push(`${key}: V${older.vintage} ${count(older.population)} → V${r.vintage} ${count(r.population)}`);
        byKey.set(key, r);
      }
    }
    const rows = [...byKey.values()];
    const yearsOf = (vintage: PopulationVintage) => {
      const ys = rows.filter((r) => r.vintage === vintage).map((r) => r.year);
      return ys.length ? `${Math.min(...ys)}–${Math.max(...ys)}` : 'none';
    };
    return {
      rows,
      meta: {
        title: 'Census state population estimates (July 1), United States, states, DC and Puerto Rico',
        description: `U.S. Census Bureau Population Estimates Program resident population on July 1 of each year for the United States, the 50 states, DC and Puerto Rico: ${yearsOf('2019')} from Vintage 2019 and ${yearsOf('2025')} from Vintage 2025, the vintage recorded on every value. The denominators for per-100,000 rates.`,
        publisher: 'U.S. Census Bureau, Population Division',
        license: 'Public domain in the US (works of the US federal government, 17 U.S.C. § 105). Code MIT.',
        credit: 'U.S. Census Bureau, Population Division, Annual Estimates of the Resident Population (Vintages 2019 and 2025)',
        citation:
          'Source: U.S. Census Bureau, Population Division, Annual Estimates of the Resident Population (Vintage 2019, NST-EST2019-ALLDATA; Vintage 2025, NST-EST2025-ALLDATA).',
        released: '2025-07-01',
        sources: VINTAGES.map((v) => ({
          title: v.title,
          publisher: 'U.S. Census Bureau, Population Division',
          url: v.url,
          files: [ctx.sourceFile(v.path, v.retrievedFrom)],
        })),
        caveats: [
          'Rates for a 12-month-ending period use the population of the calendar year the period ends in (e.g. the 12 months ending June 2023 use the July 1, 2023 estimate).',
          "There is no population for YC (New York City): Census state totals have no NYC row. CDC's provisional VSRR counts report NY as New York State EXCLUDING New York City and YC separately, while the Census NY population INCLUDES New York City, so per-100,000 rates are not defined for NY or YC in provisional VSRR data.",
          'PR (Puerto Rico) is not part of the US total: the US row equals the 50 states plus DC (the build checks this for every year).',
          "Vintage 2019 (2010–2019) is the postcensal series, not the 2010–2020 intercensal estimates Census published later (no copy was available). NCHS rates used the population series current at the time, so rates recomputed here may differ from NCHS's in the last digit.",
          'Each vintage revises every earlier year of its decade, and Vintage 2025 starts from a 2020 base that integrates the 2020 Census: the change from 2019 (Vintage 2019) to 2020 (Vintage 2025) joins two estimate series and is not measured growth.',
          'Only July 1 estimates (POPESTIMATE<year>) are shipped; the April 1 census counts and estimates bases (CENSUS2010POP, ESTIMATESBASE2010, ESTIMATESBASE2020) are not years and are left out.',
          '`released` is the reference date of the newest estimate (July 1, 2025); the CSV files carry no publication date.',
        ],
        revisions: [
          replaced.length
            ? `Years given by two vintages, newest kept: ${replaced.join('; ')}.`
            : `The vintages do not overlap: Vintage 2019 gives ${yearsOf('2019')} and Vintage 2025 gives ${yearsOf('2025')}; no jurisdiction-year had two values.`,
          'population/NST-EST2024-POP.xlsx (Vintage 2024, July 1 2020–2024, "Release Date: December 2024") is in the raw folder but not read: Vintage 2025 covers the same years and is newer, and each year is taken from the newest vintage. Keep it only to reproduce rates computed with it (the UNC Opioid Data Lab app paired it with the January 2025 VSRR release).',
          'Vintage 2024 vs Vintage 2025, read from the xlsx for this note: US 2022 334,017,321 vs 333,996,304; US 2024 340,110,988 vs 340,003,797; California 2024 39,431,263 vs 39,364,774; District of Columbia 2024 702,250 vs 691,310; West Virginia 2024 1,769,979 vs 1,767,402.',
        ],
      },
    };
  },
});
