import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { rows, meta } from '../../datasets/overdoses/index.js';
import { INDICATOR_INFO, OVERDOSE_FOOTNOTES, OVERDOSE_INDICATORS, type OverdoseRecord } from '../../src/dataset-schemas/overdoses.js';
import { parseCSV } from '../../src/csv.js';
import { JURISDICTION_CODES, jurisdictionName, type Jurisdiction } from '../../src/jurisdictions.js';
import { BuildContext } from '../../scripts/pipeline/context.js';
import {
  CLOSED_THROUGH,
  MONTH_NAMES,
  OVERDOSE_FILES,
  overdoses,
  parseFootnote,
  rawVsrrApiSchema,
  rawVsrrCsvSchema,
  US_PARTS,
} from '../../scripts/dataset-builds/overdoses.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RAW = resolve(process.env.FPK_RAW ?? join(root, '../shared/data/raw'));

const byKey = new Map(rows.map((r) => [`${r.jurisdiction} ${r.indicator} ${r.period}`, r]));
function row(jurisdiction: string, indicator: string, period: string): OverdoseRecord {
  const r = byKey.get(`${jurisdiction} ${indicator} ${period}`);
  assert.ok(r, `no row ${jurisdiction} ${indicator} ${period}`);
  return r;
}
const pick = (r: OverdoseRecord) => [r.reported, r.predicted, r.release];

test('published US figures come through exactly, from the newest release that has them', () => {
  // PROVENANCE §2 spot checks (NCHStats blog, Filter magazine) and §1 (SODA extract).
  assert.deepEqual(pick(row('US', 'all-drugs', '2022-12')), [109_413, 110_942, '2026-02-14']);
  assert.deepEqual(pick(row('US', 'all-drugs', '2019-09')), [68_757, 69_650, '2026-02-14']);
  assert.equal(row('US', 'opioids', '2019-09').reported, 48_140);
  assert.equal(row('US', 'all-drugs', '2020-07').reported, 85_236);
  assert.deepEqual(pick(row('US', 'synthetic-opioids', '2021-12')), [71_143, 71_746, '2026-06-27']);
  assert.deepEqual(pick(row('US', 'synthetic-opioids', '2019-12')), [36_603, 36_895, '2026-06-27']);
  assert.deepEqual(pick(row('US', 'synthetic-opioids', '2024-12')), [48_662, 48_913, '2026-06-27']);
  assert.deepEqual(pick(row('US', 'synthetic-opioids', '2026-01')), [36_825, 37_488, '2026-06-27']);
});

test('state figures match the PROVENANCE spot checks, from the newest release that has them', () => {
  // §3 spot checks where the 2025-01-08 release is the newest (months before December 2022).
  assert.deepEqual(pick(row('TX', 'all-drugs', '2019-12')), [3_123, 3_177, '2025-01-08']);
  assert.deepEqual(pick(row('CA', 'all-drugs', '2019-12')), [6_363, 6_538, '2025-01-08']);
  // From December 2022 every state's all-drug count is the 2026-02-14 release's ("Added 2026-12-02"):
  // the closed month keeps its reported count (11,761 in both), the predicted value is re-estimated.
  assert.deepEqual(pick(row('CA', 'all-drugs', '2022-12')), [11_761, 12_289, '2026-02-14']);
  assert.deepEqual(pick(row('DC', 'all-drugs', '2022-12')), [575, 575, '2026-02-14']);
  // Revised between the releases: FL Dec 2023 7,341 → 7,330, OH Jul 2024 3,755 → 3,766, NC Dec 2023 4,025 → 3,489.
  assert.deepEqual(pick(row('FL', 'all-drugs', '2023-12')), [7_330, 7_392, '2026-02-14']);
  assert.deepEqual(pick(row('OH', 'all-drugs', '2024-07')), [3_766, 3_766, '2026-02-14']);
  assert.deepEqual(pick(row('NC', 'all-drugs', '2023-12')), [3_489, 4_442, '2026-02-14']);
  assert.deepEqual(pick(row('NC', 'all-drugs', '2024-07')), [2_864, 3_507, '2026-02-14']);
  // New months, to September 2025 like the US; OK's latest count is far below its prediction (pending 1.68 %).
  assert.deepEqual(pick(row('CA', 'all-drugs', '2025-09')), [8_948, 9_450, '2026-02-14']);
  assert.deepEqual(pick(row('OK', 'all-drugs', '2025-09')), [642, 856, '2026-02-14']);
  assert.deepEqual(pick(row('WV', 'synthetic-opioids', '2024-12')), [586, 591, '2026-06-27']);
});

