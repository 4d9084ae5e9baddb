/**
 * The static renderer in Node: an element's model → vega → a standalone SVG with heading, chart
 * and source line, and a PNG of the requested size set in the bundled font. The test registers its
 * own small builder (`test-trend`: US synthetic-opioid deaths, line with points) so the pipe is
 * proven independently of the elements' own code; the real `<fpk-trend>` plugs in through the
 * same `registerModel` seam and is checked at the end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseList, pickAll } from '../../src/charts/attributes.js';
import { formatNumber, type Lang } from '../../src/i18n/index.js';
import type { ChartModel } from '../../src/charts/contract.js';
import { sourceText } from '../../src/charts/source-line.js';
import { composeSVG } from '../../src/compose.js';
import { FpkError, JURISDICTION_CODES, loadDataset, overdoseSeries, UnknownValueError } from '../../src/index.js';
import { FONT_FAMILY, FONT_FILES, measureText } from '../../src/render/fonts.js';
import { registerModel, render, renderableTags, renderPNG, renderSVG, type ModelAttributes } from '../../src/render/index.js';
import { THEMES } from '../../src/theme.js';
import { FIT_X, PLACEHOLDER_WIDTH, VEGA_SCHEMA, type VegaSpec } from '../../src/specs/vega.js';

const INDICATOR = 'synthetic-opioids' as const;

async function trendModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
  const jurisdictions = pickAll('jurisdictions', parseList(attributes['jurisdictions'] ?? 'US'), JURISDICTION_CODES, 'jurisdiction');
  const range = { from: attributes['from'], to: attributes['to'] };
  const { rows, meta } = await loadDataset('overdoses', { jurisdictions, indicators: [INDICATOR], ...range });
  const points = overdoseSeries(rows, { jurisdictions, indicators: [INDICATOR], ...range });
  const label = lang === 'es' ? 'Muertes por opioides sintéticos' : 'Synthetic-opioid deaths';
  const spec: VegaSpec = {
    $schema: VEGA_SCHEMA,
    description: label,
    autosize: FIT_X,
    width: PLACEHOLDER_WIDTH,
    height: 240,
    data: [{ name: 'points', values: points.map((p) => ({ ...p, time: Date.parse(`${p.period}-01T00:00:00Z`) })) }],
    scales: [
      { name: 'x', type: 'utc', domain: { data: 'points', field: 'time' }, range: 'width' },
      { name: 'y', type: 'linear', domain: { data: 'points', field: 'value' }, range: 'height', nice: true, zero: true },
      { name: 'color', type: 'ordinal', domain: [...jurisdictions], range: 'category' },
    ],
    axes: [
      { scale: 'x', orient: 'bottom' },
      { scale: 'y', orient: 'left', title: lang === 'es' ? 'Muertes' : 'Deaths' },
    ],
    marks: [
      {
        type: 'line',
        from: { data: 'points' },
        encode: {
          update: {
            x: { scale: 'x', field: 'time' },
            y: { scale: 'y', field: 'value' },
            stroke: { scale: 'color', field: 'jurisdiction' },
            strokeWidth: { value: 2 },
          },
        },
      },
      {
        type: 'symbol',
        from: { data: 'points' },
        encode: {
          update: {
            x: { scale: 'x', field: 'time' },
            y: { scale: 'y', field: 'value' },
            fill: { scale: 'color', field: 'jurisdiction' },
            size: { value: 14 },
          },
        },
      },
    ],
  };
  const last = points.at(-1);
  return {
    rows: points as unknown as ChartModel['rows'],
    columns: [
      { key: 'period', label: 'Period', format: 'month' },
      { key: 'value', label: 'Deaths', format: 'number' },
    ],
    spec: spec as unknown as Record<string, unknown>,
    label,
    summary: last ? `${formatNumber(lang, last.value)} (${last.period})` : '',
    metas: [meta],
    filename: `fpk-trend-${jurisdictions.join('-')}`,
  };
}
registerModel('test-trend', trendModel);

const ATTRS = { jurisdictions: 'US', from: '2023-01', to: '2023-12', heading: 'Synthetic-opioid deaths in the US, 2023' };

/** The `<g class="mark-… role-mark">` groups of a vega SVG and their direct children. */
function marks(svg: string, type: string): string[] {
  const group = new RegExp(`<g class="mark-${type} role-mark[^"]*"[^>]*>(.*?)</g>`, 's').exec(svg);
  return group ? (group[1]!.match(/<path\b[^>]*>/g) ?? []) : [];
}

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))),
  );
}

/** The image's own lines (heading, description, source), then the chart's texts. */
function split(svg: string): { own: string[]; chart: string[] } {
  const at = svg.indexOf('<svg x="0"');
  return { own: texts(svg.slice(0, at)), chart: texts(svg.slice(at)) };
}

