/**
 * The benchmark's leak and load scenarios (`npm run bench -- --scenarios leaks,scroll`), on the
 * CDN bundle in headless Chromium:
 *
 * - `attach`: a fresh `<fpk-trend>` attached, drawn (fpk-ready) and removed, 10 and then 100
 *   times; JS heap after a forced GC compared with the heap after two warm-up cycles.
 * - `attributes`: one chart whose `jurisdictions` changes 10 and then 100 times (each change
 *   drawn before the next), same heap comparison.
 * - `scroll`: a page of 100 lazy charts scrolled through top to bottom a viewport at a time;
 *   long tasks while scrolling (PerformanceObserver 'longtask'), charts drawn at the end, heap
 *   after GC and elements.
 *
 * A leak ratio is heap(after N) / heap(after warm-up): 1.00 is flat. Whether views and observers
 * are released is asserted by test/browser/leaks.test.ts (counted by the controller); here only
 * what it costs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { playwright } from '@web/test-runner-playwright';
import { startServer } from './server.mjs';

const STATES = ['OH', 'WV', 'KY', 'TN', 'PA', 'NY', 'CA', 'TX', 'FL', 'AZ'];

function stressPage(libScript, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fentanyl-policy-kit stress page</title>
<link rel="icon" href="data:,">
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 720px; margin: 0 auto; padding: 1rem; } .chart-block { display: block; min-height: 460px; margin: 0 0 2rem; }</style>
<script type="module" src="/${libScript}"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Writes the scenario pages into `outDir` (inside `root`) and returns their URL paths. */
async function writePages(root, outDir, libScript) {
  await mkdir(outDir, { recursive: true });
  const urlOf = (file) => `/${relative(root, join(outDir, file)).split('\\').join('/')}`;
  await writeFile(join(outDir, 'stress-stage.html'), stressPage(libScript, '<main id="stage"></main>'));
  const charts = Array.from(
    { length: 100 },
    (_, i) =>
      `<fpk-trend class="chart-block" data-bench-chart jurisdictions="US,${STATES[i % STATES.length]}" drugs="synthetic-opioids" heading="Chart ${i + 1}"></fpk-trend>`,
  ).join('\n');
  await writeFile(join(outDir, 'stress-100.html'), stressPage(libScript, `<h1>100 charts</h1>\n${charts}`));
  return { stage: urlOf('stress-stage.html'), hundred: urlOf('stress-100.html') };
}

