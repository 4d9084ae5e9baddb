/**
 * From settings and loaded rows to what `<fpk-trend>` shows, composed: the series (series.ts,
 * overdose-series.ts), the event markers (markers.ts), the Vega spec, the label, the summary, the
 * source notes, the table's columns (columns.ts) and the keyboard navigation (navigation.ts).
 * No DOM: the static renderer calls `buildTrendModel` too.
 */
import { officialTextLine } from '../links.js';
import { FpkError } from '../../errors.js';
import type { DatasetMeta } from '../../meta.js';
import { releasesOf, type ShownData } from '../../cite.js';
import { trendSpec, type TrendMarker, type TrendOptions, type TrendPoint } from '../../specs/trend.js';
import { hasMultiples, TREND_MULTIPLES_BELOW, trendMultiplesSpec } from '../../specs/trend-multiples.js';
import { acronymNote, detailsInEnglish, drugName, placeName, seizureDrugName } from '../../i18n/names.js';
import type { Lang } from '../../i18n/index.js';
import type { ChartModel } from '../contract.js';
import { columnsFor, filenameFor } from './columns.js';
import { loadTrendData, type ReadText, type TrendData } from './data.js';
import { caseMarkers, designationMarkers, type MarkerInfo } from './markers.js';
import { trendNavigation } from './navigation.js';
import { overdoseSeriesList, revisionSeriesList } from './overdose-series.js';
import { coverageMonths, readerSeries, sanctionSeriesList, seizureSeriesList, type Row, type ShownGap } from './series.js';
import { readTrendSettings, type TrendAttributes, type TrendSettings } from './settings.js';
import { CHART_LOCALE, trendText, valueFormat, type RevisionsSummary, type SummarySeries } from './text.js';

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
  const labelParts = { what, names: [...labelNames, ...(reader ? [reader.name] : [])], first, last };
  const label = text.label({ bar, ...labelParts, markers: markers.length });

  const options: TrendOptions = {
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
  };
  const spec = trendSpec(options);
  // Many lines in a narrow container: one small panel per series on a shared scale. Not for CDC's
  // revisions, whose point is the lines drawn over each other.
  const narrow =
    hasMultiples(options) && settings.measure !== 'revisions'
      ? { below: TREND_MULTIPLES_BELOW, spec: trendMultiplesSpec(options) }
      : undefined;

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
    navigation: trendNavigation(bar ? dataSeries : series, reader && bar ? reader : null, markers, lang),
    columns: columnsFor(settings, lang),
    spec: spec as unknown as Record<string, unknown>,
    ...(narrow ? { narrow } : {}),
    label,
    heading: text.heading(labelParts),
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
