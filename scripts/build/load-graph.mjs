/**
 * Which CDN chunks a page loads, from the build's chunk graph (dist/cdn-stats.json's `chunks`:
 * fileName, imports, dynamicImporters). A page loads the entry, its static imports, and the
 * dynamic imports its elements make (an element's model, downloads, vega and its drawing code for
 * a chart, map geometry for a map), followed through the chunks they bring. Used by
 * `npm run size` (what a page costs) and by the CDN build's preload manifest (what `fpk embed`
 * hints), so both name the same chunks.
 */

/** Dynamic imports made only on some pages: the reader-CSV parser needs `src=`. */
export const CONDITIONAL = new Map([['src/charts/trend/reader.ts', 'only with src= (a reader’s CSV)']]);
/** Dynamic imports made only on pages with one of these elements (vega's chunk imports the rest of its transforms for vega-lite specs). */
export const ONLY_WITH = new Map([['src/vega-transforms-all.ts', 'fpk-chart']]);
export const TAGS = ['fpk-trend', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-cases', 'fpk-chart'];
/** Elements that draw a vega chart (fpk-cases is a table). */
export const CHARTS = new Set(['fpk-trend', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-chart']);
export const ENTRY = 'cdn/fpk.js';
/** Elements with a script of their own (which imports fpk.js): a page with one loads it. */
export const OWN_ENTRY = { 'fpk-chart': 'cdn/fpk-chart.js' };

/** Files reachable from `start` through static imports. */
export function staticClosure(chunks, start = ENTRY) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...(byName.get(f)?.imports ?? []));
  }
  return seen;
}

/** The chunk files a page with these elements loads, in load order, and the conditional ones it skips. */
export function pageChunks(chunks, tags) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const ofEntry = staticClosure(chunks);
  const loaded = new Set();
  const queue = [...tags.flatMap((t) => (OWN_ENTRY[t] ? [OWN_ENTRY[t]] : [])), ENTRY];
  const skipped = new Set();
  // Modules whose import() runs on this page: the elements' own, downloads-loader (downloads), use-vega
  // and vega-controller (vega and its drawing code, for a chart), and every module of a lazily loaded chunk (it runs because it was loaded).
  const triggers = (moduleId, lazy) =>
    lazy ||
    moduleId === 'components/shared/downloads-loader.ts' ||
    (['components/shared/use-vega.ts', 'components/shared/vega-controller.ts'].includes(moduleId) && tags.some((t) => CHARTS.has(t))) ||
    tags.some((t) => moduleId.startsWith(`components/${t}/`));
  while (queue.length) {
    const file = queue.shift();
    if (loaded.has(file)) continue;
    loaded.add(file);
    const chunk = byName.get(file);
    if (!chunk) throw new Error(`${file} is imported but missing from dist/cdn-stats.json`);
    queue.push(...chunk.imports);
    for (const [moduleId, targets] of Object.entries(chunk.dynamicImporters)) {
      const entry = file === ENTRY || Object.values(OWN_ENTRY).includes(file);
      if (!triggers(moduleId, !entry && !ofEntry.has(file))) continue;
      for (const t of targets) {
        if (CONDITIONAL.has(t.module)) skipped.add(`${t.chunk} (${CONDITIONAL.get(t.module)})`);
        else if (ONLY_WITH.has(t.module) && !tags.includes(ONLY_WITH.get(t.module))) continue;
        else queue.push(t.chunk);
      }
    }
  }
  return { files: [...loaded], skipped: [...skipped] };
}
