/**
 * vega-lite spec of a measure over time (`trendSpec`): several series as lines (or one as monthly
 * bars), the predicted value as a band above the reported line, a reader's own series, and event
 * markers (a rule and a symbol) on the time axis. Pure function, no DOM: the element and the
 * static renderer share it. Every text arrives in the reader's language through `labels`;
 * series colours come from the theme (`range.category`) in the order of `series`.
 *
 * Hidden values stay `null` and break the line (vega-lite's default for path marks); they are
 * never drawn as 0. Each drawn value also gets a point (layer `points`, SVG class `points_marks`),
 * which carries the tooltip and lets a test count drawn values.
 */
import type { Config, TopLevelSpec } from 'vega-lite';

export type TrendLocale = NonNullable<Config['locale']>;

export interface TrendPoint {
  /** Series name as the legend shows it; one of `TrendOptions.series`. */
  readonly series: string;
  /** Month, YYYY-MM. */
  readonly period: string;
  /** null = hidden or missing: a gap. */
  readonly value: number | null;
  /** Upper edge of the band (e.g. CDC's predicted count); omit for series without one. */
  readonly predicted?: number | null;
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
  readonly event: string;
  readonly parties: string;
  readonly type: string;
  readonly date: string;
  readonly sources: string;
  /** d3 number and time locales (en-US when absent). */
  readonly locale?: TrendLocale;
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
  /** Legend order of the marker kinds. */
  readonly markerKinds?: readonly string[];
  /** d3 format of values in tooltips. */
  readonly format: string;
  /** d3 format of the value axis (default `format`), e.g. whole percents where tooltips show tenths. */
  readonly axisFormat?: string;
  /**
   * Colours that are not series colours, from the element's CSS tokens (vega's defaults when
   * absent): event markers, and the legend swatch of the predicted band.
   */
  readonly colors?: { readonly marker?: string; readonly band?: string };
  readonly height?: number;
  readonly labels: TrendLabels;
}

const MARKER_SHAPES = ['triangle-down', 'diamond', 'square', 'cross'];

function dated(points: readonly TrendPoint[]) {
  return points.map((p) => ({
    series: p.series,
    date: `${p.period}-01`,
    value: p.value,
    ...(p.predicted !== undefined ? { predicted: p.predicted } : {}),
  }));
}

export function trendSpec(options: TrendOptions): TopLevelSpec {
  const { labels, format, mark, colors = {}, height = 260 } = options;
  const markers = options.markers ?? [];
  const reader = options.reader ?? [];
  const band = mark === 'line' && options.points.some((p) => p.predicted !== undefined && p.predicted !== null);

  // Dates are parsed as UTC midnight; a local-time scale would put January 1 in December west of UTC.
  const x = { field: 'date', type: 'temporal', title: null, scale: { type: 'utc' }, axis: { grid: false, labelOverlap: true } };
  const y = { field: 'value', type: 'quantitative', title: labels.valueAxis, axis: { format: options.axisFormat ?? format } };
  // Layers share the colour scale; the legend is declared once (on the lines or bars), since
  // differing legend settings across layers make vega-lite drop it.
  const color = { field: 'series', type: 'nominal', title: null, scale: { domain: [...options.series] } };
  const legend = { orient: 'top', direction: 'vertical', labelLimit: 0, symbolType: 'stroke', symbolStrokeWidth: 3 };
  const tooltip = [
    { field: 'series', type: 'nominal', title: labels.series },
    { field: 'date', type: 'temporal', timeUnit: 'utcyearmonth', format: '%B %Y', title: labels.period },
    { field: 'value', type: 'quantitative', title: labels.valueAxis, format },
    ...(band ? [{ field: 'predicted', type: 'quantitative', title: labels.predicted, format }] : []),
  ];
  const lineLayers = (data: string) => [
    { name: data === 'points' ? 'lines' : 'reader_lines', data: { name: data }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color: data === 'points' ? { ...color, legend } : color } },
    {
      name: data,
      data: { name: data },
      mark: { type: 'point', filled: true, size: 14, opacity: 1 },
      encoding: { x, y, color, tooltip },
    },
  ];

  const layers: Record<string, unknown>[] = [];
  if (band) {
    layers.push({
      name: 'band',
      data: { name: 'points' },
      // vega-lite draws no legend for a constant (`datum`), nor for `fillOpacity`: the band's
      // legend entry comes from a constant field on `opacity`.
      transform: [{ calculate: JSON.stringify(labels.predictedBand), as: 'band' }],
      mark: { type: 'area', line: false },
      encoding: {
        x,
        y,
        y2: { field: 'predicted' },
        color,
        opacity: {
          field: 'band',
          type: 'ordinal',
          title: null,
          scale: { range: [0.3] },
          legend: { orient: 'top', symbolType: 'square', labelLimit: 0, ...(colors.band ? { symbolFillColor: colors.band } : {}) },
        },
      },
    });
  }
  if (mark === 'line') layers.push(...lineLayers('points'));
  else {
    layers.push({
      name: 'bars',
      data: { name: 'points' },
      mark: { type: 'bar' },
      encoding: { x: { ...x, timeUnit: 'utcyearmonth' }, y, color: { ...color, legend: { ...legend, symbolType: 'square' } }, tooltip },
    });
    if (reader.length) layers.push(...lineLayers('reader'));
  }
  if (markers.length) {
    const kinds = options.markerKinds ?? [...new Set(markers.map((m) => m.kind))];
    const markerX = { field: 'date', type: 'temporal', scale: { type: 'utc' } };
    const paint = colors.marker ? { color: colors.marker } : {};
    layers.push(
      { name: 'marker_rules', data: { name: 'markers' }, mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1, ...paint }, encoding: { x: markerX } },
      {
        name: 'markers',
        data: { name: 'markers' },
        mark: { type: 'point', filled: true, size: 90, opacity: 1, ...paint },
        encoding: {
          x: markerX,
          y: { value: 0 },
          shape: { field: 'kind', type: 'nominal', scale: { domain: kinds, range: MARKER_SHAPES.slice(0, kinds.length) }, legend: { title: null, orient: 'top', labelLimit: 0 } },
          tooltip: [
            { field: 'label', type: 'nominal', title: labels.event },
            { field: 'dateText', type: 'nominal', title: labels.date },
            { field: 'parties', type: 'nominal', title: labels.parties },
            { field: 'types', type: 'nominal', title: labels.type },
            { field: 'sources', type: 'nominal', title: labels.sources },
          ],
        },
      },
    );
  }

  const readerValues = mark === 'bar' ? dated(reader) : [];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    height,
    datasets: {
      points: dated(options.points),
      ...(readerValues.length ? { reader: readerValues } : {}),
      ...(markers.length ? { markers: markers.map((m) => ({ ...m })) } : {}),
    },
    config: {
      // Several legends (series, band, markers) stack at the top instead of overflowing side by side.
      legend: { layout: { top: { anchor: 'start', direction: 'vertical', margin: 4 } } },
      ...(labels.locale ? { locale: labels.locale } : {}),
    },
    layer: layers,
  } as unknown as TopLevelSpec;
}
