/**
 * The state shapes a US map draws: us-atlas's `states-albers-10m.json`, whose geometry is already
 * projected (d3.geoAlbersUsa fitted to a 975×610 viewport, Alaska and Hawaii inset), written at
 * build time as one SVG path string per state, so a browser draws the map with vega `path` marks:
 * no TopoJSON parsing, no projection, no geo code. The paths are a generated module
 * (`us-states-albers.ts`, made by `node src/geo/generate.mjs`) that elements load with a dynamic
 * `import()`, so it becomes its own chunk and only pages with a map fetch it.
 */

/** One state: `fips` is its two-digit Census FIPS code as text ("06"), as in `JURISDICTIONS`. */
export interface StateShape {
  readonly fips: string;
  /** us-atlas's name of the state (English). */
  readonly name: string;
  /**
   * The outline as an SVG path: absolute `M`, relative `l`, `z` per ring, y pointing down, in
   * tenths of a viewport unit (whole numbers in a 9750×6100 grid).
   */
  readonly path: string;
}

/** The 50 states and DC, sorted by FIPS code. */
export interface StateShapes {
  /** `[x0, y0, x1, y1]`: the extent of every path, in path units; a map fits it to its plot. */
  readonly bounds: readonly [number, number, number, number];
  readonly states: readonly StateShape[];
}

/** Where the shapes come from, for a chart's source note. */
export const STATES_SOURCE = {
  name: 'us-atlas',
  version: '3.0.1',
  file: 'states-albers-10m.json',
  license: 'ISC',
  url: 'https://github.com/topojson/us-atlas',
  derivedFrom: 'U.S. Census Bureau cartographic boundary files, 2017 edition, 1:10,000,000',
} as const;