test('in every month of a release, the 50 states + DC + YC add up to the US all-drug count', () => {
  const parts = US_PARTS;
  const months = rows.filter((r) => r.jurisdiction === 'US' && r.indicator === 'all-drugs' && r.period >= '2022-12');
  assert.equal(months.length, 34);
  for (const us of months) {
    const states = rows.filter((r) => r.indicator === 'all-drugs' && r.period === us.period && parts.includes(r.jurisdiction));
    assert.equal(states.length, 52);
    assert.ok(states.every((r) => r.release === us.release));
    assert.equal(
      states.reduce((n, r) => n + r.reported!, 0),
      us.reported,
      us.period,
    );
  }
  // PROVENANCE's examples: the June 2023 peak, December 2024 and the latest month.
  assert.deepEqual(
    ['2023-06', '2024-12', '2025-09'].map((p) => row('US', 'all-drugs', p).reported),
    [111_466, 80_856, 68_962],
  );
});

test('hidden values are null, never 0, and carry the footnote that says why', () => {
  const hidden = new Set(rows.filter((r) => r.footnotes.includes('suppressed-lt10') || r.footnotes.includes('low-quality')));
  assert.ok(hidden.size > 1000);
  for (const r of rows) assert.equal(r.reported === null, hidden.has(r), `${r.jurisdiction} ${r.indicator} ${r.period}`);
  assert.deepEqual(row('AK', 'cocaine', '2015-07').footnotes, ['may-differ-from-final', 'suppressed-lt10', 'low-quality']);
  assert.equal(row('AK', 'cocaine', '2015-07').reported, null);
  const pr = row('PR', 'synthetic-opioids', '2015-01');
  assert.deepEqual([pr.reported, pr.footnotes], [null, ['may-differ-from-final', 'low-quality']]);
  assert.ok(!rows.some((r) => r.reported === 0 && r.indicator !== 'pct-drugs-specified'));
});

test('the footnote symbol agrees with the footnote text on every row', () => {
  for (const r of rows) {
    const expected = r.footnotes[0] === 'may-differ-from-final' ? '**' : r.footnotes[0] === 'underreported' ? '*' : null;
    assert.equal(r.footnoteSymbol, expected);
  }
});

test('Louisiana and Pennsylvania have no drug-specific rows in any release; ND and NE only from the SODA extract', () => {
  const indicators = (j: string) => [...new Set(rows.filter((r) => r.jurisdiction === j).map((r) => r.indicator))].sort();
  assert.deepEqual(indicators('LA'), ['all-deaths', 'all-drugs', 'pct-drugs-specified']);
  assert.deepEqual(indicators('PA'), ['all-deaths', 'all-drugs', 'pct-drugs-specified']);
  for (const j of ['ND', 'NE']) {
    assert.deepEqual(indicators(j), ['all-deaths', 'all-drugs', 'pct-drugs-specified', 'synthetic-opioids']);
    assert.ok(rows.filter((r) => r.jurisdiction === j && r.indicator === 'synthetic-opioids').every((r) => r.release === '2026-06-27'));
  }
});

