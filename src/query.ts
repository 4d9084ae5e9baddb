/**
 * Query helpers that answer the charts' questions from typed rows: a series for jurisdictions ×
 * indicators over a period range, one period compared across jurisdictions (counts and per
 * 100k), change between two periods, year-over-year change, and events joined to a series.
 * Pure functions, no I/O: pass rows from `loadDataset` or from a `data/<dataset>` module.
 */
import { assertKnown, FpkError } from './errors.js';
import { JURISDICTION_CODES, jurisdictionName, type Jurisdiction } from './jurisdictions.js';
import type { OverdoseIndicator, OverdoseRecord, OverdoseRelease } from './dataset-schemas/overdoses.js';
import { OVERDOSE_INDICATORS } from './dataset-schemas/overdoses.js';
import type { PopulationRecord } from './dataset-schemas/population.js';

/**
 * Codes, months and dates are ASCII, so plain code-point order sorts them as `localeCompare`
 * would, at a fraction of the cost: a chart's series sort thousands of rows.
 */
function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
import type { SeizureRecord } from './dataset-schemas/seizures.js';

export type OverdoseMeasure = 'reported' | 'predicted';

export interface SeriesOptions {
  readonly jurisdictions?: readonly Jurisdiction[];
  readonly indicators?: readonly OverdoseIndicator[];
  /** First period, YYYY-MM, inclusive. */
  readonly from?: string;
  /** Last period, YYYY-MM, inclusive. */
  readonly to?: string;
  /** Which CDC value is `value`; default `reported`. */
  readonly measure?: OverdoseMeasure;
}

