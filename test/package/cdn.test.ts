/**
 * The CDN bundle as a reader's browser gets it: `dist/cdn/fpk.js` carries the banner, its core
 * (entry + static imports) holds no vega, a page with only `<fpk-cases>` never loads the vega
 * chunk, and in Chromium (served from 127.0.0.1 under `script-src 'self'; style-src 'self'`) the
 * elements render from the bundle, with data slices fetched from dist/datasets/ beside it.
 *
 * Reads the one build of the package suite (built.ts). The pages share one Chromium, each in its
 * own browser context (no shared cache, cookies or service workers between them).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import type { Browser } from 'playwright';
import { analyze } from '../../scripts/size.mjs';
import { ensureBuilt, root } from './built.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Strings only vega's code holds: errors of vega's runtime and parser. */
const VEGA_MARKERS = ['Unrecognized transform type', 'Unrecognized scale type'];

type Analysis = ReturnType<typeof analyze>;
let result: Analysis;

before(
  () => {
    ensureBuilt();
    result = analyze(root);
  },
  { timeout: 600_000 },
);

test('dist/cdn/fpk.js starts with the version banner', () => {
  const first = readFileSync(join(root, 'dist/cdn/fpk.js'), 'utf8').split('\n')[0];
  assert.equal(first, `/*! fentanyl-policy-kit v${pkg.version} | MIT | data: see dist/datasets/<name>/meta.json */`);
});

test('every chunk sits directly in dist/cdn/ (so ../datasets/ from any chunk is dist/datasets/)', () => {
  for (const c of result.chunks) assert.match(c.fileName, /^(cdn\/[^/]+\.js|embed\/embed\.js)$/, c.fileName);
});

// 25 KB brotli: what a page with any element pays before its first lazy chunk. What a first paint
// does not need is a lazy chunk (each element's model, vega and its drawing code, downloads); the
// attribute descriptions are left out of the browser builds (scripts/build/cdn.mjs).
test('the core (entry and its static imports) holds no vega code and stays within 25 KB brotli', () => {
  assert.ok(result.vegaChunks.length === 1, `one vega chunk, got ${result.vegaChunks.join(', ')}`);
  const vega = readFileSync(join(root, 'dist', result.vegaChunks[0]!), 'utf8');
  for (const marker of VEGA_MARKERS) assert.ok(vega.includes(marker), `the vega chunk holds "${marker}" (else this check proves nothing)`);
  for (const file of result.core.chunks) {
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    for (const marker of VEGA_MARKERS) assert.ok(!code.includes(marker), `${file} holds vega code ("${marker}")`);
    const chunk = result.chunks.find((c) => c.fileName === file)!;
    const thirdParty = chunk.modules.map((m) => m.id).filter((id) => /node_modules\/(vega|d3)/.test(id));
    assert.deepEqual(thirdParty, [], `${file} bundles vega/d3 modules`);
  }
  assert.ok(result.core.brotli <= 25 * 1024, `core is ${result.core.brotli} bytes brotli`);
});