/** In the page: waits for an element's next fpk-ready (rejects on fpk-error or after `ms`). */
function pageHelpers() {
  window.__nextReady = (el, ms) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no fpk-ready within ${ms} ms`)), ms);
      el.addEventListener('fpk-ready', () => (clearTimeout(timer), resolve()), { once: true });
      el.addEventListener('fpk-error', (e) => (clearTimeout(timer), reject(new Error(e.detail.message))), { once: true });
    });
  // Long tasks are recorded on the scroll page only: the list would count against the leak pages' heap.
  window.__longTasks = [];
  if (!location.pathname.endsWith('stress-100.html')) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function open(browser, url, { profile, timeout }) {
  const context = await browser.newContext({ viewport: profile.viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(pageHelpers);
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForFunction(() => customElements.get('fpk-trend'), null, { timeout });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** <fpk-trend> objects still in the heap (attached or not), after a GC. */
  const elements = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: "customElements.get('fpk-trend').prototype" });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return result.value;
  };
  return { page, heap, elements, problems, close: () => context.close() };
}

/** `attach` and `attributes`: heap after warm-up, after 10 and after 100 iterations. */
async function leakScenario(browser, url, kind, options) {
  const { page, heap, elements, problems, close } = await open(browser, url, options);
  const run = (n) =>
    page.evaluate(
      async ({ n, kind, states, ms }) => {
        const stage = document.getElementById('stage');
        const make = () => {
          const el = document.createElement('fpk-trend');
          el.setAttribute('loading', 'eager');
          el.setAttribute('jurisdictions', 'US,OH');
          el.setAttribute('drugs', 'synthetic-opioids');
          return el;
        };
        if (kind === 'attach') {
          for (let i = 0; i < n; i++) {
            const el = make();
            const ready = window.__nextReady(el, ms);
            stage.append(el);
            await ready;
            el.remove();
          }
        } else {
          window.__chart ??= stage.appendChild(make());
          if (!window.__chartReady) await (window.__chartReady = window.__nextReady(window.__chart, ms));
          for (let i = 0; i < n; i++) {
            const ready = window.__nextReady(window.__chart, ms);
            window.__chart.setAttribute('jurisdictions', `US,${states[(window.__changes = (window.__changes ?? 0) + 1) % states.length]}`);
            await ready;
          }
        }
      },
      { n, kind, states: STATES.slice(0, 5), ms: options.timeout },
    );
  try {
    // Warm-up: code, data of every state used, vega's caches.
    await run(kind === 'attach' ? 2 : 5);
    const base = await heap();
    const t0 = Date.now();
    await run(10);
    const at10 = await heap();
    await run(90);
    const at100 = await heap();
    const chartObjects = await elements();
    return {
      base,
      at10,
      at100,
      ratio10: at10 / base,
      ratio100: at100 / base,
      perIteration: (at100 - at10) / 90,
      chartObjects,
      seconds: (Date.now() - t0) / 1000,
      problems,
    };
  } finally {
    await close();
  }
}

/** `scroll`: 100 lazy charts, scrolled through a viewport at a time. */
async function scrollScenario(browser, url, options) {
  const { page, heap, problems, close } = await open(browser, url, options);
  try {
    const before = await page.evaluate(() => window.__longTasks.length);
    const t0 = Date.now();
    await page.evaluate(async () => {
      const pause = (ms) => new Promise((r) => setTimeout(r, ms));
      while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
        window.scrollBy(0, innerHeight);
        await pause(300);
      }
    });
    const scrolled = (Date.now() - t0) / 1000;
    // Every chart has been in view once; each must draw (data marks in its shadow root).
    const drawn = await page
      .waitForFunction(
        () => {
          const charts = [...document.querySelectorAll('fpk-trend')];
          const n = charts.filter((c) => c.shadowRoot?.querySelector('svg .role-mark path[d]')).length;
          return n === charts.length ? n : false;
        },
        null,
        { timeout: options.timeout, polling: 250 },
      )
      .then((h) => h.jsonValue())
      .catch(() =>
        page.evaluate(
          () => [...document.querySelectorAll('fpk-trend')].filter((c) => c.shadowRoot?.querySelector('svg .role-mark path[d]')).length,
        ),
      );
    // Charts the reader scrolled past before their data arrived draw when they come back into view.
    const undrawn = await page.evaluate(() =>
      [...document.querySelectorAll('fpk-trend')].flatMap((c, i) => (c.shadowRoot?.querySelector('svg .role-mark path[d]') ? [] : [i + 1])),
    );
    const redrawn = [];
    for (const n of undrawn) {
      const ok = await page.evaluate(async (n) => {
        const el = document.querySelectorAll('fpk-trend')[n - 1];
        el.scrollIntoView({ block: 'center' });
        for (let t = 0; t < 200; t++) {
          if (el.shadowRoot?.querySelector('svg .role-mark path[d]')) return true;
          await new Promise((r) => setTimeout(r, 50));
        }
        return false;
      }, n);
      if (ok) redrawn.push(n);
    }
    const tasks = await page.evaluate((from) => window.__longTasks.slice(from), before);
    const durations = tasks.map((t) => t.duration).sort((a, b) => b - a);
    const elements = await page.evaluate(() => {
      const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
      return count(document);
    });
    return {
      charts: 100,
      drawn,
      undrawn,
      drawnWhenBack: redrawn.length,
      scrollSeconds: scrolled,
      longTasks: durations.length,
      longestTask: durations[0] ?? 0,
      over100: durations.filter((d) => d > 100).length,
      over200: durations.filter((d) => d > 200).length,
      heapUsed: await heap(),
      elements,
      problems,
    };
  } finally {
    await close();
  }
}

/**
 * Runs the named scenarios (`attach`, `attributes`, `scroll`; `leaks` is the first two), prints
 * their figures and writes them to `json`; returns the exit code (1 when a scenario failed).
 */
export async function runStress({ root, libScript, scenarios, profile, profileName, timeout, chromium, json }) {
  const urls = await writePages(root, join(root, '.cache/bench/pages'), libScript);
  const wanted = new Set(scenarios.flatMap((s) => (s === 'leaks' ? ['attach', 'attributes'] : [s])));
  const unknown = [...wanted].filter((s) => !['attach', 'attributes', 'scroll'].includes(s));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}: use leaks, attach, attributes, scroll`);
  const server = await startServer(root);
  const browser = await playwright.chromium.launch({
    executablePath: chromium,
    timeout,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const results = {};
  let failed = false;
  try {
    for (const kind of ['attach', 'attributes', 'scroll']) {
      if (!wanted.has(kind)) continue;
      console.log(`  ${kind}…`);
      const options = { profile, timeout };
      results[kind] = await (
        kind === 'scroll'
          ? scrollScenario(browser, server.origin + urls.hundred, options)
          : leakScenario(browser, server.origin + urls.stage, kind, options)
      ).catch((e) => {
        failed = true;
        return { error: e.message.split('\n')[0] };
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const mb = (b) => `${(b / 1048576).toFixed(2)} MB`;
  console.log(`\nfentanyl-policy-kit stress scenarios — profile ${profileName}, Chromium ${browser.version()}\n`);
  for (const kind of ['attach', 'attributes']) {
    const r = results[kind];
    if (!r) continue;
    if (r.error) console.log(`${kind}: FAILED ${r.error}`);
    else
      console.log(
        `${kind}: heap after warm-up ${mb(r.base)}, after 10 ${mb(r.at10)} (ratio ${r.ratio10.toFixed(3)}), after 100 ${mb(r.at100)} (ratio ${r.ratio100.toFixed(3)}); ${(r.perIteration / 1024).toFixed(1)} KB per iteration after the 10th; ${r.chartObjects} <fpk-trend> object(s) left in the heap; ${r.seconds.toFixed(0)} s`,
      );
  }
  const s = results.scroll;
  if (s?.error) console.log(`scroll: FAILED ${s.error}`);
  else if (s)
    console.log(
      `scroll: ${s.drawn} of ${s.charts} charts drawn after one pass${s.undrawn.length ? ` (not yet: ${s.undrawn.join(', ')}; ${s.drawnWhenBack} of them drew once scrolled back into view)` : ''}; ${s.longTasks} long tasks (> 50 ms) while scrolling ${s.scrollSeconds.toFixed(0)} s, longest ${Math.round(s.longestTask)} ms, ${s.over100} over 100 ms, ${s.over200} over 200 ms; heap after GC ${mb(s.heapUsed)}; ${s.elements} elements`,
    );
  const problems = [...new Set(Object.values(results).flatMap((r) => r.problems ?? []))];
  if (problems.length) console.log(`\nProblems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  if (json) {
    await mkdir(dirname(json), { recursive: true });
    await writeFile(
      json,
      `${JSON.stringify({ date: new Date().toISOString(), profile: profileName, chromium: browser.version(), results }, null, 2)}\n`,
    );
    console.log(`\nRaw results: ${relative(root, json)}`);
  }
  return failed || (s && !s.error && s.drawn + s.drawnWhenBack !== s.charts) ? 1 : 0;
}
