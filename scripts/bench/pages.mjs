/**
 * The benchmark's pages: the same chart (synthetic-opioid deaths, 12-month-ending, reported, for
 * a few jurisdictions, from the shipped `overdoses` slices) on a 1-chart and an N-chart page,
 * built two ways:
 *
 * - plain: what a newsroom pastes — vega-embed (with vega and vega-lite) bundled by rollup the
 *   ordinary way into one minified script, the vega-lite spec with its data inline. It needs
 *   `unsafe-eval` and inline styles, so it cannot run under a strict CSP (the benchmark serves it
 *   without one).
 * - library: `<script type="module" src=".../fpk.js">` and one `<fpk-trend>` per chart.
 *
 * Both pages share the article chrome (same CSS, heading and source line per chart, same space
 * reserved per chart) so the same charts are in view at load.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const DEFAULT_CHART = { dataset: 'overdoses', jurisdictions: ['US', 'OH', 'WV'], drug: 'synthetic-opioids' };

/** The plain side's data: the rows of the shipped slices, as published (nulls stay null). */
export async function chartData(root, { jurisdictions, drug }) {
  const meta = JSON.parse(await readFile(join(root, 'datasets/overdoses/meta.json'), 'utf8'));
  const values = [];
  for (const code of jurisdictions) {
    const entry = meta.slices.files[`${code}/${drug}`];
    if (!entry) throw new Error(`bench: no overdoses slice for "${code}/${drug}"`);
    const slice = JSON.parse(await readFile(join(root, 'datasets/overdoses', entry.file), 'utf8'));
    const col = Object.fromEntries(slice.columns.map((c, i) => [c, i]));
    for (const row of slice.rows) {
      if (row[col.indicator] !== drug) continue;
      values.push({
        jurisdiction: row[col.jurisdiction],
        period: row[col.period],
        reported: row[col.reported],
        predicted: row[col.predicted],
      });
    }
  }
  if (values.length === 0) throw new Error(`bench: no rows for indicator "${drug}"`);
  return { values, credit: meta.credit, released: meta.released, version: meta.version };
}

/** A vega-lite spec as a newsroom would write it: one line per jurisdiction, reported counts. */
export function plainSpec(values, height) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height,
    data: { values },
    mark: { type: 'line', strokeWidth: 2 },
    encoding: {
      x: { field: 'period', type: 'temporal', title: '12 months ending' },
      y: { field: 'reported', type: 'quantitative', title: 'Deaths, 12 months ending' },
      color: { field: 'jurisdiction', type: 'nominal', title: null },
      tooltip: [
        { field: 'jurisdiction', type: 'nominal' },
        { field: 'period', type: 'temporal', timeUnit: 'yearmonth' },
        { field: 'reported', type: 'quantitative', format: ',' },
      ],
    },
  };
}

