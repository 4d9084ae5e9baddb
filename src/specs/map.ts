/**
 * Vega spec of a US state choropleth (`stateMapSpec`). Pure function, no DOM. The data are the
 * rows (one per state), each with its state's outline as an SVG path (joined here by FIPS code
 * from the generated shapes, src/geo/us-states-albers.ts), drawn with vega `path` marks: the
 * shapes are pre-projected, so the browser runs no geo code (no projection, no TopoJSON, no
 * data transforms). Signals scale and centre the paths to fit the plot, as a projection fitted
 * to the shapes would: the map fills the width and keeps its proportions within `height`.
 *
 * States without a value are drawn in a neutral fill with their own legend entry ("No data")
 * and the reason in the tooltip, never in the colour of a value. The neutral is the text colour
 * (`currentColor`) at low opacity, so it follows the element's light or dark theme without a
 * colour written into the spec.
 *
 * Both marks say `aria: false` themselves (the theme's `mark.aria` hides only their items, which
 * would leave each mark's container an unlabelled `graphics-symbol`): the SVG is one labelled
 * image, and the table view is its accessible form.
 */
import type { StateShapes } from '../geo/states.js';
import type { NumberLocale } from './compare.js';
import { chartFrame, field, formatted, str, tooltipSignal, type VegaSpec } from './vega.js';

export interface MapState {
  /** USPS code. */
  readonly code: string;
  /** Two-digit FIPS code as text ("06"): the join key to the shapes. */
  readonly fips: string;
  readonly label: string;
  /** The value coloured; null draws the state as "No data". */
  readonly value: number | null;
  /** Why `value` is null, in the reader's language. */
  readonly reason: string | null;
  /**
   * CDC's provisional flag in words (underreported, the predicted count), shown as its own tooltip
   * line only where there is one.
   */
  readonly flag?: string | null;
  /** Further fields named in `tooltip`. */
  readonly [field: string]: unknown;
}

export interface MapTooltipField {
  readonly field: string;
  readonly title: string;
  /** d3 format for numbers. */
  readonly format?: string;
}

export interface MapLabels {
  readonly description: string;
  /** Legend title: what the colour means, e.g. "Deaths per 100,000 residents". */
  readonly legendTitle: string;
  /** Legend entry and tooltip for states without a value. */
  readonly noData: string;
  /** Tooltip title of the state name. */
  readonly state: string;
  /** Tooltip title of the reason a value is missing. */
  readonly reason: string;
  /** Tooltip title of a state's provisional flag ("Provisional"). */
  readonly flag?: string;
  readonly numberLocale?: NumberLocale;
}

/**
 * Colour classes split at `thresholds` (round numbers the caller picks, so the legend reads
 * "20, 40, 60"), coloured from a vega scheme: sequential ("oranges") for counts and rates,
 * diverging ("blueorange", thresholds symmetric around 0) for a change.
 */
export interface MapScale {
  readonly scheme: string;
  readonly thresholds: readonly number[];
}

export interface StateMapOptions {
  /** The state outlines (src/geo/us-states-albers.ts): rows are joined to them by `fips`. */
  readonly shapes: StateShapes;
  readonly labels: MapLabels;
  readonly scale: MapScale;
  /** d3 format of the value in tooltips, and in the legend unless `legendFormat` is given. */
  readonly format: string;
  readonly legendFormat?: string;
  /** Tooltip fields after the name and the value. */
  readonly tooltip?: readonly MapTooltipField[];
  /**
   * Tallest the map may be, in pixels. Below it the height follows the width (the map's own
   * proportions), so a phone gets a short map with no empty band around it; above it a wide
   * element gets a map centred at this height.
   */
  readonly maxHeight?: number;
}

const NO_DATA_OPACITY = 0.18;

/**
 * States too small to see or click at phone width (DC is under a pixel at 375 px, and often the
 * highest rate), north to south. Each is also drawn as a labelled square in a column right of the
 * map, in its value's colour, hovered and clicked like its shape.
 */
