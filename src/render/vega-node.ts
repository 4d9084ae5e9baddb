/**
 * Vega → SVG in Node, the way the browser's chart controller draws it: the spec is parsed with the
 * theme's vega config to an AST and run by the expression interpreter (no code generation), and
 * laid out with the bundled font's text widths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config, Spec } from 'vega-typings';
import { sizedSpec } from '../specs/vega.js';
import { vegaModules } from '../vega-runtime.js';
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

/** The directory of the package whose entry file is `entry` (the nearest package.json with a name). */
function packageDir(entry: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name) return dir;
  }
  throw new Error(`No package.json above ${entry}`);
}

/**
 * Entry files of every vega-scenegraph copy our vega packages load. An install may hold several
 * (an app's own `vega` 6.2 pins ~5.1 while vega-view asks ^5.2), each with its own `textMetrics`
 * (a documented hook: its `width` may be replaced): the copy
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
  // From this package's own package.json: its dependencies name the vega packages it runs.
  visit(packageDir(fileURLToPath(import.meta.url)));
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

/** The SVG document vega draws for a Vega spec from src/specs/, with the theme's vega config. */
export async function vegaToSVG(spec: Spec, options: { readonly config: Config; readonly width?: number }): Promise<string> {
  await measureInBundledFont();
  const { spec: sizedVega } = sizedSpec(spec, options.width ?? DEFAULT_WIDTH);
  const { parse, View, expressionInterpreter } = vegaModules();
  const view = new View(parse(sizedVega, options.config, { ast: true }), { renderer: 'none', expr: expressionInterpreter });
  try {
    await view.runAsync();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
