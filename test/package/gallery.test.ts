/**
 * The examples gallery as a reader gets it: the dev server `npm start` runs (same config, on a
 * free port), every page opened in Debian's Chromium and scrolled through so lazy charts draw.
 * A page passes when nothing went to the console as an error, no script threw, no
 * Content-Security-Policy was violated, and every element on it — in iframes too — reached
 * `ready` (charts with their svg[role=img]). Also runs the SDK-only Node example.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Frame, Page } from 'playwright';
import { loadDataset } from '../../src/load.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TAGS = ['fpk-trend', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-cases'];
const SELECTOR = TAGS.join(',');
/** Bounded waits: a page that never settles fails with what it was waiting for. */
const READY_TIMEOUT = 45_000;

const pages = [
  ...readdirSync(`${root}examples`)
    .filter((f) => f.endsWith('.html'))
    .sort(),
  'react/index.html',
];

/** Elements a page must end up with: its own tags, each embed iframe's one, React's three. */
function expectedElements(page: string): number {
  if (page === 'react/index.html') return 3;
  const html = readFileSync(`${root}examples/${page}`, 'utf8');
  const own = html.match(/<fpk-(trend|compare|map|timeline|cases)\b/g)?.length ?? 0;
  const framed = html.match(/<iframe\b[^>]*\bsrc="[^"]*embed\.html\?tag=fpk-/g)?.length ?? 0;
  return own + framed;
}

interface ElementState {
  tag: string;
  status: string;
  error: string | null;
  hasChart: boolean;
  view: string | null;
}

async function elementStates(frame: Frame): Promise<ElementState[]> {
  return frame.evaluate((selector) => {
    return [...document.querySelectorAll<HTMLElement & { status?: string }>(selector)].map((el) => ({
      tag: el.localName,
      status: el.status ?? 'undefined',
      error: el.shadowRoot?.querySelector('[part="error"]')?.textContent?.trim() ?? null,
      hasChart: !!el.shadowRoot?.querySelector('svg[role="img"]'),
      view: el.getAttribute('view'),
    }));
  }, SELECTOR);
}

/** Scrolls to the bottom in viewport steps, so lazy charts and lazy iframes come near the viewport. */
async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0, i = 0; i < 60; i++) {
    const { height, step } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      step: Math.round(innerHeight * 0.8),
    }));
    if (y > height) break;
    await page.evaluate((top) => scrollTo(0, top), y);
    await page.waitForTimeout(150);
    y += step;
  }
}

async function bringPendingIntoView(page: Page, frames: Frame[]): Promise<void> {
  for (const frame of frames) {
    const pending = await frame
      .evaluate((selector) => {
        const el = [...document.querySelectorAll<HTMLElement & { status?: string }>(selector)].find((e) => e.status === 'loading');
        el?.scrollIntoView({ block: 'center' });
        return !!el;
      }, SELECTOR)
      .catch(() => false);
    if (pending && frame !== page.mainFrame()) await (await frame.frameElement()).scrollIntoViewIfNeeded().catch(() => undefined);
    if (pending) return;
  }
}

const skip = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;

