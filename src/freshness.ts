/**
 * How fresh each dataset is, from its `meta.freshness` (computed by the build from the rows): the
 * latest period, the release it comes from, how many series reach it, and its age in whole months
 * on a given date. One home for the README table (written by `npm run data:build`, dated) and the
 * gallery's table (aged on the day a reader opens it). No DOM.
 */
import type { DatasetMeta } from './meta.js';

export interface FreshnessRow {
  readonly dataset: string;
  /** Latest period or date (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly latestPeriod: string;
  /** Release date(s) of the rows at that period. */
  readonly releases: readonly string[];
  /** "52 of 603" series reach the latest period; null for event lists and snapshots. */
  readonly seriesAtLatest: number | null;
  readonly series: number | null;
  /** The period the most series end at, and how many (overdoses: drug-specific state series end earlier than the US ones). */
  readonly mostSeriesEnd: { readonly period: string; readonly series: number } | null;
  /** Whole months from the end of the latest period to `asOf`. */
  readonly ageMonths: number;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The last day a period covers: a year's 31 December, a month's last day, a date itself. */
function endOf(period: string): [number, number, number] {
  const [y, m, d] = period.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return [y, 12, 31];
  return [y, m, d ?? daysIn(y, m)];
}

/** Whole months from the end of `period` to the date `asOf` (YYYY-MM-DD): July 2024 on 2026-12-03 is 28. */
export function monthsSince(period: string, asOf: string): number {
  const [y1, m1, d1] = endOf(period);
  const [y2, m2, d2] = endOf(asOf);
  const months = (y2 - y1) * 12 + (m2 - m1);
  // A month-end start (31 July) has a full month on the last day of a shorter month (30 November).
  return months - (d2 < Math.min(d1, daysIn(y2, m2)) ? 1 : 0);
}

export function freshnessRows(metas: readonly DatasetMeta[], asOf: string): FreshnessRow[] {
  return metas.map((m) => {
    const f = m.freshness ?? {
      latestPeriod: m.coverage.end ?? m.released,
      releases: [m.released],
      series: null,
      seriesAtLatest: null,
      mostSeriesEnd: null,
    };
    return {
      dataset: m.name,
      latestPeriod: f.latestPeriod,
      releases: f.releases,
      series: f.series,
      seriesAtLatest: f.seriesAtLatest,
      mostSeriesEnd: f.mostSeriesEnd ?? null,
      ageMonths: monthsSince(f.latestPeriod, asOf),
    };
  });
}

/** "52 of 603" or "all 53"; "—" where the dataset has no series (event lists, snapshots). */
export function seriesText(row: FreshnessRow): string {
  if (row.series === null || row.seriesAtLatest === null) return '—';
  return row.series === row.seriesAtLatest
    ? `all ${row.series.toLocaleString('en-US')}`
    : `${row.seriesAtLatest.toLocaleString('en-US')} of ${row.series.toLocaleString('en-US')}`;
}

/** "2024-07 (544 series)"; "—" where the dataset has no series or they all reach the latest period. */
export function mostSeriesEndText(row: FreshnessRow): string {
  const m = row.mostSeriesEnd;
  if (!m || m.period === row.latestPeriod) return '—';
  return `${m.period} (${m.series.toLocaleString('en-US')} series)`;
}

const MARK_START = '<!-- freshness:start';
const MARK_END = '<!-- freshness:end -->';

/** The README's freshness block (between its marker comments), dated `asOf`. */
export function freshnessMarkdown(metas: readonly DatasetMeta[], asOf: string): string {
  const rows = freshnessRows(metas, asOf);
  return [
    `${MARK_START} as-of=${asOf}: written by npm run data:build from each dataset's meta.json; do not edit -->`,
    `| dataset | latest period | from release | series reaching it | most series end | age on ${asOf} |`,
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| \`${r.dataset}\` | ${r.latestPeriod} | ${r.releases.join(', ')} | ${seriesText(r)} | ${mostSeriesEndText(r)} | ${r.ageMonths} month${r.ageMonths === 1 ? '' : 's'} |`,
    ),
    MARK_END,
  ].join('\n');
}

/** The as-of date a README's block records, or null when the README has no block. */
export function freshnessAsOf(readme: string): string | null {
  return /<!-- freshness:start as-of=(\d{4}-\d{2}-\d{2})/.exec(readme)?.[1] ?? null;
}

/** The README with its freshness block rewritten (unchanged when it has no markers). */
export function withFreshness(readme: string, metas: readonly DatasetMeta[], asOf: string): string {
  const start = readme.indexOf(MARK_START);
  const end = readme.indexOf(MARK_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start)}${freshnessMarkdown(metas, asOf)}${readme.slice(end + MARK_END.length)}`;
}
