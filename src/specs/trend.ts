/**
 * Vega spec of a measure over time (`trendSpec`): several series as lines (or one as monthly
 * bars), the predicted value as a band above the reported line, a reader's own series, and event
 * markers (a rule and a symbol) on the time axis. Pure function, no DOM: the element and the
 * static renderer share it. Every text arrives in the reader's language through `labels`;
 * series colours come from the theme (`range.category`) in the order of `series`.
 *
 * The spec is lean on purpose (this is the chart a page usually opens with): dates become UTC
 * timestamps, bars are stacked and scale domains computed here, once, so vega runs no data
 * transform; the only dataflow work is the per-series facet of the lines and the band.
 *
 * Hidden values stay `null` in the data set `series` and break the line (`defined`); they are
 * never drawn as 0. Each drawn value also gets a point (data set and marks `points`, SVG class
 * `points_marks`), which carries the tooltip and lets a test count drawn values.
 */
import { format as defaultFormat, formatLocale } from 'd3-format';
import type { Axis, Data, Legend, Locale, Mark, Scale } from 'vega-typings';
import { FIT_X, field, PLACEHOLDER_WIDTH, tooltipSignal, VEGA_SCHEMA, type VegaSpec } from './vega.js';
import { THEME_SIGNALS } from './config.js';

/** d3 number and time locales, as vega's `config.locale` takes them. */
export type TrendLocale = Locale;

export interface TrendPoint {
  /** Series name as the legend shows it; one of `TrendOptions.series`. */
  readonly series: string;
  /** Month, YYYY-MM. */
  readonly period: string;
  /** null = hidden or missing: a gap. */
  readonly value: number | null;
  /** Upper edge of the band (e.g. CDC's predicted count); omit for series without one. */
  readonly predicted?: number | null;
  /** A flag in words for the tooltip ("Underreported …; predicted 2,996"), under `labels.provisional`. */
  readonly note?: string;
}

/** The end of a series that stops before the others: a label at its last drawn value. */
export interface TrendEnd {
  readonly series: string;
  /** Its last month, YYYY-MM. */
  readonly period: string;
  /** "ends September 2025", in the reader's language. */
  readonly text: string;
}

export interface TrendMarker {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** Marker kind as the legend names it ("designations"); one of `TrendOptions.markerKinds`. */
  readonly kind: string;
  /** Tooltip text: "8 FTO and 7 SDGT designations". */
  readonly label: string;
  /** Tooltip texts, already in the reader's language. */
  readonly dateText: string;
  readonly parties: string;
  readonly types: string;
  readonly sources: string;
}

/**
 * A span with no data to draw (e.g. no copy of the OFAC list between two dates): a shaded band
 * across the plot with its label, so an empty stretch is never read as zero.
 */
export interface TrendGap {
  /** YYYY-MM-DD. */
  readonly start: string;
  /** YYYY-MM-DD. */
  readonly end: string;
  /** Short text written in the band ("No dated data"). */
  readonly label: string;
}

export interface TrendLabels {
  /** Accessible description (the spec's `description`). */
  readonly description: string;
  readonly valueAxis: string;
  /** Tooltip title of the period ("12 months ending", "Month"). */
  readonly period: string;
  readonly series: string;
  readonly predicted: string;
  /** Legend entry of the band: "predicted (adjusted for reporting delay)". */
  readonly predictedBand: string;
  /** Tooltip title of a point's flag (`TrendPoint.note`); needed only when a point has one. */
  readonly provisional?: string;
  readonly event: string;
  readonly parties: string;
  readonly type: string;
  readonly date: string;
  readonly sources: string;
  /** d3 number and time locales (en-US when absent). */
  readonly locale?: TrendLocale;
  /**
   * A tooltip's month, with `{month}` and `{year}` ("{month} {year}" when absent): Spanish writes
   * "{month} de {year}", as formatMonth (src/i18n) does in the summary and the table.
   */
  readonly monthYear?: string;
}

