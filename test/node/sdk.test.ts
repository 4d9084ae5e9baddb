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
  revisions,
  DATASET_NAMES,
  overdosesSchema,
} from '../../src/index.js';
import * as overdoses from '../../datasets/overdoses/index.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url));
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

test('a release option returns the data exactly as that release published it; the default is the newest value of each cell', async () => {
  const nc = (release?: '2025-01-08' | '2026-02-14' | 'all') =>
    loadDataset('overdoses', { jurisdictions: ['NC'], indicators: ['all-drugs'], ...(release ? { release } : {}) });
  const at = (rows: readonly { period: string; reported: number | null; release: string }[], period: string) =>
    rows.filter((r) => r.period === period).map((r) => [r.reported, r.release]);
  // North Carolina, 12 months ending July 2024: 2,269 when first reported, 2,864 in the 2026-02-14 release.
  const old = (await nc('2025-01-08')).rows;
  assert.deepEqual([old.length, old[0]!.period, old.at(-1)!.period], [115, '2015-01', '2024-07']);
  assert.ok(old.every((r) => r.release === '2025-01-08'));
  assert.deepEqual(at(old, '2024-07'), [[2_269, '2025-01-08']]);
  assert.deepEqual(at(old, '2023-12'), [[4_025, '2025-01-08']]);
  const feb = (await nc('2026-02-14')).rows;
  assert.deepEqual([feb.length, feb[0]!.period, feb.at(-1)!.period], [34, '2022-12', '2025-09']);
  assert.deepEqual(at(feb, '2024-07'), [[2_864, '2026-02-14']]);
  const current = (await nc()).rows;
  assert.deepEqual(at(current, '2024-07'), [[2_864, '2026-02-14']]);
  assert.deepEqual(at(current, '2022-11'), [[at(old, '2022-11')[0]![0], '2025-01-08']]);
  // Every release: one row per period and release, oldest release first.
  const all = (await nc('all')).rows;
  assert.equal(all.length, 115 + 34);
  assert.deepEqual(at(all, '2024-07'), [
    [2_269, '2025-01-08'],
    [2_864, '2026-02-14'],
  ]);
  // The US all-drug count for January 2023 as each release published it (PROVENANCE §3 check 1).
  const us = await loadDataset('overdoses', {
    jurisdictions: ['US'],
    indicators: ['all-drugs'],
    from: '2023-01',
    to: '2023-01',
    release: 'all',
  });
  assert.deepEqual(
    us.rows.map((r) => [r.reported, r.release]),
    [
      [109_758, '2025-01-08'],
      [109_745, '2026-02-14'],
    ],
  );
});

test('every release view holds exactly the rows meta.releases counts, and together they are every value of every release', async () => {
  const { meta } = await loadDataset('overdoses', { jurisdictions: ['US'], indicators: ['all-drugs'] });
  let total = 0;
  for (const r of meta.releases!) {
    const { rows } = await loadDataset('overdoses', { release: r.date as '2025-01-08' });
    assert.equal(rows.length, r.rows, r.date);
    assert.ok(rows.every((row) => row.release === r.date));
    const periods = rows.map((row) => row.period).sort();
    assert.deepEqual(
      [periods[0], periods.at(-1), [...new Set(rows.map((row) => row.jurisdiction))].sort()],
      [r.start, r.end, r.jurisdictions],
    );
    total += rows.length;
  }
  const all = await loadDataset('overdoses', { release: 'all' });
  assert.equal(all.rows.length, total);
  const superseded = Object.values(meta.slices.superseded!).reduce((n, f) => n + f.rows, 0);
  assert.equal(total, meta.rowCount + superseded);
});