export interface SeriesPoint {
  readonly jurisdiction: Jurisdiction;
  readonly indicator: OverdoseIndicator;
  readonly period: string;
  /** The chosen measure; null where CDC hides the value (see `footnotes`). */
  readonly value: number | null;
  readonly reported: number | null;
  readonly predicted: number | null;
  readonly release: OverdoseRecord['release'];
  readonly footnotes: OverdoseRecord['footnotes'];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkPeriod(name: string, value: string | undefined): void {
  if (value !== undefined && !MONTH.test(value))
    throw new FpkError('bad-period', `"${name}" must be a month YYYY-MM; got "${value}".`, name);
}

function checkRange(from?: string, to?: string): void {
  checkPeriod('from', from);
  checkPeriod('to', to);
  if (from && to && from > to) throw new FpkError('bad-range', `"from" (${from}) is after "to" (${to}).`, 'from');
}

/** Shifts a YYYY-MM month by whole months. */
export function addMonths(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A series per jurisdiction × indicator, in period order. */
export function overdoseSeries(rows: readonly OverdoseRecord[], options: SeriesOptions = {}): SeriesPoint[] {
  const { from, to, measure = 'reported' } = options;
  const jurisdictions = options.jurisdictions && new Set(assertKnown('jurisdiction', options.jurisdictions, JURISDICTION_CODES));
  const indicators = options.indicators && new Set(assertKnown('indicator', options.indicators, OVERDOSE_INDICATORS));
  checkRange(from, to);
  return rows
    .filter(
      (r) =>
        (!jurisdictions || jurisdictions.has(r.jurisdiction)) &&
        (!indicators || indicators.has(r.indicator)) &&
        (!from || r.period >= from) &&
        (!to || r.period <= to),
    )
    .map((r) => ({
      jurisdiction: r.jurisdiction,
      indicator: r.indicator,
      period: r.period,
      value: r[measure],
      reported: r.reported,
      predicted: r.predicted,
      release: r.release,
      footnotes: r.footnotes,
    }))
    .sort((a, b) => byCode(a.jurisdiction, b.jurisdiction) || byCode(a.indicator, b.indicator) || byCode(a.period, b.period));
}

export interface YearOverYear {
  /** Value of the same series twelve months earlier. */
  readonly previous: number | null;
  readonly change: number | null;
  /** Change as a percentage of `previous`. */
  readonly changePercent: number | null;
}

/**
 * Adds the change against the 12-month window ending a year earlier. Windows a year apart do
 * not overlap, so this compares two full years of deaths; it is null where either value is.
 */
export function withYearOverYear<P extends SeriesPoint>(points: readonly P[]): (P & YearOverYear)[] {
  const byKey = new Map(points.map((p) => [`${p.jurisdiction}|${p.indicator}|${p.period}`, p]));
  return points.map((p) => {
    const prev = byKey.get(`${p.jurisdiction}|${p.indicator}|${addMonths(p.period, -12)}`);
    const previous = prev?.value ?? null;
    const change = previous !== null && p.value !== null ? p.value - previous : null;
    const changePercent = change !== null && previous ? (change / previous) * 100 : null;
    return { ...p, previous, change, changePercent };
  });
}

export type PopulationLookup =
  { population: number; year: number; vintage: PopulationRecord['vintage'] } | { population: null; reason: string };

/**
 * The population denominator for a jurisdiction and a 12-month-ending period: the July 1
 * estimate of the year the period ends in. Not defined for VSRR's `NY` (New York State
 * excluding NYC; Census counts the whole state) or `YC`, and never extrapolated past the data.
 */
export function populationFor(population: readonly PopulationRecord[], jurisdiction: Jurisdiction, period: string): PopulationLookup {
  if (jurisdiction === 'NY' || jurisdiction === 'YC') {
    return {
      population: null,
      reason:
        'CDC splits New York State into NY (excluding New York City) and YC (New York City); Census estimates cover the whole state, so no rate is computed.',
    };
  }
  const year = Number(period.slice(0, 4));
  const row = population.find((p) => p.jurisdiction === jurisdiction && p.year === year);
  if (!row) return { population: null, reason: `No Census population estimate for ${jurisdictionName(jurisdiction)} in ${year}.` };
  return { population: row.population, year, vintage: row.vintage };
}

export interface ComparisonRow {
  readonly jurisdiction: Jurisdiction;
  readonly name: string;
  readonly value: number | null;
  /** Deaths per 100,000 residents, where population data allows (see `rateNote`). */
  readonly per100k: number | null;
  readonly rateNote: string | null;
  /** 1 = largest value; null for hidden values. */
  readonly rank: number | null;
  readonly footnotes: OverdoseRecord['footnotes'];
}

export interface CompareOptions {
  readonly indicator: OverdoseIndicator;
  readonly period: string;
  readonly jurisdictions?: readonly Jurisdiction[];
  readonly measure?: OverdoseMeasure;
  /** Population rows; when given, `per100k` is computed. */
  readonly population?: readonly PopulationRecord[];
  /** Rank by `per100k` instead of the count. */
  readonly rankBy?: 'value' | 'per100k';
}

/** One period across jurisdictions, ranked (largest first), with per-100k rates where possible. */
export function compareJurisdictions(rows: readonly OverdoseRecord[], options: CompareOptions): ComparisonRow[] {
  const { indicator, period, measure = 'reported', population, rankBy = 'value' } = options;
  assertKnown('indicator', [indicator], OVERDOSE_INDICATORS);
  checkPeriod('period', period);
  const wanted = options.jurisdictions && new Set(assertKnown('jurisdiction', options.jurisdictions, JURISDICTION_CODES));
  const out = rows
    .filter((r) => r.indicator === indicator && r.period === period && (!wanted || wanted.has(r.jurisdiction)))
    .map((r) => {
      const value = r[measure];
      let per100k: number | null = null;
      let rateNote: string | null = null;
      if (population) {
        const p = populationFor(population, r.jurisdiction, period);
        if (p.population === null) rateNote = p.reason;
        else if (value !== null) per100k = (value / p.population) * 100_000;
      }
      return { jurisdiction: r.jurisdiction, name: jurisdictionName(r.jurisdiction), value, per100k, rateNote, footnotes: r.footnotes };
    });
  const score = (r: (typeof out)[number]) => (rankBy === 'per100k' ? r.per100k : r.value);
  const ranked = [...out].sort((a, b) => (score(b) ?? -Infinity) - (score(a) ?? -Infinity) || byCode(a.jurisdiction, b.jurisdiction));
  let rank = 0;
  return ranked.map((r) => ({ ...r, rank: score(r) === null ? null : ++rank }));
}

export interface ChangeRow {
  readonly jurisdiction: Jurisdiction;
  readonly name: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly change: number | null;
  readonly changePercent: number | null;
}

/** Change between two periods per jurisdiction (dumbbell or % change charts). */
export function changeBetween(
  rows: readonly OverdoseRecord[],
  options: { indicator: OverdoseIndicator; from: string; to: string; jurisdictions?: readonly Jurisdiction[]; measure?: OverdoseMeasure },
): ChangeRow[] {
  const { indicator, from, to, measure = 'reported' } = options;
  checkRange(from, to);
  const start = compareJurisdictions(rows, { indicator, period: from, jurisdictions: options.jurisdictions, measure });
  const end = new Map(
    compareJurisdictions(rows, { indicator, period: to, jurisdictions: options.jurisdictions, measure }).map((r) => [
      r.jurisdiction,
      r.value,
    ]),
  );
  return start
    .map((s) => {
      const e = end.get(s.jurisdiction) ?? null;
      const change = s.value !== null && e !== null ? e - s.value : null;
      return {
        jurisdiction: s.jurisdiction,
        name: s.name,
        start: s.value,
        end: e,
        change,
        changePercent: change !== null && s.value ? (change / s.value) * 100 : null,
      };
    })
    .sort((a, b) => (b.changePercent ?? -Infinity) - (a.changePercent ?? -Infinity) || byCode(a.jurisdiction, b.jurisdiction));
}

/** One release's values for a period (a point of that release's line). */
export interface ReleaseValue {
  readonly release: OverdoseRelease;
  readonly reported: number | null;
  readonly predicted: number | null;
  readonly percentPending: number | null;
  readonly footnotes: OverdoseRecord['footnotes'];
}

export interface RevisionPoint {
  readonly jurisdiction: Jurisdiction;
  readonly indicator: OverdoseIndicator;
  readonly period: string;
  /** Every release that published the period, oldest first. */
  readonly values: readonly ReleaseValue[];
  /** The first release that published the period, and the latest. */
  readonly first: ReleaseValue;
  readonly latest: ReleaseValue;
  /**
   * Latest reported minus first reported: how far the first report undercounted (positive) or
   * overcounted. Null where only one release published the period or either value is hidden.
   */
  readonly change: number | null;
  /** `change` as a percentage of the first reported value. */
  readonly changePercent: number | null;
}

export interface Revisions {
  readonly jurisdiction: Jurisdiction;
  readonly indicator: OverdoseIndicator;
  /** The releases found in the rows for this series, oldest first: one line each. */
  readonly releases: readonly OverdoseRelease[];
  /** One point per period, in period order. */
  readonly periods: readonly RevisionPoint[];
}

/**
 * How a provisional series changed from release to release: for one jurisdiction and indicator,
 * each period's reported and predicted values in every release that published it, and the change
 * from the first report to the latest. Pass rows of every release,
 * `loadDataset('overdoses', { release: 'all', jurisdictions: [j], indicators: [i] })`; the
 * default view holds one release per period, so every change would be null.
 */
export function revisions(
  rows: readonly OverdoseRecord[],
  options: { readonly jurisdiction: Jurisdiction; readonly indicator: OverdoseIndicator; readonly from?: string; readonly to?: string },
): Revisions {
  const { jurisdiction, indicator, from, to } = options;
  assertKnown('jurisdiction', [jurisdiction], JURISDICTION_CODES);
  assertKnown('indicator', [indicator], OVERDOSE_INDICATORS);
  checkRange(from, to);
  const byPeriod = new Map<string, OverdoseRecord[]>();
  for (const r of rows) {
    if (r.jurisdiction !== jurisdiction || r.indicator !== indicator || (from && r.period < from) || (to && r.period > to)) continue;
    const list = byPeriod.get(r.period);
    if (list) list.push(r);
    else byPeriod.set(r.period, [r]);
  }
  const releases = new Set<OverdoseRelease>();
  const periods = [...byPeriod]
    .sort(([a], [b]) => byCode(a, b))
    .map(([period, list]): RevisionPoint => {
      const values = list
        .map((r) => ({
          release: r.release,
          reported: r.reported,
          predicted: r.predicted,
          percentPending: r.percentPending,
          footnotes: r.footnotes,
        }))
        .sort((a, b) => byCode(a.release, b.release));
      values.forEach((v, i) => {
        if (i > 0 && v.release === values[i - 1]!.release) {
          throw new FpkError(
            'parse-failed',
            `${jurisdiction} ${indicator} ${period} appears twice in release ${v.release}: pass each release's rows once.`,
          );
        }
        releases.add(v.release);
      });
      const first = values[0]!;
      const latest = values[values.length - 1]!;
      const change = values.length > 1 && first.reported !== null && latest.reported !== null ? latest.reported - first.reported : null;
      return {
        jurisdiction,
        indicator,
        period,
        values,
        first,
        latest,
        change,
        changePercent: change !== null && first.reported ? (change / first.reported) * 100 : null,
      };
    });
  return { jurisdiction, indicator, releases: [...releases].sort(byCode), periods };
}

/** Anything dated that can be drawn on a time axis: designations, case events, list changes. */
export interface Dated {
  readonly date: string | null;
}

/**
 * Events whose date falls in [from, to] (YYYY-MM or YYYY-MM-DD bounds, inclusive). Undated
 * events cannot be placed on an axis: they are returned apart so a chart can say how many.
 */
export function eventsInRange<E extends Dated>(
  events: readonly E[],
  range: { from?: string; to?: string } = {},
): { events: E[]; undated: E[] } {
  const { from, to } = range;
  if (from && to && from > to.padEnd(from.length, '9')) throw new FpkError('bad-range', `"from" (${from}) is after "to" (${to}).`, 'from');
  const dated = events.filter((e): e is E & { date: string } => e.date !== null);
  return {
    events: dated
      .filter((e) => (!from || e.date.slice(0, from.length) >= from) && (!to || e.date.slice(0, to.length) <= to))
      .sort((a, b) => byCode(a.date, b.date)),
    undated: events.filter((e) => e.date === null),
  };
}

/**
 * Places each event on a series: the series' value in the event's month (the 12-month window
 * ending that month), so a marker sits on the line. Null where the series has no value then.
 */
export function joinEventsToSeries<E extends Dated & { date: string }>(
  events: readonly E[],
  points: readonly SeriesPoint[],
): (E & { period: string; value: number | null })[] {
  const byPeriod = new Map(points.map((p) => [p.period, p.value]));
  return events.map((e) => ({ ...e, period: e.date.slice(0, 7), value: byPeriod.get(e.date.slice(0, 7)) ?? null }));
}

export interface SeizureTotal {
  /** YYYY-MM for `by: 'month'`, the fiscal year as text for `by: 'fiscalYear'`. */
  readonly key: string;
  readonly drug: SeizureRecord['drug'];
  readonly pounds: number;
  readonly events: number;
  /** True when any row of the total is in a fiscal year still running when CBP made the file. */
  readonly partial: boolean;
}

/** Sums seizures by month or fiscal year and drug (e.g. fentanyl pounds per month). */
export function seizureTotals(
  rows: readonly SeizureRecord[],
  options: {
    by?: 'month' | 'fiscalYear';
    drugs?: readonly SeizureRecord['drug'][];
    components?: readonly SeizureRecord['component'][];
    regions?: readonly SeizureRecord['region'][];
    from?: string;
    to?: string;
  } = {},
): SeizureTotal[] {
  const { by = 'month', from, to } = options;
  checkRange(from, to);
  const totals = new Map<string, { key: string; drug: SeizureRecord['drug']; pounds: number; events: number; partial: boolean }>();
  for (const r of rows) {
    if (options.drugs && !options.drugs.includes(r.drug)) continue;
    if (options.components && !options.components.includes(r.component)) continue;
    if (options.regions && !options.regions.includes(r.region)) continue;
    if ((from && r.month < from) || (to && r.month > to)) continue;
    const key = by === 'month' ? r.month : String(r.fiscalYear);
    const id = `${key}|${r.drug}`;
    let t = totals.get(id);
    if (!t) totals.set(id, (t = { key, drug: r.drug, pounds: 0, events: 0, partial: false }));
    t.pounds += r.pounds;
    t.events += r.events;
    t.partial ||= r.fiscalYearToDate;
  }
  return [...totals.values()].sort((a, b) => byCode(a.key, b.key) || byCode(a.drug, b.drug));
}
