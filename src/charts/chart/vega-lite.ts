/**
 * vega-lite's compiler, for `<fpk-chart>`'s model and nothing else. In the package this file is
 * replaced by a prebuilt bundle of it (scripts/build/cdn.mjs writes
 * dist/src/charts/chart/vega-lite.js, its four helpers from the `vega` package taken from vega-util),
 * so an app or a Node script needs no vega-lite installed and never installs a second vega; in
 * the CDN build it is part of `<fpk-chart>`'s model chunk.
 */
export { compile } from 'vega-lite';
export type { TopLevelSpec } from 'vega-lite';