export interface TrendOptions {
  /** `line` for several series; `bar` draws the dataset series as monthly bars. */
  readonly mark: 'line' | 'bar';
  /** Series names in legend order (colour 1, 2, …), the reader's series last. */
  readonly series: readonly string[];
  readonly points: readonly TrendPoint[];
  /** The reader's series, drawn as a line over bars; in line mode pass it in `points` instead. */
  readonly reader?: readonly TrendPoint[];
  readonly markers?: readonly TrendMarker[];
  /** Spans without data, drawn as labelled bands; the time axis always includes them. */
  readonly gaps?: readonly TrendGap[];
  /** Series that stop before the others, labelled where they end (line mode). */
  readonly ends?: readonly TrendEnd[];
  /** Legend order of the marker kinds. */
  readonly markerKinds?: readonly string[];
  /** d3 format of values in tooltips. */
  readonly format: string;
  /** d3 format of the value axis (default `format`), e.g. whole percents where tooltips show tenths. */
  readonly axisFormat?: string;
  /**
   * Fixed colours that are not series colours: event markers, and the legend swatch of the
   * predicted band. Without them (the elements, the renderer) those take the theme's muted and
   * predicted colours from the vega config (src/specs/config.ts THEME_SIGNALS), so a theme change
   * recolours them without a new spec.
   */
  readonly colors?: { readonly marker?: string; readonly band?: string; readonly gap?: string };
  readonly height?: number;
  readonly labels: TrendLabels;
}

export const MARKER_SHAPES = ['triangle-down', 'diamond', 'square', 'cross'];

/** Milliseconds of a 31-day month: bar charts tick at most once a month. */
const MONTH_MS = 31 * 24 * 60 * 60 * 1000;

/** A month (YYYY-MM) or day (YYYY-MM-DD) as its UTC midnight timestamp. */
export function utc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, date.length > 7 ? Number(date.slice(8, 10)) : 1);
}

/** Start of the month after `period` (YYYY-MM), UTC. */
function monthEnd(period: string): number {
  return Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 1);
}

export interface Row {
  series: string;
  date: number;
  value: number | null;
  predicted?: number | null;
  /**
   * Whether the line (`hasValue`) and the band (`hasBand`) are drawn at this row, computed here:
   * a `defined` written as an expression would be interpreted once per row (CSP: no compiled
   * code), which on a 400-row chart costs more than drawing it.
   */
  hasValue: boolean;
  hasBand?: boolean;
  note?: string;
}

export const valid = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Rows in series order and date order (the lines draw in data order: no sort in vega). */
export function rowsOf(points: readonly TrendPoint[], series: readonly string[]): Row[] {
  const rank = new Map(series.map((s, i) => [s, i]));
  return points
    .map((p) => ({
      series: p.series,
      date: utc(p.period),
      value: p.value,
      hasValue: valid(p.value),
      ...(p.predicted !== undefined ? { predicted: p.predicted, hasBand: valid(p.value) && valid(p.predicted) } : {}),
      ...(p.note ? { note: p.note } : {}),
    }))
    .sort((a, b) => (rank.get(a.series) ?? series.length) - (rank.get(b.series) ?? series.length) || a.date - b.date);
}

const EN_MONTHS = [
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
];

/**
 * The tooltip of each drawn value, as texts made here, once: vega reads it as a plain field
 * (`tooltip: {field: 'tip'}`). Written as an expression with `format()` calls, it would be
 * interpreted for every point on every draw (CSP: no compiled code), which on a 400-point chart
 * took a third of vega's time to the first picture. Numbers use the same d3 format and locale as
 * the axis; the month reads "December 2022" / "diciembre de 2022" (`labels.monthYear`) in the labels' language.
 */