test('the vega chunk holds one copy of each vega package and none of the packages we leave out', () => {
  const vega = result.chunks.find((c) => c.fileName === result.vegaChunks[0])!;
  const packages = vega.modules
    .map((m) => /node_modules\/(?:.*\/node_modules\/)?((?:vega|d3)-[^/]+)\//.exec(m.id))
    .filter((m) => m !== null);
  const copies = new Map<string, Set<string>>();
  for (const m of packages) (copies.get(m[1]!) ?? copies.set(m[1]!, new Set()).get(m[1]!)!).add(m[0]!);
  // One copy is installed (package.json overrides); more means node_modules predates them: npm install.
  for (const [name, paths] of copies)
    assert.equal(
      paths.size,
      1,
      `${name}: ${[...paths].join(', ')} (a node_modules older than package.json \`overrides\`? run npm install)`,
    );
  // Readers get Vega specs (src/specs/): no compiler, no embed wrapper; maps are pre-projected paths.
  const dropped = [
    'vega-lite',
    'vega-embed',
    'vega-tooltip',
    'vega-themes',
    'vega-geo',
    'vega-projection',
    'd3-geo',
    'd3-scale-chromatic',
    'vega-force',
    'vega-hierarchy',
    'vega-label',
    'vega-voronoi',
    'vega-wordcloud',
    'vega-crossfilter',
    'vega-regression',
  ];
  const ids = vega.modules.map((m) => m.id);
  for (const name of dropped) assert.ok(!ids.some((id) => id.includes(`node_modules/${name}/`)), `${name} is bundled`);
  assert.ok(!ids.some((id) => id.includes('node_modules/topojson-client/')), 'topojson-client is bundled');
});

test('a page with only <fpk-cases> loads no vega chunk; one with <fpk-trend> does', () => {
  const cases = result.pages['only <fpk-cases>'];
  const trend = result.pages['one <fpk-trend>'];
  const all = result.pages['one of each element'];
  assert.equal(cases.vega, false, cases.chunks.join(', '));
  for (const v of result.vegaChunks) assert.ok(!cases.chunks.includes(v));
  assert.equal(trend.vega, true);
  assert.ok(
    all.chunks.some((c) => /^cdn\/us-states-albers-/.test(c)),
    'map geometry for the page with a map',
  );
  assert.ok(!trend.chunks.some((c) => /^cdn\/us-states-albers-/.test(c)), 'no map geometry without a map');
});

test('vega-lite is one lazy chunk, loaded by a page with <fpk-chart> and by no page without one (its element is not in the core either)', () => {
  assert.equal(result.vegaLiteChunks.length, 1, result.vegaLiteChunks.join(', '));
  const [compiler] = result.vegaLiteChunks as [string];
  const readers = result.pages['one of each reader element (no <fpk-chart>)'];
  assert.equal(readers.vegaLite, false, readers.chunks.join(', '));
  assert.ok(!readers.chunks.some((c) => /vega-transforms-all/.test(c)), 'nor the rest of vega’s transforms');
  const chart = result.pages['one <fpk-chart>'];
  assert.ok(
    chart.chunks.includes(compiler) && chart.chunks.includes('cdn/fpk-chart.js') && chart.chunks.includes('cdn/fpk.js'),
    chart.chunks.join(', '),
  );
  assert.ok(
    chart.chunks.some((c) => /^cdn\/vega-transforms-all-/.test(c)),
    'the transforms a vega-lite compile may ask for',
  );
  assert.ok(!result.core.chunks.includes('cdn/fpk-chart.js'));
  const core = readFileSync(join(root, 'dist/cdn/fpk.js'), 'utf8');
  assert.ok(!core.includes('"fpk-chart"'), 'fpk.js does not register <fpk-chart>');
  // The vega chunk every chart page loads holds none of the transforms only a vega-lite spec needs.
  const vega = result.chunks.find((c) => c.fileName === result.vegaChunks[0])!;
  assert.ok(
    !vega.modules.some((m) => /vega-transforms\/src\/(Bin|Window|Stack|TimeUnit)\.js$/.test(m.id)),
    'no bin/window/stack/timeunit in the vega chunk',
  );
});

test('the preload manifest names existing chunks per element, vega last and never for <fpk-cases>; the built fpk embed hints them', async () => {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/cdn/preload.json'), 'utf8')) as {
    version: string;
    tags: Record<string, string[]>;
  };
  assert.equal(manifest.version, pkg.version);
  assert.deepEqual(Object.keys(manifest.tags).sort(), ['fpk-cases', 'fpk-chart', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-trend']);
  for (const [tag, files] of Object.entries(manifest.tags)) {
    for (const f of files) assert.ok(existsSync(join(root, 'dist', f)), `${tag}: ${f} exists`);
    const script = tag === 'fpk-chart' ? 'cdn/fpk-chart.js' : 'cdn/fpk.js';
    assert.ok(!files.includes(script), `${tag}: the script itself is not hinted`);
  }
  // <fpk-chart>'s script imports fpk.js: hinted, so it does not wait for fpk-chart.js to arrive.
  assert.equal(manifest.tags['fpk-chart']![0], 'cdn/fpk.js');
  const trend = manifest.tags['fpk-trend']!;
  assert.ok(result.vegaChunks.includes(trend.at(-1)!), 'the trend hints vega, after its own code');
  for (const f of trend) assert.ok(result.pages['one <fpk-trend>'].chunks.includes(f), `${f} is loaded by a trend page`);
  assert.ok(!manifest.tags['fpk-cases']!.some((f) => result.vegaChunks.includes(f)), 'no vega for the cases table');

  const { embedSnippets } = (await import(join(root, 'dist/src/cli/embed.js'))) as typeof import('../../src/cli/embed.js');
  const s = await embedSnippets('fpk-trend', { jurisdictions: 'US,OH', drugs: 'synthetic-opioids' }, { baseUrl: '/x' });
  for (const f of trend) assert.ok(s.preload.includes(`<link rel="modulepreload" href="/x/${f}">`), f);
  assert.ok(s.preload.includes('<link rel="preload" as="fetch" crossorigin href="/x/datasets/overdoses/meta.json">'));
});

// ——— in Chromium ———

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.csv': 'text/csv',
};

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cdn test</title><script type="module" src="/dist/cdn/fpk.js"></script></head><body>${body}</body></html>`;
}

/** A vega-lite bar chart whose compile needs transforms the lean vega lacks (stack, for bars; aggregate is lean). */
const CHART_SPEC = JSON.stringify({
  data: { name: 'overdoses' },
  mark: 'bar',
  encoding: {
    x: { field: 'jurisdiction', type: 'nominal', sort: '-y' },
    y: { field: 'reported', type: 'quantitative', title: 'Deaths' },
  },
}).replace(/"/g, '&quot;');

const PAGES: Record<string, string> = {
  '/chart.html': page(
    `<fpk-chart loading="eager" jurisdictions="OH,WV,KY,TN" drugs="synthetic-opioids" from="2024-12" to="2024-12" spec="${CHART_SPEC}"></fpk-chart>`,
  ).replace('/dist/cdn/fpk.js', '/dist/cdn/fpk-chart.js'),
  '/cases.html': page('<fpk-cases></fpk-cases>'),
  '/trend.html': page('<fpk-trend loading="eager" jurisdictions="US,OH,WV" drugs="synthetic-opioids"></fpk-trend>'),
  '/all.html': page(
    [
      '<fpk-trend loading="eager" jurisdictions="US,OH"></fpk-trend>',
      '<fpk-compare loading="eager"></fpk-compare>',
      '<fpk-map loading="eager"></fpk-map>',
      '<fpk-timeline loading="eager"></fpk-timeline>',
      '<fpk-cases></fpk-cases>',
    ].join('\n'),
  ),
};

let server: Server;
let origin = '';

before(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const headers = { 'content-security-policy': CSP };
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (PAGES[path]) return res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGES[path]);
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

let browser: Browser | undefined;

after(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
});

interface Visit {
  requests: string[];
  problems: string[];
  evaluate: <T>(fn: () => T) => Promise<T>;
  waitFor: (fn: () => boolean, what: string) => Promise<void>;
  close: () => Promise<void>;
}

async function visit(path: string): Promise<Visit> {
  if (!browser) {
    const { chromium } = await import('playwright');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
  }
  const context = await browser.newContext();
  const p = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  p.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`));
  p.on('pageerror', (e) => problems.push(e.message));
  await p.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  await p.goto(origin + path);
  return {
    requests,
    problems,
    evaluate: (fn) => p.evaluate(fn),
    waitFor: async (fn, what) => {
      try {
        await p.waitForFunction(fn, undefined, { timeout: 60_000, polling: 100 });
      } catch {
        throw new Error(`timed out waiting for ${what}; problems: ${problems.join(' | ') || 'none'}; requests: ${requests.join(', ')}`);
      }
    },
    close: () => context.close(),
  };
}

