/**
 * The trend's series as displayed, built from the loaded rows: the Series type, seizures, OFAC
 * additions and the reader's own CSV (overdose series are in overdose-series.ts). Each builder
 * returns its series and pushes the source notes its data need. One displayed row per point: the
 * table, the CSV and the chart all read them.
 */
import { FpkError } from '../../errors.js';
import type { DatasetMeta } from '../../meta.js';
import { addMonths, seizureTotals } from '../../query.js';
import type { TrendGap } from '../../specs/trend.js';
import { acronymNote } from '../../i18n/names.js';
import type { Lang } from '../../i18n/index.js';
import type { TrendData } from './data.js';
import type { TrendSettings } from './settings.js';
import { trendText, type SeriesEnd, type TrendMeasure } from './text.js';

export type Row = Readonly<Record<string, unknown>>;

/** One series as displayed: its legend name, what its values are, and its rows in period order. */
export interface Series {
  readonly name: string;
  readonly measure: TrendMeasure | 'reader';
  readonly rows: readonly Row[];
  readonly endsEarly?: SeriesEnd;
  /** Why a hidden value is hidden, by period, in words (what the keyboard navigation says of a gap). */
  readonly hidden?: ReadonlyMap<string, string>;
  /** A provisional value's flag with CDC's predicted count, by period (what the keyboard navigation says of it). */
  readonly flags?: ReadonlyMap<string, string>;
}

export const inRange = (s: TrendSettings, period: string) => (!s.from || period >= s.from) && (!s.to || period <= s.to);

function months(start: string, end: string): string[] {
  const out: string[] = [];
  for (let m = start; m <= end; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** First and last month a dataset covers (its meta says; the build computes it from the rows). */
export function coverageMonths(meta: DatasetMeta): [string, string] {
  const { start, end } = meta.coverage ?? {};
  if (!start || !end) throw new FpkError('load-failed', `The ${meta.name} metadata gives no coverage.`);
  return [start.slice(0, 7), end.slice(0, 7)];
}

export function seizureSeriesList(settings: TrendSettings, data: TrendData, lang: Lang, notes: string[]): Series[] {
  const text = trendText(lang);
  const measure = settings.measure as 'pounds' | 'events';
  const [first, last] = coverageMonths(data.meta);
  const start = settings.from && settings.from > first ? settings.from : first;
  const end = settings.to && settings.to < last ? settings.to : last;
  const fiscalYear = (m: string) => Number(m.slice(0, 4)) + (Number(m.slice(5, 7)) >= 10 ? 1 : 0);
  const running = new Set(data.seizures.filter((r) => r.fiscalYearToDate).map((r) => r.fiscalYear));
  const regions = settings.regions.length ? settings.regions : [undefined];
  const list = settings.seizureDrugs.flatMap((drug) =>
    regions.map((region): Series => {
      const name = text.seizureSeries(drug, region);
      const totals = new Map(
        seizureTotals(data.seizures, { drugs: [drug], ...(region ? { regions: [region] } : {}) }).map((t) => [t.key, t]),
      );
      // CBP writes rows only where a seizure happened: a month without one had none (meta caveat), so 0, not a gap.
      const rows = months(start, end).map((period) => ({
        series: name,
        drug,
        region: region ?? 'all',
        period,
        value: totals.get(period)?.[measure] ?? 0,
        fiscalYearToDate: running.has(fiscalYear(period)) ? text.yes : text.no,
      }));
      return { name, measure, rows };
    }),
  );
  notes.push(text.notes.seizuresComponents);
  const partial = [...running].filter((fy) => months(start, end).some((m) => fiscalYear(m) === fy));
  for (const fy of partial.sort()) notes.push(text.notes.partialYear(fy, last));
  notes.push(text.notes.seizuresNotSupply);
  return list;
}

/** A band of months without data, with the sentence the summary gives it (the source line has the full note). */
export interface ShownGap extends TrendGap {
  readonly summary: string;
}

export function sanctionSeriesList(settings: TrendSettings, data: TrendData, lang: Lang, notes: string[], gaps: ShownGap[]): Series[] {
  const text = trendText(lang);
  const [first, last] = coverageMonths(data.meta);
  const start = settings.from && settings.from > first ? settings.from : first;
  const end = settings.to && settings.to < last ? settings.to : last;
  // Additions only: a renamed program tag (renameOnly) is a programs_changed event, never `added`.
  // An addition first seen after the gap in the copies of the list (`inGap`) has no month.
  const added = data.sanctions.filter((e) => e.event === 'added' && !e.renameOnly && !e.inGap);
  const undated = data.sanctions.filter((e) => e.event === 'added' && e.inGap);
  const gapStart = undated.map((e) => e.changedAfter).sort()[0];
  const gapEnd = undated
    .map((e) => e.date)
    .sort()
    .at(-1);
  const counts = new Map<string, number>();
  for (const e of added) counts.set(e.date.slice(0, 7), (counts.get(e.date.slice(0, 7)) ?? 0) + 1);
  // Between the first and the last change the scraper saw, a month without an addition had none.
  // From the gap on a month's count is unknown, never 0: additions in the gap are undated, and
  // later ones cannot be linked to Mexico (the 2026 copies have no addresses; meta caveats).
  const unknownFrom = gapStart?.slice(0, 7);
  const rows = months(start, end).map((period) => ({
    series: text.sanctionsSeries,
    period,
    value: unknownFrom && period >= unknownFrom ? null : (counts.get(period) ?? 0),
  }));
  // `released` is the date of the newest copy of the list (the status date), whether or not it showed a change.
  notes.push(text.notes.sanctionsStatus(data.meta.released), text.notes.sanctionsDates);
  // The label, summary and source line name OFAC's SDN list by its acronyms: spelled out once in Spanish.
  const acronyms = acronymNote(lang, ['OFAC', 'SDN']);
  if (acronyms) notes.push(acronyms);
  if (gapStart && gapEnd && unknownFrom! <= end) {
    // The band runs from the last scrape to the status date, clipped to the months shown.
    const from = `${start}-01` > gapStart ? `${start}-01` : gapStart;
    const status = data.meta.released;
    const shownEnd = `${addMonths(end, 1)}-01`;
    gaps.push({
      start: from,
      end: status < shownEnd ? status : shownEnd,
      label: text.gapLabel,
      summary: text.notes.sanctionsGapShort(gapStart, gapEnd),
    });
    notes.push(text.notes.sanctionsGap(gapStart, gapEnd, undated.length));
  }
  return [{ name: text.sanctionsSeries, measure: 'additions', rows }];
}

export function readerSeries(
  settings: TrendSettings,
  data: TrendData,
  lang: Lang,
  taken: readonly string[],
  notes: string[],
): Series | null {
  if (!settings.reader || !data.reader) return null;
  const text = trendText(lang);
  const name = settings.reader.label ?? text.readerSeries;
  if (taken.includes(name))
    throw new FpkError(
      'unknown-value',
      `src-label="${name}" is already the name of a series in this chart. Choose another label.`,
      'src-label',
    );
  const rows = data.reader.filter((p) => inRange(settings, p.period)).map((p) => ({ series: name, period: p.period, value: p.value }));
  notes.push(text.notes.reader(settings.reader.src, name));
  return { name, measure: 'reader', rows };
}
