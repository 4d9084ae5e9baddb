/**
 * The SDK through its public entry, in Node: loadDataset reads the committed slices from disk,
 * queries answer the charts' questions with published figures, and bad names are typed errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changeBetween,
  compareJurisdictions,
  eventsInRange,
  FpkError,
  joinEventsToSeries,
  loadDataset,
  overdoseSeries,
  parseCSV,
  populationFor,
  seizureTotals,
  selectRows,
  sourceLine,
  toCSV,
  UnknownValueError,
  withYearOverYear,
  DATASET_NAMES,
  overdosesSchema,
} from '../../src/index.js';
import * as overdoses from '../../datasets/overdoses/index.js';
import * as population from '../../datasets/population/index.js';

test('every dataset loads in Node with rows and provenance', async () => {
  for (const name of DATASET_NAMES) {
    const { rows, meta } = await loadDataset(name);
    assert.equal(rows.length, meta.rowCount, name);
    assert.ok(meta.sources.length > 0 && meta.sources.every((s) => /^https?:\/\//.test(s.url)), `${name} cites source URLs`);
    assert.ok(meta.released && meta.version && meta.license, `${name} has release, version, licence`);
    assert.match(sourceLine(meta), /^Source: .+ Released \d{4}-\d{2}-\d{2}\. Data version /);
  }
});

test('loadDataset fetches the US slice only and filters by indicator and period', async () => {
  const { rows } = await loadDataset('overdoses', { jurisdictions: ['US'], indicators: ['all-drugs'], from: '2022-12', to: '2022-12' });
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.reported, 109413);
});

test('an unknown jurisdiction is a typed error that lists the valid codes', async () => {
  await assert.rejects(
    loadDataset('overdoses', { jurisdictions: ['XX' as 'US'] }),
    (e: unknown) => e instanceof UnknownValueError && e.code === 'unknown-value' && /"XX"/.test(e.message) && e.allowed.includes('WV') && e.allowed.includes('YC'),
  );
  assert.throws(() => overdoseSeries(overdoses.rows, { jurisdictions: ['XX' as 'US'] }), /Unknown jurisdiction "XX". Allowed: US, AL/);
});

test('an unknown dataset, a bad month and from after to are typed errors', async () => {
  await assert.rejects(loadDataset('overdose' as 'overdoses'), (e: unknown) => e instanceof FpkError && /Unknown dataset "overdose"/.test(e.message) && /overdoses-final/.test(e.message));
  await assert.rejects(loadDataset('overdoses', { from: '2024-13' }), (e: unknown) => e instanceof FpkError && e.code === 'bad-period' && e.attribute === 'from');
  await assert.rejects(loadDataset('overdoses', { from: '2024-01', to: '2023-01' }), (e: unknown) => e instanceof FpkError && e.code === 'bad-range');
  await assert.rejects(loadDataset('overdoses', { drugs: ['fentanyl'] } as never), (e: unknown) => e instanceof FpkError && /Allowed: jurisdictions, indicators/.test(e.message));
});

test('a series over jurisdictions × indicators, with year-over-year change', () => {
  const series = withYearOverYear(overdoseSeries(overdoses.rows, { jurisdictions: ['US', 'WV'], indicators: ['all-drugs'], from: '2022-01', to: '2023-12' }));
  assert.equal(series.length, 2 * 24);
  const us2023 = series.find((p) => p.jurisdiction === 'US' && p.period === '2023-12')!;
  const us2022 = series.find((p) => p.jurisdiction === 'US' && p.period === '2022-12')!;
  assert.equal(us2022.value, 109413);
  assert.equal(us2023.previous, 109413);
  assert.equal(us2023.change, us2023.value! - 109413);
  // The first 12 months of the range have no earlier point in the selection.
  assert.equal(series.find((p) => p.jurisdiction === 'US' && p.period === '2022-06')!.previous, null);
});

test('a comparison across jurisdictions ranks counts and computes per-100k where population allows', () => {
  const rows = compareJurisdictions(overdoses.rows, { indicator: 'all-drugs', period: '2022-12', jurisdictions: ['CA', 'WV', 'NY', 'YC'], population: population.rows, rankBy: 'per100k' });
  const ca = rows.find((r) => r.jurisdiction === 'CA')!;
  const wv = rows.find((r) => r.jurisdiction === 'WV')!;
  assert.equal(ca.value, 11761);
  // West Virginia: 1,318 deaths (VSRR, 12 months ending Dec 2022) / 1,774,003 residents (Census V2025, 2022).
  assert.equal(wv.value, 1318);
  assert.equal(wv.per100k!.toFixed(1), ((1318 / 1774003) * 1e5).toFixed(1));
  assert.equal(wv.rank, 1);
  const ny = rows.find((r) => r.jurisdiction === 'NY')!;
  assert.equal(ny.per100k, null);
  assert.match(ny.rateNote!, /excluding New York City/);
  assert.equal(populationFor(population.rows, 'US', '2026-01').population, null, 'no extrapolation past the newest estimate');
});

test('change between two periods', () => {
  const [us] = changeBetween(overdoses.rows, { indicator: 'all-drugs', from: '2019-09', to: '2022-12', jurisdictions: ['US'] });
  assert.equal(us!.start, 68757);
  assert.equal(us!.end, 109413);
  assert.equal(us!.change, 109413 - 68757);
});

test('events in a date range joined to a series: the 2025-02-20 FTO designations on the US line', async () => {
  const { rows: designations } = await loadDataset('designations', { types: ['FTO'] });
  const { events, undated } = eventsInRange(designations, { from: '2025-02', to: '2025-02' });
  assert.equal(events.length, 8);
  assert.ok(undated.every((e) => e.date === null));
  const series = overdoseSeries(overdoses.rows, { jurisdictions: ['US'], indicators: ['synthetic-opioids'] });
  const joined = joinEventsToSeries(events as (typeof events[number] & { date: string })[], series);
  assert.ok(joined.every((e) => e.period === '2025-02' && typeof e.value === 'number'));
  assert.throws(() => eventsInRange(designations, { from: '2025-03', to: '2025-01' }), /after/);
});

test('seizure totals: CBP (OFO + USBP) fentanyl FY2019 was 2,803.60 lb', async () => {
  const { rows } = await loadDataset('seizures', { drugs: ['fentanyl'] });
  const fy = seizureTotals(rows, { by: 'fiscalYear', components: ['ofo', 'usbp'] });
  assert.equal(fy.find((t) => t.key === '2019')!.pounds.toFixed(2), '2803.60');
  assert.equal(fy.find((t) => t.key === '2026')!.partial, true);
});

test('selectRows filters bundled rows with the same validation as loadDataset', () => {
  const rows = selectRows(overdoses, { jurisdictions: ['YC'], indicators: ['synthetic-opioids'], from: '2024' });
  assert.ok(rows.length > 0 && rows.every((r) => r.jurisdiction === 'YC' && r.period >= '2024-01'));
});

test('parseCSV reads a reader’s CSV by a dataset schema and toCSV writes it back', () => {
  const text = toCSV(overdoses.rows.slice(0, 3), overdosesSchema);
  const parsed = parseCSV(text, overdosesSchema);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.rows, overdoses.rows.slice(0, 3));
  const bad = parseCSV(text.replace(/\n([A-Z]{2}),/, '\nXX,'), overdosesSchema, { file: 'mine.csv' });
  assert.equal(bad.errors.length, 1);
  assert.equal(bad.errors[0]!.row, 2);
  assert.equal(bad.errors[0]!.column, 'jurisdiction');
});

test('SLICES (requested before meta.json arrives) names exactly the slice files of every meta.json', async () => {
  const { SLICES } = await import('../../src/registry.js');
  const { QUERY_FIELDS } = await import('../../src/filter.js');
  const { readFileSync } = await import('node:fs');
  for (const name of DATASET_NAMES) {
    const meta = JSON.parse(readFileSync(new URL(`../../datasets/${name}/meta.json`, import.meta.url), 'utf8')) as { slices: { by: string[]; files: Record<string, { file: string; rows: number }> } };
    const levels = SLICES[name];
    if (meta.slices.by.length === 0) {
      assert.equal(levels, undefined, `${name} is one file`);
      continue;
    }
    assert.ok(levels, `${name} is sliced by ${meta.slices.by.join(', ')}`);
    assert.deepEqual(levels.map((l) => QUERY_FIELDS[l.option]), meta.slices.by);
    // Every combination of the levels' names is a file (so a request never 404s), and nothing else.
    const combos = levels.reduce<string[]>((paths, l) => paths.flatMap((p) => l.names.map((n) => (p ? `${p}/${n}` : n))), ['']);
    assert.deepEqual(combos.sort(), Object.keys(meta.slices.files).sort());
    for (const [key, { file }] of Object.entries(meta.slices.files)) assert.equal(file, `slices/${key}.json`);
  }
});
