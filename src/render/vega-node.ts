/**
 * vega-lite → vega → SVG in Node, the way the browser's chart controller draws it: the spec is
 * compiled with the theme config, parsed to an AST and run by the expression interpreter (no
 * code generation), and laid out with the bundled font's text widths.
 */
import * as vega from 'vega';
import { parse, View, type Spec } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type Config, type TopLevelSpec } from 'vega-lite';
import { measureText } from './fonts.js';

/** Node has no container to fit; a chart is this wide unless its spec fixes a width. */
export const DEFAULT_WIDTH = 640;

interface TextItem {
  readonly fontSize?: number | string;
  readonly fontWeight?: number | string;
  readonly limit?: number;
}

/**
 * vega calls this for every label it places or truncates. It may ask for a text longer than the
 * item's `limit` (while searching where to cut); capping at the limit keeps that search and the
 * mark's bounds right without cutting here.
 */
function bundledWidth(item: TextItem, text: unknown): number {
  const value = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  if (!value || size <= 0) return 0;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  const width = measureText(value, size, bold);
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}

// vega re-exports vega-scenegraph's `textMetrics` (a documented hook: its `width` may be replaced)
// but its typings leave it out.
(vega as unknown as { textMetrics: { width: typeof bundledWidth } }).textMetrics.width = bundledWidth;

/**
 * Sizes the spec as the browser does for a container `width` px wide: a single or layered chart
 * without a number width gets that width, axes included (`fit-x`). `usermeta` is the host
 * page's business and is dropped.
 */
function sized(spec: Readonly<Record<string, unknown>>, width: number): TopLevelSpec {
  const { usermeta: _usermeta, ...out }: Record<string, unknown> = spec;
  if (('mark' in out || 'layer' in out) && (out['width'] === undefined || out['width'] === 'container')) {
    out['width'] = width;
    out['autosize'] ??= { type: 'fit-x', contains: 'padding' };
  }
  return out as unknown as TopLevelSpec;
}

export interface VegaSVGOptions {
  readonly config: Config;
  /** Width of the container the chart fills (default 640). */
  readonly width?: number;
}

/** The SVG document vega draws for a vega-lite spec. */
export async function vegaLiteToSVG(spec: Readonly<Record<string, unknown>>, options: VegaSVGOptions): Promise<string> {
  const vgSpec: Spec = compile(sized(spec, options.width ?? DEFAULT_WIDTH), { config: options.config }).spec;
  // The config is already compiled in; like vega-embed, do not apply it to vega a second time.
  const view = new View(parse(vgSpec, {}, { ast: true }), { renderer: 'none', expr: expressionInterpreter });
  try {
    await view.runAsync();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