export const INSET_STATES = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'] as const;
/** The inset column: a square of at most `INSET_SQUARE_MAX` px, a gap, the postal code. */
const INSET_SQUARE_MAX = 22;
const INSET_SQUARE_MIN = 10;
const INSET_WIDTH = INSET_SQUARE_MAX + 4 + 18;
const INSET_GAP = 8;

/** A state's row as the spec carries it: the row and its outline. */
export type DrawnState = MapState & { readonly path: string };

/** The tooltip plus a last line with the state's flag, only for flagged states (an empty line would read as a blank value). */
function withFlag(tooltip: { signal: string }, title: string | undefined): { signal: string } {
  if (!title) return tooltip;
  return { signal: `isValid(${field('flag')}) ? merge(${tooltip.signal}, {${str(title)}: ${field('flag')}}) : ${tooltip.signal}` };
}

const hasValue = (s: MapState) => typeof s.value === 'number' && Number.isFinite(s.value);

export function stateMapSpec(states: readonly MapState[], options: StateMapOptions): VegaSpec {
  const { shapes, labels, scale, format, legendFormat = format, tooltip = [], maxHeight = 560 } = options;
  const outlines = new Map(shapes.states.map((s) => [s.fips, s.path]));
  // A row without a shape is not drawn (it stays in the table).
  const drawn: DrawnState[] = states.flatMap((s) => (outlines.has(s.fips) ? [{ ...s, path: outlines.get(s.fips)! }] : []));
  const withValue = drawn.filter(hasValue);
  const noData = drawn.filter((s) => !hasValue(s));
  const [x0, y0, x1, y1] = shapes.bounds;
  // Round joins: a path mark's bounds leave room for miter spikes (a second stroke width) that a
  // 0.6 px outline never shows, which would shrink and shift the map by a pixel; round joins
  // keep the layout of the shapes the map drew before, and look the same at this width.
  const outline = {
    stroke: { value: 'currentColor' },
    strokeWidth: { value: 0.6 },
    strokeOpacity: { value: 0.55 },
    strokeJoin: { value: 'round' as const },
  };
  // Path units → pixels, centred in the plot. Hit-testing (tooltips) follows the scale, and the
  // stroke does not: vega's canvas scales the points, its SVG says `non-scaling-stroke`.
  const placed = {
    path: { field: 'path' },
    x: { signal: 'map_x' },
    y: { signal: 'map_y' },
    scaleX: { signal: 'map_scale' },
    scaleY: { signal: 'map_scale' },
  };
  const name = [labels.state, field('label')] as const;
  const valueTooltip = withFlag(
    tooltipSignal([
      name,
      [labels.legendTitle, formatted('value', format)],
      ...tooltip.map(
        (t) => [t.title, t.format ? formatted(t.field, t.format) : `isValid(${field(t.field)}) ? ${field(t.field)} : ""`] as const,
      ),
    ]),
    withValue.some((s) => s.flag) ? labels.flag : undefined,
  );
  const noDataTooltip = tooltipSignal([name, [labels.reason, field('reason')]]);
  const byCode = new Map(drawn.map((s) => [s.code, s]));
  const insets = INSET_STATES.flatMap((code, index) => {
    const s = byCode.get(code);
    if (!s) return [];
    const { path: _path, ...row } = s;
    return [{ ...row, index, hasValue: hasValue(s) }];
  });
  const insetTooltip = { signal: `datum.hasValue ? ${valueTooltip.signal} : ${noDataTooltip.signal}` };
  const [w, h] = [x1 - x0, y1 - y0];
  return {
    ...chartFrame(labels.description, Math.round(maxHeight)),
    signals: [
      // Path units → pixels: as wide as the chart leaves beside the inset column, at most `maxHeight` tall.
      { name: 'map_scale', update: `max(0.001, min((width - ${INSET_WIDTH + INSET_GAP}) / ${w}, ${maxHeight} / ${h}))` },
      // The height follows the width: the map's own proportions, no empty band above or below it.
      { name: 'height', update: `ceil(map_scale * ${h})` },
      // Map and inset column centred together.
      { name: 'map_left', update: `max(0, (width - map_scale * ${w} - ${INSET_WIDTH + INSET_GAP}) / 2)` },
      { name: 'map_x', update: `map_left - map_scale * ${x0}` },
      { name: 'map_y', update: `-map_scale * ${y0}` },
      { name: 'inset_x', update: `map_left + map_scale * ${w} + ${INSET_GAP}` },
      // As tall as the map at most, and no looser than a square and a gap (a wide map's column stays beside the north-east).
      { name: 'inset_step', update: `min(height / ${INSET_STATES.length}, ${INSET_SQUARE_MAX + 8})` },
      { name: 'inset_size', update: `clamp(floor(inset_step - 3), ${INSET_SQUARE_MIN}, ${INSET_SQUARE_MAX})` },
    ],
    data: [
      { name: 'states', values: withValue },
      // The "No data" layer, and so its legend entry, only when some state has no value.
      ...(noData.length > 0 ? [{ name: 'no_data', values: noData }] : []),
      { name: 'insets', values: insets },
    ],
    scales: [
      {
        name: 'color',
        type: 'threshold',
        domain: [...scale.thresholds],
        range: { scheme: scale.scheme, count: scale.thresholds.length + 1 },
      },
      ...(noData.length > 0 ? [{ name: 'no_data', type: 'ordinal' as const, domain: [labels.noData], range: ['currentColor'] }] : []),
    ],
    legends: [
      {
        fill: 'color',
        title: labels.legendTitle,
        format: legendFormat,
        orient: 'bottom',
        direction: 'horizontal',
        titleLimit: 400,
        labelOverlap: 'greedy',
      },
      ...(noData.length > 0
        ? [
            {
              fill: 'no_data',
              orient: 'bottom' as const,
              direction: 'horizontal' as const,
              symbolType: 'square',
              symbolOpacity: NO_DATA_OPACITY,
              encode: { symbols: { update: { stroke: { value: 'currentColor' } } } },
            },
          ]
        : []),
    ],
    marks: [
      {
        name: 'states_marks',
        type: 'path',
        aria: false,
        from: { data: 'states' },
        encode: {
          update: {
            ...placed,
            ...outline,
            fill: { scale: 'color', field: 'value' },
            tooltip: valueTooltip,
          },
        },
      },
      ...(noData.length > 0
        ? [
            {
              name: 'no_data_marks',
              type: 'path' as const,
              aria: false,
              from: { data: 'no_data' },
              encode: {
                update: {
                  ...placed,
                  ...outline,
                  fill: { value: 'currentColor' },
                  fillOpacity: { value: NO_DATA_OPACITY },
                  tooltip: noDataTooltip,
                },
              },
            },
          ]
        : []),
      {
        // The small states again, as squares beside the map: big enough to see, hover and click on a phone.
        name: 'inset_marks',
        type: 'rect',
        aria: false,
        from: { data: 'insets' },
        encode: {
          update: {
            x: { signal: 'inset_x' },
            y: { signal: 'datum.index * inset_step + (inset_step - inset_size) / 2' },
            width: { signal: 'inset_size' },
            height: { signal: 'inset_size' },
            ...outline,
            fill: [{ test: 'datum.hasValue', scale: 'color', field: 'value' }, { value: 'currentColor' }],
            fillOpacity: [{ test: 'datum.hasValue', value: 1 }, { value: NO_DATA_OPACITY }],
            cursor: { value: 'pointer' },
            tooltip: insetTooltip,
          },
        },
      },
      {
        name: 'inset_labels',
        type: 'text',
        aria: false,
        // The code names the square; hovering or clicking it does what the square does (same datum).
        from: { data: 'insets' },
        encode: {
          update: {
            text: { field: 'code' },
            x: { signal: 'inset_x + inset_size + 4' },
            y: { signal: '(datum.index + 0.5) * inset_step' },
            baseline: { value: 'middle' },
            fontSize: { value: 10 },
            cursor: { value: 'pointer' },
            tooltip: insetTooltip,
          },
        },
      },
    ],
    ...(labels.numberLocale ? { config: { locale: { number: labels.numberLocale } } } : {}),
  };
}
