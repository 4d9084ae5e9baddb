/**
 * The one door to vega. Everything vega-shaped (vega, vega-lite, vega-embed, vega-interpreter) is
 * reached through the dynamic `import()` below, so bundlers split it into a lazy chunk and a page
 * only pays for it when a chart comes near the viewport. Other modules may import *types* from
 * here; type imports are erased and pull nothing in.
 */
import type { EmbedOptions, Result, VisualizationSpec } from 'vega-embed';
import type { expressionInterpreter } from 'vega-interpreter';

export type { Spec as VegaSpec, TooltipHandler, View } from 'vega';
export type { Config as VegaLiteConfig, TopLevelSpec as VegaLiteSpec } from 'vega-lite';
export type { EmbedOptions, Result as EmbedResult, VisualizationSpec };

export interface VegaModules {
  embed: (el: HTMLElement, spec: VisualizationSpec, options?: EmbedOptions) => Promise<Result>;
  /** The AST interpreter that replaces vega's `Function`-based code generation (CSP: no eval). */
  expressionInterpreter: typeof expressionInterpreter;
}

let loading: Promise<VegaModules> | undefined;

/** Loads the vega chunk once per page; a failed load is forgotten so a later call can retry. */
export function loadVega(): Promise<VegaModules> {
  loading ??= Promise.all([import('vega-embed'), import('vega-interpreter')]).then(
    ([embedModule, interpreterModule]) => ({
      embed: embedModule.default,
      expressionInterpreter: interpreterModule.expressionInterpreter,
    }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