// Pages are independent (a browser context each), so two load at once: most of a page's time is
// waiting for lazy charts to draw, not computing.
describe('examples gallery in Chromium', { skip, timeout: 15 * 60_000, concurrency: 2 }, () => {
  let server: { stop(): Promise<void>; server?: { address(): AddressInfo | string | null } };
  let browser: Browser;
  let base: string;

  before(async () => {
    await run(process.execPath, ['scripts/build-examples.mjs'], { cwd: root });
    const { startDevServer } = await import('@web/dev-server');
    const { default: config } = (await import(pathToFileURL(`${root}web-dev-server.config.js`).href)) as {
      default: Record<string, unknown>;
    };
    server = (await startDevServer({
      config: { ...config, rootDir: root, hostname: '127.0.0.1', port: 0, watch: false, open: false },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    })) as unknown as typeof server;
    const address = server.server?.address();
    assert.ok(address && typeof address === 'object', 'the dev server listens');
    base = `http://127.0.0.1:${address.port}/examples/`;
    const { chromium } = await import('playwright');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const file of pages) {
    it(`${file}: no console error, no CSP violation, every element ready`, { timeout: 120_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
      });
      // In every frame, from the start: the browser reports each violation as this event.
      await page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
        );
      });
      try {
        const response = await page.goto(base + file, { waitUntil: 'load', timeout: 30_000 });
        assert.equal(response?.status(), 200, `${file} is served`);
        if (file === 'strict-csp.html') {
          assert.equal(
            response?.headers()['content-security-policy'],
            "script-src 'self'; style-src 'self'",
            'the strict page is served under the policy',
          );
        }

        const expected = expectedElements(file);
        if (expected > 0) {
          // React renders its elements after the bundle runs; iframes load as they near the viewport.
          await page.waitForFunction((s) => document.querySelector(s) || document.querySelector('iframe'), SELECTOR, { timeout: 15_000 });
          await scrollThrough(page);
          const frames = () => page.frames().filter((f) => f.url().startsWith(base.replace('/examples/', '/')));
          const deadline = Date.now() + READY_TIMEOUT;
          let states: ElementState[] = [];
          for (;;) {
            states = (await Promise.all(frames().map((f) => elementStates(f).catch(() => [])))).flat();
            const settled = states.length >= expected && states.every((s) => s.status !== 'loading');
            if (settled || Date.now() > deadline) break;
            // A lazy chart whose data arrived after the scroll passed it draws when a reader comes
            // back to it: bring each one still loading into view, as a reader would.
            await bringPendingIntoView(page, frames());
            await page.waitForTimeout(250);
          }
          assert.equal(states.length, expected, `${file}: ${expected} elements on the page (${states.map((s) => s.tag).join(', ')})`);
          const notReady = states.filter((s) => s.status !== 'ready');
          assert.deepEqual(
            notReady.map((s) => `${s.tag}: ${s.status}${s.error ? ` — ${s.error}` : ''}`),
            [],
            `${file}: every element reached ready`,
          );
          const chartless = states.filter((s) => s.tag !== 'fpk-cases' && s.view !== 'table' && !s.hasChart);
          assert.deepEqual(
            chartless.map((s) => s.tag),
            [],
            `${file}: every chart drew its svg[role=img]`,
          );
        } else {
          await page.waitForLoadState('networkidle', { timeout: 30_000 });
        }

        if (file === 'iframe.html') {
          const heights = await page.$$eval('iframe', (frames) =>
            frames.map((f) => ({ embed: f.hasAttribute('data-fpk-embed'), style: f.style.height })),
          );
          assert.ok(
            heights.filter((h) => h.embed).every((h) => /^\d+px$/.test(h.style) && h.style !== '300px'),
            `host script sized the embed frames: ${JSON.stringify(heights)}`,
          );
          assert.ok(
            heights.filter((h) => !h.embed).every((h) => h.style === ''),
            'the frame without data-fpk-embed keeps its height attribute',
          );
        }
        if (file === 'strict-csp.html') {
          const status = await page.textContent('#csp-status');
          assert.match(
            status ?? '',
            /^No policy violation so far\. (\d+) of \1 elements drawn\.$/,
            'the page reports no violation and every element drawn',
          );
        }

        const violations = (
          await Promise.all(
            page
              .frames()
              .map((f) => f.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => [])),
          )
        ).flat();
        assert.deepEqual(violations, [], `${file}: no securitypolicyviolation`);
        assert.deepEqual(problems, [], `${file}: no console errors, page errors or failed requests`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('examples outside the browser', () => {
  it('the SDK-only Node example prints its comparison table and the source lines', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/node/sdk-example.ts'], { cwd: root, timeout: 60_000 });
    assert.match(stdout, /^Jurisdiction\s+Deaths 2023-12\s+Deaths 2024-12\s+Change\s+Per 100k 2024-12$/m);
    for (const name of ['United States', 'Ohio', 'West Virginia'])
      assert.match(stdout, new RegExp(`^${name}\\s+[\\d,]+\\s+[\\d,]+\\s+-?[\\d.]+%\\s+[\\d.]+$`, 'm'));
    assert.match(
      stdout,
      /^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\)\. Released \d{4}-\d{2}-\d{2}\. Data version \S+\.$/m,
    );
    assert.match(stdout, /^Source: U\.S\. Census Bureau/m);
  });

  it("the NGO report's sample CSV is still an exact copy of CDC's Ohio rows it says it copies", async () => {
    const lines = readFileSync(`${root}examples/data/ngo-sample.csv`, 'utf8').trim().split('\n');
    assert.equal(lines[0], 'month,deaths');
    const copied = lines.slice(1).map((l) => l.split(','));
    const { rows } = await loadDataset('overdoses', {
      jurisdictions: ['OH'],
      indicators: ['synthetic-opioids'],
      from: '2024-01',
      to: '2024-12',
    });
    assert.equal(copied.length, 12);
    assert.deepEqual(
      copied.map(([month, deaths]) => [month, Number(deaths)]),
      [...rows].sort((a, b) => a.period.localeCompare(b.period)).map((r) => [r.period, r.reported]),
      'examples/data/ngo-sample.csv equals datasets/overdoses OH synthetic-opioids 2024-01..2024-12 (reported); see examples/data/README.md',
    );
  });
});