const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`;

test(
  'in Chromium under a strict CSP, a page with only <fpk-cases> renders rows and requests no vega',
  { skip, timeout: 120_000 },
  async () => {
    const v = await visit('/cases.html');
    try {
      await v.waitFor(() => (document.querySelector('fpk-cases')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, 'case rows');
      // Let anything else the page would load arrive.
      await new Promise((r) => setTimeout(r, 1000));
      const rows = await v.evaluate(() => document.querySelector('fpk-cases')!.shadowRoot!.querySelectorAll('tbody tr').length);
      assert.ok(rows > 5, `${rows} rows`);
      assert.ok(v.requests.includes('/dist/datasets/cases/meta.json'), `data from dist/datasets/: ${v.requests.join(', ')}`);
      const scripts = v.requests.filter((r) => r.endsWith('.js'));
      for (const vega of result.vegaChunks) assert.ok(!scripts.includes(`/dist/${vega}`), `requested ${vega}`);
      assert.ok(!scripts.some((s) => /vega|us-states/.test(s)), scripts.join(', '));
      assert.deepEqual(v.problems, []);
    } finally {
      await v.close();
    }
  },
);

test(
  'in Chromium under a strict CSP, <fpk-trend loading="eager"> draws its marks from the vega chunk',
  { skip, timeout: 120_000 },
  async () => {
    const v = await visit('/trend.html');
    try {
      await v.waitFor(
        () => (document.querySelector('fpk-trend')?.shadowRoot?.querySelectorAll('svg .role-mark path[d]').length ?? 0) > 0,
        'trend marks',
      );
      const series = await v.evaluate(
        () => document.querySelector('fpk-trend')!.shadowRoot!.querySelectorAll('svg .role-mark path[d]').length,
      );
      assert.ok(series >= 3, `${series} mark paths`);
      assert.ok(v.requests.includes(`/dist/${result.vegaChunks[0]}`), 'the vega chunk was loaded');
      assert.ok(
        v.requests.some((r) => r.startsWith('/dist/datasets/overdoses/slices/')),
        'overdoses slices from dist/datasets/',
      );
      assert.deepEqual(v.problems, []);
    } finally {
      await v.close();
    }
  },
);

test(
  'in Chromium under a strict CSP, <fpk-chart> compiles its vega-lite spec and draws a bar per row from the bundle; the trend page loaded no vega-lite',
  { skip, timeout: 120_000 },
  async () => {
    const v = await visit('/chart.html');
    try {
      await v.waitFor(
        () => (document.querySelector('fpk-chart')?.shadowRoot?.querySelectorAll('svg .role-mark.marks > path').length ?? 0) > 0,
        'the custom chart’s bars',
      );
      const seen = await v.evaluate(() => {
        const root = document.querySelector('fpk-chart')!.shadowRoot!;
        return {
          bars: root.querySelectorAll('svg .role-mark.marks > path').length,
          source: root.querySelector('[part="source"]')?.textContent ?? '',
        };
      });
      assert.equal(seen.bars, 4);
      assert.match(seen.source, /CDC NCHS.*release of/);
      const scripts = v.requests.filter((r) => r.endsWith('.js'));
      for (const chunk of [...result.vegaLiteChunks, ...result.vegaChunks])
        assert.ok(scripts.includes(`/dist/${chunk}`), `${chunk} loaded`);
      assert.ok(
        scripts.some((s) => /\/vega-transforms-all-/.test(s)),
        scripts.join(', '),
      );
      assert.deepEqual(v.problems, []);
    } finally {
      await v.close();
    }
    // The same vega, no compiler, on a page without <fpk-chart>.
    const trend = await visit('/trend.html');
    try {
      await trend.waitFor(
        () => (document.querySelector('fpk-trend')?.shadowRoot?.querySelectorAll('svg .role-mark path[d]').length ?? 0) > 0,
        'trend',
      );
      for (const chunk of result.vegaLiteChunks) assert.ok(!trend.requests.includes(`/dist/${chunk}`), `a trend page requested ${chunk}`);
      assert.ok(!trend.requests.some((r) => /vega-transforms-all|fpk-chart/.test(r)), trend.requests.join(', '));
    } finally {
      await trend.close();
    }
  },
);

test(
  'in Chromium under a strict CSP, every element renders from the bundle (map geometry, timeline, bars)',
  { skip, timeout: 180_000 },
  async () => {
    const v = await visit('/all.html');
    try {
      await v.waitFor(
        () =>
          ['fpk-trend', 'fpk-compare', 'fpk-map', 'fpk-timeline'].every(
            (tag) => (document.querySelector(tag)?.shadowRoot?.querySelectorAll('svg .role-mark path[d]').length ?? 0) > 0,
          ) && (document.querySelector('fpk-cases')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0,
        'every element drawn',
      );
      const status = await v.evaluate(() =>
        [...document.querySelectorAll('fpk-trend, fpk-compare, fpk-map, fpk-timeline, fpk-cases')].map(
          (el) => `${el.localName}:${(el as HTMLElement & { status: string }).status}`,
        ),
      );
      assert.deepEqual(status, ['fpk-trend:ready', 'fpk-compare:ready', 'fpk-map:ready', 'fpk-timeline:ready', 'fpk-cases:ready']);
      assert.ok(
        v.requests.some((r) => /^\/dist\/cdn\/us-states-albers-[\w-]+\.js$/.test(r)),
        'map geometry chunk',
      );
      assert.deepEqual(v.problems, []);
    } finally {
      await v.close();
    }
  },
);

test('the iframe embed (dist/embed/embed.html) renders its element from the CDN chunks', { skip, timeout: 120_000 }, async () => {
  const v = await visit('/dist/embed/embed.html?tag=fpk-cases');
  try {
    await v.waitFor(
      () => (document.querySelector('fpk-cases')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0,
      'case rows in the embed',
    );
    assert.ok(v.requests.includes('/dist/embed/embed.js') && v.requests.includes('/dist/cdn/fpk.js'), v.requests.join(', '));
    assert.deepEqual(v.problems, []);
  } finally {
    await v.close();
  }
});
