/**
 * Every one of vega's data transforms, for the specs the lean vega does not cover: a vega-lite
 * compile (`<fpk-chart>`) may ask for stack, bin, window, timeunit… `loadAllTransforms()` in
 * src/vega-runtime.ts imports this module and registers them. In the browser builds this import of
 * `vega-transforms` is the package's per-transform sources (scripts/build/cdn.mjs), so the ones
 * the lean vega already has are the same modules, and this chunk holds only the others; in
 * Node and source runs every transform is registered already and this adds nothing.
 */
export * from 'vega-transforms';