test('row count per release, period range and the merge rule', () => {
  const count = (release: string) => rows.filter((r) => r.release === release).length;
  assert.deepEqual([count('2025-01-08'), count('2026-02-14'), count('2026-06-27')], [61_520, 2_671, 6_916]);
  // 70,379 before the 2026-02-14 state excerpt, which adds 52 jurisdictions × 14 months (Aug 2024 – Sep 2025).
  assert.equal(rows.length, 71_107);
  assert.equal(meta.rowCount, 71_107);
  assert.deepEqual(meta.coverage, { start: '2015-01', end: '2026-01' });
  const last = (release: string) =>
    rows
      .filter((r) => r.release === release)
      .map((r) => r.period)
      .sort()
      .at(-1);
  assert.deepEqual([last('2025-01-08'), last('2026-02-14'), last('2026-06-27')], ['2024-07', '2025-09', '2026-01']);
  // The SODA extract replaces every T40.4 row; the Feb-2026 download every other US indicator it has.
  assert.ok(rows.filter((r) => r.indicator === 'synthetic-opioids').every((r) => r.release === '2026-06-27'));
  const usAllDrugs = rows.filter((r) => r.jurisdiction === 'US' && r.indicator === 'all-drugs');
  assert.equal(usAllDrugs.length, 129);
  assert.ok(usAllDrugs.every((r) => r.release === '2026-02-14'));
  // Every state's all-drug series ends in September 2025 like the US, from the 2026-02-14 release since December 2022.
  for (const j of JURISDICTION_CODES.filter((c) => c !== 'PR')) {
    const series = rows.filter((r) => r.jurisdiction === j && r.indicator === 'all-drugs');
    assert.equal(series.at(-1)!.period, '2025-09', j);
    assert.equal(series.length, 129, j);
    assert.ok(
      series.every((r) => r.release === (r.period >= '2022-12' || j === 'US' ? '2026-02-14' : '2025-01-08')),
      j,
    );
  }
  // Indicators the Feb-2026 excerpts left out stay at the 2025-01-08 release, to July 2024.
  const usDeaths = rows.filter((r) => r.jurisdiction === 'US' && r.indicator === 'all-deaths');
  assert.deepEqual([usDeaths.length, usDeaths.every((r) => r.release === '2025-01-08')], [115, true]);
  // Revised after 2022: the newest release wins (109,758 in 2025-01-08 → 109,745).
  assert.equal(row('US', 'all-drugs', '2023-01').reported, 109_745);
  assert.equal(row('CA', 'synthetic-opioids', '2024-07').release, '2026-06-27');
  assert.equal(row('CA', 'heroin', '2024-07').release, '2025-01-08');
});

test('meta.releases lists every release with its title, what it covers and its files; the older values are kept beside the rows', () => {
  const releases = meta.releases!;
  const cover = (c: { jurisdictions: readonly string[]; indicators: readonly string[]; start: string; end: string; rows: number }) => [
    c.jurisdictions.length,
    c.indicators.join(' '),
    c.start,
    c.end,
    c.rows,
  ];
  assert.deepEqual(
    releases.map((r) => [r.date, r.rows, r.current, r.files.length]),
    [
      ['2025-01-08', 69_000, 61_520, 1],
      ['2026-02-14', 1_032 + 1_768, 2_671, 2],
      ['2026-06-27', 6_916, 6_916, 1],
    ],
  );
  assert.deepEqual(cover(releases[0]!), [53, OVERDOSE_INDICATORS.slice().sort().join(' '), '2015-01', '2024-07', 69_000]);
  const [us, states] = releases[1]!.files;
  assert.deepEqual(
    [us!.path, ...cover(us!)],
    [
      OVERDOSE_FILES['2026-02-14'][0],
      1,
      'all-drugs cocaine heroin methadone natural-semisynthetic-opioids opioids psychostimulants synthetic-opioids',
      '2015-01',
      '2025-09',
      1_032,
    ],
  );
  assert.deepEqual([states!.path, ...cover(states!)], [OVERDOSE_FILES['2026-02-14'][1], 52, 'all-drugs', '2022-12', '2025-09', 1_768]);
  assert.ok(!states!.jurisdictions.includes('US') && !states!.jurisdictions.includes('PR'));
  assert.deepEqual(cover(releases[2]!), [52, 'synthetic-opioids', '2015-01', '2026-01', 6_916]);
  assert.ok(releases.every((r) => r.title === meta.sources.find((src) => src.released === r.date)!.title));
  // Every value of every release is in exactly one place: the rows (newest of each cell) or slices/superseded/.
  const superseded = Object.values(meta.slices.superseded!);
  assert.equal(
    releases.reduce((n, r) => n + r.rows, 0),
    rows.length + superseded.reduce((n, f) => n + f.rows, 0),
  );
  assert.equal(
    releases.reduce((n, r) => n + r.current, 0),
    rows.length,
  );
  const older = JSON.parse(readFileSync(join(root, 'datasets/overdoses', meta.slices.superseded!['NC/all-drugs']!.file), 'utf8')) as {
    columns: string[];
    rows: unknown[][];
  };
  const at = (name: string) => older.columns.indexOf(name);
  // North Carolina's all-drug counts of the 2025-01-08 release that the 2026-02-14 release replaced: December 2022 – July 2024.
  assert.deepEqual([older.rows.length, older.rows[0]![at('period')], older.rows.at(-1)![at('period')]], [20, '2022-12', '2024-07']);
  assert.deepEqual(older.rows.at(-1)!.slice(at('reported'), at('predicted') + 1), [2_269, 2_996]);
  assert.ok(older.rows.every((r) => r[at('release')] === '2025-01-08'));
});

