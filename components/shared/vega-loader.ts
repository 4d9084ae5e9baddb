/**
 * The one door to vega. vega's runtime and the expression interpreter (src/vega-runtime.ts, through vega-lean.ts) are reached
 * through a dynamic `import()`, so bundlers split them into a lazy chunk and a page only pays for
 * it when a chart comes near the viewport. That `import()` is registered by the chart elements'
 * define modules (`useVega()`, use-vega.ts), not written here: every element reaches this module
 * through base.ts, and `<fpk-cases>` must not carry vega into a bundle built without code
 * splitting. The specs are Vega (src/specs/), so neither vega-lite nor vega-embed is loaded: the
 * chrome around the chart (actions, tooltip, theme) is ours. Other modules may import *types*
 * from here; type imports are erased and pull nothing in.
 */
import { chunkTimeout, withDeadline } from '../../src/fetch.js';
import type { VegaModules } from '../../src/vega-runtime.js';

export type { Config as VegaConfig, Spec as VegaSpec, TooltipHandler, View } from 'vega-typings';

export type { VegaModules };

let loading: Promise<VegaModules> | undefined;
let importVega: (() => Promise<{ vegaModules(): VegaModules }>) | undefined;
let importKeys: (() => Promise<KeyboardModule>) | undefined;
let keys: Promise<KeyboardModule> | undefined;

/** The keyboard navigation of a drawn chart (chart-keyboard.ts): loaded beside vega, never in the core. */
export type KeyboardModule = typeof import('./chart-keyboard.js');

/** Called by use-vega.ts with the `import()` of vega-lean.ts (and of chart-keyboard.ts); the first registration is kept. */
export function provideVega(importer: () => Promise<{ vegaModules(): VegaModules }>, keyboard?: () => Promise<KeyboardModule>): void {
  importVega ??= importer;
  importKeys ??= keyboard;
}

/** chart-keyboard.ts, once per page; a failed load is forgotten (the chart still draws, without keys). */
export function loadKeyboard(): Promise<KeyboardModule> {
  if (!importKeys) return Promise.reject(new Error('no keyboard module registered'));
  keys ??= importKeys().catch((error: unknown) => {
    keys = undefined;
    throw error;
  });
  return keys;
}

/**
 * vega's runtime (parse a Vega spec, run it in a View), loaded once per page. A load that fails
 * or does not finish within `chunkTimeout()` (30 s) rejects, so a chart never waits forever, and
 * is forgotten. (Browsers keep a failed `import()` for the page's lifetime, so the element offers
 * a page reload rather than a Retry in place.)
 */
export function loadVega(): Promise<VegaModules> {
  // Only an element class used without its define module (which calls useVega()) gets here unregistered.
  if (!importVega) return Promise.reject(new Error('vega was not registered (import the element from its define module)'));
  const ms = chunkTimeout();
  loading ??= withDeadline(importVega(), ms, () => new Error(`it did not arrive within ${ms / 1000} s`)).then(
    (lean) => lean.vegaModules(),
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
