/**
 * `<fpk-chart>`'s model (src/charts/chart/model.ts), pure: the spec checks, the compiled Vega spec
 * (rows inline with their names, the theme's colour, no white background, the title as heading)
 * and which specs get keyboard steps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildChartModel, readSpec } from '../../src/charts/chart/model.js';
import { FpkError } from '../../src/errors.js';
import { THEME_SIGNALS } from '../../src/specs/config.js';
import { dataValues, type VegaSpec } from '../../src/specs/vega.js';

const BARS = {
  title: 'Deaths by state',
  data: { name: 'overdoses' },
  mark: 'bar',
  encoding: { x: { field: 'jurisdictionName', type: 'nominal' }, y: { field: 'reported', type: 'quantitative' } },
};
const QUERY = JSON.stringify({ jurisdictions: ['OH', 'WV'], indicators: ['synthetic-opioids'], from: '2024-12', to: '2024-12' });

test('the compiled spec holds the queried rows with their names, the theme colour and no background; the title is the heading', async () => {
  const m = await buildChartModel({ spec: JSON.stringify(BARS), query: QUERY }, 'es');
  const spec = m.spec as unknown as VegaSpec;
  const rows = dataValues<{ jurisdiction: string; jurisdictionName: string }>(spec, 'overdoses')!;
  assert.deepEqual(rows.map((r) => [r.jurisdiction, r.jurisdictionName]).sort(), [
    ['OH', 'Ohio'],
    ['WV', 'Virginia Occidental'],
  ]);
  assert.equal(m.rows.length, 2);
  assert.equal(m.fullVega, true);
  const text = JSON.stringify(spec);
  assert.ok(text.includes(`"signal":"${THEME_SIGNALS.first}"`), 'unencoded marks take the theme signal');
  assert.ok(!text.includes('#4c78a8') && !text.includes('#fpk-series-1'), 'no vega-lite default colour, no placeholder left');
  assert.equal((spec as { background?: unknown }).background, undefined);
  assert.equal(m.heading, 'Deaths by state');
  assert.equal((spec as { title?: unknown }).title, undefined, 'drawn once, as the heading');
  assert.deepEqual(
    m.columns.map((c) => c.key),
    ['jurisdiction', 'jurisdictionName', 'period', 'indicator', 'reported'],
  );
  assert.match(m.summary, /^Un gráfico de 2 filas de .*, diciembre de 2024\./);
  assert.equal(m.navigation?.lists[0]?.length, 2, 'one step per bar');
});

test('rows from more than one CDC release say so under the chart; a query pinned to one release does not', async () => {
  const spec = JSON.stringify({
    data: { name: 'overdoses' },
    mark: 'bar',
    encoding: { x: { field: 'indicator' }, y: { field: 'reported', type: 'quantitative' } },
  });
  const query = { jurisdictions: ['OH'], indicators: ['all-drugs', 'synthetic-opioids'], from: '2025-06', to: '2025-06' };
  const mixed = await buildChartModel({ spec, query: JSON.stringify(query) }, 'en');
  assert.deepEqual(mixed.shown?.['overdoses']?.releases, ['2026-02-14', '2026-06-27']);
  assert.ok(
    mixed.notes?.some((n) => /^The rows come from 2 CDC releases/.test(n)),
    String(mixed.notes),
  );
  const pinned = await buildChartModel(
    { spec, query: JSON.stringify({ ...query, release: '2025-01-08', from: '2024-07', to: '2024-07' }) },
    'en',
  );
  assert.deepEqual(pinned.shown?.['overdoses']?.releases, ['2025-01-08']);
  // One release; CDC's footnote on its provisional rows is said.
  assert.deepEqual(pinned.notes, ['CDC marks 2 of the 2 rows underreported (provisional counts whose records are still incomplete).']);
});

test('a spec drawing other data than its dataset, anywhere in it, is refused', () => {
  const nested = { layer: [{ mark: 'bar' }, { data: { url: 'https://example.com/x.csv' }, mark: 'rule' }] };
  assert.throws(
    () => readSpec(JSON.stringify(nested), 'overdoses'),
    (e: unknown) => e instanceof FpkError && e.code === 'bad-spec' && /spec\.layer\[1\]\.data/.test(e.message),
  );
  assert.throws(
    () => readSpec(JSON.stringify({ data: { name: 'overdoses', values: [{ a: 1 }] }, mark: 'bar' }), 'overdoses'),
    /no url, no inline values/,
  );
  assert.throws(
    () => readSpec(JSON.stringify({ $schema: 'https://vega.github.io/schema/vega/v6.json' }), 'overdoses'),
    /takes vega-lite specs/,
  );
  assert.equal(readSpec(JSON.stringify({ mark: 'bar' }), 'overdoses')['mark'], 'bar', 'no data: the dataset');
});

test('aggregated or layered specs get no keyboard steps (their marks are not one per row)', async () => {
  const summed = { ...BARS, encoding: { ...BARS.encoding, y: { field: 'reported', aggregate: 'sum', type: 'quantitative' } } };
  const m = await buildChartModel({ spec: JSON.stringify(summed), query: QUERY }, 'en');
  assert.equal(m.navigation, undefined);
});
