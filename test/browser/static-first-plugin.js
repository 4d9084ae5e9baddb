/**
 * Test-runner plugin for the static-first tests (static-first.test.ts).
 *
 * Serves the markup `fpk embed … --static` prints, made by the real CLI (a child process, once
 * per run), as `/test/browser/static-first-snippet.html`, and a page holding it as
 * `/test/browser/static-first.html` with `Content-Security-Policy: script-src 'self'; style-src
 * 'self'` (query: `script` adds the library's module script, `live` sets data="live", `stale`
 * makes the fallback's data-version older than the data the script loads).
 *
 * Command `static-first-visit`: loads such a page in a fresh Playwright context (JavaScript on
 * or off, as asked), optionally hovers or tabs into the chart, and reports what a reader finds:
 * the chart's marks, summary, source line, CSP violations and layout shifts.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const STATIC_ATTRIBUTES = { jurisdictions: 'US,OH', heading: 'Overdose deaths, United States and Ohio' };
const POLICY = "script-src 'self'; style-src 'self'";

let snippet;
/** The element with its fallback, as `fpk embed fpk-trend … --static --table` prints it (without its link and script lines). */
function staticSnippet() {
  snippet ??= new Promise((done, fail) => {
    const args = ['--import', 'tsx', resolve(root, 'src/cli/bin.ts'), 'embed', 'fpk-trend', '--static', '--table', '--base-url', '/dist'];
    for (const [name, value] of Object.entries(STATIC_ATTRIBUTES)) args.push(`--${name}`, value);
    const child = spawn(process.execPath, args, { cwd: root });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(out.split('\n').slice(2).join('\n')) : fail(new Error(`fpk embed --static: ${err}`))));
  });
  return snippet;
}

