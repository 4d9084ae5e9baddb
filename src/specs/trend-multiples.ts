/**
 * Small multiples of a trend (`trendMultiplesSpec`): the same lines as `trendSpec`, one small
 * panel per series, stacked, on one shared value scale and one shared time axis. A five-line
 * comparison on a phone is a tangle; five panels read at a glance, and a shared scale keeps the
 * panels honest (a small series stays small). The trend model offers it as the chart's narrow
 * layout (`NarrowLayout`, src/specs/vega.ts): whoever draws the chart picks it by the width of
 * the chart's own container, never the viewport.
 *
 * It keeps the trend's names where the marks mean the same (`points_marks` carry the tooltips and
 * what the keyboard steps through, `lines_marks`, `band_marks`, `markers_marks`), so tests,
 * readers' stylesheets and the keyboard navigation work on both layouts. Each panel is a group
 * faceted from the data set `series` by series; inside, the drawn values are a filter of the
 * panel's rows (one interpreted expression per row, run only in this layout).
 */
import type { Axis, Data, Legend, Mark, Scale } from 'vega-typings';
import {
  bandLegend,
  bandMark,
  endRingMark,
  extent,
  gapLabelMark,
  gapMark,
  hidden,
  lineMark,
  markerLegend,
  markerTooltip,
  onX as x,
  pointsMark,
  rowsOf,
  tipMaker,
  utc,
  valid,
  type TrendOptions,
} from './trend.js';
import { FIT_X, PLACEHOLDER_WIDTH, VEGA_SCHEMA, type VegaSpec } from './vega.js';

/** Below this container width (CSS px) a trend of `TREND_MULTIPLES_MIN_SERIES` lines or more draws as small multiples. */
export const TREND_MULTIPLES_BELOW = 520;
/** Fewer lines than this read well in one chart even on a phone. */
export const TREND_MULTIPLES_MIN_SERIES = 4;

/** A line of the caption above the panels: the value axis's title (a vertical title does not fit a 70 px panel), and what the series share. */
const CAPTION_LINE_PX = 16;
/** A panel's series name, above the panel. */
const TITLE_PX = 16;
const PANEL_PX = 70;
const GAP_PX = 12;
const STEP_PX = TITLE_PX + PANEL_PX + GAP_PX;

/** How trend series names join their parts ("Ohio — cocaine", "Fentanyl — southwest border": src/charts/trend/text.ts). */
const NAME_PARTS = ' — ';

/**
 * Panel titles without the part every series shares ("Ohio — cocaine", "Ohio — all drugs" →
 * "cocaine", "all drugs", shared "Ohio"), which the caption says once: on a phone the full names
 * would be cut off. Names that share nothing keep their full text.
 */
export function panelTitles(series: readonly string[]): { titles: ReadonlyMap<string, string>; shared: string | null } {
  const parts = series.map((s) => s.split(NAME_PARTS));
  const whole = { titles: new Map(series.map((s) => [s, s])), shared: null };
  if (series.length < 2 || parts.some((p) => p.length !== 2)) return whole;
  for (const keep of [1, 0] as const) {
    const drop = 1 - keep;
    const common = parts[0]![drop]!;
    if (parts.every((p) => p[drop] === common)) return { titles: new Map(series.map((s, i) => [s, parts[i]![keep]!])), shared: common };
  }
  return whole;
}