test('renderSVG draws the chart with heading, source line and an accessible name', async () => {
  const { svg, width, height, model } = await render('test-trend', ATTRS);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const root = /^<svg\b[^>]*>/.exec(svg)![0];
  assert.match(root, /\srole="img"/);
  assert.match(root, /\saria-label="Synthetic-opioid deaths"/);
  assert.match(root, /\slang="en"/);
  assert.match(root, new RegExp(`font-family="${FONT_FAMILY}, `), 'the bundled font comes first');
  assert.match(svg, /<title>Synthetic-opioid deaths<\/title>/);
  assert.equal(width, 640);
  assert.ok(height > 240 + 22 + 15, `height ${height} holds heading, chart and source line`);

  // One line through twelve 12-month-ending totals, with a point on each month.
  assert.equal(model.rows.length, 12);
  assert.equal(marks(svg, 'symbol').length, 12);
  const line = marks(svg, 'line');
  assert.equal(line.length, 1);
  assert.equal(/\sd="([^"]+)"/.exec(line[0]!)![1]!.match(/[ML]/g)!.length, 12, 'the line has one vertex per month');
  assert.match(line[0]!, new RegExp(`stroke="${THEMES.light['series-1']}"`), 'series colours come from the shared theme');

  const { own, chart } = split(svg);
  assert.equal(own[0], ATTRS.heading);
  const source = own.slice(1).join(' ');
  assert.equal(source, sourceText(model, 'en'));
  assert.match(
    source,
    /^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), released Jun 27, 2026 \(data version 2026-06-27\+\w+\)\.$/,
  );
  assert.ok(chart.includes('Deaths'), 'y axis title');
  assert.ok(chart.includes('70,000') && chart.includes('80,000'), 'y axis labels up to the data');
});

