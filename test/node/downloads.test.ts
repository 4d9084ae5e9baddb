/**
 * Every element's CSV download, as a program or a spreadsheet reads it: the period(s) shown are
 * columns of every row (not only the filename), rates and percentages keep full precision with a
 * `_display` twin rounded as the chart shows them, lists are joined with "; " (never JSON arrays),
 * codes come as the label a reader sees with the code in its own column. The builders are the
 * SDK's (src/charts/downloads.ts), the same ones the elements' buttons use.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Papa from 'papaparse';
import { render, renderHTML } from '../../src/render/index.js';
import { modelCSV, modelJSON } from '../../src/charts/downloads.js';
import { casesModel, loadCases } from '../../src/charts/cases/model.js';
import { cellText } from '../../src/charts/cells.js';
import type { ChartModel } from '../../src/charts/contract.js';

function parse(text: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

async function csvOf(
  tag: string,
  attributes: Record<string, string> = {},
): Promise<{ model: ChartModel; header: string[]; rows: Record<string, string>[] }> {
  const { model } = await render(tag, attributes);
  return { model, ...parse(modelCSV(model)) };
}

/** No cell is a JSON array or object. */
function assertNoJSON(rows: readonly Record<string, string>[]): void {
  for (const row of rows) for (const [k, v] of Object.entries(row)) assert.doesNotMatch(v, /^\s*[[{]/, `${k}: ${v}`);
}

/** The number a table cell shows: "−28.2%" → -28.2, "1,234.5" → 1234.5. */
const shownNumber = (text: string) => Number(text.replace(/[,%+]/g, '').replace('\u2212', '-'));

/** Every `<col>_display` cell is `<col>` as the table shows it (one decimal), a number. */
function assertDisplayed(rows: readonly Record<string, string>[], column: string, format: 'rate' | 'percent' = 'rate'): void {
  let checked = 0;
  for (const row of rows) {
    const full = row[column]!;
    const shown = row[`${column}_display`]!;
    if (full === '') {
      assert.equal(shown, '', `${column} empty, its display too`);
      continue;
    }
    assert.equal(Number(shown), shownNumber(cellText('en', Number(full), format)), `${column} ${full} → ${shown}`);
    assert.ok(!/\.\d{2,}/.test(shown), `${shown} has one decimal at most`);
    checked++;
  }
  assert.ok(checked > 0, `some ${column} values`);
}

test('trend per 100,000: each month in a period column, rates with a one-decimal display column next to them', async () => {
  const { header, rows } = await csvOf('fpk-trend', { jurisdictions: 'US,OH', measure: 'per100k' });
  assert.deepEqual(header.slice(0, 8), [
    'series',
    'jurisdiction',
    'indicator',
    'period',
    'value',
    'value_display',
    'predicted',
    'predicted_display',
  ]);
  assert.deepEqual(header.slice(-2), ['source', 'dataset_version']);
  assert.ok(rows.every((r) => /^\d{4}-\d{2}$/.test(r['period']!)));
  assertDisplayed(rows, 'value');
  assertDisplayed(rows, 'predicted');
  // The unrounded value is there for programs.
  assert.ok(rows.some((r) => /\.\d{3,}/.test(r['value']!)));
  // Counts are whole numbers: no display column needed.
  assert.ok(!header.includes('reported_display'));
  assert.ok(rows.every((r) => r['reported'] === '' || Number.isInteger(Number(r['reported']))));
  assertNoJSON(rows);
});

test('trend of seizures: pounds rounded as the chart shows them, codes of drug and region beside the series name', async () => {
  const { header, rows } = await csvOf('fpk-trend', { dataset: 'seizures' });
  assert.deepEqual(header, [
    'series',
    'drug',
    'region',
    'period',
    'value',
    'value_display',
    'fiscalYearToDate',
    'source',
    'dataset_version',
  ]);
  assertDisplayed(rows, 'value');
  assert.equal(rows[0]!['series'], 'Fentanyl');
  assert.equal(rows[0]!['drug'], 'fentanyl');
});

test('compare bars: the 12-month period ending in the chart’s month is a column of every row, with the code', async () => {
  const { model, header, rows } = await csvOf('fpk-compare', { to: '2025-09' });
  assert.deepEqual(header, ['rank', 'code', 'name', 'period', 'value', 'note', 'source', 'dataset_version']);
  assert.equal(rows.length, model.rows.length);
  assert.ok(rows.every((r) => r['period'] === '2025-09'));
  const ca = rows.find((r) => r['name'] === 'California')!;
  assert.equal(ca['code'], 'CA');
  // The table a reader sees has neither download-only column.
  assert.deepEqual(
    model.columns.filter((c) => !c.downloadOnly).map((c) => c.key),
    ['rank', 'name', 'value', 'note'],
  );
});

test('compare per 100,000 bars: rates rounded as the bars are labelled', async () => {
  const { model, rows } = await csvOf('fpk-compare', { to: '2025-09', measure: 'per100k' });
  assertDisplayed(rows, 'value');
  const first = model.rows[0]!;
  const row = rows.find((r) => r['code'] === first['code'])!;
  // The display cell is the number the table shows ("17.4"), as a number.
  assert.equal(cellText('en', first['value'], 'rate').replace(/,/g, ''), row['value_display']);
});

test('compare change and dumbbell: both periods as columns, percent change rounded to one decimal', async () => {
  for (const mode of ['change', 'dumbbell']) {
    const { header, rows } = await csvOf('fpk-compare', { from: '2023-09', to: '2025-09', mode });
    assert.deepEqual(
      header,
      [
        'rank',
        'code',
        'name',
        'period_start',
        'period_end',
        'start',
        'end',
        'change',
        'changePercent',
        'changePercent_display',
        'note',
        'source',
        'dataset_version',
      ],
      mode,
    );
    assert.ok(
      rows.every((r) => r['period_start'] === '2023-09' && r['period_end'] === '2025-09'),
      mode,
    );
    assertDisplayed(rows, 'changePercent', 'percent');
    const ca = rows.find((r) => r['code'] === 'CA')!;
    // 12,456 → 8,948: −28.163…%, shown as −28.2%.
    assert.equal(ca['start'], '12456');
    assert.equal(ca['end'], '8948');
    assert.equal(ca['changePercent_display'], '-28.2');
  }
});

test('map: the period in every row (both periods for a year-over-year map), rates and changes rounded', async () => {
  const rate = await csvOf('fpk-map', { to: '2025-09' });
  assert.deepEqual(rate.header, [
    'code',
    'period',
    'name',
    'rate',
    'rate_display',
    'deaths',
    'population',
    'note',
    'source',
    'dataset_version',
  ]);
  assert.equal(rate.rows.length, 51);
  assert.ok(rate.rows.every((r) => r['period'] === '2025-09'));
  assertDisplayed(rate.rows, 'rate');
  assert.equal(rate.rows.find((r) => r['code'] === 'AK')!['rate_display'], '44.9');

  const yoy = await csvOf('fpk-map', { to: '2025-09', measure: 'yoy' });
  assert.deepEqual(yoy.header.slice(0, 8), [
    'code',
    'period_start',
    'period_end',
    'name',
    'changePercent',
    'changePercent_display',
    'changePredicted',
    'changePredicted_display',
  ]);
  assert.ok(yoy.rows.every((r) => r['period_start'] === '2024-09' && r['period_end'] === '2025-09'));
  assertDisplayed(yoy.rows, 'changePercent', 'percent');
  assert.equal(
    yoy.rows.find((r) => r['changePercent'] === '-18.75')?.['changePercent_display'] ?? '-18.8',
    '-18.8',
    'half away from zero, as Intl rounds',
  );
  // Download-only columns stay out of the static fallback's table: its header names the state first.
  const html = await renderHTML('fpk-map', { to: '2025-09' }, { table: true });
  const head = /<thead><tr>(.*?)<\/tr><\/thead>/.exec(html)![1]!;
  assert.deepEqual(
    [...head.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]),
    rate.model.columns.filter((c) => !c.downloadOnly).map((c) => c.label),
  );
  assert.doesNotMatch(head, />Code</);
});

test('timeline: type and check status as labels, each with its code; sources joined with "; "', async () => {
  const { header, rows } = await csvOf('fpk-timeline', {});
  assert.deepEqual(header, [
    'date',
    'organization',
    'kind',
    'type',
    'event_type_code',
    'description',
    'checked',
    'check_status_code',
    'sources',
    'source',
    'dataset_version',
  ]);
  const fto = rows.find((r) => r['event_type_code'] === 'FTO')!;
  assert.ok(fto, 'an FTO designation');
  assert.doesNotMatch(fto['type']!, /^FTO$/, 'the label, not the code');
  const labels = new Map(rows.map((r) => [r['check_status_code'], r['checked']]));
  assert.equal(labels.get('confirmed'), 'confirmed by an official primary source');
  for (const r of rows) {
    assert.match(r['check_status_code']!, /^(confirmed|not_found|contradicted)$/);
    assert.doesNotMatch(r['sources']!, / ; /);
  }
  assert.ok(
    rows.some((r) => r['sources']!.includes('; ')),
    'an event with several sources',
  );
  assertNoJSON(rows);
});

test('cases: lists joined with "; ", the check status as "Not found" with not_found in check_status_code, links as addresses', async () => {
  const data = await loadCases({});
  const model = casesModel(data, { lang: 'en', query: '', sortKey: 'date', descending: true });
  const { header, rows } = parse(modelCSV(model));
  assert.deepEqual(header, [
    'date',
    'eventTypeLabel',
    'event_type_code',
    'caseName',
    'court',
    'docket',
    'defendants',
    'organizationNames',
    'organizationIds',
    'statutes',
    'terrorismRelated',
    'outcomeShown',
    'sentenceShown',
    'checked',
    'check_status_code',
    'links',
    'source',
    'dataset_version',
  ]);
  assert.equal(rows.length, data.all.length);
  assertNoJSON(rows);
  const notFound = rows.filter((r) => r['check_status_code'] === 'not_found');
  assert.ok(notFound.length > 0);
  assert.ok(notFound.every((r) => r['checked'] === 'Not found'));
  assert.ok(rows.every((r) => r['checked'] !== 'not_found'));
  // A case with several defendants: their names joined as the table shows them.
  const event = data.all.find((e) => e.defendants.length > 1)!;
  const row = rows.find((r) => r['caseName'] === event.caseName && r['date'] === (event.date ?? ''))!;
  assert.equal(row['defendants'], event.defendants.join('; '));
  assert.equal(row['statutes'], event.statutes.join('; '));
  assert.equal(row['links'], event.links.map((l) => l.url).join('; '));
  assert.equal(row['event_type_code'], event.eventType);

  // Spanish labels, the same codes.
  const es = parse(modelCSV(casesModel(data, { lang: 'es', query: '', sortKey: 'date', descending: true }))).rows;
  assert.ok(es.filter((r) => r['check_status_code'] === 'not_found').every((r) => r['checked'] === 'No encontrado'));
  // The JSON keeps the codes too.
  const json = JSON.parse(modelJSON(model)) as { rows: { check_status_code: string; checked: string }[] };
  assert.ok(json.rows.some((r) => r.check_status_code === 'not_found' && r.checked === 'Not found'));
});

test('a CSV with no rows is its header alone', async () => {
  const data = await loadCases({});
  const model = casesModel(data, { lang: 'en', query: 'zzz-no-such-case', sortKey: 'date', descending: true });
  const text = modelCSV(model);
  assert.equal(text.split('\n').filter(Boolean).length, 1);
  assert.match(text, /^date,eventTypeLabel,event_type_code,/);
  assert.match(text, /,check_status_code,links,source,dataset_version\n$/);
});
