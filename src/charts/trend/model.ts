/**
 * From settings and loaded rows to what `<fpk-trend>` shows: one displayed row per point (the
 * table, the CSV and the chart all use them), event markers, the Vega spec, the label, the
 * summary and the source notes. No DOM: the static renderer calls `buildTrendModel` too.
 */
import type { CaseEvent } from '../../dataset-schemas/cases.js';
import type { Designation, DesignationType } from '../../dataset-schemas/designations.js';
import { organizationName, type Organization } from '../../dataset-schemas/organizations.js';
import { mergeLinks, type SourceLink } from '../../dataset-schemas/sources.js';
import { officialTextLine } from '../links.js';
import { FpkError } from '../../errors.js';
import type { DatasetMeta } from '../../meta.js';
import { releasesOf, vintagesOf, type ShownData } from '../../cite.js';
import { meaningfulBase, provisionalFlag } from '../../headlines.js';
import { addMonths, eventsInRange, overdoseSeries, populationFor, revisions, seizureTotals, withYearOverYear } from '../../query.js';
import { trendSpec, type TrendGap, type TrendMarker, type TrendPoint } from '../../specs/trend.js';
import {
  acronymNote,
  designationTypeName,
  detailsInEnglish,
  drugName,
  eventTypeLabel,
  footnoteText,
  footnotesTranslated,
  hiddenReason,
  placeName,
  provisionalText,
  reasonText,
  seizureDrugName,
  type MissingReason,
} from '../../i18n/names.js';
import { keysHint, type ChartNavigation } from '../navigation.js';
import type { Lang } from '../../i18n/index.js';
import type { ChartModel, Column } from '../contract.js';
import { loadTrendData, type ReadText, type TrendData } from './data.js';
import { readTrendSettings, type TrendAttributes, type TrendSettings } from './settings.js';
import {
  CHART_LOCALE,
  trendText,
  valueFormat,
  type RevisionsSummary,
  type SeriesEnd,
  type SummarySeries,
  type TrendMeasure,
} from './text.js';

type Row = Readonly<Record<string, unknown>>;

/** One series as displayed: its legend name, what its values are, and its rows in period order. */
interface Series {
  readonly name: string;
  readonly measure: TrendMeasure | 'reader';
  readonly rows: readonly Row[];
  readonly endsEarly?: SeriesEnd;
  /** Why a hidden value is hidden, by period, in words (what the keyboard navigation says of a gap). */
  readonly hidden?: ReadonlyMap<string, string>;
  /** A provisional value's flag with CDC's predicted count, by period (what the keyboard navigation says of it). */
  readonly flags?: ReadonlyMap<string, string>;
}

/** An event marker as the accessible list under the chart shows it. */
export interface MarkerInfo {
  /** Where the marker sits (YYYY-MM-DD). */
  readonly date: string;
  /** The date, or the span of dates a grouped marker stands for, in the reader's language. */
  readonly dateText: string;
  readonly kind: string;
  readonly label: string;
  /** What the list under the chart says before the parties, in the reader's language ("Indictment", "3 court case events"). */
  readonly lead: string;
  readonly parties: readonly string[];
  /** "en" where the parties exist only in English (case names), so the list marks them lang="en". */
  readonly partiesLang?: 'en';
  readonly types: readonly string[];
  /** The first links of its events' sources, in reading order (official first), for the tooltip. */
  readonly sources: readonly string[];
  /** Its events' links in reading order, classified (src/dataset-schemas/sources.ts), for the list under the chart. */
  readonly links: readonly SourceLink[];
  /** How many events it stands for, and how many of them an official text confirms. */
  readonly events: number;
  readonly confirmed: number;
}

export interface TrendModel extends ChartModel {
  readonly markers: readonly MarkerInfo[];
}

