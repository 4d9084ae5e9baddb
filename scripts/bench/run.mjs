#!/usr/bin/env node
/**
 * `npm run bench`: the same 1-chart and 20-chart pages built two ways — plain vega-embed and this
 * library's CDN bundle — loaded in headless Chromium several times each from a loopback server
 * that sends brotli, printing medians and the ratio library/plain. Plus Node time to render one
 * chart to SVG with the static renderer, and one load of each page served with
 * `script-src 'self'; style-src 'self'` (charts in view drawn or not). Runs on built output (`npm run build` first for the
 * library side); a missing side is skipped and said so.
 *
 *   node scripts/bench/run.mjs [--runs 5] [--charts 1,20] [--profile desktop|mobile]
 *     [--lib-script dist/cdn/fpk.js] [--lib-attrs "jurisdictions=US,OH,WV&drugs=synthetic-opioids"]
 *     [--render-module dist/src/render/index.js] [--timeout 60000] [--total-timeout 1800000]
 *     [--json bench-results/bench.json] [--chromium /usr/bin/chromium]
 *   node scripts/bench/run.mjs --scenarios leaks,scroll   (only the leak and load scenarios: stress.mjs)
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
// Playwright as the test runner's launcher ships it: no second copy, no extra dependency.
import { playwright } from '@web/test-runner-playwright';
import { buildPages, DEFAULT_CHART } from './pages.mjs';
import { checkCSP, measureOnce } from './measure.mjs';
import { startServer } from './server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const PROFILES = {
  desktop: { viewport: { width: 1280, height: 800 }, cpu: 1, network: null },
  // Lighthouse's mobile settings: 4× slower CPU, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  mobile: {
    viewport: { width: 412, height: 823 },
    cpu: 4,
    network: { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (7.5e5 / 8) | 0 },
  },
};

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    charts: { type: 'string', default: '1,20' },
    profile: { type: 'string', default: 'desktop' },
    'lib-script': { type: 'string', default: 'dist/cdn/fpk.js' },
    'render-module': { type: 'string', default: 'dist/src/render/index.js' },
    'lib-attrs': { type: 'string', default: `jurisdictions=${DEFAULT_CHART.jurisdictions.join(',')}&drugs=${DEFAULT_CHART.drug}` },
    timeout: { type: 'string', default: '60000' },
    'total-timeout': { type: 'string', default: '1800000' },
    json: { type: 'string', default: 'bench-results/bench.json' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    scenarios: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(usage());
  process.exit(0);
}

const runs = positiveInt(opts.runs, '--runs');
const timeout = positiveInt(opts.timeout, '--timeout');
const counts = opts.charts.split(',').map((c) => positiveInt(c.trim(), '--charts'));
const profile = PROFILES[opts.profile];
if (!profile) fail(`--profile must be one of ${Object.keys(PROFILES).join(', ')}`);

// Every run is bounded; so is the whole benchmark.
const watchdog = setTimeout(
  () => fail(`benchmark exceeded --total-timeout ${opts['total-timeout']} ms`),
  positiveInt(opts['total-timeout'], '--total-timeout'),
);
watchdog.unref();

const libPath = resolve(root, opts['lib-script']);
const libInside = !relative(root, libPath).startsWith('..') && !isAbsolute(relative(root, libPath));
if (!libInside) fail(`--lib-script must be inside ${root} (the benchmark serves that folder)`);
const notes = [];
const libScript = existsSync(libPath) ? relative(root, libPath) : null;
if (!libScript) notes.push(`${opts['lib-script']} is missing (run \`npm run build\`): only the plain side was measured.`);

if (opts.scenarios) {
  if (!libScript) fail(`${opts['lib-script']} is missing: run \`npm run build\` first`);
  const { runStress } = await import('./stress.mjs');
  const json = resolve(root, opts.json === 'bench-results/bench.json' ? 'bench-results/stress.json' : opts.json);
  const scenarios = opts.scenarios
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  process.exit(await runStress({ root, libScript, scenarios, profile, profileName: opts.profile, timeout, chromium: opts.chromium, json }));
}

console.log('Building pages (rollup bundle of vega-embed for the plain side)…');
// The static-first pages are made by the built renderer's renderHTML, as `fpk embed --static` makes them.
const renderModule = resolve(root, opts['render-module']);
const renderHTML = libScript && existsSync(renderModule) ? (await import(pathToFileURL(renderModule).href)).renderHTML : undefined;
if (libScript && !renderHTML) notes.push(`${opts['render-module']} has no renderHTML: static-first pages skipped.`);
// The library pages carry the preload hints of `fpk embed` (the built CLI's snippet 1).
const embedModule = resolve(root, 'dist/src/cli/embed.js');
const embedSnippets = libScript && existsSync(embedModule) ? (await import(pathToFileURL(embedModule).href)).embedSnippets : undefined;
if (libScript && !embedSnippets) notes.push('dist/src/cli/embed.js is missing: library pages without preload hints.');
const { pages, rows } = await buildPages({
  renderHTML,
  embedSnippets,
  root,
  outDir: join(root, '.cache/bench/pages'),
  counts,
  libScript,
  libAttributes: Object.fromEntries(new URLSearchParams(opts['lib-attrs'])),
});

const server = await startServer(root);
// The same pages once more under the policy a strict site sends: the plain way cannot draw there.
const CSP = "script-src 'self'; style-src 'self'";
const cspServer = await startServer(root, { headers: { 'content-security-policy': CSP } });
const browser = await playwright.chromium.launch({
  executablePath: opts.chromium,
  timeout,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    // Loopback only: every other host name fails to resolve.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

const chromiumVersion = browser.version();
const results = {};
const csp = {};
try {
  // Warm the server's compression cache so brotli time never lands inside a measured load.
  for (const path of Object.values(pages))
    await measureOnce(browser, server, server.origin + path, { profile, timeout }).catch(() => undefined);
  for (let i = 0; i < runs; i++) {
    // Interleaved, so drift (thermal, other load) hits both sides alike.
    for (const [name, path] of Object.entries(pages)) {
      const run = await measureOnce(browser, server, server.origin + path, { profile, timeout }).catch((e) => ({
        error: e.message.split('\n')[0],
      }));
      (results[name] ??= []).push(run);
      process.stdout.write(
        `  ${name} run ${i + 1}/${runs}: ${run.error ? `FAILED ${run.error}` : `${ms(run.firstVisible)} first, ${ms(run.allInView)} all in view, ${kb(run.jsBytes)} JS`}\n`,
      );
      for (const p of new Set(run.problems ?? [])) notes.push(`${name}: ${p}`);
    }
  }
  for (const [name, path] of Object.entries(pages)) {
    csp[name] = await checkCSP(browser, cspServer.origin + path, { profile, wait: Math.min(timeout, 15000) }).catch((e) => ({
      error: e.message.split('\n')[0],
    }));
  }
} finally {
  await browser.close();
  await server.close();
  await cspServer.close();
}

const nodeRender = await measureNodeRender(runs, timeout);
if (nodeRender.note) notes.push(nodeRender.note);

const METRICS = [
  ['Compressed JS transferred', 'jsBytes', kb],
  ['Compressed data transferred', 'dataBytes', kb],
  ['All bytes transferred', 'totalBytes', kb],
  ['Requests', 'requests', String],
  ['First chart visible', 'firstVisible', ms],
  ['JS arrived before first chart visible', 'jsBeforeFirst', kb],
  ['Cumulative Layout Shift', 'cls', (v) => v.toFixed(2)],
  ['All charts in view rendered', 'allInView', ms],
  ['Charts in view / drawn / on page', null, null],
  ['JS heap after GC', 'heapUsed', mb],
  ['DOM elements (incl. shadow roots)', 'elements', String],
  ['Charts in view drawn under strict CSP', 'csp', null],
];

const table = [];
for (const n of counts) {
  const plain = summarize(results[`plain-${n}`]);
  const lib = summarize(results[`library-${n}`]);
  const still = summarize(results[`static-${n}`]);
  for (const [label, key, fmt] of METRICS) {
    const page = `${n} chart${n > 1 ? 's' : ''}`;
    if (!key) {
      const shape = (s) => (s ? `${s.chartsInView} / ${s.chartsDrawn} / ${s.charts}` : '—');
      table.push([page, label, shape(plain), shape(lib), '', shape(still), '']);
      continue;
    }
    if (key === 'csp') {
      const drawn = (c) =>
        !c ? '—' : c.error ? 'failed' : `${c.drawnInView} of ${c.inView}${c.violations ? `, ${c.violations} violations` : ''}`;
      table.push([page, label, drawn(csp[`plain-${n}`]), drawn(csp[`library-${n}`]), '', drawn(csp[`static-${n}`]), '']);
      continue;
    }
    const p = plain?.[key];
    const l = lib?.[key];
    const st = still?.[key];
    const ratio = (x) => (p && x != null ? (x / p).toFixed(2) : '—');
    table.push([page, label, p == null ? '—' : fmt(p), l == null ? '—' : fmt(l), ratio(l), st == null ? '—' : fmt(st), ratio(st)]);
  }
}
// How soon any page can show a chart here (one inline SVG, no script): the static-first page's distance from the limit.
const floor = summarize(results['floor-1'])?.firstVisible;
const staticOne = summarize(results['static-1'])?.firstVisible;
if (floor != null)
  notes.push(
    `Floor (floor-1.html: the same article with one inline SVG mark, no script): first chart visible ${ms(floor)}` +
      (staticOne != null ? `; static-first 1 chart is ${(staticOne / floor).toFixed(2)} × the floor.` : '.'),
  );
table.push(['Node', 'Render one chart to SVG (first call)', '—', nodeRender.first == null ? '—' : ms(nodeRender.first), '', '', '']);
table.push([
  'Node',
  `Render one chart to SVG (median of ${runs})`,
  '—',
  nodeRender.median == null ? '—' : ms(nodeRender.median),
  '',
  '',
  '',
]);

console.log(
  `\nfentanyl-policy-kit benchmark — profile ${opts.profile}, ${runs} runs each, medians; chart data: ${rows} rows inline (plain)\n`,
);
printTable(['Page', 'Metric', 'Plain vega-embed', 'Library', 'Library/plain', 'Static-first', 'Static/plain'], table);
const failures = Object.entries(results).flatMap(([name, list]) => list.filter((r) => r.error).map((r) => `${name}: ${r.error}`));
const allNotes = [...new Set([...notes, ...failures])];
if (allNotes.length) console.log(`\nNotes:\n${allNotes.map((n) => `- ${n}`).join('\n')}`);

if (opts.json) {
  const out = resolve(root, opts.json);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), profile: opts.profile, runs, chromium: chromiumVersion, results, csp, nodeRender, notes: allNotes }, null, 2)}\n`,
  );
  console.log(`\nRaw results: ${relative(root, out)}`);
}
// A side with no successful run has no numbers: that is a failed benchmark, not a table.
process.exit(Object.values(results).some((list) => list.every((r) => r.error)) ? 1 : 0);

// ——— helpers ———

function summarize(list) {
  const ok = (list ?? []).filter((r) => !r.error);
  if (ok.length === 0) return null;
  const keys = [
    'jsBytes',
    'dataBytes',
    'totalBytes',
    'requests',
    'firstVisible',
    'jsBeforeFirst',
    'cls',
    'allInView',
    'heapUsed',
    'elements',
    'chartsInView',
    'chartsDrawn',
    'charts',
  ];
  return Object.fromEntries(keys.map((k) => [k, median(ok.map((r) => r[k]).filter((v) => v != null))]));
}

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Node: `renderSVG` from the built static renderer, if there is one. */
async function measureNodeRender(n, limit) {
  const file = resolve(root, opts['render-module']);
  const name = opts['render-module'];
  if (!existsSync(file)) return { note: `${name} is missing: Node render time skipped.` };
  const withLimit = (p) =>
    Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error(`timed out after ${limit} ms`)), limit).unref())]);
  try {
    const { renderSVG } = await withLimit(import(pathToFileURL(file).href));
    if (typeof renderSVG !== 'function') return { note: `${name} has no renderSVG export: Node render time skipped.` };
    const attributes = Object.fromEntries(new URLSearchParams(opts['lib-attrs']));
    const times = [];
    for (let i = 0; i <= n; i++) {
      const t0 = performance.now();
      const svg = await withLimit(Promise.resolve(renderSVG('fpk-trend', attributes)));
      times.push(performance.now() - t0);
      if (typeof svg !== 'string' || !svg.includes('<svg')) return { note: 'renderSVG did not return SVG text: Node render time skipped.' };
    }
    return { first: times[0], median: median(times.slice(1)) };
  } catch (error) {
    return { note: `Node render failed: ${error.message.split('\n')[0]}` };
  }
}

function printTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i >= 2 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}

function kb(b) {
  return `${(b / 1024).toFixed(1)} KB`;
}
function mb(b) {
  return `${(b / 1048576).toFixed(1)} MB`;
}
function ms(t) {
  return t == null ? '—' : `${Math.round(t)} ms`;
}

function positiveInt(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) fail(`${name} must be a positive integer, got "${value}"`);
  return n;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function usage() {
  return 'Usage: node scripts/bench/run.mjs [--scenarios leaks,attach,attributes,scroll] [--runs 5] [--charts 1,20] [--profile desktop|mobile] [--lib-script dist/cdn/fpk.js] [--lib-attrs "…"] [--render-module dist/src/render/index.js] [--timeout 60000] [--total-timeout 1800000] [--json file] [--chromium path]';
}
