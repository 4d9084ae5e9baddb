/**
 * The one door to vega. Everything vega-shaped is reached through the dynamic `import()`s below,
 * so bundlers split it into a lazy chunk and a page only pays for it when a chart comes near the
 * viewport. Other modules may import *types* from here; type imports are erased and pull nothing in.
 */
import type { EmbedOptions, Result, VisualizationSpec } from 'vega-embed';
import type { expressionInterpreter } from 'vega-interpreter';

export type { Config as VegaConfig, Spec as VegaSpec, TooltipHandler, View } from 'vega';
export type { Config as VegaLiteConfig, TopLevelSpec as VegaLiteSpec } from 'vega-lite';
export type { EmbedOptions, Result as EmbedResult, VisualizationSpec };

export interface VegaModules {
  parse: typeof import('vega').parse;
  View: typeof import('vega').View;
  loader: typeof import('vega').loader;
  /** The AST interpreter that replaces vega's `Function`-based code generation (CSP: no eval). */
  expressionInterpreter: typeof expressionInterpreter;
}

export interface EmbedModules {
  embed: (el: HTMLElement, spec: VisualizationSpec, options?: EmbedOptions) => Promise<Result>;
  expressionInterpreter: typeof expressionInterpreter;
}

/** Loads once per page; a failed load is forgotten so a later call can retry. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** vega's runtime: parse a Vega spec, run it in a View. */
export const loadVega = once(async (): Promise<VegaModules> => {
  const [vega, interpreter] = await Promise.all([import('vega'), import('vega-interpreter')]);
  return { parse: vega.parse, View: vega.View, loader: vega.loader, expressionInterpreter: interpreter.expressionInterpreter };
});

/** vega-embed with vega-lite, for vega-lite specs. */
export const loadEmbed = once(async (): Promise<EmbedModules> => {
  const [embedModule, interpreterModule] = await Promise.all([import('vega-embed'), import('vega-interpreter')]);
  return { embed: embedModule.default, expressionInterpreter: interpreterModule.expressionInterpreter };
});