test('the heading wraps to the image width, measured in the bundled font', async () => {
  const heading = 'Synthetic-opioid deaths kept rising through the first half of 2023 and fell for the rest of the year, nationwide';
  const svg = await renderSVG('test-trend', { ...ATTRS, heading }, { width: 420 });
  const headingLines = [...svg.matchAll(/<text\b[^>]*font-size="18"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
  assert.ok(headingLines.length >= 2, 'wrapped');
  assert.equal(headingLines.join(' '), heading);
  for (const l of headingLines) assert.ok(measureText(l, 18, true) <= 420 - 24, `"${l}" fits`);
});

test('Spanish and dark: the source line, axis and colours follow lang and theme', async () => {
  const svg = await renderSVG('test-trend', { ...ATTRS, lang: 'es', theme: 'dark', heading: '' });
  const { own, chart } = split(svg);
  assert.match(
    own.join(' '),
    /^Fuente: CDC NCHS, recuentos provisionales de muertes por sobredosis de drogas \(VSRR\), publicado 27 jun 2026 \(versión de datos 2026-06-27\+\w+\)\.$/,
  );
  assert.ok(chart.includes('Muertes'));
  assert.match(svg, /\slang="es"/);
  assert.match(svg, new RegExp(`<rect width="100%" height="100%" fill="${THEMES.dark.bg}"/>`));
  assert.match(marks(svg, 'line')[0]!, new RegExp(`stroke="${THEMES.dark['series-1']}"`));
  assert.ok(!svg.includes('font-size="18"'), 'no heading when it is empty');
});

test('design tokens override the theme as --fpk-* custom properties do', async () => {
  const svg = await renderSVG('test-trend', ATTRS, { tokens: { 'series-1': '#123456', bg: '#fafafa' } });
  assert.match(marks(svg, 'line')[0]!, /stroke="#123456"/);
  assert.match(svg, /<rect width="100%" height="100%" fill="#fafafa"\/>/);
});

function pngSize(png: Uint8Array): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(Buffer.from(png.subarray(12, 16)).toString('latin1'), 'IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('renderPNG rasterises the same image at scale × its size', async () => {
  const { width, height } = await render('test-trend', ATTRS);
  assert.deepEqual(pngSize(await renderPNG('test-trend', ATTRS, { scale: 2 })), { width: width * 2, height: height * 2 });
  assert.deepEqual(pngSize(await renderPNG('test-trend', ATTRS, { scale: 1 })), { width, height });
  await assert.rejects(renderPNG('test-trend', ATTRS, { scale: 0 }), (e: unknown) => e instanceof FpkError && e.attribute === 'scale');
});

test('text widths vega lays out with are the widths resvg draws', async () => {
  const { Resvg } = await import('@resvg/resvg-js');
  const sample = 'Provisional deaths, 12 months ending — año 2023: 76,683';
  for (const bold of [false, true]) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="40"><text x="0" y="30" font-family="${FONT_FAMILY}" font-size="20"${bold ? ' font-weight="bold"' : ''}>${sample}</text></svg>`;
    const box = new Resvg(svg, {
      font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    }).getBBox()!;
    // The ink box lacks the last glyph's side bearing and resvg kerns: within 1% of the advances.
    const drawn = box.x + box.width;
    assert.ok(
      Math.abs(drawn - measureText(sample, 20, bold)) < drawn / 100,
      `bold=${bold}: ${box.x + box.width} vs ${measureText(sample, 20, bold)}`,
    );
  }
});

test('unknown tags, and bad attributes from the builder, are typed errors', async () => {
  await assert.rejects(renderSVG('fpk-nope', ATTRS), (e: unknown) => {
    assert.ok(e instanceof UnknownValueError);
    assert.equal(e.attribute, 'tag');
    assert.deepEqual(e.allowed, renderableTags());
    assert.match(e.message, /^Unknown tag "fpk-nope"\. Allowed: .*fpk-trend.*test-trend/);
    return true;
  });
  await assert.rejects(renderSVG('test-trend', { ...ATTRS, jurisdictions: 'US,XX' }), (e: unknown) => {
    assert.ok(e instanceof FpkError);
    assert.equal(e.code, 'unknown-value');
    assert.equal(e.attribute, 'jurisdictions');
    assert.match(e.message, /Unknown jurisdiction "XX"/);
    return true;
  });
  await assert.rejects(
    renderSVG('test-trend', { ...ATTRS, from: '2024-13' }),
    (e: unknown) => e instanceof FpkError && e.code === 'bad-period',
  );
  await assert.rejects(
    renderSVG('test-trend', { ...ATTRS, lang: 'fr' }),
    (e: unknown) => e instanceof UnknownValueError && e.attribute === 'lang',
  );
  await assert.rejects(
    renderSVG('test-trend', { ...ATTRS, theme: 'sepia' }),
    (e: unknown) => e instanceof UnknownValueError && e.attribute === 'theme',
  );
});

test('an element without a chart is refused, not drawn empty', async () => {
  registerModel('fpk-test-table', async (_, lang) => ({ ...(await trendModel({}, lang)), spec: null }));
  await assert.rejects(
    renderSVG('fpk-test-table'),
    (e: unknown) => e instanceof FpkError && e.code === 'render-failed' && e.attribute === 'tag',
  );
});

test('composeSVG keeps its browser defaults: estimated wrapping, no label unless given', () => {
  const svg = composeSVG({
    source: 'Source: x',
    chartSVG: '<svg width="500" height="200"></svg>',
    fg: '#000',
    muted: '#555',
    bg: '#fff',
    font: 'serif',
  });
  assert.match(svg, /^<svg [^>]*width="500" height="245"/);
  assert.doesNotMatch(/^<svg\b[^>]*>/.exec(svg)![0], /role=/);
  assert.match(svg, /<svg x="0" y="12" width="500" height="200"><\/svg>/);
});

test('the real <fpk-trend> renders through the seam, with its own notes in the source line', async () => {
  const attributes = { jurisdictions: 'US', drugs: 'synthetic-opioids', from: '2023-01', to: '2023-12', heading: 'Synthetic opioids' };
  const { svg, model } = await render('fpk-trend', attributes);
  assert.equal(model.rows.length, 12);
  assert.equal(marks(svg, 'symbol').length, 12, 'a point per month');
  assert.ok(/^<svg\b[^>]*>/.exec(svg)![0].includes(` aria-label="${model.label}"`));
  const { own } = split(svg);
  assert.equal(own[0], 'Synthetic opioids');
  assert.equal(own.slice(1).join(' '), sourceText(model, 'en'));
});

test('PNG outlines keep their width on scaled paths (resvg ignores vector-effect="non-scaling-stroke")', async () => {
  const { nonScalingStrokes } = await import('../../src/render/png.js');
  const tag =
    '<path transform="translate(12,3) scale(0.5,0.5)" d="M0,0L10,10" stroke="#000" stroke-width="0.6" vector-effect="non-scaling-stroke"/>';
  assert.equal(nonScalingStrokes(tag), tag.replace('stroke-width="0.6"', 'stroke-width="1.2"'));
  const unscaled = '<path d="M0,0L10,10" stroke-width="0.6" vector-effect="non-scaling-stroke"/>';
  assert.equal(nonScalingStrokes(unscaled), unscaled);
  // The map draws its states this way; its outlines survive into the PNG's SVG.
  const svg = await renderSVG('fpk-map', { measure: 'per100k', to: '2023-12' });
  const scaled = svg.match(/<path\b[^>]*vector-effect="non-scaling-stroke"[^>]*>/g) ?? [];
  assert.ok(scaled.length >= 50, `${scaled.length} scaled state paths`);
  assert.ok(nonScalingStrokes(svg) !== svg, 'their stroke widths are corrected');
});