export type Tip = Record<string, string>;
export function tipMaker(
  options: TrendOptions,
  band: boolean,
): (row: { series: string; date: number; value: number | null; predicted?: number | null; note?: string }) => Tip {
  const { labels } = options;
  const locale = labels.locale?.number ? formatLocale(labels.locale.number) : null;
  const number = locale ? locale.format(options.format) : defaultFormat(options.format);
  const months = (labels.locale?.time?.months as readonly string[] | undefined) ?? EN_MONTHS;
  const text = (v: number | null | undefined) => (valid(v) ? number(v) : '');
  const monthYear = labels.monthYear ?? '{month} {year}';
  return (row) => {
    const day = new Date(row.date);
    return {
      [labels.series]: row.series,
      [labels.period]: monthYear.replace('{month}', months[day.getUTCMonth()]!).replace('{year}', String(day.getUTCFullYear())),
      [labels.valueAxis]: text(row.value),
      ...(band ? { [labels.predicted]: text(row.predicted) } : {}),
      ...(row.note && labels.provisional ? { [labels.provisional]: row.note } : {}),
    };
  };
}

/** Fresh objects for a second data set (vega tags each ingested object, so data sets never share one), with their tooltips. */
export const drawn = (rows: readonly Row[], tip: (row: Row) => Tip) =>
  rows.filter((r) => valid(r.value)).map((r) => ({ ...r, tip: tip(r) }));

/**
 * Monthly bars, stacked as vega-lite stacked them (the first series on top), with their month's
 * start and end: `y0`/`y1` are the bar's bottom and top. Empty months draw no bar.
 */
function stacked(rows: readonly Row[], series: readonly string[]) {
  const rank = new Map(series.map((s, i) => [s, i]));
  const up = new Map<number, number>();
  const down = new Map<number, number>();
  return rows
    .filter((r) => valid(r.value))
    .sort((a, b) => a.date - b.date || (rank.get(b.series) ?? 0) - (rank.get(a.series) ?? 0))
    .map((r) => {
      const v = r.value as number;
      const base = v >= 0 ? (up.get(r.date) ?? 0) : (down.get(r.date) ?? 0);
      (v >= 0 ? up : down).set(r.date, base + v);
      const period = new Date(r.date).toISOString().slice(0, 7);
      return { series: r.series, date: r.date, end: monthEnd(period), value: v, y0: base, y1: base + v };
    });
}

/**
 * Every mark with `aria: false` itself, groups and their marks included: the theme's `mark.aria`
 * hides only a mark's items, and an unnamed `graphics-symbol` container fails accessibility checks.
 * The SVG is one labelled image; the table view is its accessible form.
 */
export function hidden(mark: Mark): Mark {
  return { name: mark.name, aria: false, ...mark, ...('marks' in mark && mark.marks ? { marks: mark.marks.map(hidden) } : {}) };
}

