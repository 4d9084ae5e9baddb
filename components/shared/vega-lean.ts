/**
 * What `useVega()` imports: src/vega-runtime.ts. In the package this file is replaced by the
 * prebuilt lean vega (scripts/build/cdn.mjs writes dist/components/shared/vega-lean.js), so a
 * bundler gets the same vega as the CDN's chunk.
 */
export { vegaModules } from '../../src/vega-runtime.js';