test('percent complete "99.5+" is a lower bound; other values are exact', () => {
  const la = row('LA', 'all-drugs', '2022-10');
  assert.deepEqual([la.percentComplete, la.percentCompleteAtLeast], [99.5, true]);
  // Florida's July 2024 records were 99.4 % complete in the 2025-01-08 release (100 % in 2026-02-14).
  const fl = row('FL', 'all-deaths', '2024-07');
  assert.deepEqual([fl.percentComplete, fl.percentCompleteAtLeast, fl.release], [99.4, false, '2025-01-08']);
  assert.equal(rows.filter((r) => r.percentCompleteAtLeast).length, 6);
});

test('slugs, ICD-10 codes and footnote texts are in meta', () => {
  assert.deepEqual(Object.fromEntries(OVERDOSE_INDICATORS.map((s) => [INDICATOR_INFO[s].label, s])), {
    'Number of Drug Overdose Deaths': 'all-drugs',
    'Number of Deaths': 'all-deaths',
    'Percent with drugs specified': 'pct-drugs-specified',
    'Opioids (T40.0-T40.4,T40.6)': 'opioids',
    'Natural, semi-synthetic, & synthetic opioids, incl. methadone (T40.2-T40.4)': 'natural-semisynthetic-synthetic-opioids',
    'Natural & semi-synthetic opioids, incl. methadone (T40.2, T40.3)': 'natural-semisynthetic-opioids-methadone',
    'Natural & semi-synthetic opioids (T40.2)': 'natural-semisynthetic-opioids',
    'Methadone (T40.3)': 'methadone',
    'Synthetic opioids, excl. methadone (T40.4)': 'synthetic-opioids',
    'Heroin (T40.1)': 'heroin',
    'Cocaine (T40.5)': 'cocaine',
    'Psychostimulants with abuse potential (T43.6)': 'psychostimulants',
  });
  const described = meta.fields.find((f) => f.name === 'indicator')!.description;
  for (const slug of OVERDOSE_INDICATORS) {
    const { label, icd10 } = INDICATOR_INFO[slug] as { label: string; icd10: string | null };
    assert.ok(described.includes(`${slug} = "${label}"`), slug);
    if (icd10) assert.ok(described.includes(`ICD-10 ${icd10}`), slug);
  }
  assert.deepEqual(meta.footnotes, OVERDOSE_FOOTNOTES);
  // One slice per jurisdiction and indicator, each holding exactly its rows; empty where CDC has none.
  assert.deepEqual(meta.slices.by, ['jurisdiction', 'indicator']);
  const us = meta.slices.files['US/synthetic-opioids']!;
  assert.equal(us.file, 'slices/US/synthetic-opioids.json');
  assert.equal(us.rows, rows.filter((r) => r.jurisdiction === 'US' && r.indicator === 'synthetic-opioids').length);
  assert.ok(
    Object.values(meta.slices.files).some((f) => f.rows === 0),
    'combinations CDC does not publish are empty files',
  );
  assert.equal(
    Object.values(meta.slices.files).reduce((n, f) => n + f.rows, 0),
    rows.length,
  );
});

