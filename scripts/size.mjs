#!/usr/bin/env node
/**
 * `npm run size`: what the CDN bundle costs a reader, from the last `npm run build`.
 *
 * Prints the brotli and gzip size of `dist/cdn/fpk.js` (the core: every element registered, space
 * reserved, table view and source line) and of every chunk, the biggest modules of the core and
 * of the vega chunk, and which chunks five pages load: only `<fpk-cases>`, one `<fpk-trend>`,
 * one of each element but `<fpk-chart>`, one `<fpk-chart>`, and one of each element. A page loads the entry, its static imports, and the dynamic imports
 * its elements make (an element's model, downloads, vega for a chart, map geometry for a map),
 * followed through the chunks they bring. Data slices are JSON files, not counted here.
 *
 * Budgets (exit code 1 when missed): core ≤ 25 KB brotli; the only-cases page loads no vega;
 * a page without `<fpk-chart>` loads no vega-lite.
 *
 *   node scripts/size.mjs [--json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TAGS, pageChunks, staticClosure } from './build/load-graph.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Also held by test/package/cdn.test.ts.
const CORE_BUDGET = 25 * 1024;
/** Sizes and load graph of the last build; throws with a hint when there is none. */
export function analyze(dir = root) {
  const statsFile = resolve(dir, 'dist/cdn-stats.json');
  if (!existsSync(statsFile) || !existsSync(resolve(dir, 'dist/cdn/fpk.js')))
    throw new Error('dist/cdn/fpk.js or dist/cdn-stats.json is missing: run `npm run build` first');
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const chunks = new Map();
  for (const c of stats.chunks) {
    const code = readFileSync(resolve(dir, 'dist', c.fileName));
    chunks.set(c.fileName, {
      ...c,
      bytes: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const entry = chunks.get('cdn/fpk.js');
  const vegaChunks = new Set(
    [...chunks.values()].filter((c) => c.modules.some((m) => /node_modules\/vega-view\//.test(m.id))).map((c) => c.fileName),
  );
  // vega-lite's compiler: only <fpk-chart> needs it.
  const vegaLiteChunks = new Set(
    [...chunks.values()].filter((c) => c.modules.some((m) => /node_modules\/vega-lite\//.test(m.id))).map((c) => c.fileName),
  );

  /** The chunks a page with these elements loads (static closure + triggered dynamic imports). */
  function pageLoad(tags) {
    const { files, skipped } = pageChunks(stats.chunks, tags);
    const list = files.map((f) => chunks.get(f));
    return {
      chunks: list.map((c) => c.fileName),
      brotli: sum(list, 'brotli'),
      gzip: sum(list, 'gzip'),
      bytes: sum(list, 'bytes'),
      vega: list.some((c) => vegaChunks.has(c.fileName)),
      vegaLite: list.some((c) => vegaLiteChunks.has(c.fileName)),
      notLoaded: skipped,
    };
  }

  const staticOfEntry = staticClosure(stats.chunks);
  const core = [...staticOfEntry].map((f) => chunks.get(f));
  return {
    version: stats.version,
    chunks: [...chunks.values()],
    entry,
    core: { chunks: [...staticOfEntry], brotli: sum(core, 'brotli'), gzip: sum(core, 'gzip'), bytes: sum(core, 'bytes') },
    vegaChunks: [...vegaChunks],
    vegaLiteChunks: [...vegaLiteChunks],
    pages: {
      'only <fpk-cases>': pageLoad(['fpk-cases']),
      'one <fpk-trend>': pageLoad(['fpk-trend']),
      'one of each reader element (no <fpk-chart>)': pageLoad(TAGS.filter((t) => t !== 'fpk-chart')),
      'one <fpk-chart>': pageLoad(['fpk-chart']),
      'one of each element': pageLoad(TAGS),
    },
  };
}

function sum(list, key) {
  return list.reduce((n, c) => n + c[key], 0);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function printTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function biggest(chunk, n) {
  return chunk.modules.slice(0, n).map((m) => `    ${String(m.renderedLength).padStart(8)}  ${m.id.replace(/^.*node_modules\//, '')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let result;
  try {
    result = analyze();
  } catch (error) {
    console.error(`size: ${error.message}`);
    process.exit(2);
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ ...result, chunks: result.chunks.map(({ modules, dynamicImporters, ...c }) => c) }, null, 2));
  } else {
    const { chunks, entry, core, pages, vegaChunks } = result;
    console.log(`fentanyl-policy-kit ${result.version}: dist/cdn/ (sizes: raw, gzip -9, brotli q11)\n`);
    printTable(
      ['chunk', 'raw', 'gzip', 'brotli', 'loaded'],
      [...chunks]
        .sort((a, b) => (a.isEntry === b.isEntry ? b.brotli - a.brotli : a.isEntry ? -1 : 1))
        .map((c) => [
          c.fileName,
          kb(c.bytes),
          kb(c.gzip),
          kb(c.brotli),
          c.isEntry ? 'entry' : core.chunks.includes(c.fileName) ? 'static' : 'lazy',
        ]),
    );
    console.log(`\nBiggest modules of the core (${entry.fileName}; characters before minifying):`);
    console.log(biggest(entry, 15).join('\n'));
    for (const v of vegaChunks) {
      console.log(`\nBiggest modules of ${v}:`);
      console.log(
        biggest(
          chunks.find((c) => c.fileName === v),
          15,
        ).join('\n'),
      );
    }
    console.log('\nWhat a page downloads (JavaScript only):\n');
    printTable(
      ['page', 'chunks', 'gzip', 'brotli', 'vega'],
      Object.entries(pages).map(([name, p]) => [name, p.chunks.length, kb(p.gzip), kb(p.brotli), p.vega ? 'yes' : 'no']),
    );
    for (const [name, p] of Object.entries(pages)) {
      console.log(`\n${name}: ${p.chunks.join(', ')}`);
      if (p.notLoaded.length) console.log(`  not loaded: ${p.notLoaded.join(', ')}`);
    }
    const checks = [
      [`core (fpk.js + static imports) ≤ ${kb(CORE_BUDGET)} brotli: ${kb(core.brotli)}`, core.brotli <= CORE_BUDGET],
      ['a page with only <fpk-cases> loads no vega', !pages['only <fpk-cases>'].vega],
      ['a page without <fpk-chart> loads no vega-lite', !pages['one of each reader element (no <fpk-chart>)'].vegaLite],
    ];
    console.log(`\n${checks.map(([text, ok]) => `${ok ? '✓' : '✗'} ${text}`).join('\n')}`);
    process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
  }
}
