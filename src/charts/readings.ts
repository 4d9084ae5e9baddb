/**
 * Reading one value of one series (jurisdiction × drug) at one period, with the reason when
 * there is none, and the default period a chart shows. Shared by `<fpk-compare>` and
 * `<fpk-map>`; no DOM.
 */
import type { OverdoseRecord } from '../dataset-schemas/overdoses.js';
import type { PopulationRecord } from '../dataset-schemas/population.js';
import { FpkError } from '../errors.js';
import type { Jurisdiction } from '../jurisdictions.js';
import { provisionalFlag, type ProvisionalFlag } from '../headlines.js';
import { populationFor } from '../query.js';
import { hiddenReason, type DrugIndicator, type MissingReason } from '../i18n/names.js';
import { releasesOf, vintagesOf } from '../cite.js';
import type { DatasetMeta } from '../meta.js';
import type { ChartModel } from './contract.js';

/** The value compared: a count, or a rate where population is shipped. */
export type ValueMeasure = 'reported' | 'predicted' | 'per100k';

/** Rows of each series by period. */
export type SeriesIndex = ReadonlyMap<string, ReadonlyMap<string, OverdoseRecord>>;

export const seriesKey = (jurisdiction: Jurisdiction, drug: DrugIndicator): string => `${jurisdiction}|${drug}`;

export function indexSeries(rows: readonly OverdoseRecord[]): SeriesIndex {
  const index = new Map<string, Map<string, OverdoseRecord>>();
  for (const r of rows) {
    const key = seriesKey(r.jurisdiction, r.indicator as DrugIndicator);
    let byPeriod = index.get(key);
    if (!byPeriod) index.set(key, (byPeriod = new Map<string, OverdoseRecord>()));
    byPeriod.set(r.period, r);
  }
  return index;
}

export interface Reading {
  /** The measure's value; null with `reason` when there is none. */
  readonly value: number | null;
  /** The reported count behind a rate (or the count itself). */
  readonly deaths: number | null;
  readonly population: number | null;
  readonly populationYear: number | null;
  /** The Census vintage of the population used, when a rate was computed. */
  readonly populationVintage?: string;
  readonly reason: MissingReason | null;
  /** CDC flags the period as underreported (records still arriving). */
  readonly underreported: boolean;
  /** CDC's predicted count for the period (adjusted for reporting delay), or null. */
  readonly predictedDeaths: number | null;
  /** The underreported flag or a wide predicted–reported gap (src/headlines.ts), or null. */
  readonly flag: ProvisionalFlag | null;
  /** The VSRR release the row comes from, or null without a row. */
  readonly release: string | null;
}

/** The value of a series at a period, or why there is none. */
export function readValue(
  index: SeriesIndex,
  jurisdiction: Jurisdiction,
  drug: DrugIndicator,
  period: string,
  measure: ValueMeasure,
  population: readonly PopulationRecord[] = [],
): Reading {
  const provenance = (row?: OverdoseRecord) => ({
    underreported: row?.footnotes.includes('underreported') ?? false,
    predictedDeaths: row?.predicted ?? null,
    flag: row ? provisionalFlag(row) : null,
    release: row?.release ?? null,
  });
  const none = (reason: MissingReason, row?: OverdoseRecord): Reading => ({
    value: null,
    deaths: row?.reported ?? null,
    population: null,
    populationYear: null,
    reason,
    ...provenance(row),
  });
  const series = index.get(seriesKey(jurisdiction, drug));
  if (!series) return none('no-series');
  const row = series.get(period);
  if (!row) return none('no-period');
  if (measure !== 'per100k') {
    const value = row[measure];
    return value === null
      ? none(hiddenReason(row.footnotes), row)
      : { value, deaths: row.reported, population: null, populationYear: null, reason: null, ...provenance(row) };
  }
  // CDC's NY leaves out New York City: no Census denominator matches it, whatever the count.
  if (jurisdiction === 'NY' || jurisdiction === 'YC') return none('ny-split', row);
  if (row.reported === null) return none(hiddenReason(row.footnotes), row);
  const p = populationFor(population, jurisdiction, period);
  if (p.population === null) return { ...none('no-population', row), populationYear: Number(period.slice(0, 4)) };
  return {
    value: (row.reported / p.population) * 100_000,
    deaths: row.reported,
    population: p.population,
    populationYear: p.year,
    populationVintage: p.vintage,
    reason: null,
    ...provenance(row),
  };
}

/**
 * The latest period CDC published for every requested series that has rows at all (a hidden
 * value still counts: it is listed as not shown). Series without any rows (Louisiana and
 * Pennsylvania for drug-specific indicators) cannot hold the period back. `cap` bounds it, e.g.
 * the last month population estimates cover.
 */
export function latestCommonPeriod(index: SeriesIndex, keys: readonly string[], cap?: string): string | null {
  let latest: string | null = null;
  for (const key of keys) {
    const periods = index.get(key);
    if (!periods) continue;
    let last = '';
    for (const p of periods.keys()) if ((!cap || p <= cap) && p > last) last = p;
    if (!last) continue;
    if (latest === null || last < latest) latest = last;
  }
  return latest;
}

/** The first and last period of any requested series, for messages. */
export function periodSpan(index: SeriesIndex, keys: readonly string[]): [string, string] | null {
  let first = '';
  let last = '';
  for (const key of keys) {
    for (const p of index.get(key)?.keys() ?? []) {
      if (!first || p < first) first = p;
      if (p > last) last = p;
    }
  }
  return first ? [first, last] : null;
}

/** A period no requested series has is an error that says which periods exist. */
export function assertPeriodHasData(index: SeriesIndex, keys: readonly string[], attribute: 'from' | 'to', period: string): void {
  if (keys.some((k) => index.get(k)?.has(period))) return;
  const span = periodSpan(index, keys);
  throw new FpkError(
    'bad-range',
    span
      ? `${attribute}="${period}": no overdose data for that month in this selection. It has data from ${span[0]} to ${span[1]}.`
      : `${attribute}="${period}": this selection has no overdose data at all.`,
    attribute,
  );
}

/** The last month the population estimates cover ("2025-12"), or undefined without them. */
export function populationCap(population: readonly PopulationRecord[]): string | undefined {
  let year = 0;
  for (const p of population) if (p.year > year) year = p.year;
  return year ? `${year}-12` : undefined;
}

/**
 * The provenance of a comparison of readings: the overdose releases of the rows used and the last
 * month shown, and the population only where a rate is shown (none for a month Census has no
 * estimate for yet). Compare and map name their sources the same way.
 */
export function readingSources(
  metas: readonly DatasetMeta[],
  used: Iterable<{ readonly release?: unknown }>,
  through: string,
  vintages: ReturnType<typeof vintagesOf>,
): Pick<ChartModel, 'metas' | 'shown'> {
  return {
    metas: vintages.length ? metas : metas.filter((m) => m.name !== 'population'),
    shown: { overdoses: { releases: releasesOf(used), through }, ...(vintages.length ? { population: { vintages } } : {}) },
  };
}