export function extent(values: Iterable<number | null | undefined>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!valid(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Encoders on the trend's scales: `x` (time) and `y` (value). */
export const onX = (name: string) => ({ scale: 'x', field: name });
export const onY = (name: string) => ({ scale: 'y', field: name });

/** A point on each drawn value, with its tooltip (`points_marks` and the reader's `reader_marks`). */
export function pointsMark(name: string, from: string): Mark {
  return {
    name,
    type: 'symbol',
    from: { data: from },
    encode: {
      update: {
        x: onX('date'),
        y: onY('value'),
        fill: { scale: 'color', field: 'series' },
        size: { value: 14 },
        opacity: { value: 1 },
        tooltip: { field: 'tip' },
      },
    },
  };
}

/** A series' line, broken where a value is missing (`hasValue`, decided per row in TypeScript). */
export function lineMark(name: string, from: string): Mark {
  return {
    name: `${name}_marks`,
    type: 'line',
    from: { data: from },
    encode: {
      update: {
        x: onX('date'),
        y: onY('value'),
        stroke: { scale: 'color', field: 'series' },
        strokeWidth: { value: 2 },
        defined: { field: 'hasValue' },
      },
    },
  };
}

/** The band from the reported value up to CDC's predicted one (`band_marks`). */
export function bandMark(from: string): Mark {
  return {
    name: 'band_marks',
    type: 'area',
    from: { data: from },
    encode: {
      update: {
        orient: { value: 'vertical' },
        x: onX('date'),
        y: onY('value'),
        y2: onY('predicted'),
        fill: { scale: 'color', field: 'series' },
        opacity: { value: 0.3 },
        defined: { field: 'hasBand' },
      },
    },
  };
}

/** A ring on the last value of a series that stops before the others (`ends_marks`). */
export function endRingMark(from: string): Mark {
  return {
    name: 'ends_marks',
    type: 'symbol',
    from: { data: from },
    encode: {
      update: {
        x: onX('date'),
        y: onY('value'),
        stroke: { scale: 'color', field: 'series' },
        strokeWidth: { value: 2 },
        fill: { value: 'transparent' },
        size: { value: 60 },
      },
    },
  };
}

/** A span without data as a grey band from `y2` up (`gap_marks`; a neutral grey that reads on light and dark themes). */
export function gapMark(colors: NonNullable<TrendOptions['colors']>, y2: { signal: string } | { field: { group: string } }): Mark {
  return {
    name: 'gap_marks',
    type: 'rect',
    from: { data: 'gaps' },
    encode: {
      update: { x: onX('start'), x2: onX('end'), y: { value: 0 }, y2, fill: { value: colors.gap ?? '#888888' }, opacity: { value: 0.15 } },
    },
  };
}

/** The band's label, top left inside it (`gap_labels_marks`); `opacity` to show it in one panel only. */
export function gapLabelMark(opacity?: { signal: string }): Mark {
  return {
    name: 'gap_labels_marks',
    type: 'text',
    from: { data: 'gaps' },
    encode: {
      update: {
        x: { scale: 'x', field: 'start', offset: 4 },
        y: { value: 4 },
        text: { field: 'label' },
        baseline: { value: 'top' },
        align: { value: 'left' },
        ...(opacity ? { opacity } : {}),
      },
    },
  };
}

/** A mark without its `from`, for a group that gives it its own (`perSeries`): the key order of the spec stays as it was. */
function withoutFrom(mark: Mark): Mark {
  const { from: _from, ...rest } = mark;
  return rest;
}

/** The predicted band's legend entry: a one-entry scale that only the legend reads. */
export function bandLegend(labels: TrendLabels, colors: NonNullable<TrendOptions['colors']>): { scale: Scale; legend: Legend } {
  return {
    scale: { name: 'band', type: 'ordinal', domain: [labels.predictedBand], range: [1] },
    legend: {
      opacity: 'band',
      orient: 'top',
      direction: 'horizontal',
      labelLimit: 0,
      symbolType: 'square',
      symbolFillColor: colors.band ?? { signal: THEME_SIGNALS.predicted },
    },
  };
}

/** An event marker's tooltip. */
export function markerTooltip(labels: TrendLabels): { signal: string } {
  return tooltipSignal([
    [labels.event, field('label')],
    [labels.date, field('dateText')],
    [labels.parties, field('parties')],
    [labels.type, field('types')],
    [labels.sources, field('sources')],
  ]);
}

/** The event markers' shape scale and legend, and the colour they are painted in. */
export function markerLegend(options: TrendOptions): { scale: Scale; legend: Legend; paint: { value: string } | { signal: string } } {
  const kinds = options.markerKinds ?? [...new Set((options.markers ?? []).map((m) => m.kind))];
  const paint = options.colors?.marker ? { value: options.colors.marker } : { signal: THEME_SIGNALS.muted };
  return {
    scale: { name: 'shape', type: 'ordinal', domain: [...kinds], range: MARKER_SHAPES.slice(0, kinds.length) },
    legend: {
      shape: 'shape',
      orient: 'top',
      direction: 'horizontal',
      labelLimit: 0,
      symbolType: 'circle',
      encode: { symbols: { update: { fill: paint, opacity: { value: 1 }, stroke: { value: 'transparent' } } } },
    },
    paint,
  };
}

export function trendSpec(options: TrendOptions): VegaSpec {
  const { labels, format, mark, colors = {}, height = 260 } = options;
  const markers = options.markers ?? [];
  const band = mark === 'line' && options.points.some((p) => p.predicted !== undefined && p.predicted !== null);
  const tip = tipMaker(options, band);
  const series = rowsOf(options.points, options.series);
  const reader = mark === 'bar' ? rowsOf(options.reader ?? [], options.series) : [];
  const bars = mark === 'bar' ? stacked(series, options.series) : [];
  const markerRows = markers.map((m) => ({ ...m, date: utc(m.date) }));
  const gapRows = (options.gaps ?? []).map((g) => ({ start: utc(g.start), end: utc(g.end), label: g.label }));
  // Where a series stops early: a ring on its last drawn value, and one dashed rule per end month
  // with its label at the top of the plot, left of the rule (several series often end together,
  // and a label right of the last point would run out of the plot).
  const endRows =
    mark === 'line'
      ? (options.ends ?? []).flatMap((e) => {
          const at = series.find((r) => r.series === e.series && r.date === utc(e.period) && valid(r.value));
          return at ? [{ series: e.series, date: at.date, value: at.value }] : [];
        })
      : [];
  const endLabels = [
    ...new Map(
      (options.ends ?? [])
        .filter((e) => endRows.some((r) => r.date === utc(e.period)))
        .map((e) => [e.period, { date: utc(e.period), text: e.text }]),
    ).values(),
  ];

  // Domains computed here, so vega scans no data for them.
  const xExtent = extent([
    ...(mark === 'bar' ? bars.flatMap((b) => [b.date, b.end]) : series.map((r) => r.date)),
    ...reader.map((r) => r.date),
    ...markerRows.map((m) => m.date),
    ...gapRows.flatMap((g) => [g.start, g.end]),
  ]) ?? [0, 1];
  const yExtent = extent([
    0,
    ...(mark === 'bar' ? bars.flatMap((b) => [b.y0, b.y1]) : series.flatMap((r) => (band ? [r.value, r.predicted] : [r.value]))),
    ...reader.map((r) => r.value),
  ]) ?? [0, 1];

  const tooltip = { field: 'tip' };
  const x = onX;
  const y = onY;
  // One line (or band) per series: a group per series, the path inside it (vega-lite's layout and names).
  const perSeries = (name: string, inner: Mark): Mark => ({
    name: `${name}_pathgroup`,
    type: 'group',
    from: { facet: { name: `${name}_series`, data: 'series', groupby: ['series'] } },
    marks: [{ ...inner, from: { data: `${name}_series` } }],
  });

  const data: Data[] = [
    // Lines (and the band) break at nulls in `series`; `points` holds only the drawn values.
    ...(mark === 'line'
      ? [
          { name: 'series', values: series },
          { name: 'points', values: drawn(series, tip) },
        ]
      : [{ name: 'bars', values: bars.map((b) => ({ ...b, tip: tip(b) })) }]),
    ...(reader.length
      ? [
          { name: 'reader', values: reader },
          { name: 'reader_points', values: drawn(reader, tip) },
        ]
      : []),
    ...(markerRows.length ? [{ name: 'markers', values: markerRows }] : []),
    ...(gapRows.length ? [{ name: 'gaps', values: gapRows }] : []),
    ...(endRows.length
      ? [
          { name: 'ends', values: endRows },
          { name: 'end_labels', values: endLabels },
        ]
      : []),
  ];

  const marks: Mark[] = [];
  if (gapRows.length) {
    // Under the data marks; a neutral grey that reads on light and dark themes. The label (theme text colour) sits inside the band, top left.
    marks.push(gapMark(colors, { signal: 'height' }), gapLabelMark());
  }
  if (band) {
    marks.push(perSeries('band', withoutFrom(bandMark(''))));
  }
  if (mark === 'line') marks.push(perSeries('lines', lineMark('lines', '')), pointsMark('points_marks', 'points'));
  else {
    marks.push({
      name: 'bars_marks',
      type: 'rect',
      from: { data: 'bars' },
      encode: {
        update: {
          // A pixel's gap between months, as vega-lite drew them.
          x: { scale: 'x', field: 'date', offset: 1 },
          x2: x('end'),
          y: y('y1'),
          y2: y('y0'),
          fill: { scale: 'color', field: 'series' },
          tooltip,
        },
      },
    });
    if (reader.length) marks.push(lineMark('reader_lines', 'reader'), pointsMark('reader_marks', 'reader_points'));
  }
  if (endRows.length) {
    marks.push(
      {
        name: 'end_rules_marks',
        type: 'rule',
        from: { data: 'end_labels' },
        encode: {
          update: {
            x: x('date'),
            y: { value: 0 },
            y2: { signal: 'height' },
            strokeDash: { value: [2, 3] },
            strokeWidth: { value: 1 },
            strokeOpacity: { value: 0.6 },
          },
        },
      },
      {
        name: 'end_labels_marks',
        type: 'text',
        from: { data: 'end_labels' },
        encode: {
          update: {
            x: x('date'),
            y: { value: 0 },
            dx: { value: -4 },
            dy: { value: 4 },
            align: { value: 'right' },
            baseline: { value: 'top' },
            fontSize: { value: 11 },
            text: { field: 'text' },
          },
        },
      },
      endRingMark('ends'),
    );
  }

  const scales: Scale[] = [
    { name: 'x', type: 'utc', domain: xExtent, range: [0, { signal: 'width' }] },
    { name: 'y', type: 'linear', domain: yExtent, range: [{ signal: 'height' }, 0], nice: true, zero: true },
    { name: 'color', type: 'ordinal', domain: [...options.series], range: 'category' },
  ];
  const legends: Legend[] = [
    mark === 'line'
      ? {
          stroke: 'color',
          orient: 'top',
          direction: 'vertical',
          labelLimit: 0,
          symbolType: 'stroke',
          symbolStrokeWidth: 3,
          encode: { symbols: { update: { opacity: { value: 1 } } } },
        }
      : { fill: 'color', orient: 'top', direction: 'vertical', labelLimit: 0, symbolType: 'square', symbolStrokeWidth: 3 },
  ];
  if (band) {
    // The band's legend entry: a one-entry scale that only the legend reads.
    const { scale, legend } = bandLegend(labels, colors);
    scales.push(scale);
    legends.push(legend);
  }

  if (markerRows.length) {
    const { scale, legend, paint } = markerLegend(options);
    scales.push(scale);
    legends.push(legend);
    marks.push(
      {
        name: 'marker_rules_marks',
        type: 'rule',
        from: { data: 'markers' },
        encode: {
          update: {
            x: x('date'),
            y: { value: 0 },
            y2: { signal: 'height' },
            strokeDash: { value: [4, 3] },
            strokeWidth: { value: 1 },
            stroke: paint,
          },
        },
      },
      {
        name: 'markers_marks',
        type: 'symbol',
        from: { data: 'markers' },
        encode: {
          update: {
            x: x('date'),
            y: { value: 0 },
            shape: { scale: 'shape', field: 'kind' },
            size: { value: 90 },
            opacity: { value: 1 },
            fill: paint,
            tooltip: markerTooltip(labels),
          },
        },
      },
    );
  }

  // The value axis (and its grid) first, so the time axis's domain line draws over the zero grid line.
  const axes: Axis[] = [
    {
      scale: 'y',
      orient: 'left',
      grid: true,
      title: labels.valueAxis,
      format: options.axisFormat ?? format,
      labelOverlap: true,
      tickCount: { signal: 'ceil(height/40)' },
    },
    {
      scale: 'x',
      orient: 'bottom',
      grid: false,
      labelOverlap: true,
      labelFlush: true,
      tickCount: { signal: 'ceil(width/40)' },
      // Monthly bars: month labels, never ticks between months.
      ...(mark === 'bar' ? { format: '%b %Y', tickMinStep: MONTH_MS } : {}),
    },
  ];

  return {
    $schema: VEGA_SCHEMA,
    description: labels.description,
    autosize: FIT_X,
    width: PLACEHOLDER_WIDTH,
    height,
    padding: 5,
    // The plot frame (the theme's `cell` style).
    style: 'cell',
    config: {
      // Several legends (series, band, markers) stack at the top instead of overflowing side by side.
      legend: { layout: { top: { anchor: 'start', direction: 'vertical', margin: 4 } } },
      ...(labels.locale ? { locale: labels.locale } : {}),
    },
    data,
    scales,
    axes,
    legends,
    marks: marks.map(hidden),
  };
}
