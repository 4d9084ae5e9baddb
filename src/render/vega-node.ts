/**
 * vega-lite → vega → SVG in Node, the way the browser's chart controller draws it: the spec is
 * compiled with the theme config, parsed to an AST and run by the expression interpreter (no
 * code generation), and laid out with the bundled font's text widths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vega from 'vega';
import { logger, parse, View, Warn, type Spec } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type Config, type TopLevelSpec } from 'vega-lite';
import { sizedSpec } from '../specs/vega.js';
export { isVegaLite } from '../specs/vega.js';
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

const require = createRequire(import.meta.url);

/** The directory of the package whose entry file is `entry` (the nearest package.json with a name). */
function packageDir(entry: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name) return dir;
  }
  throw new Error(`No package.json above ${entry}`);
}

/**
 * Entry files of every vega-scenegraph copy vega's packages load. npm may install several
 * (vega 6.2 pins ~5.1 while its vega-view asks ^5.2), each with its own `textMetrics`: the copy
 * that lays a chart out and the copy whose SVG renderer cuts long labels must both measure in the
 * bundled font, or Node cuts a label the browser keeps.
 */
function scenegraphCopies(): string[] {
  const copies = new Set<string>();
  const visited = new Set<string>();
  const visit = (dir: string): void => {
    if (visited.has(dir)) return;
    visited.add(dir);
    const { dependencies = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const from = createRequire(join(dir, 'package.json'));
    for (const name of Object.keys(dependencies).filter((d) => d.startsWith('vega-'))) {
      let entry: string;
      try {
        entry = from.resolve(name);
      } catch {
        continue;
      }
      if (name === 'vega-scenegraph') copies.add(entry);
      visit(packageDir(entry));
    }
  };
  visit(packageDir(require.resolve('vega')));
  return [...copies];
}

let measuring: Promise<void> | undefined;

/** Every vega-scenegraph copy measures text in the bundled font (done once). */
function measureInBundledFont(): Promise<void> {
  measuring ??= Promise.all(
    scenegraphCopies().map(async (entry) => {
      const module = (await import(pathToFileURL(entry).href)) as { textMetrics: { width: typeof bundledWidth } };
      module.textMetrics.width = bundledWidth;
    }),
  ).then(() => undefined);
  return measuring;
}

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

/**
 * vega-lite's warnings, less one it gives for every fitted chart whose height is a step per band
 * (ranked bars): it drops a "fit-y" nobody asked for and keeps fit-x, so the chart is as wanted
 * and the line would only be noise on every `fpk render`.
 */
function compileLogger(): ReturnType<typeof logger> {
  const log = logger(Warn);
  const warn = log.warn.bind(log);
  log.warn = (...args: readonly unknown[]) => (/^Dropping "fit-y" because spec has discrete height\.$/.test(String(args[0])) ? log : warn(...args));
  return log;
}

export interface VegaSVGOptions {
  readonly config: Config;
  /** Width of the container the chart fills (default 640). */
  readonly width?: number;
}

/** The SVG document vega draws for a vega-lite spec. */
export async function vegaLiteToSVG(spec: Readonly<Record<string, unknown>>, options: VegaSVGOptions): Promise<string> {
  await measureInBundledFont();
  const vgSpec: Spec = compile(sized(spec, options.width ?? DEFAULT_WIDTH), { config: options.config, logger: compileLogger() }).spec;
  // The config is already compiled in; like vega-embed, do not apply it to vega a second time.
  const view = new View(parse(vgSpec, {}, { ast: true }), { renderer: 'none', expr: expressionInterpreter });
  try {
    await view.runAsync();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The SVG document vega draws for a Vega spec from src/specs/, with the theme's vega config. */
export async function vegaToSVG(spec: Spec, options: { readonly config: vega.Config; readonly width?: number }): Promise<string> {
  await measureInBundledFont();
  const { spec: sizedVega } = sizedSpec(spec, options.width ?? DEFAULT_WIDTH);
  const view = new View(parse(sizedVega, options.config, { ast: true }), { renderer: 'none', expr: expressionInterpreter });
  try {
    await view.runAsync();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