test('footnote text splits on one or two spaces; unknown sentences are left over', () => {
  const n = OVERDOSE_FOOTNOTES['may-differ-from-final'];
  assert.deepEqual(parseFootnote(`${n}  Data suppressed (<10).`), { codes: ['may-differ-from-final', 'suppressed-lt10'], rest: null });
  assert.deepEqual(parseFootnote(`Underreported due to incomplete data. Data not shown due to low data quality.`), {
    codes: ['underreported', 'low-quality'],
    rest: null,
  });
  assert.deepEqual(parseFootnote(`${n}   Data suppressed (<10).`).rest, `   Data suppressed (<10).`);
  assert.deepEqual(parseFootnote(`${n}  Data are fake.`).rest, 'Data are fake.');
  assert.deepEqual(parseFootnote(`${n}${n}`).rest, n);
});

/** Every raw release (all its files) as jurisdiction|indicator|period → Data Value text (separators removed). */
function rawReported(release: keyof typeof OVERDOSE_FILES): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of OVERDOSE_FILES[release]) {
    const bytes = readFileSync(join(RAW, file));
    const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
    const parsed = parseCSV(text, release === '2026-06-27' ? rawVsrrApiSchema : rawVsrrCsvSchema, { file });
    assert.deepEqual(parsed.errors, []);
    for (const r of parsed.rows) {
      const period = `${r.year}-${String(MONTH_NAMES.indexOf(r.month) + 1).padStart(2, '0')}`;
      out.set(`${r.state}|${r.indicator}|${period}`, (r.dataValue ?? '').replaceAll(',', ''));
    }
  }
  return out;
}

test('raw data: closed months (through 2022-12) report identical counts in every pair of releases', () => {
  const releases = (['2025-01-08', '2026-02-14', '2026-06-27'] as const).map(rawReported);
  let pairs = 0;
  const differ: string[] = [];
  releases.forEach((a, i) => {
    for (const b of releases.slice(i + 1)) {
      for (const [key, value] of a) {
        if (key.slice(-7) > CLOSED_THROUGH || !b.has(key)) continue;
        pairs++;
        if (b.get(key) !== value) differ.push(`${key}: ${value} vs ${b.get(key)}`);
      }
    }
  });
  // 96 closed months × (8 US indicators in 2025-01-08 and 2026-02-14 + T40.4 of 49 jurisdictions in
  // 2025-01-08 and 2026-06-27 + US T40.4 in 2026-02-14 and 2026-06-27), and the all-drug counts of
  // the 52 states, DC and YC for December 2022 in 2025-01-08 and 2026-02-14.
  assert.equal(pairs, 5_568 + 52);
  assert.deepEqual(differ, []);
});

test('raw data: the all-drug state excerpt is a byte subset of the full 2025-01-08 file, whose hash is in meta', () => {
  const full = gunzipSync(readFileSync(join(RAW, OVERDOSE_FILES['2025-01-08'][0])));
  assert.equal(createHash('sha256').update(full).digest('hex'), '5db5cc5f25d0fb92ba0827d392e4ed094f629d4a8fa0ecee1467c1640a04d66a');
  assert.equal(meta.sources[0]!.files[0]!.sha256, '5db5cc5f25d0fb92ba0827d392e4ed094f629d4a8fa0ecee1467c1640a04d66a');
  const lines = full.toString('utf8').split('\n');
  const excerpt = readFileSync(
    join(RAW, 'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20250108__states_all_drugs_excerpt.csv'),
    'utf8',
  )
    .split('\n')
    .filter(Boolean);
  assert.equal(excerpt.length, 6_096);
  let at = 0;
  for (const line of excerpt) {
    while (at < lines.length && lines[at] !== line) at++;
    assert.ok(at < lines.length, `excerpt line not found in order: ${line}`);
    at++;
  }
});