test('an unknown release is a typed error listing the releases; datasets with one release and bundled rows refuse the option', async () => {
  await assert.rejects(
    loadDataset('overdoses', { release: '2025-01-09' as '2025-01-08' }),
    (e: unknown) =>
      e instanceof UnknownValueError &&
      e.attribute === 'release' &&
      e.message === 'Unknown release "2025-01-09". Allowed: 2025-01-08, 2026-02-14, 2026-06-27, all.',
  );
  await assert.rejects(
    loadDataset('seizures', { release: 'all' } as never),
    (e: unknown) => e instanceof FpkError && e.attribute === 'release' && /seizures has one release/.test(e.message),
  );
  assert.throws(
    () => selectRows(overdoses, { release: '2025-01-08' }),
    (e: unknown) => e instanceof FpkError && /loadDataset\('overdoses', \{ release \}\)/.test(e.message),
  );
});

test('revisions: how far the first report undercounted, period by period (North Carolina, all drugs)', async () => {
  const { rows } = await loadDataset('overdoses', { jurisdictions: ['NC'], indicators: ['all-drugs'], release: 'all' });
  const rev = revisions(rows, { jurisdiction: 'NC', indicator: 'all-drugs', from: '2022-06' });
  assert.deepEqual(rev.releases, ['2025-01-08', '2026-02-14']);
  const p = (period: string) => rev.periods.find((x) => x.period === period)!;
  const jul = p('2024-07');
  assert.deepEqual(
    jul.values.map((v) => [v.release, v.reported, v.predicted]),
    [
      ['2025-01-08', 2_269, jul.values[0]!.predicted],
      ['2026-02-14', 2_864, 3_507],
    ],
  );
  assert.deepEqual([jul.first.reported, jul.latest.reported, jul.change, jul.changePercent!.toFixed(1)], [2_269, 2_864, 595, '26.2']);
  // Late 2023 was revised down: 4,025 → 3,489.
  assert.deepEqual([p('2023-12').change, p('2023-12').latest.release], [-536, '2026-02-14']);
  // A closed month is identical in both; a month only one release has cannot show a revision.
  assert.deepEqual([p('2022-12').values.length, p('2022-12').change], [2, 0]);
  assert.deepEqual([p('2025-09').values.length, p('2025-09').change, p('2025-09').first.release], [1, null, '2026-02-14']);
  assert.deepEqual([rev.periods[0]!.period, rev.periods.at(-1)!.period, rev.periods.length], ['2022-06', '2025-09', 40]);
  // The default view has one release per period: nothing to compare.
  assert.ok(revisions(overdoses.rows, { jurisdiction: 'NC', indicator: 'all-drugs' }).periods.every((x) => x.change === null));
  assert.throws(() => revisions(rows, { jurisdiction: 'XX' as 'NC', indicator: 'all-drugs' }), /Unknown jurisdiction "XX"/);
  assert.throws(
    () => revisions([...rows, rows[0]!], { jurisdiction: 'NC', indicator: 'all-drugs' }),
    /appears twice in release 2025-01-08/,
  );
});

test('fpk data: California in September 2025 from the 2026-02-14 release; --release picks a release, a bad one exits 2 with the list', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', BIN, 'data', 'overdoses', ...args], { encoding: 'utf8' });
  const ca = run('--jurisdictions', 'CA', '--indicators', 'all-drugs', '--from', '2025-09', '--to', '2025-09');
  assert.equal(ca.status, 0, ca.stderr);
  const [header, line, ...rest] = ca.stdout.trim().split('\n');
  assert.match(
    header!,
    /^jurisdiction,period,indicator,reported,predicted,percentComplete,percentCompleteAtLeast,percentPending,footnotes,footnoteSymbol,release(,|$)/,
  );
  assert.match(line!, /^CA,2025-09,all-drugs,8948,9450,100,false,[\d.]+,underreported,\*,2026-02-14(,|$)/);
  assert.equal(rest.length, 0);
  const old = run(
    '--jurisdictions',
    'NC',
    '--indicators',
    'all-drugs',
    '--from',
    '2024-07',
    '--to',
    '2024-07',
    '--release',
    '2025-01-08',
    '--format',
    'json',
  );
  assert.equal(old.status, 0, old.stderr);
  assert.deepEqual(
    (JSON.parse(old.stdout) as { rows: { reported: number; release: string }[] }).rows.map((r) => [r.reported, r.release]),
    [[2_269, '2025-01-08']],
  );
  const bad = run('--release', '2026-02-15');
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, 'fpk: Unknown release "2026-02-15". Allowed: 2025-01-08, 2026-02-14, 2026-06-27, all.\n');
});