export interface TrendEnv {
  /**
   * Colours of event markers and of the band's legend swatch, from the element's CSS tokens;
   * read when the model is composed (after loading), so a theme switched in the same update applies.
   */
  readonly colors?: () => { readonly marker?: string; readonly band?: string };
  /** How to read the reader's CSV (default: fetch relative to the page, or a file in Node). */
  readonly readText?: ReadText;
}

/** Attributes → model: reads settings strictly, loads what they need, composes. */
export async function buildTrendModel(attributes: TrendAttributes, lang: Lang, env: TrendEnv = {}): Promise<TrendModel> {
  const settings = readTrendSettings(attributes);
  const data = await loadTrendData(settings, env.readText);
  return trendModel(settings, data, lang, env);
}

const inRange = (s: TrendSettings, period: string) => (!s.from || period >= s.from) && (!s.to || period <= s.to);

function months(start: string, end: string): string[] {
  const out: string[] = [];
  for (let m = start; m <= end; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** First and last month a dataset covers (its meta says; the build computes it from the rows). */
function coverageMonths(meta: DatasetMeta): [string, string] {
  const { start, end } = meta.coverage ?? {};
  if (!start || !end) throw new FpkError('load-failed', `The ${meta.name} metadata gives no coverage.`);
  return [start.slice(0, 7), end.slice(0, 7)];
}

/** The last month of a series (a hidden value counts: CDC published the month) and its release. */
function lastRow(rows: readonly Row[]): Row | undefined {
  return rows.reduce<Row | undefined>((last, r) => (!last || (r.period as string) > (last.period as string) ? r : last), undefined);
}

function overdoseSeriesList(
  settings: TrendSettings,
  data: TrendData,
  lang: Lang,
  notes: string[],
  shownData: Record<string, ShownData>,
): Series[] {
  const text = trendText(lang);
  const { measure } = settings;
  const missingPopulation = new Set<string>();
  const vintages: { year: number; vintage: string }[] = [];
  let list = settings.jurisdictions.flatMap((jurisdiction) =>
    settings.indicators.map((indicator): Series => {
      const points = overdoseSeries(data.overdoses, {
        jurisdictions: [jurisdiction],
        indicators: [indicator],
        measure: measure === 'predicted' ? 'predicted' : 'reported',
      });
      const base = (p: (typeof points)[number]) => ({
        series: text.overdoseSeries(jurisdiction, indicator),
        jurisdiction,
        indicator,
        period: p.period,
      });
      // CDC's underreported flag or a wide predicted gap (src/headlines.ts), in words: all of it in the
      // tooltip (`flag`); in the table only the gap (`provisional`), as the footnotes column already
      // carries CDC's underreported sentence and a column the predicted value.
      const flags = new Map<string, string>();
      const tail = (p: (typeof points)[number]) => {
        const flag = p.value === null ? null : provisionalFlag(p);
        // The keyboard navigation says the value alone, so its flag names the predicted count too.
        if (flag) flags.set(p.period, provisionalText(lang, flag, { predicted: true }));
        return {
          release: p.release,
          footnotes: footnoteText(lang, p.footnotes),
          provisional: flag?.wideGap ? provisionalText(lang, { ...flag, underreported: false }, { predicted: measure === 'yoy' }) : '',
          ...(flag ? { flag: provisionalText(lang, flag, { predicted: measure === 'yoy' }) } : {}),
        };
      };
      let rows: Row[];
      if (measure === 'yoy') {
        const have = new Set(points.map((p) => p.period));
        rows = withYearOverYear(points)
          // A window whose year-earlier month is outside the data has no change to show; a hidden one is a gap.
          .filter((p) => inRange(settings, p.period) && have.has(addMonths(p.period, -12)))
          .map((p) => ({ ...base(p), value: p.changePercent, reported: p.value, previous: p.previous, ...tail(p) }));
      } else if (measure === 'per100k') {
        rows = points.flatMap((p) => {
          const pop = populationFor(data.population!.rows, jurisdiction, p.period);
          if (pop.population === null) {
            missingPopulation.add(p.period);
            return [];
          }
          vintages.push({ year: pop.year, vintage: pop.vintage });
          const rate = (v: number | null) => (v === null ? null : (v / pop.population) * 100_000);
          return [
            {
              ...base(p),
              value: rate(p.reported),
              predicted: rate(p.predicted),
              reported: p.reported,
              population: pop.population,
              populationYear: pop.year,
              ...tail(p),
            },
          ];
        });
      } else if (measure === 'predicted') {
        rows = points.map((p) => ({ ...base(p), value: p.predicted, reported: p.reported, ...tail(p) }));
      } else {
        rows = points.map((p) => ({ ...base(p), value: p.reported, predicted: p.predicted, ...tail(p) }));
      }
      const byPeriod = new Map(points.map((p) => [p.period, p]));
      const hidden = new Map(
        rows.flatMap((r) => {
          if (r.value !== null) return [];
          const p = byPeriod.get(r.period as string);
          const reason: MissingReason = !p || p.value !== null ? 'no-previous' : hiddenReason(p.footnotes);
          return [[r.period as string, reasonText(lang, reason, { drug: indicator })] as const];
        }),
      );
      return { name: text.overdoseSeries(jurisdiction, indicator), measure, rows, hidden, flags };
    }),
  );
  const cut = coherentEnd(settings, list, lang, notes);
  list = cut.list;
  const shown = list.flatMap((s) => s.rows);
  const hidden = shown.filter((r) => r.value === null).length;
  const releases = releasesOf(shown);
  if (releases.length > 1) notes.push(text.notes.mixedReleases(releases));
  const underreported = footnoteText(lang, ['underreported']);
  if (shown.some((r) => String(r.footnotes).includes(underreported))) notes.push(text.notes.underreported);
  const translated = footnotesTranslated(lang);
  if (translated && shown.some((r) => r.footnotes)) notes.push(translated);
  if (hidden) notes.push(text.notes.hidden(hidden));
  if (measure === 'per100k') {
    notes.push(text.notes.populationYear);
    // Months past the common latest month the chart was cut to need no word.
    const missing = [...missingPopulation].filter((p) => !cut.at || p <= cut.at).sort();
    if (missing.length) notes.push(text.notes.noPopulation(missing));
    if (data.population)
      shownData[data.population.meta.name] = {
        vintages: vintagesOf(vintages.filter((v) => !cut.at || v.year <= Number(cut.at.slice(0, 4)))),
      };
  }
  return list;
}

/**
 * measure="revisions": one line per CDC release of one jurisdiction and drug, each the reported
 * counts as that release published them (`revisions` in src/query.ts). Without `from`, the chart
 * starts 24 months before the last month the oldest release publishes, where the releases part.
 */
function revisionSeriesList(
  settings: TrendSettings,
  data: TrendData,
  lang: Lang,
  notes: string[],
  facts: { summary?: RevisionsSummary },
): Series[] {
  const text = trendText(lang);
  const jurisdiction = settings.jurisdictions[0]!;
  const indicator = settings.indicators[0]!;
  const all = revisions(data.overdoses, { jurisdiction, indicator });
  const lastOf = (release: string) =>
    all.periods.reduce((last, p) => (p.values.some((v) => v.release === release) && p.period > last ? p.period : last), '');
  const oldest = all.releases[0];
  const from = settings.from ?? (oldest ? addMonths(lastOf(oldest), -24) : undefined);
  const shown = all.periods.filter((p) => (!from || p.period >= from) && (!settings.to || p.period <= settings.to));
  const name = text.overdoseSeries(jurisdiction, indicator);
  const list = all.releases.map((release): Series => {
    const rows = shown.flatMap((p) => {
      const v = p.values.find((x) => x.release === release);
      if (!v) return [];
      const flag = v.reported === null ? null : provisionalFlag(v);
      return [
        {
          series: text.releaseSeries(release),
          jurisdiction,
          indicator,
          period: p.period,
          value: v.reported,
          predicted: v.predicted,
          release,
          footnotes: footnoteText(lang, v.footnotes),
          provisional: flag?.wideGap ? provisionalText(lang, { ...flag, underreported: false }, { predicted: false }) : '',
          ...(flag ? { flag: provisionalText(lang, flag, { predicted: true }) } : {}),
        },
      ];
    });
    return { name: text.releaseSeries(release), measure: 'revisions', rows };
  });
  // The summary: each older release's last month as first reported and as the newest release with it reports it.
  const inRange = (period: string) => shown.some((p) => p.period === period);
  const firstReports = all.releases.slice(0, -1).flatMap((release) => {
    const point = all.periods.find((p) => p.period === lastOf(release));
    const first = point?.values.find((v) => v.release === release);
    if (
      !point ||
      !first ||
      first.reported === null ||
      point.latest.release === release ||
      point.latest.reported === null ||
      !inRange(point.period)
    )
      return [];
    return [{ period: point.period, release, first: first.reported, latestRelease: point.latest.release, latest: point.latest.reported }];
  });
  const overlap = shown.filter((p) => p.values.length > 1);
  const largest = overlap
    .filter((p) => p.change !== null && meaningfulBase('deaths', p.first.reported))
    .reduce<(typeof overlap)[number] | null>((best, p) => (!best || Math.abs(p.change!) > Math.abs(best.change!) ? p : best), null);
  facts.summary = {
    name,
    releases: list.filter((s) => s.rows.length).map((s) => s.rows[0]!.release as string),
    facts: firstReports,
    overlap: overlap.length,
    revised: overlap.filter((p) => p.change !== null && p.change !== 0).length,
    largest:
      largest && largest.change ? { period: largest.period, first: largest.first.reported!, latest: largest.latest.reported! } : null,
  };
  notes.push(text.notes.revisions);
  return list.filter((s) => s.rows.length);
}

/**
 * One coherent latest month. Without `to`, every series stops at the latest month all of them
 * have (series without any rows cannot hold it back), and a note says which series go further and
 * how to see them. With `to`, a series that stops before the others is marked where it ends, and
 * the summary says why.
 */
function coherentEnd(settings: TrendSettings, list: Series[], lang: Lang, notes: string[]): { list: Series[]; at?: string } {
  const text = trendText(lang);
  const ends = list.map((s) => lastRow(s.rows));
  const periods = ends.filter((r): r is Row => r !== undefined).map((r) => r.period as string);
  if (periods.length < 2) return { list };
  const common = periods.reduce((a, b) => (a < b ? a : b));
  const latest = periods.reduce((a, b) => (a > b ? a : b));
  if (common === latest) return { list };
  const end = (i: number) => ({
    period: ends[i]!.period as string,
    release: typeof ends[i]!.release === 'string' ? ends[i]!.release : null,
  });
  if (!settings.to) {
    notes.push(
      text.notes.commonEnd(
        common,
        list.flatMap((s, i) => (ends[i] && end(i).period > common ? [{ name: s.name, ...end(i) }] : [])),
      ),
    );
    return { list: list.map((s) => ({ ...s, rows: s.rows.filter((r) => (r.period as string) <= common) })), at: common };
  }
  return { list: list.map((s, i) => (ends[i] && end(i).period < latest ? { ...s, endsEarly: end(i) } : s)) };
}

function seizureSeriesList(settings: TrendSettings, data: TrendData, lang: Lang, notes: string[]): Series[] {
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
interface ShownGap extends TrendGap {
  readonly summary: string;
}

function sanctionSeriesList(settings: TrendSettings, data: TrendData, lang: Lang, notes: string[], gaps: ShownGap[]): Series[] {
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

function readerSeries(settings: TrendSettings, data: TrendData, lang: Lang, taken: readonly string[], notes: string[]): Series | null {
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

/** The sources of a marker's events: links in reading order, the first three URLs for the tooltip, and the official-text count. */
function markerSources(group: readonly { readonly links: readonly SourceLink[]; readonly checked: string }[]) {
  const links = mergeLinks(group.map((r) => r.links));
  return {
    links,
    sources: links.slice(0, 3).map((l) => l.url),
    events: group.length,
    confirmed: group.filter((r) => r.checked === 'confirmed').length,
  };
}

function byDate<E extends { date: string | null }>(events: readonly E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const e of events) groups.set(e.date!, [...(groups.get(e.date!) ?? []), e]);
  return groups;
}

function designationMarkers(
  rows: readonly Designation[],
  organizations: readonly Organization[],
  first: string,
  last: string,
  lang: Lang,
): MarkerInfo[] {
  const text = trendText(lang);
  // The organization's display name (one name per organization in every element); individuals by name.
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const partyName = (d: Designation) => {
    const org = d.organizationId ? byId.get(d.organizationId) : undefined;
    return org ? organizationName(org, lang) : d.party;
  };
  const { events } = eventsInRange(rows, { from: first, to: last });
  return [...byDate(events)].map(([date, group]) => {
    const counts = new Map<string, number>();
    for (const d of group) counts.set(d.type, (counts.get(d.type) ?? 0) + 1);
    return {
      date,
      dateText: text.formatDate(date),
      kind: text.markerKinds.designations,
      label: text.designationGroup([...counts]),
      lead: text.designationGroup([...counts]),
      parties: [...new Set(group.map(partyName))],
      types: [...counts.keys()].map((t) => designationTypeName(lang, t as DesignationType)),
      // Official texts first (reading order of src/dataset-schemas/sources.ts).
      ...markerSources(group),
    };
  });
}

/** Case events grouped by month: courts act often, and one marker a day would crowd the axis. */
function caseMarkers(rows: readonly CaseEvent[], first: string, last: string, terrorismOnly: boolean, lang: Lang): MarkerInfo[] {
  const text = trendText(lang);
  // eventsInRange returns dated events only.
  const events = eventsInRange(terrorismOnly ? rows.filter((r) => r.terrorismRelated) : rows, { from: first, to: last })
    .events as (CaseEvent & { date: string })[];
  const byMonth = new Map<string, (CaseEvent & { date: string })[]>();
  for (const e of events) byMonth.set(e.date.slice(0, 7), [...(byMonth.get(e.date.slice(0, 7)) ?? []), e]);
  return [...byMonth.values()].map((group) => {
    const start = group[0]!.date;
    const end = group[group.length - 1]!.date;
    return {
      date: start,
      dateText: start === end ? text.formatDate(start) : `${text.formatDate(start)} – ${text.formatDate(end)}`,
      kind: text.markerKinds.cases(terrorismOnly),
      label: text.caseGroup(group.length, `${eventTypeLabel(lang, group[0]!.eventType)}: ${group[0]!.caseName}`),
      lead: group.length === 1 ? eventTypeLabel(lang, group[0]!.eventType) : text.caseGroup(group.length, ''),
      parties: [...new Set(group.map((c) => c.caseName))],
      partiesLang: 'en',
      types: [...new Set(group.map((c) => eventTypeLabel(lang, c.eventType)))],
      ...markerSources(group),
    };
  });
}

function columnsFor(settings: TrendSettings, lang: Lang): Column[] {
  const c = trendText(lang).columns;
  const valueLabel = trendText(lang).valueAxis(settings.measure);
  const valueFormat =
    settings.measure === 'per100k' || settings.measure === 'pounds' ? 'rate' : settings.measure === 'yoy' ? 'percent' : 'number';
  const series: Column = { key: 'series', label: c.series };
  const value: Column = { key: 'value', label: valueLabel, format: valueFormat };
  if (settings.dataset === 'seizures') {
    return [
      series,
      { key: 'drug', label: c.drug, downloadOnly: true },
      { key: 'region', label: c.region, downloadOnly: true },
      { key: 'period', label: c.month, format: 'month' },
      value,
      { key: 'fiscalYearToDate', label: c.fiscalYearToDate },
    ];
  }
  if (settings.dataset === 'sanctions') return [series, { key: 'period', label: c.month, format: 'month' }, value];
  const byMeasure: Record<string, Column[]> = {
    reported: [{ key: 'predicted', label: c.predicted, format: 'number' }],
    revisions: [{ key: 'predicted', label: c.predicted, format: 'number' }],
    predicted: [{ key: 'reported', label: c.reported, format: 'number' }],
    per100k: [
      { key: 'predicted', label: c.predicted, format: 'rate' },
      { key: 'reported', label: c.reported, format: 'number' },
      { key: 'population', label: c.population, format: 'number' },
      { key: 'populationYear', label: c.populationYear },
    ],
    yoy: [
      { key: 'reported', label: c.reported, format: 'number' },
      { key: 'previous', label: c.previous, format: 'number' },
    ],
  };
  return [
    series,
    // Codes, for programs reading the download; the series name says both in words.
    { key: 'jurisdiction', label: c.jurisdiction, downloadOnly: true },
    { key: 'indicator', label: c.indicator, downloadOnly: true },
    { key: 'period', label: c.period, format: 'month' },
    value,
    ...byMeasure[settings.measure]!,
    { key: 'release', label: c.release },
    { key: 'footnotes', label: c.footnotes },
    { key: 'provisional', label: c.provisional },
  ];
}

function filenameFor(settings: TrendSettings): string {
  const parts: string[] = ['fpk-trend', settings.dataset];
  if (settings.dataset === 'overdoses') parts.push(...settings.jurisdictions, ...settings.indicators);
  if (settings.dataset === 'seizures') parts.push(...settings.seizureDrugs, ...settings.regions);
  parts.push(settings.measure);
  if (settings.from) parts.push(settings.from);
  if (settings.to) parts.push(settings.to);
  return parts.join('-');
}

export function trendModel(settings: TrendSettings, data: TrendData, lang: Lang, env: TrendEnv = {}): TrendModel {
  const text = trendText(lang);
  const notes: string[] = [];
  const gaps: ShownGap[] = [];
  const shownData: Record<string, ShownData> = {};
  const revisionFacts: { summary?: RevisionsSummary } = {};
  const dataSeries =
    settings.dataset === 'overdoses'
      ? settings.measure === 'revisions'
        ? revisionSeriesList(settings, data, lang, notes, revisionFacts)
        : overdoseSeriesList(settings, data, lang, notes, shownData)
      : settings.dataset === 'seizures'
        ? seizureSeriesList(settings, data, lang, notes)
        : sanctionSeriesList(settings, data, lang, notes, gaps);
  const reader = readerSeries(
    settings,
    data,
    lang,
    dataSeries.map((s) => s.name),
    notes,
  );
  const series = reader ? [...dataSeries, reader] : dataSeries;
  const rows = series.flatMap((s) => s.rows);

  const periods = rows.map((r) => r.period as string).sort();
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) {
    const [start, end] = coverageMonths(data.meta);
    throw new FpkError(
      'bad-range',
      `No data for this selection${settings.from ? ` from ${settings.from}` : ''}${settings.to ? ` to ${settings.to}` : ''}. ${settings.dataset} covers ${start} – ${end}.`,
      settings.from ? 'from' : 'to',
    );
  }

  // Markers only within the months shown, so they never stretch the time axis.
  const markers = [
    ...(data.designations ? designationMarkers(data.designations.rows, data.designations.organizations, first, last, lang) : []),
    ...(data.cases ? caseMarkers(data.cases.rows, first, last, settings.terrorism === 'only', lang) : []),
  ].sort((a, b) => a.date.localeCompare(b.date));
  if (markers.length)
    notes.push(
      officialTextLine(
        lang,
        markers.reduce((n, m) => n + m.confirmed, 0),
        markers.reduce((n, m) => n + m.events, 0),
      ),
    );
  if (data.designations) {
    const undated = data.designations.rows.filter((d) => d.date === null).length;
    if (undated) notes.push(text.notes.undatedDesignations(undated));
  }
  // The marker labels use FTO, SDGT and TCO as their short names: spelled out once, under the chart.
  const acronyms = acronymNote(
    lang,
    markers.flatMap((m) => m.types),
  );
  if (acronyms) notes.push(acronyms);
  // Case names in the marker list are the court records' English (marked lang="en"): said once.
  const english = detailsInEnglish(lang, { cases: markers.some((m) => m.partiesLang === 'en') });
  if (english) notes.push(english);
  const markerKinds = [
    ...(settings.events.includes('designations') ? [text.markerKinds.designations] : []),
    ...(settings.events.includes('cases') ? [text.markerKinds.cases(settings.terrorism === 'only')] : []),
  ];

  const band = settings.measure === 'reported' || settings.measure === 'per100k';
  const toPoint = (r: Row): TrendPoint => ({
    series: r.series as string,
    period: r.period as string,
    value: r.value as number | null,
    ...(band && r.predicted !== undefined ? { predicted: r.predicted as number | null } : {}),
    ...(r.flag ? { note: r.flag as string } : {}),
  });
  const bar = settings.dataset === 'sanctions';
  const colors = env.colors?.();
  const names = series.map((s) => s.name);
  const what =
    settings.dataset === 'overdoses'
      ? text.what(
          settings.measure,
          settings.indicators.map((i) => drugName(lang, i)),
        )
      : settings.dataset === 'seizures'
        ? `${text.what(settings.measure, [])} (${settings.seizureDrugs.map((d) => seizureDrugName(lang, d)).join(', ')})`
        : text.what(settings.measure, []);
  const labelNames =
    settings.dataset === 'overdoses'
      ? settings.jurisdictions.map((j) => placeName(lang, j))
      : settings.dataset === 'seizures' && settings.regions.length
        ? names.slice(0, dataSeries.length)
        : [];
  const label = text.label({ bar, what, names: [...labelNames, ...(reader ? [reader.name] : [])], first, last, markers: markers.length });

  const spec = trendSpec({
    mark: bar ? 'bar' : 'line',
    series: names,
    points: (bar ? dataSeries : series).flatMap((s) => s.rows.map(toPoint)),
    ...(bar && reader ? { reader: reader.rows.map(toPoint) } : {}),
    markers: markers.map((m): TrendMarker => ({
      date: m.date,
      kind: m.kind,
      label: m.label,
      dateText: m.dateText,
      parties: m.parties.length > 6 ? `${m.parties.slice(0, 6).join(', ')} ${text.andMore(m.parties.length - 6)}` : m.parties.join(', '),
      types: m.types.join(', '),
      sources: m.sources.join(' '),
    })),
    markerKinds,
    ...(gaps.length ? { gaps: gaps.map(({ start, end, label }) => ({ start, end, label })) } : {}),
    ends: dataSeries.flatMap((s) =>
      s.endsEarly
        ? [
            {
              series: s.name,
              period: s.endsEarly.period,
              text: text.endLabel(s.endsEarly.period, dataSeries.filter((o) => o.endsEarly?.period === s.endsEarly!.period).length),
            },
          ]
        : [],
    ),
    format: valueFormat(settings.measure),
    // Ticks without needless decimals: "80", "7.5", not "80.0" (tooltips keep the tenth).
    ...(settings.measure === 'yoy'
      ? { axisFormat: '+,.0f' }
      : settings.measure === 'per100k' || settings.measure === 'pounds'
        ? { axisFormat: ',.1~f' }
        : {}),
    ...(colors ? { colors } : {}),
    labels: {
      description: label,
      valueAxis: text.valueAxis(settings.measure),
      period: text.periodTitle(settings.measure),
      series: text.series,
      predicted: text.predicted,
      predictedBand: text.predictedBand,
      provisional: text.provisional,
      event: text.event,
      parties: text.parties,
      type: text.type,
      date: text.date,
      sources: text.sources,
      ...(CHART_LOCALE[lang] ? { locale: CHART_LOCALE[lang] } : {}),
      monthYear: text.monthYear,
    },
  });

  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const summarySeries: SummarySeries[] = series.map((s) => ({
    name: s.name,
    measure: s.measure,
    points: s.rows.map((r) => ({
      period: r.period as string,
      value: r.value as number | null,
      // What the tiny-base rule and the predicted-count headline read (src/headlines.ts).
      ...(s.measure === 'reported' || s.measure === 'per100k'
        ? { predicted: num(r.predicted), flagged: Boolean(r.flag), deaths: num(s.measure === 'reported' ? r.value : r.reported) }
        : {}),
      ...(s.measure === 'predicted' ? { deaths: num(r.value) } : {}),
    })),
    ...(s.endsEarly ? { endsEarly: s.endsEarly } : {}),
  }));
  // The last month with a value: a month the source has no count for (a gap) is not data.
  const through = dataSeries
    .flatMap((s) => s.rows)
    .reduce((a, r) => (r.value !== null && (r.period as string) > a ? (r.period as string) : a), '');
  shownData[data.meta.name] = {
    ...(settings.dataset === 'overdoses' ? { releases: releasesOf(dataSeries.flatMap((s) => s.rows)) } : {}),
    ...(through ? { through } : {}),
  };
  const usedKinds = markerKinds.filter((k) => markers.some((m) => m.kind === k));
  const metas: DatasetMeta[] = [data.meta, data.population?.meta, data.designations?.meta, data.cases?.meta].filter(
    (m): m is DatasetMeta => m !== undefined,
  );

  return {
    rows,
    navigation: trendNavigation(bar ? dataSeries : series, reader && bar ? reader : null, lang),
    columns: columnsFor(settings, lang),
    spec: spec as unknown as Record<string, unknown>,
    label,
    summary: [
      revisionFacts.summary
        ? text.revisionsSummary(revisionFacts.summary)
        : text.summary(summarySeries, { count: markers.length, kinds: usedKinds }),
      ...gaps.map((g) => g.summary),
    ].join(' '),
    metas,
    shown: shownData,
    filename: filenameFor(settings),
    notes,
    markers,
  };
}

/**
 * What the arrow keys step through (src/charts/navigation.ts): one list per series in legend
 * order, its values in month order, hidden ones included (the reader hears why a gap is one);
 * each item is the point (or bar) vega draws for it, found by series and month.
 */
function trendNavigation(series: readonly Series[], barReader: Series | null, lang: Lang): ChartNavigation {
  const text = trendText(lang);
  const lists = [...series, ...(barReader ? [barReader] : [])]
    .map((s) =>
      s.rows.map((r) => {
        const period = r.period as string;
        const date = Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1);
        const value = typeof r.value === 'number' ? r.value : null;
        return {
          sentence: text.point({
            series: s.name,
            measure: s.measure,
            period,
            value,
            ...(s.flags?.has(period) ? { flag: s.flags.get(period)! } : typeof r.flag === 'string' ? { flag: r.flag } : {}),
            ...(s.hidden?.has(period) ? { hidden: s.hidden.get(period)! } : {}),
          }),
          mark: { marks: ['points_marks', 'bars_marks', 'reader_marks'], match: { series: s.name, date }, x: date },
        };
      }),
    )
    .filter((l) => l.length);
  return { lists, hint: keysHint(lang, { series: lists.length > 1 }) };
}
