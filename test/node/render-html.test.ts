/**
 * Static-first markup (renderHTML, `fpk embed --static`, `--iframe-file`): the element holding its
 * fallback in light-DOM HTML. What a reader sees is checked against the model and the committed
 * datasets; the browser tests (test/browser/static-first.test.ts) check it with scripts off,
 * after a sanitiser and under a strict CSP. Here: the markup's contents, its escaping, that it has
 * no inline style, that fpk-static.css sizes it as the element's own styles do, and the CLI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/fpk.js';
import { loadDataset } from '../../src/index.js';
import { render, renderHTML } from '../../src/render/index.js';
import { compactSVG } from '../../src/render/html.js';
import { THEMES } from '../../src/theme.js';
import { chrome } from '../../components/shared/styles.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'fpk-render-html-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const TREND = { jurisdictions: 'US,OH', heading: `Deaths & "rates" <in> Ohio's counties` };

test(
  'renderHTML: the element holds its heading, inline SVG chart, summary, source line and data version, with no inline style',
  { timeout: 120_000 },
  async () => {
    const html = await renderHTML('fpk-trend', TREND);
    const rendered = await render('fpk-trend', TREND);
    const { meta } = await loadDataset('overdoses', { jurisdictions: ['US'], indicators: ['all-drugs'] });

    // The element with its own attributes, escaped, around one figure.
    assert.ok(
      html.startsWith(`<fpk-trend jurisdictions="US,OH" heading="${esc(TREND.heading)}">\n<figure class="fpk-static" data-fpk-static `),
      html.slice(0, 300),
    );
    assert.ok(html.endsWith('</figure>\n</fpk-trend>'));
    assert.match(html, new RegExp(`data-version="overdoses@${meta.version.replace(/[+.]/g, '\\$&')}"`));

    // Heading: an h2 naming the figure.
    const heading = /<h2 id="([^"]+)">([^<]*)<\/h2>/.exec(html);
    assert.ok(heading, 'an h2');
    assert.equal(heading[2], esc(TREND.heading));
    assert.ok(html.includes(`aria-labelledby="${heading[1]}"`), 'the figure is labelled by its heading');

    // The chart: the very SVG the element draws (vega's, labelled as one image), one line per series.
    // Coordinates to one decimal (compactSVG): the same picture in fewer bytes, the same size.
    assert.ok(html.includes(`<div class="fpk-static-chart">${compactSVG(rendered.chart)}</div>`), 'the chart SVG, inline');
    const inline = /<div class="fpk-static-chart">(.*?)<\/div>/s.exec(html)![1]!;
    assert.equal(
      /^<svg [^>]*>/.exec(inline)?.[0],
      /^<svg [^>]*>/.exec(rendered.chart)?.[0],
      'the root <svg> (width, height, viewBox) unchanged',
    );
    assert.deepEqual(inline.match(/ (d|transform|x|y)="[^"]*\d\.\d\d/g) ?? [], [], 'no coordinate with two decimals');
    assert.ok(inline.length < rendered.chart.length * 0.9, `${inline.length} of ${rendered.chart.length} characters`);
    assert.equal((inline.match(/<path\b/g) ?? []).length, (rendered.chart.match(/<path\b/g) ?? []).length, 'every mark kept');
    const open = /^<svg [^>]*>/.exec(rendered.chart)?.[0] ?? '';
    assert.ok(open.endsWith(` role="img" aria-label="${esc(rendered.model.label)}">`), open);
    assert.ok(rendered.chart.includes(`<title>${esc(rendered.model.label)}</title>`), 'the title');
    const lines = [...rendered.chart.matchAll(/<g class="mark-line role-mark[^"]*"[^>]*>(.*?)<\/g>/gs)].reduce(
      (n, g) => n + (g[1]!.match(/<path\b/g) ?? []).length,
      0,
    );
    assert.ok(lines >= 2, `a line for each of US and Ohio (${lines})`);

    // Summary and source line as the element shows them.
    assert.ok(html.includes(`<p class="fpk-static-summary">${esc(rendered.model.summary)}</p>`));
    assert.match(rendered.model.summary, /^United States — all drugs: [\d,]+ deaths in the 12 months ending/);
    const source = /<p class="fpk-static-source">(.*?)<\/p>/s.exec(html)?.[1] ?? '';
    assert.ok(
      source.startsWith(`Source: <a href="${esc(meta.sources[0]!.url)}" rel="noopener" target="_blank">${esc(meta.credit)}</a>, release`),
      source.slice(0, 300),
    );
    assert.ok(source.includes(`(data version ${meta.version}).`), 'the source line names the data version');

    // The actions row is reserved, hidden from sight and from screen readers.
    assert.match(html, /<div class="fpk-static-actions" aria-hidden="true"><span>Chart<\/span><span>Table<\/span><span>CSV ↓<\/span>/);

    // CSP `style-src 'self'`: no style attribute, no <style> element anywhere (the SVG included).
    assert.doesNotMatch(html, /\sstyle\s*=/i);
    assert.doesNotMatch(html, /<style\b/i);
    assert.doesNotMatch(html, /<script\b/i);
    // No table unless asked.
    assert.doesNotMatch(html, /<table/);
  },
);

test(
  'renderHTML { table: true }: every row the chart draws, in a captioned table; Spanish; dark theme class',
  { timeout: 120_000 },
  async () => {
    const attributes = { jurisdictions: 'OH,WV', to: '2023-12', lang: 'es', theme: 'dark', actions: 'csv cite' };
    const html = await renderHTML('fpk-compare', attributes, { table: true, id: 'oh-wv' });
    const { model } = await render('fpk-compare', attributes);
    assert.match(
      html,
      /^<fpk-compare [^>]*>\n<figure class="fpk-static fpk-static-dark" data-fpk-static data-version="overdoses@[^"]+" lang="es">/,
    );
    const table =
      /<div class="fpk-static-table"><table><caption>([^<]*)<\/caption><thead><tr>(.*?)<\/tr><\/thead><tbody>(.*?)<\/tbody>/s.exec(html);
    assert.ok(table, 'a table');
    assert.equal(table[1], esc(model.label));
    assert.deepEqual(
      [...table[2]!.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]),
      // Download-only columns (codes, the period) are in the CSV, not in a table a reader sees.
      model.columns.filter((c) => !c.downloadOnly).map((c) => esc(c.label)),
    );
    assert.equal((table[3]!.match(/<tr>/g) ?? []).length, model.rows.length, 'one row per drawn row');
    assert.ok(model.rows.length >= 2);
    // Numbers in Spanish, right-aligned: Ohio's count in the CDC file for December 2023.
    const oh = model.rows.find((r) => r['jurisdiction'] === 'OH' || r['code'] === 'OH');
    assert.ok(oh, 'Ohio has a row');
    assert.match(table[3]!, /<td class="num">\d{1,3}(\.\d{3})*(,\d)?<\/td>/);
    // Only the actions asked for, in Spanish.
    assert.match(
      html,
      /<div class="fpk-static-actions" aria-hidden="true"><span>Gráfico<\/span><span>Tabla<\/span><span>CSV ↓<\/span><span>Citar<\/span><\/div>/,
    );
    assert.doesNotMatch(html, /\sstyle\s*=/i);
  },
);

/** `selector { declarations }` rules of a stylesheet (top level and inside @media), as a map of declarations. */
function rules(cssText: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const text = cssText.replace(/\/\*.*?\*\//gs, '');
  for (const m of text.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const selector = m[1]!.trim().replace(/\s+/g, ' ');
    const decls = out.get(selector) ?? new Map<string, string>();
    for (const d of m[2]!.split(';')) {
      const i = d.indexOf(':');
      if (i > 0)
        decls.set(
          d.slice(0, i).trim(),
          d
            .slice(i + 1)
            .trim()
            .replace(/\s+/g, ' '),
        );
    }
    out.set(selector, decls);
  }
  return out;
}

test('fpk-static.css sizes the fallback as the element sizes itself (components/shared/styles.ts), in the themes’ colours', () => {
  const element = rules(chrome.cssText);
  const fallback = rules(readFileSync(join(root, 'components/shared/static.css'), 'utf8'));
  const pairs: [string, string, string[]][] = [
    [
      'figure',
      '.fpk-static',
      [
        'display',
        'margin',
        'min-width',
        'max-width',
        'font-size',
        'font-style',
        'font-weight',
        'line-height',
        'letter-spacing',
        'word-spacing',
        'text-indent',
        'white-space',
      ],
    ],
    ["[part='header'] h2", '.fpk-static-header h2', ['font-size', 'line-height', 'margin']],
    ["[part='header'] p", '.fpk-static-header p', ['margin', 'font-size']],
    ["[part='chart']", '.fpk-static-chart', ['position', 'width', 'min-height']],
    ["[part='chart'] svg", '.fpk-static-chart svg', ['display', 'max-width', 'height']],
    ['.summary', '.fpk-static-summary', ['margin', 'font-size']],
    ["[part='source']", '.fpk-static-source', ['margin', 'font-size']],
    ["[part='actions']", '.fpk-static-actions', ['display', 'flex-wrap', 'gap', 'margin', 'padding']],
    ['button, input, select', '.fpk-static-actions span', ['font-size', 'padding', 'min-height']],
  ];
  for (const [live, still, properties] of pairs) {
    const a = element.get(live);
    const b = fallback.get(still);
    assert.ok(a, `styles.ts has ${live}`);
    assert.ok(b, `static.css has ${still}`);
    for (const p of properties) assert.equal(b.get(p), a.get(p), `${still} ${p} is ${live}'s`);
  }
  // Defaults: the light theme, and the dark one for theme="dark".
  const light = fallback.get('.fpk-static')!;
  const dark = fallback.get('.fpk-static.fpk-static-dark')!;
  for (const token of ['fg', 'bg', 'muted', 'grid'] as const) {
    assert.equal(light.get(`--_${token}`), `var(--fpk-${token}, ${THEMES.light[token]})`);
    assert.equal(dark.get(`--_${token}`), `var(--fpk-${token}, ${THEMES.dark[token]})`);
  }
  assert.equal(light.get('font-family'), `var(--fpk-font, ${THEMES.light.font})`);
});

test(
  'fpk embed --static prints the stylesheet, the script and the element with its fallback; --iframe-file writes a static-first page',
  { timeout: 120_000 },
  async () => {
    const r = await run(['embed', 'fpk-trend', '--jurisdictions', 'US,OH', '--base-url', 'https://example.org/fpk/dist/', '--static']);
    assert.equal(r.code, 0, r.stderr);
    const [link, script, ...element] = r.stdout.trimEnd().split('\n');
    assert.equal(link, '<link rel="stylesheet" href="https://example.org/fpk/dist/cdn/fpk-static.css">');
    assert.equal(script, '<script type="module" src="https://example.org/fpk/dist/cdn/fpk.js"></script>');
    assert.equal(element.join('\n'), await renderHTML('fpk-trend', { jurisdictions: 'US,OH' }));

    const file = join(dir, 'chart.html');
    const f = await run([
      'embed',
      'fpk-trend',
      '--jurisdictions',
      'US,OH',
      '--base-url',
      'https://example.org/fpk/dist',
      '--iframe-file',
      file,
      '--table',
    ]);
    assert.equal(f.code, 0, f.stderr);
    assert.match(f.stdout, /^Wrote .*chart\.html/);
    assert.match(
      f.stdout,
      /<iframe src="chart\.html" data-fpk-embed width="100%" height="\d+" loading="lazy" title="Line chart: overdose deaths[^"]*"><\/iframe>/,
    );
    const page = readFileSync(file, 'utf8');
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /content="default-src 'self'; script-src 'self' https:\/\/example\.org; style-src 'self' https:\/\/example\.org;/);
    assert.ok(page.includes('<script type="module" src="https://example.org/fpk/dist/embed/embed.js"></script>'));
    assert.ok(page.includes('<link rel="stylesheet" href="https://example.org/fpk/dist/cdn/fpk-static.css" />'));
    assert.ok(
      page.includes(`<main id="fpk-embed">\n${await renderHTML('fpk-trend', { jurisdictions: 'US,OH' }, { table: true })}\n    </main>`),
    );
    assert.doesNotMatch(page, /\sstyle\s*=|<style\b/i);
  },
);

test('fpk embed --static: a table element, a valued switch and --table alone are usage errors (exit 2)', async () => {
  for (const [args, message] of [
    [['embed', 'fpk-cases', '--static'], /^fpk: fpk-cases is a table, not a chart: it has no static chart/],
    [['embed', 'fpk-trend', '--static=yes'], /^fpk: --static takes no value\./],
    [['embed', 'fpk-trend', '--table'], /^fpk: --table goes with --static or --iframe-file\./],
  ] as const) {
    const r = await run(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});