export function trendMultiplesSpec(options: TrendOptions): VegaSpec {
  const { labels, format, colors = {} } = options;
  const markers = options.markers ?? [];
  const band = options.points.some((p) => p.predicted !== undefined && p.predicted !== null);
  const tip = tipMaker(options, band);
  const rows = rowsOf(options.points, options.series);
  const panelOf = new Map(options.series.filter((s) => rows.some((r) => r.series === s)).map((s, i) => [s, i]));
  const ends = new Map((options.ends ?? []).map((e) => [`${e.series} ${utc(e.period)}`, e.text]));
  // The panels' rows: the line's (nulls break it), with the panel, the tooltip of a drawn value
  // and, at a series' early end, the end's text.
  const { titles, shared } = panelTitles([...panelOf.keys()]);
  const series = rows.map((r) => {
    const end = ends.get(`${r.series} ${r.date}`);
    return {
      ...r,
      panel: panelOf.get(r.series) ?? 0,
      title: titles.get(r.series) ?? r.series,
      ...(valid(r.value) ? { tip: tip(r) } : {}),
      ...(end && valid(r.value) ? { end } : {}),
    };
  });
  const panels = panelOf.size;
  const caption = shared ? [labels.valueAxis, shared] : [labels.valueAxis];
  const top = caption.length * CAPTION_LINE_PX + 2;
  const height = top + panels * STEP_PX - GAP_PX;
  const markerRows = markers.map((m) => ({ ...m, date: utc(m.date) }));
  const gapRows = (options.gaps ?? []).map((g) => ({ start: utc(g.start), end: utc(g.end), label: g.label }));

  const xExtent = extent([...rows.map((r) => r.date), ...markerRows.map((m) => m.date), ...gapRows.flatMap((g) => [g.start, g.end])]) ?? [
    0, 1,
  ];
  const yExtent = extent([0, ...rows.flatMap((r) => (band ? [r.value, r.predicted] : [r.value]))]) ?? [0, 1];
  const panelHeight = { field: { group: 'height' } };

  const data: Data[] = [
    { name: 'series', values: series },
    ...(markerRows.length ? [{ name: 'markers', values: markerRows }] : []),
    ...(gapRows.length ? [{ name: 'gaps', values: gapRows }] : []),
  ];

  const panelMarks: Mark[] = [];
  // The gaps' band in every panel, labelled once, in the first.
  if (gapRows.length) panelMarks.push(gapMark(colors, panelHeight), gapLabelMark({ signal: 'parent.panel === 0 ? 1 : 0' }));
  if (markerRows.length) {
    const { paint } = markerLegend(options);
    panelMarks.push({
      name: 'marker_rules_marks',
      type: 'rule',
      from: { data: 'markers' },
      encode: {
        update: { x: x('date'), y: { value: 0 }, y2: panelHeight, strokeDash: { value: [4, 3] }, strokeWidth: { value: 1 }, stroke: paint },
      },
    });
  }
  if (band) panelMarks.push(bandMark('panel_series'));
  panelMarks.push(
    lineMark('lines', 'panel_series'),
    pointsMark('points_marks', 'panel_points'),
    // Where a series stops early: a ring on its last value and the end's text above it, inside the panel.
    endRingMark('panel_ends'),
    {
      name: 'end_labels_marks',
      type: 'text',
      from: { data: 'panel_ends' },
      encode: {
        update: {
          x: x('date'),
          y: { value: 2 },
          dx: { value: -6 },
          align: { value: 'right' },
          baseline: { value: 'top' },
          fontSize: { value: 11 },
          text: { field: 'end' },
        },
      },
    },
    {
      name: 'panel_titles_marks',
      type: 'text',
      encode: {
        update: {
          x: { value: 0 },
          y: { value: -4 },
          baseline: { value: 'bottom' },
          align: { value: 'left' },
          fontSize: { value: 12 },
          fontWeight: { value: 'bold' },
          text: { signal: 'parent.title' },
          limit: { signal: 'width' },
        },
      },
    },
  );

  const tickCount = { signal: 'ceil(width/60)' };
  const panelAxes: Axis[] = [
    // Grid lines at the shared time axis's ticks, so a month lines up across panels.
    { scale: 'x', orient: 'bottom', grid: true, gridScale: 'y', labels: false, ticks: false, domain: false, tickCount, aria: false },
    {
      scale: 'y',
      orient: 'left',
      grid: true,
      tickCount: 3,
      format: options.axisFormat ?? format,
      labelOverlap: true,
      domain: false,
      aria: false,
    },
  ];
  const marks: Mark[] = [
    {
      name: 'caption_marks',
      type: 'text',
      encode: {
        update: {
          x: { value: 0 },
          y: { value: 0 },
          baseline: { value: 'top' },
          align: { value: 'left' },
          lineHeight: { value: CAPTION_LINE_PX },
          limit: { signal: 'width' },
          text: { value: caption },
        },
      },
    },
    {
      name: 'panels_marks',
      type: 'group',
      style: 'cell',
      from: { facet: { name: 'panel_series', data: 'series', groupby: ['panel', 'series', 'title'] } },
      encode: {
        update: {
          x: { value: 0 },
          y: { field: 'panel', mult: STEP_PX, offset: top + TITLE_PX },
          width: { signal: 'width' },
          height: { value: PANEL_PX },
        },
      },
      data: [
        { name: 'panel_points', source: 'panel_series', transform: [{ type: 'filter', expr: 'datum.hasValue' }] },
        { name: 'panel_ends', source: 'panel_series', transform: [{ type: 'filter', expr: 'datum.end' }] },
      ],
      axes: panelAxes,
      marks: panelMarks,
    },
  ];
  if (markerRows.length)
    // One row of event markers, on the shared time axis under the panels.
    marks.push({
      name: 'markers_marks',
      type: 'symbol',
      from: { data: 'markers' },
      encode: {
        update: {
          x: x('date'),
          y: { signal: 'height' },
          shape: { scale: 'shape', field: 'kind' },
          size: { value: 90 },
          opacity: { value: 1 },
          fill: markerLegend(options).paint,
          tooltip: markerTooltip(labels),
        },
      },
    });

  const scales: Scale[] = [
    { name: 'x', type: 'utc', domain: xExtent, range: [0, { signal: 'width' }] },
    { name: 'y', type: 'linear', domain: yExtent, range: [PANEL_PX, 0], nice: true, zero: true },
    { name: 'color', type: 'ordinal', domain: [...options.series], range: 'category' },
  ];
  // No series legend: each panel is titled with its series.
  const legends: Legend[] = [];
  if (band) {
    const { scale, legend } = bandLegend(labels, colors);
    scales.push(scale);
    legends.push(legend);
  }
  if (markerRows.length) {
    const { scale, legend } = markerLegend(options);
    scales.push(scale);
    legends.push(legend);
  }

  return {
    $schema: VEGA_SCHEMA,
    description: labels.description,
    autosize: FIT_X,
    width: PLACEHOLDER_WIDTH,
    height,
    padding: 5,
    config: {
      legend: { layout: { top: { anchor: 'start', direction: 'vertical', margin: 4 } } },
      ...(labels.locale ? { locale: labels.locale } : {}),
    },
    data,
    scales,
    axes: [{ scale: 'x', orient: 'bottom', grid: false, labelOverlap: true, labelFlush: true, tickCount }],
    legends,
    marks: marks.map(hidden),
  };
}

/** Whether a trend of these options has a small-multiples layout (lines, enough of them). */
export function hasMultiples(options: Pick<TrendOptions, 'mark' | 'series'>): boolean {
  return options.mark === 'line' && options.series.length >= TREND_MULTIPLES_MIN_SERIES;
}
