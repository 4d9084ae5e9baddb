/**
 * The one door to vega. vega's runtime and the expression interpreter are reached through the
 * dynamic `import()`s below, so bundlers split them into a lazy chunk and a page only pays for it
 * when a chart comes near the viewport. The specs are Vega (src/specs/), so neither vega-lite nor
 * vega-embed is loaded: the chrome around the chart (actions, tooltip, theme) is ours. Other
 * modules may import *types* from here; type imports are erased and pull nothing in.
 */
import type { expressionInterpreter } from 'vega-interpreter';
import { chunkTimeout, withDeadline } from '../../src/fetch.js';

export type { Config as VegaConfig, Spec as VegaSpec, TooltipHandler, View } from 'vega';

export interface VegaModules {
  parse: typeof import('vega').parse;
  View: typeof import('vega').View;
  loader: typeof import('vega').loader;
  /** The AST interpreter that replaces vega's `Function`-based code generation (CSP: no eval). */
  expressionInterpreter: typeof expressionInterpreter;
}

let loading: Promise<VegaModules> | undefined;

/**
 * vega's runtime (parse a Vega spec, run it in a View), loaded once per page. A load that fails
 * or does not finish within `chunkTimeout()` (30 s) rejects, so a chart never waits forever, and
 * is forgotten. (Browsers keep a failed `import()` for the page's lifetime, so the element offers
 * a page reload rather than a Retry in place.)
 */
export function loadVega(): Promise<VegaModules> {
  const ms = chunkTimeout();
  loading ??= withDeadline(
    Promise.all([import('vega'), import('vega-interpreter')]),
    ms,
    () => new Error(`it did not arrive within ${ms / 1000} s`),
  ).then(
    ([vega, interpreter]) => ({
      parse: vega.parse,
      View: vega.View,
      loader: vega.loader,
      expressionInterpreter: interpreter.expressionInterpreter,
    }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether some chart on the page has asked for vega already (so another need not measure). */
export function vegaRequested(): boolean {
  return loading !== undefined;
}
