/**
 * The vega our charts run, in the browser (components/shared/vega-lean.ts → vega-loader.ts) and in
 * Node (src/render/vega-node.ts): vega's parser, View and loader with vega-interpreter (CSP: no
 * `Function`), and the transforms our specs use registered. Not the `vega` package itself: that one
 * registers every transform package (geo, force, label, wordcloud…) and pins its own packages to
 * versions its others disagree with, so a consumer's install held several copies of
 * vega-scenegraph; these packages ask for each other with `^` ranges and resolve to one copy.
 *
 * What a browser gets is built from this file by scripts/build/cdn.mjs (`leanVega`), once for the
 * CDN's vega chunk and once as `dist/components/shared/vega-lean.js` for bundlers: there
 * `vega-transforms` is only the transforms in CDN_TRANSFORMS, d3-geo, topojson-client and
 * d3-scale-chromatic are stubs (VEGA_STUBS), and the vega packages are inlined, so an app's bundler
 * gets one copy of each whatever the app's install holds. Node and source runs (dev server, browser
 * tests) register all of vega-transforms; test/node/cdn-transforms.test.ts keeps the specs within
 * the list.
 */
import { transforms } from 'vega-dataflow';
import * as encode from 'vega-encode';
import { expressionInterpreter } from 'vega-interpreter';
import { loader } from 'vega-loader';
import { parse } from 'vega-parser';
import * as dataTransforms from 'vega-transforms';
import type { loader as Loader, parse as Parse, View as ViewClass } from 'vega-typings';
import { View } from 'vega-view';
import * as viewTransforms from 'vega-view-transforms';

export interface VegaModules {
  parse: typeof Parse;
  View: typeof ViewClass;
  loader: typeof Loader;
  /** The AST interpreter that replaces vega's `Function`-based code generation (CSP: no eval). */
  expressionInterpreter: typeof expressionInterpreter;
  /** Registers every vega transform, not only the lean set (src/vega-transforms-all.ts, a lazy chunk of its own). */
  loadAllTransforms(): Promise<void>;
}

let registered = false;
let everyTransform: Promise<void> | undefined;

function loadAllTransforms(): Promise<void> {
  everyTransform ??= import('./vega-transforms-all.js').then(
    (all) => void Object.assign(transforms, all),
    (error: unknown) => {
      everyTransform = undefined;
      throw error;
    },
  );
  return everyTransform;
}

/** vega's runtime, its transforms registered on first use (a call, not a module side effect, which a bundler could drop). */
export function vegaModules(): VegaModules {
  if (!registered) {
    Object.assign(transforms, dataTransforms, encode, viewTransforms);
    registered = true;
  }
  return { parse, View, loader, expressionInterpreter, loadAllTransforms };
}