test('an unknown jurisdiction is a typed error that lists the valid codes', async () => {
  await assert.rejects(
    loadDataset('overdoses', { jurisdictions: ['XX' as 'US'] }),
    (e: unknown) =>
      e instanceof UnknownValueError &&
      e.code === 'unknown-value' &&
      /"XX"/.test(e.message) &&
      e.allowed.includes('WV') &&
      e.allowed.includes('YC'),
  );
  assert.throws(() => overdoseSeries(overdoses.rows, { jurisdictions: ['XX' as 'US'] }), /Unknown jurisdiction "XX". Allowed: US, AL/);
});

test('an unknown dataset, a bad month and from after to are typed errors', async () => {
  await assert.rejects(
    loadDataset('overdose' as 'overdoses'),
    (e: unknown) => e instanceof FpkError && /Unknown dataset "overdose"/.test(e.message) && /overdoses-final/.test(e.message),
  );
  await assert.rejects(
    loadDataset('overdoses', { from: '2024-13' }),
    (e: unknown) => e instanceof FpkError && e.code === 'bad-period' && e.attribute === 'from',
  );
  await assert.rejects(
    loadDataset('overdoses', { from: '2024-01', to: '2023-01' }),
    (e: unknown) => e instanceof FpkError && e.code === 'bad-range',
  );
  await assert.rejects(
    loadDataset('overdoses', { drugs: ['fentanyl'] } as never),
    (e: unknown) => e instanceof FpkError && /Allowed: jurisdictions, indicators/.test(e.message),
  );
});

test('a series over jurisdictions × indicators, with year-over-year change', () => {
  const series = withYearOverYear(
    overdoseSeries(overdoses.rows, { jurisdictions: ['US', 'WV'], indicators: ['all-drugs'], from: '2022-01', to: '2023-12' }),
  );
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
  const rows = compareJurisdictions(overdoses.rows, {
    indicator: 'all-drugs',
    period: '2022-12',
    jurisdictions: ['CA', 'WV', 'NY', 'YC'],
    population: population.rows,
    rankBy: 'per100k',
  });
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
  const joined = joinEventsToSeries(events as ((typeof events)[number] & { date: string })[], series);
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
    const meta = JSON.parse(readFileSync(new URL(`../../datasets/${name}/meta.json`, import.meta.url), 'utf8')) as {
      slices: { by: string[]; files: Record<string, { file: string; rows: number }> };
    };
    const levels = SLICES[name];
    if (meta.slices.by.length === 0) {
      assert.equal(levels, undefined, `${name} is one file`);
      continue;
    }
    assert.ok(levels, `${name} is sliced by ${meta.slices.by.join(', ')}`);
    assert.deepEqual(
      levels.map((l) => QUERY_FIELDS[l.option]),
      meta.slices.by,
    );
    // Every combination of the levels' names is a file (so a request never 404s), and nothing else.
    const combos = levels.reduce<string[]>((paths, l) => paths.flatMap((p) => l.names.map((n) => (p ? `${p}/${n}` : n))), ['']);
    assert.deepEqual(combos.sort(), Object.keys(meta.slices.files).sort());
    for (const [key, { file }] of Object.entries(meta.slices.files)) assert.equal(file, `slices/${key}.json`);
    // Older releases' values: read after meta.json (only a release view needs them), so listed there only.
    for (const [key, { file, rows }] of Object.entries(
      (meta.slices as { superseded?: Record<string, { file: string; rows: number }> }).superseded ?? {},
    )) {
      assert.ok(meta.slices.files[key] && rows > 0, `${name} superseded ${key}`);
      assert.equal(file, `slices/superseded/${key}.json`);
    }
  }
});
