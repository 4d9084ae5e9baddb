/**
 * One measured page load in headless Chromium: a fresh browser context (empty cache), a probe
 * installed before any page script that watches, every frame, which charts in the viewport have
 * drawn their data marks, then — once the page is quiet — JS heap after a forced GC (CDP) and
 * the element count including shadow roots.
 */

/**
 * Runs in the page before its own scripts. A chart counts as drawn when its block (light DOM or
 * any open shadow root below it) holds an SVG data mark — vega's `.role-mark` groups, not axes
 * or legends — with path data. Times are `performance.now()`: ms since navigation start.
 */
function probe() {
  const MARKS = 'svg .role-mark path[d]:not([d=""]), svg .role-mark line, svg .role-mark rect';
  const state = { first: null, allInView: null, inView: 0, drawn: 0, total: 0, frames: 0, cls: 0, jsBeforeFirst: null };
  window.__bench = state;
  // Cumulative Layout Shift as web-vitals counts it for a page nobody touches: every shift not caused by input.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) state.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  /** Compressed bytes of the JS files that had arrived (response ended) by `t`. */
  const jsBytesBy = (t) =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname) && e.responseEnd > 0 && e.responseEnd <= t)
      .reduce((sum, e) => sum + e.encodedBodySize, 0);
  const deepFind = (root) => {
    if (root.shadowRoot) {
      const inner = deepFind(root.shadowRoot);
      if (inner) return inner;
    }
    const hit = root.querySelector(MARKS);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deepFind(el.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  const drawn = new WeakSet();
  const tick = () => {
    state.frames++;
    const charts = [...document.querySelectorAll('[data-bench-chart]')];
    const h = window.innerHeight;
    const inView = charts.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > 0 && r.top < h;
    });
    for (const c of charts) if (!drawn.has(c) && deepFind(c)) drawn.add(c);
    const now = performance.now();
    if (state.first === null && inView.some((c) => drawn.has(c))) {
      state.first = now;
      state.jsBeforeFirst = jsBytesBy(now);
    }
    if (state.allInView === null && inView.length > 0 && inView.every((c) => drawn.has(c))) {
      state.allInView = now;
      state.inView = inView.length;
    }
    state.total = charts.length;
    state.drawn = charts.filter((c) => drawn.has(c)).length;
    if (state.allInView === null || state.drawn < state.total) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Elements in the document and in every open shadow root. */
function countElements() {
  const count = (root) => {
    let n = 0;
    for (const el of root.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) n += count(el.shadowRoot);
    }
    return n;
  };
  return count(document);
}

/**
 * Loads `url` once. `server` is the benchmark's static server (its log gives the bytes sent
 * for this load); `profile` sets viewport and throttling. Rejects after `timeout` ms.
 */
export async function measureOnce(browser, server, url, { profile, timeout }) {
  const context = await browser.newContext({ viewport: profile.viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.addInitScript(probe);
  const cdp = await context.newCDPSession(page);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  const start = server.log.length;
  const deadline = Date.now() + timeout;
  try {
    await page.goto(url, { waitUntil: 'load', timeout });
    await page
      .waitForFunction(() => window.__bench?.allInView !== null, null, { timeout: Math.max(1000, deadline - Date.now()), polling: 50 })
      .catch(async () => {
        const seen = await page.evaluate(() => window.__bench).catch(() => null);
        throw new Error(
          `charts in view not drawn within ${timeout} ms (${seen ? `${seen.drawn} of ${seen.total} charts drawn` : 'probe missing'})`,
        );
      });
    // Lazy charts below the fold may still load; heap and bytes are read once the page is quiet.
    await server.quiet(750, Math.max(1000, deadline - Date.now()));
    const timing = await page.evaluate(() => ({ ...window.__bench }));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const elements = await page.evaluate(countElements);
    const sent = server.log.slice(start);
    const bytes = (kind) => sent.filter((e) => !kind || e.kind === kind).reduce((s, e) => s + e.bytes, 0);
    return {
      firstVisible: timing.first,
      cls: timing.cls,
      jsBeforeFirst: timing.jsBeforeFirst,
      allInView: timing.allInView,
      chartsInView: timing.inView,
      chartsDrawn: timing.drawn,
      charts: timing.total,
      jsBytes: bytes('js'),
      dataBytes: bytes('data'),
      totalBytes: bytes(),
      requests: sent.length,
      heapUsed: heap.usedSize,
      elements,
      problems,
    };
  } finally {
    await context.close();
  }
}

/**
 * Loads `url` once (served with a strict Content-Security-Policy) and reports, after the charts
 * in view have drawn or `wait` ms have passed, how many charts in the viewport hold data marks
 * and how many CSP violations the page reported.
 */
export async function checkCSP(browser, url, { profile, wait = 10000 }) {
  const context = await browser.newContext({ viewport: profile.viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(probe);
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective}`)),
  );
  try {
    await page.goto(url, { waitUntil: 'load', timeout: wait });
    await page.waitForFunction(() => window.__bench?.allInView !== null, null, { timeout: wait, polling: 50 }).catch(() => undefined);
    const state = await page.evaluate(() => {
      const h = window.innerHeight;
      const inView = [...document.querySelectorAll('[data-bench-chart]')].filter((c) => {
        const r = c.getBoundingClientRect();
        return r.bottom > 0 && r.top < h;
      }).length;
      return { inView, drawnInView: window.__bench?.allInView !== null ? inView : 0 };
    });
    return { ...state, violations: violations.length };
  } finally {
    await context.close();
  }
}
