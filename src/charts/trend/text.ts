/**
 * `<fpk-trend>` texts: series names, axis and tooltip titles, notes, the accessible label and the
 * generated summary, put together from the words of src/charts/trend/messages.ts (en and es).
 * Every string the chart shows comes from here.
 */
import type { DrugIndicator } from '../../dataset-schemas/overdoses.js';
import type { SeizureDrug, SeizureRegion } from '../../dataset-schemas/seizures.js';
import type { Jurisdiction } from '../../jurisdictions.js';
import { addMonths } from '../../query.js';
import type { TrendLocale } from '../../specs/trend.js';
import { meaningfulBase, percentChange, quoteBoth, type BaseKind } from '../../headlines.js';
import { formatDate, formatMonth, formatNumber, formatPercent, messages, t, type Lang } from '../../i18n/index.js';
import { TREND_MESSAGES, type TrendMeasure } from './messages.js';
import { designationTypeName, drugName, placeName, regionName, seizureDrugName } from '../../i18n/names.js';
import type { DesignationType } from '../../dataset-schemas/designations.js';

export type { DrugIndicator };

export type { TrendMeasure };

/** d3 number format of the values in the chart. */
export function valueFormat(measure: TrendMeasure | 'reader'): string {
  // Pounds keep a decimal: a few ounces of fentanyl must not read as "0".
  if (measure === 'per100k' || measure === 'pounds') return ',.1f';
  if (measure === 'yoy') return '+,.1f';
  if (measure === 'reader') return ',.2~f';
  return ',.0f';
}

/** d3 number and time locales, so axis ticks and tooltips read like the rest of the element. */
export const CHART_LOCALE: Record<Lang, TrendLocale | undefined> = {
  en: undefined,
  es: {
    number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] },
    time: {
      dateTime: '%A, %e de %B de %Y, %X',
      date: '%d/%m/%Y',
      time: '%H:%M:%S',
      periods: ['AM', 'PM'],
      days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
      shortDays: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
      months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
      shortMonths: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
    },
  },
};

/** One value as the summary reads it. */
export interface SummaryPoint {
  readonly period: string;
  /** null = hidden. */
  readonly value: number | null;
  /** CDC's predicted value in the same unit (overdose counts and rates). */
  readonly predicted?: number | null;
  /** CDC marks the value underreported, or its predicted value is far above it (src/headlines.ts). */
  readonly flagged?: boolean;
  /** The deaths behind the value (the base the tiny-base rule reads), for overdose series. */
  readonly deaths?: number | null;
}

/** One series as the summary reads it: its values in period order. */
export interface SummarySeries {
  readonly name: string;
  readonly measure: TrendMeasure | 'reader';
  readonly points: readonly SummaryPoint[];
  readonly endsEarly?: SeriesEnd;
}

/** Where a series stops before the others: its last month and the release that month comes from. */
export interface SeriesEnd {
  readonly period: string;
  readonly release: string | null;
}

/** One older release's last month: what it first reported and what the newest release with that month reports. */
export interface RevisionFact {
  readonly period: string;
  readonly release: string;
  readonly first: number;
  readonly latestRelease: string;
  readonly latest: number;
}

/** What the revisions summary says (measure="revisions"). */
export interface RevisionsSummary {
  readonly name: string;
  readonly releases: readonly string[];
  readonly facts: readonly RevisionFact[];
  /** Months published by more than one release, and how many of them changed. */
  readonly overlap: number;
  readonly revised: number;
  /** The largest change between first and latest report, from a base of at least 20 deaths. */
  readonly largest: { readonly period: string; readonly first: number; readonly latest: number } | null;
}

/** Which tiny-base threshold (src/headlines.ts) a measure's percent change answers to; null: none. */
function baseKind(measure: SummarySeries['measure']): BaseKind | null {
  switch (measure) {
    case 'reported':
    case 'predicted':
    case 'per100k':
    case 'revisions':
      return 'deaths';
    case 'pounds':
    case 'events':
    case 'additions':
      return measure;
    default:
      return null;
  }
}

