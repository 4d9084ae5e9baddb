/**
 * vega-lite spec of a US state choropleth (`stateMapSpec`). Pure function, no DOM. The rows are
 * the data (one per state, joined to the shapes by FIPS code with a `lookup` transform), so the
 * spec's values are exactly the table's rows; the TopoJSON rides along inline as the lookup's
 * secondary data. The shapes are pre-projected, hence the identity projection with y down.
 *
 * States without a value are drawn in a neutral fill with their own legend entry ("No data")
 * and the reason in the tooltip, never in the colour of a value. The neutral is the text colour
 * (`currentColor`) at low opacity, so it follows the element's light or dark theme without a
 * colour written into the spec.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { StatesTopology } from '../geo/states.js';
import type { NumberLocale } from './compare.js';

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
  readonly topology: StatesTopology;
  readonly labels: MapLabels;
  readonly scale: MapScale;
  /** d3 format of the value in tooltips, and in the legend unless `legendFormat` is given. */
  readonly format: string;
  readonly legendFormat?: string;
  /** Tooltip fields after the name and the value. */
  readonly tooltip?: readonly MapTooltipField[];
  /** Plot height in pixels; the map keeps its proportions inside it. */
  readonly height?: number;
}

const NO_DATA_OPACITY = 0.18;

export function stateMapSpec(states: readonly MapState[], options: StateMapOptions): TopLevelSpec {
  const { topology, labels, scale, format, legendFormat = format, tooltip = [], height = 380 } = options;
  const shape = { field: 'geo', type: 'geojson' };
  const outline = { stroke: 'currentColor', strokeWidth: 0.6, strokeOpacity: 0.55 };
  const colourScale = { type: 'threshold', domain: scale.thresholds, scheme: { name: scale.scheme, count: scale.thresholds.length + 1 } };
  const statesLayer = {
    name: 'states',
    transform: [{ filter: { field: 'value', valid: true } }],
    mark: { type: 'geoshape', ...outline },
    encoding: {
      shape,
      color: { field: 'value', type: 'quantitative', title: labels.legendTitle, scale: colourScale, legend: { format: legendFormat, orient: 'bottom', titleLimit: 400 } },
      tooltip: [
        { field: 'label', type: 'nominal', title: labels.state },
        { field: 'value', type: 'quantitative', title: labels.legendTitle, format },
        ...tooltip.map((t) => ({ field: t.field, ...(t.format ? { type: 'quantitative', format: t.format } : { type: 'nominal' }), title: t.title })),
      ],
    },
  };
  const noDataLayer = {
    name: 'no-data',
    transform: [{ filter: { not: { field: 'value', valid: true } } }],
    mark: { type: 'geoshape', ...outline, fillOpacity: NO_DATA_OPACITY },
    encoding: {
      shape,
      fill: {
        datum: labels.noData,
        type: 'nominal',
        title: null,
        scale: { domain: [labels.noData], range: ['currentColor'] },
        legend: { orient: 'bottom', symbolOpacity: NO_DATA_OPACITY, symbolType: 'square' },
      },
      tooltip: [
        { field: 'label', type: 'nominal', title: labels.state },
        { field: 'reason', type: 'nominal', title: labels.reason },
      ],
    },
  };
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: labels.description,
    height,
    data: { values: states },
    transform: [{ lookup: 'fips', from: { data: { values: topology, format: { type: 'topojson', feature: 'states' } }, key: 'id' }, as: 'geo' }],
    projection: { type: 'identity', reflectY: false },
    // The "No data" layer, and so its legend entry, only when some state has no value.
    layer: states.some((st) => st.value === null) ? [statesLayer, noDataLayer] : [statesLayer],
    ...(labels.numberLocale ? { config: { locale: { number: labels.numberLocale } } } : {}),
  };
  return spec as unknown as TopLevelSpec;
}