function page(markup, { script }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Static-first</title>
<link rel="stylesheet" href="/components/shared/static.css">
<link rel="stylesheet" href="/test/browser/static-first.css">
${script ? '<script type="module" src="/test/browser/static-first-page.ts"></script>' : ''}
</head>
<body>
<h1>An article</h1>
<p>Some text above the chart.</p>
${markup}
<p id="after">The paragraph after the chart: it must not move.</p>
</body>
</html>
`;
}

export function staticFirstPages() {
  return {
    name: 'static-first',
    async serve(context) {
      if (context.path === '/test/browser/static-first-snippet.html') return { body: await staticSnippet(), type: 'html' };
      if (context.path !== '/test/browser/static-first.html') return undefined;
      const q = context.query;
      let markup = await staticSnippet();
      if (q.live) markup = markup.replace('<fpk-trend ', '<fpk-trend data="live" ');
      if (q.stale) markup = markup.replace(/data-version="overdoses@[^"]+"/, 'data-version="overdoses@2000-01-01+0000000000"');
      context.set('Content-Security-Policy', POLICY);
      return { body: page(markup, { script: !!q.script }), type: 'html' };
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'static-first-visit') return undefined;
      const testPage = session.browser.getPage(session.id);
      const origin = new URL(testPage.url()).origin;
      const context = await testPage
        .context()
        .browser()
        .newContext({
          javaScriptEnabled: payload.javaScript,
          viewport: { width: payload.width ?? 800, height: 900 },
        });
      try {
        const violations = [];
        if (payload.javaScript) {
          // Before any page script: every CSP violation and every layout shift not caused by input.
          await context.addInitScript(() => {
            window.__shifts = [];
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
            }).observe({ type: 'layout-shift', buffered: true });
          });
        }
        const p = await context.newPage();
        p.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
        const requests = [];
        p.on('request', (r) => requests.push(new URL(r.url()).pathname));
        await p.goto(`${origin}${payload.path}`, { waitUntil: 'load' });
        const after = async () => (await p.locator('#after').boundingBox())?.y ?? null;
        const afterAtLoad = await after();
        if (payload.javaScript && payload.path.includes('script=1'))
          await p.waitForFunction(() => customElements.get('fpk-trend') !== undefined, null, { timeout: 15000 });
        if (payload.settle) await p.waitForTimeout(payload.settle);
        if (payload.hover) await p.locator('fpk-trend').hover();
        if (payload.tab) {
          // Tab from the top of the page to the first link inside the chart's figure.
          for (let i = 0; i < 5 && !(await p.evaluate(() => !!document.activeElement?.closest?.('fpk-trend'))); i++)
            await p.keyboard.press('Tab');
        }
        // A function, not a string: the page's policy forbids eval, Playwright's string predicates included.
        if (payload.ownChart)
          await p.waitForFunction(
            () => !!document.querySelector('fpk-trend')?.shadowRoot?.querySelector('[part="chart"] .vega svg .role-mark'),
            null,
            {
              timeout: 20000,
              polling: 50,
            },
          );
        // Playwright's CSS locators pierce open shadow roots. Once the element has drawn its own
        // chrome, the fallback is still in its light DOM but not rendered: read the element's own parts.
        const adopted = (await p.locator('fpk-trend [part="chart"]').count()) > 0;
        const pick = (own, fallback) => `fpk-trend ${adopted ? own : fallback}`;
        const text = async (own, fallback) => {
          const l = p.locator(pick(own, fallback));
          return (await l.count()) ? (await l.first().innerText()).trim() : null;
        };
        const svg = p.locator(pick('[part="chart"] svg[role="img"]', '.fpk-static-chart svg[role="img"]')).first();
        const result = {
          linePaths: await p
            .locator(pick('[part="chart"] .mark-line.role-mark path', '.fpk-static-chart .mark-line.role-mark path'))
            .count(),
          svgLabel: (await svg.count()) ? await svg.getAttribute('aria-label') : null,
          chart: (await svg.count()) ? await svg.boundingBox() : null,
          heading: await text('[part="header"] h2', '.fpk-static-header h2'),
          summary: await text('[part="summary"]', '.fpk-static-summary'),
          source: await text('[part="source"]', '.fpk-static-source'),
          sourceHref: await p.locator(pick('[part="source"] a', '.fpk-static-source a')).first().getAttribute('href'),
          tableRows: await p.locator('fpk-trend .fpk-static-table tbody tr').count(),
          afterAtLoad,
          afterNow: await after(),
          requests,
          violations,
        };
        if (payload.javaScript) {
          Object.assign(
            result,
            await p.evaluate(() => {
              const host = document.querySelector('fpk-trend');
              const root = host?.shadowRoot;
              return {
                shifts: window.__shifts,
                pageViolations: window.__violations,
                upgraded: !!root,
                slotted: !!root?.querySelector('slot'),
                ownChart: !!root?.querySelector('[part="chart"] .vega svg .role-mark'),
                buttons: [...(root?.querySelectorAll('[part="actions"] button') ?? [])].map((b) => b.textContent.trim()),
                focused: root?.activeElement
                  ? `${root.activeElement.localName}${root.activeElement.closest('[part]')?.getAttribute('part') ?? ''}`
                  : null,
                status: host?.status ?? null,
              };
            }),
          );
          if (payload.keyboard) {
            // Keyboard: Tab to the Table button and press it; the element shows its table.
            for (let i = 0; i < 20; i++) {
              const name = await p.evaluate(
                () => document.querySelector('fpk-trend')?.shadowRoot?.activeElement?.textContent?.trim() ?? '',
              );
              if (name === 'Table') break;
              await p.keyboard.press('Tab');
            }
            await p.keyboard.press('Enter');
            await p.waitForFunction(
              () => !!document.querySelector('fpk-trend')?.shadowRoot?.querySelector('[part="table"] tbody tr'),
              null,
              { timeout: 10000 },
            );
            result.tableAfterKeyboard = await p.evaluate(
              () => document.querySelector('fpk-trend').shadowRoot.querySelectorAll('[part="table"] tbody tr').length,
            );
          }
        }
        return result;
      } finally {
        await context.close();
      }
    },
  };
}