test('bad raw input: the build lists every problem with file, row and column', () => {
  const ctx = new BuildContext(join(root, 'test/fixtures/raw-bad-overdoses'));
  overdoses.build(ctx);
  const [full] = OVERDOSE_FILES['2025-01-08'];
  const [usExcerpt] = OVERDOSE_FILES['2026-02-14'];
  const [api] = OVERDOSE_FILES['2026-06-27'];
  const found = ctx.problems.map((p) => [p.file, p.row, p.column ?? null, p.value]);
  const expected = [
    // A missing column: the whole file is refused, at its header.
    [
      usExcerpt,
      1,
      null,
      'State,Year,Month,Period,Indicator,Data Value,Percent Complete,Percent Pending Investigation,State Name,Footnote,Footnote Symbol',
    ],
    [full, 3, 'Data Value', '12x'],
    [full, 4, 'State+Indicator+Year+Month', 'AK | all-drugs | 2019-01'],
    [api, 2, 'state', 'XX'],
    [full, 5, 'Footnote', `${OVERDOSE_FOOTNOTES['may-differ-from-final']}  Data are fake.`],
    [full, 6, 'Indicator', 'Fentanyl (T40.4 only)'],
    [full, 7, 'State Name', 'Alabama'],
    [full, 9, 'Data Value', '7'],
    [api, 3, 'data_value', '21'],
    // AK's all-drug count for 2019-01 is there, but not the US count it must add up to with the other states.
    [full, 2, 'State+Year+Month', '2019-01'],
  ];
  for (const e of expected)
    assert.ok(
      found.some((f) => JSON.stringify(f) === JSON.stringify(e)),
      `missing problem ${JSON.stringify(e)}`,
    );
  assert.equal(ctx.problems.length, expected.length, JSON.stringify(found, null, 1));
  assert.match(ctx.problems.find((p) => p.row === 1)!.expected, /"Predicted Value"/);
});

test('bad raw input: a month whose states do not add up to the US fails the build, one problem per month', () => {
  // A small raw folder of our own: the 2026-02-14 release for three months of made-up counts (every
  // jurisdiction 100 deaths), whose state sums are right in 2023-01, one death too high in 2023-02
  // (a mistyped Texas count) and short of Wyoming in 2023-03; the other releases are empty files.
  const dir = mkdtempSync(join(tmpdir(), 'fpk-state-sum-'));
  const [usFile, statesFile] = OVERDOSE_FILES['2026-02-14'];
  const header =
    '"State","Year","Month","Period","Indicator","Data Value","Percent Complete","Percent Pending Investigation","State Name","Footnote","Footnote Symbol","Predicted Value"';
  const note = OVERDOSE_FOOTNOTES['may-differ-from-final'];
  const line = (j: Jurisdiction, month: string, value: number) =>
    [
      '' + j,
      '2023',
      month,
      '12 month-ending',
      'Number of Drug Overdose Deaths',
      value.toLocaleString('en-US'),
      '100',
      '0',
      jurisdictionName(j),
      note,
      '**',
      value.toLocaleString('en-US'),
    ]
      .map((v) => `"${v}"`)
      .join(',');
  const parts = US_PARTS;
  const states = [
    ...parts.map((j) => line(j, 'January', 100)),
    ...parts.map((j) => line(j, 'February', j === 'TX' ? 101 : 100)),
    ...parts.filter((j) => j !== 'WY').map((j) => line(j, 'March', 100)),
  ];
  const us = ['January', 'February', 'March'].map((m) => line('US', m, 100 * parts.length));
  mkdirSync(join(dir, 'overdoses'));
  writeFileSync(join(dir, statesFile), [header, ...states, ''].join('\n'));
  writeFileSync(join(dir, usFile), [header, ...us, ''].join('\n'));
  writeFileSync(join(dir, OVERDOSE_FILES['2025-01-08'][0]), gzipSync(''));
  writeFileSync(join(dir, OVERDOSE_FILES['2026-06-27'][0]), '');
  try {
    const ctx = new BuildContext(dir);
    overdoses.build(ctx);
    assert.deepEqual(
      ctx.problems.map((p) => [p.file, p.column, p.value]),
      [
        [statesFile, 'Data Value', '2023-02: sum of the 50 states + DC + YC = 5201'],
        [statesFile, 'State', '2023-03: 51 of 52 jurisdictions with a count'],
      ],
    );
    assert.equal(ctx.problems[0]!.expected, `the US value 5200 of the same release (${usFile} row 3); the difference is 1`);
    assert.match(ctx.problems[1]!.expected, /\(missing WY\)$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the real raw files build without a problem', () => {
  const ctx = new BuildContext(RAW);
  const { rows: built } = overdoses.build(ctx);
  assert.deepEqual(ctx.problems, []);
  assert.equal(built.length, rows.length);
});