const escapeHTML = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function page({ title, head, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHTML(title)}</title>
<link rel="stylesheet" href="article.css">
${head}
</head>
<body>
<h1>${escapeHTML(title)}</h1>
<p>Benchmark page. Every chart shows the same data.</p>
${body}
</body>
</html>
`;
}

/** The article column on the desktop profile (720 px less 1 rem padding each side): static charts are drawn this wide. */
const STATIC_WIDTH = 688;

/** The shared article styles; `reserve` is the height each chart's block takes once drawn. */
function articleCSS(reserve) {
  return `body { font: 16px/1.5 system-ui, sans-serif; max-width: 720px; margin: 0 auto; padding: 1rem; }
.chart-block { display: block; min-height: ${reserve}px; margin: 0 0 2rem; }
.vis { width: 100%; }
`;
}

/**
 * Bundles the plain side: `import embed from 'vega-embed'` and the spec, one script, minified.
 * The bundle finds its chart containers on the page, so one file serves both page sizes.
 */
async function buildPlainBundle(outDir, spec) {
  const entry = join(outDir, 'plain-entry.mjs');
  await writeFile(
    entry,
    `import embed from 'vega-embed';
const spec = ${JSON.stringify(spec)};
for (const el of document.querySelectorAll('[data-bench-chart] .vis')) embed(el, spec, { renderer: 'svg' });
`,
  );
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ browser: true }), commonjs(), json(), terser()],
    onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning)),
  });
  await bundle.write({ file: join(outDir, 'plain.js'), format: 'iife', inlineDynamicImports: true });
  await bundle.close();
}

/**
 * Writes every page into `outDir` (inside `root`, which the server serves) and returns their URL
 * paths. `libScript` is the library script's path inside `root`, or null to skip that side.
 */
export async function buildPages({
  root,
  outDir,
  counts,
  libScript,
  libAttributes,
  renderHTML,
  embedSnippets,
  chart = DEFAULT_CHART,
  height = 300,
}) {
  await mkdir(outDir, { recursive: true });
  const data = await chartData(root, chart);
  const heading = `Synthetic-opioid overdose deaths, ${chart.jurisdictions.join(', ')}`;
  const source = `Source: ${data.credit}, released ${data.released} (data version ${data.version}).`;
  // Heading, chart, summary/legend and source line: what each block needs once drawn.
  const reserve = height + 160;
  await writeFile(join(outDir, 'article.css'), articleCSS(reserve));
  await buildPlainBundle(outDir, plainSpec(data.values, height));
  const urlOf = (file) => `/${relative(root, join(outDir, file)).split('\\').join('/')}`;

  const pages = {};
  // The floor: the same article with one hand-written inline SVG mark and no script. No page that
  // draws a chart can show it sooner, so it says how far the static-first page is from the limit.
  await writeFile(
    join(outDir, 'floor-1.html'),
    page({
      title: 'Floor: one inline SVG, no script',
      head: '',
      body: `<figure class="chart-block" data-bench-chart>
<h2>${escapeHTML(heading)}</h2>
<svg width="${STATIC_WIDTH}" height="${height}" viewBox="0 0 ${STATIC_WIDTH} ${height}"><g class="role-mark"><path d="M0,${height}L${STATIC_WIDTH},0" stroke="currentColor" fill="none"/></g></svg>
<p>${escapeHTML(source)}</p>
</figure>`,
    }),
  );
  pages['floor-1'] = urlOf('floor-1.html');
  let staticMarkup;
  for (const n of counts) {
    const plainBlocks = Array.from(
      { length: n },
      () => `<figure class="chart-block" data-bench-chart>
<h2>${escapeHTML(heading)}</h2>
<div class="vis"></div>
<p>${escapeHTML(source)}</p>
</figure>`,
    ).join('\n');
    await writeFile(
      join(outDir, `plain-${n}.html`),
      page({
        title: `Plain vega-embed, ${n} chart${n > 1 ? 's' : ''}`,
        head: '',
        body: `${plainBlocks}\n<script src="plain.js"></script>`,
      }),
    );
    pages[`plain-${n}`] = urlOf(`plain-${n}.html`);

    if (libScript) {
      const attrs = Object.entries({ heading, ...libAttributes })
        .map(([k, v]) => ` ${k}="${escapeHTML(v)}"`)
        .join('');
      const blocks = Array.from({ length: n }, () => `<fpk-trend class="chart-block" data-bench-chart${attrs}></fpk-trend>`).join('\n');
      const script = `<script type="module" src="/${libScript.split('\\').join('/')}"></script>`;
      // The library pages carry the preload hints `fpk embed` prints (the built CLI's embedSnippets), in the head.
      const hints = embedSnippets
        ? (
            await embedSnippets(
              'fpk-trend',
              { heading, ...libAttributes },
              { baseUrl: `/${dirname(dirname(libScript)).split('\\').join('/')}` },
            )
          ).preload
        : [];
      const head = [...hints, script].join('\n');
      await writeFile(
        join(outDir, `library-${n}.html`),
        page({ title: `fentanyl-policy-kit, ${n} chart${n > 1 ? 's' : ''}`, head, body: blocks }),
      );
      pages[`library-${n}`] = urlOf(`library-${n}.html`);

      // Static-first: the same element with its fallback inside (renderHTML, as `fpk embed --static`
      // prints it), drawn at the article column's width, then the same script, which adopts it.
      if (renderHTML) {
        staticMarkup ??= await renderHTML('fpk-trend', { heading, ...libAttributes }, { width: STATIC_WIDTH });
        const id = /<h2 id="([^"]+)-heading">/.exec(staticMarkup)?.[1];
        const staticBlocks = Array.from({ length: n }, (_, i) =>
          staticMarkup
            .replace('<fpk-trend ', '<fpk-trend class="chart-block" data-bench-chart ')
            .replaceAll(id ?? '\u0000', `${id}-${i + 1}`),
        ).join('\n');
        const css = `<link rel="stylesheet" href="/${join(dirname(libScript), 'fpk-static.css').split('\\').join('/')}">`;
        await writeFile(
          join(outDir, `static-${n}.html`),
          page({ title: `fentanyl-policy-kit static-first, ${n} chart${n > 1 ? 's' : ''}`, head: `${css}\n${script}`, body: staticBlocks }),
        );
        pages[`static-${n}`] = urlOf(`static-${n}.html`);
      }
    }
  }
  return { pages, rows: data.values.length };
}