export function trendText(lang: Lang) {
  const m = messages(TREND_MESSAGES, lang);
  const n = (x: number, digits = 0) => formatNumber(lang, x, digits);
  const month = (period: string) => formatMonth(lang, period);
  const date = (d: string) => formatDate(lang, d);
  /** "A, B and C". */
  const list = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${m.and} ${items.at(-1)}` : items[0]!);
  /** "the 12 months ending January 2026" for 12-month-ending overdose counts, else the month. */
  const when = (measure: SummarySeries['measure'], period: string) => {
    const rolling =
      measure === 'reported' || measure === 'predicted' || measure === 'per100k' || measure === 'yoy' || measure === 'revisions';
    return rolling ? m.rolling(month(period)) : month(period);
  };
  /** A value with its unit, as a sentence says it. */
  const amount = (measure: SummarySeries['measure'], v: number): string => {
    switch (measure) {
      case 'reported':
      case 'revisions':
        return `${n(v)} ${m.units.deaths}`;
      case 'predicted':
        return `${n(v)} ${m.units.predicted}`;
      case 'per100k':
        return `${n(v, 1)} ${m.units.per100k}`;
      case 'yoy':
        return formatPercent(lang, v);
      case 'pounds':
        return `${n(v, 1)} ${m.units.pounds}`;
      case 'events':
        return `${n(v)} ${m.units.events}`;
      case 'additions':
        return m.additions(v);
      case 'reader':
        return Number.isInteger(v) ? n(v) : n(v, 2);
    }
  };

  return {
    /**
     * What the live region says of one value as the arrow keys reach it (src/charts/navigation.ts):
     * series, period, the value with its unit, and its provisional flag in the tooltip's words, or
     * why it is hidden. "Ohio — all drugs, the 12 months ending July 2024: 4,016 deaths. Underreported…"
     */
    point: (o: {
      series: string;
      measure: SummarySeries['measure'];
      period: string;
      value: number | null;
      flag?: string;
      hidden?: string;
    }): string => {
      const head = `${o.series}, ${when(o.measure, o.period)}`;
      if (o.value === null) return `${head}. ${o.hidden ?? m.noValue}`;
      return `${head}: ${amount(o.measure, o.value)}.${o.flag ? ` ${o.flag}` : ''}`;
    },
    /** Legend name of an overdose series: "Ohio — synthetic opioids". */
    overdoseSeries: (place: Jurisdiction, indicator: DrugIndicator) => `${placeName(lang, place)} — ${drugName(lang, indicator)}`,
    /** Legend name of one release's line: "Release of Jan 8, 2025". */
    releaseSeries: (release: string) => m.releaseSeries(date(release)),
    seizureSeries: (drug: SeizureDrug, region?: SeizureRegion) =>
      region
        ? `${seizureDrugName(lang, drug, { capital: true })} — ${regionName(lang, region)}`
        : seizureDrugName(lang, drug, { capital: true }),
    sanctionsSeries: m.sanctionsSeries,
    /** Written inside the band of months without dated data. */
    gapLabel: m.gapLabel,
    readerSeries: t(lang, 'yourData'),

    valueAxis: (measure: TrendMeasure): string => m.valueAxis[measure],
    /** Tooltip title of the period: a 12-month window or a calendar month. */
    periodTitle: (measure: TrendMeasure) =>
      measure === 'pounds' || measure === 'events' || measure === 'additions' ? m.monthTitle : m.windowTitle,
    series: m.series,
    /** A tooltip's month, as formatMonth writes it ("julio de 2020"). */
    monthYear: m.monthYear,
    value: m.value,
    predicted: m.predicted,
    predictedBand: t(lang, 'predictedBand'),
    /** Tooltip title of a value's provisional flag. */
    provisional: m.provisional,
    /** Label at the last point of a series that stops before the others. */
    endLabel: (period: string, count: number) => m.endLabel(formatMonth(lang, period), count),
    event: m.event,
    parties: m.parties,
    type: m.type,
    date: m.date,
    sources: m.sources,

    // Table columns.
    columns: m.columns,
    yes: m.yes,
    no: m.no,

    markerKinds: m.markerKinds,
    /** "8 FTO and 7 SDGT designations" from type counts in first-seen order. */
    designationGroup: (counts: readonly (readonly [string, number])[]) => {
      // A FinCEN section 2313a order names a bank or broker: it is an order, not a designation of a group.
      const orders = counts.filter(([type]) => type === 'FinCEN-2313a').reduce((s, [, c]) => s + c, 0);
      const designations = counts.filter(([type]) => type !== 'FinCEN-2313a');
      const ordersText = orders ? m.fincenOrders(orders) : '';
      if (designations.length === 0) return ordersText;
      const total = designations.reduce((s, [, c]) => s + c, 0);
      const main = m.designations(
        list(designations.map(([type, c]) => `${n(c)} ${designationTypeName(lang, type as DesignationType)}`)),
        total,
      );
      return orders ? `${main}; ${ordersText}` : main;
    },
    caseGroup: (count: number, single: string) => (count === 1 ? single : m.caseEvents(count)),
    andMore: (count: number) => m.andMore(count),
    markersTitle: (count: number) => m.markersTitle(count),
    formatDate: (d: string) => date(d),

    notes: {
      ...m.notes,
      mixedReleases: (releases: readonly string[]) => m.notes.mixedReleases(releases.length),
      /** The chart stops at the latest month every series has; `longer` go further. */
      commonEnd: (common: string, longer: readonly { name: string; period: string; release: string | null }[]) => {
        const goes = longer.map((l) => m.notes.goesTo(l.name, month(l.period), l.release ? date(l.release) : null)).join('; ');
        const to = longer.reduce((a, l) => (l.period > a ? l.period : a), common);
        return m.notes.commonEnd(month(common), goes, to);
      },
      noPopulation: (periods: readonly string[]) => m.notes.noPopulation(periods.map(month).join(', ')),
      partialYear: (fiscalYear: number, last: string) => m.notes.partialYear(fiscalYear, month(last)),
      /** The OFAC status date the sanctions chart ends on. */
      sanctionsStatus: (d: string) => m.notes.sanctionsStatus(date(d)),
      /** The gap in one sentence, for the summary (the source line carries the full note). */
      sanctionsGapShort: (start: string, end: string) => m.notes.sanctionsGapShort(date(start), date(end)),
      /** Why the bars stop: the gap in the copies of the list, and what the later copies cannot tell. */
      sanctionsGap: (start: string, end: string, undated: number) => m.notes.sanctionsGap(date(start), date(end), undated),
    },

    /**
     * measure="revisions": how far each older release's latest month was revised by the newest
     * release that publishes it (the first report's undercount), how many shared months changed, and
     * the largest revision. A percent from fewer than 20 deaths is not given (src/headlines.ts).
     */
    revisionsSummary: (o: RevisionsSummary): string => {
      // The sign as formatPercent writes it, so a sentence never mixes two minus signs.
      const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));
      const pct = (first: number, latest: number) =>
        meaningfulBase('deaths', first) ? `, ${formatPercent(lang, ((latest - first) / first) * 100)}` : '';
      const intro = m.revisions.intro(o.name, o.releases.map(date).join(', '));
      const facts = o.facts.map((f) => {
        const change = f.latest - f.first;
        return m.revisions.fact({
          when: when('revisions', f.period),
          release: date(f.release),
          first: amount('revisions', f.first),
          latestRelease: date(f.latestRelease),
          latest: n(f.latest),
          change: `${signed(change)}${pct(f.first, f.latest)}`,
          verdict: m.revisions.verdict(change),
        });
      });
      const shared = o.overlap
        ? m.revisions.shared(
            n(o.revised),
            n(o.overlap),
            o.largest ? { change: signed(o.largest.latest - o.largest.first), when: when('revisions', o.largest.period) } : null,
          )
        : m.revisions.noneShared;
      return [intro, ...facts, shared, m.revisions.still].join(' ');
    },

    /** Accessible name of the chart image. */
    label: (o: { bar: boolean; what: string; names: readonly string[]; first: string; last: string; markers: number }) => {
      const span = `${month(o.first)} – ${month(o.last)}`;
      const markers = o.markers ? m.withMarkers(o.markers) : '';
      return `${m.chartKind(o.bar)}: ${[o.what, ...o.names, span].join(', ')}${markers}`;
    },
    /** The default heading: the label's what, where and when, without the kind of chart. */
    heading: (o: { what: string; names: readonly string[]; first: string; last: string }) => {
      const text = [o.what, ...o.names, `${month(o.first)} – ${month(o.last)}`].join(', ');
      return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
    },
    /** What the values are, for the label: "overdose deaths, 12 months ending — synthetic opioids (mainly fentanyl)". */
    what: (measure: TrendMeasure, drugs: readonly string[]) => {
      // A dash, not parentheses: drug names carry their own ("(mainly fentanyl)"). Seizures and sanctions name no drug list here.
      const drugList = drugs.length ? ` — ${drugs.join(', ')}` : '';
      const perDrug = measure !== 'pounds' && measure !== 'events' && measure !== 'additions';
      return m.what[measure] + (perDrug ? drugList : '');
    },

    /**
     * One paragraph from the displayed series: latest, peak and change vs. a year earlier. A change
     * from a tiny base gives the two values, never a percent; where CDC marks the latest or the
     * year-earlier count provisional and publishes predicted counts, the change is told on them,
     * with the reported change beside it (src/headlines.ts).
     */
    summary: (series: readonly SummarySeries[], markers: { count: number; kinds: readonly string[] }) => {
      const shown = series.slice(0, 3).map((s) => {
        const valid = s.points.filter((p): p is SummaryPoint & { value: number } => p.value !== null);
        const latest = valid[valid.length - 1];
        if (!latest) return m.summary.noValues(s.name);
        const peak = valid.reduce((best, p) => (p.value > best.value ? p : best));
        if (s.measure === 'yoy')
          return m.summary.yoy(
            s.name,
            amount(s.measure, latest.value),
            when(s.measure, latest.period),
            amount(s.measure, peak.value),
            when(s.measure, peak.period),
          );
        const before = valid.find((p) => p.period === addMonths(latest.period, -12));
        const kind = baseKind(s.measure);
        const base = before && (before.deaths !== undefined ? before.deaths : before.value);
        let delta = '';
        if (before && kind && !meaningfulBase(kind, base)) delta = m.summary.tinyBase(amount(s.measure, before.value));
        else if (before) {
          const reported = percentChange(before.value, latest.value);
          const predicted = latest.flagged || before.flagged ? percentChange(before.predicted, latest.predicted) : null;
          if (reported !== null && quoteBoth(predicted, reported))
            delta = m.summary.bothCounts(formatPercent(lang, predicted), formatPercent(lang, reported));
          else if (reported !== null) delta = m.summary.change(formatPercent(lang, reported));
        }
        return m.summary.line(
          s.name,
          amount(s.measure, latest.value),
          when(s.measure, latest.period),
          delta,
          amount(s.measure, peak.value),
          when(s.measure, peak.period),
        );
      });
      // Series that stop before the others, one sentence per end month and release.
      const endings = new Map<string, { period: string; release: string | null; names: string[] }>();
      for (const s of series) {
        if (!s.endsEarly) continue;
        const key = `${s.endsEarly.period}|${s.endsEarly.release}`;
        const group = endings.get(key) ?? { ...s.endsEarly, names: [] };
        group.names.push(s.name);
        endings.set(key, group);
      }
      const ended = [...endings.values()].map((g) =>
        m.summary.ended(list(g.names), g.names.length > 1, month(g.period), g.release ? date(g.release) : null),
      );
      const more = series.length > 3 ? [m.summary.more(series.length - 3)] : [];
      const marked = markers.count ? [m.summary.markers(markers.count, markers.kinds)] : [];
      return [...shown, ...more, ...ended, ...marked].join(' ');
    },
  };
}
