/**
 * The state shapes a US map draws: us-atlas's `states-albers-10m.json`, whose geometry is already
 * projected (d3.geoAlbersUsa fitted to a 975×610 viewport, Alaska and Hawaii inset), so a chart
 * draws it with an identity projection and y pointing down. The TopoJSON is shipped as a
 * generated module (`us-states-albers.ts`, made by `node src/geo/generate.mjs`) that elements load
 * with a dynamic `import()`, so it becomes its own chunk and only pages with a map fetch it.
 */

/** One state: `id` is its two-digit Census FIPS code as text ("06"), as in `JURISDICTIONS`. */
export interface StateGeometry {
  readonly type: 'Polygon' | 'MultiPolygon';
  readonly id: string;
  readonly properties: { readonly name: string };
  readonly arcs: readonly unknown[];
}

/** The TopoJSON topology with one object, `states` (the 50 states and DC). */
export interface StatesTopology {
  readonly type: 'Topology';
  readonly bbox: readonly number[];
  readonly transform: { readonly scale: readonly [number, number]; readonly translate: readonly [number, number] };
  readonly objects: { readonly states: { readonly type: 'GeometryCollection'; readonly geometries: readonly StateGeometry[] } };
  readonly arcs: readonly (readonly (readonly number[])[])[];
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
