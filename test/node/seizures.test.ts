import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { meta, rows } from '../../datasets/seizures/index.js';
import type { SeizureComponent, SeizureRecord } from '../../src/dataset-schemas/seizures.js';
import { BuildContext } from '../../scripts/pipeline/context.js';
import { compareVintages, seizures } from '../../scripts/dataset-builds/seizures.js';

const fentanyl = rows.filter((r) => r.drug === 'fentanyl');
const NATIONWIDE: readonly SeizureComponent[] = ['ofo', 'usbp'];

/** Fentanyl pounds over the rows that pass, rounded to cents as CBP and the press quote them. */
function pounds(pass: (r: SeizureRecord) => boolean): number {
  return Math.round(fentanyl.filter(pass).reduce((sum, r) => sum + r.pounds, 0) * 100) / 100;
}
const fy =
  (year: number, components: readonly SeizureComponent[] = NATIONWIDE) =>
  (r: SeizureRecord) =>
    r.fiscalYear === year && components.includes(r.component);

test('"All CBP" fentanyl FY2019 = 2,803.60 lb is OFO + USBP from the nationwide files, without AMO (with AMO: 3,192.61)', () => {
  assert.equal(pounds(fy(2019)), 2803.6);
  assert.equal(pounds(fy(2019, ['ofo', 'usbp', 'amo'])), 3192.61);
});

test('all-CBP (OFO + USBP) fentanyl FY2020, FY2021, FY2022 = 4,791.06 / 11,201.32 / 14,699.88 lb', () => {
  assert.equal(pounds(fy(2020)), 4791.06);
  assert.equal(pounds(fy(2021)), 11201.32);
  assert.equal(pounds(fy(2022)), 14699.88);
});

test('OFO fentanyl FY2022 = 12,493.06 lb, and December 2021 (FY2022 DEC) = 522.98 lb', () => {
  assert.equal(pounds(fy(2022, ['ofo'])), 12493.06);
  assert.equal(
    pounds((r) => r.component === 'ofo' && r.month === '2021-12'),
    522.98,
  );
});

test('all-CBP (OFO + USBP) fentanyl FY2023 / FY2024 / FY2025 = 27,022.85 / 21,889.21 / 12,027.28 lb (April 2026 vintage)', () => {
  assert.equal(pounds(fy(2023)), 27022.85);
  assert.equal(pounds(fy(2024)), 21889.21);
  assert.equal(pounds(fy(2025)), 12027.28);
});

test('Southwest border fentanyl FY2022 = 14,104.11 lb (OFO + USBP); FY2026 Oct–Apr 6,725.62 lb, 6,262.41 at the Southwest border', () => {
  assert.equal(
    pounds((r) => fy(2022)(r) && r.region === 'southwest-border'),
    14104.11,
  );
  assert.equal(pounds(fy(2026)), 6725.62);
  assert.equal(
    pounds((r) => fy(2026)(r) && r.region === 'southwest-border'),
    6262.41,
  );
});

test('AMO fentanyl FY2019 / FY2022 / FY2024 = 389.01 / 1,325.46 / 1,847.32 lb', () => {
  assert.equal(pounds(fy(2019, ['amo'])), 389.01);
  assert.equal(pounds(fy(2022, ['amo'])), 1325.46);
  assert.equal(pounds(fy(2024, ['amo'])), 1847.32);
});

test('fentanyl is one slice, holding exactly the rows with drug === "fentanyl"', () => {
  assert.deepEqual(meta.slices.by, ['drug']);
  const entry = meta.slices.files['fentanyl']!;
  assert.equal(entry.rows, fentanyl.length);
  const slice = JSON.parse(readFileSync(new URL(`../../datasets/seizures/${entry.file}`, import.meta.url), 'utf8')) as {
    columns: string[];
    rows: unknown[][];
  };
  assert.deepEqual(
    slice.rows.map((t) => Object.fromEntries(slice.columns.map((c, i) => [c, t[i]]))),
    fentanyl,
  );
});

test('fiscal months become calendar months: FY2019 OCT is 2018-10, FY2019 SEP is 2019-09', () => {
  const months = (year: number) => [...new Set(rows.filter((r) => r.fiscalYear === year).map((r) => r.month))].sort();
  assert.deepEqual(months(2019), ['2018-10', '2018-11', '2018-12', ...Array.from({ length: 9 }, (_, i) => `2019-0${i + 1}`)]);
  for (const r of rows) {
    const [y, m] = r.month.split('-').map(Number) as [number, number];
    assert.equal(r.fiscalYear, m >= 10 ? y + 1 : y, `${r.month} is in FY${r.fiscalYear}`);
  }
});

test('only FY2026 is "(FYTD)"; it runs to 2026-04 nationwide and 2025-12 for AMO', () => {
  assert.deepEqual([...new Set(rows.filter((r) => r.fiscalYearToDate).map((r) => r.fiscalYear))], [2026]);
  assert.ok(rows.filter((r) => r.fiscalYear === 2026).every((r) => r.fiscalYearToDate));
  const last = (pass: (r: SeizureRecord) => boolean) =>
    rows
      .filter(pass)
      .map((r) => r.month)
      .sort()
      .at(-1);
  assert.equal(
    last((r) => r.component !== 'amo'),
    '2026-04',
  );
  assert.equal(
    last((r) => r.component === 'amo'),
    '2025-12',
  );
  assert.deepEqual(meta.coverage, { start: '2018-10', end: '2026-04' });
});

test('no row comes from the superseded -dec nationwide file, and every FY2023+ nationwide row from the -apr file', () => {
  assert.ok(rows.every((r) => (r.file as string) !== 'nationwide-drugs-fy23-fy26-dec.csv'));
  for (const r of rows.filter((r) => r.component !== 'amo' && r.fiscalYear >= 2023))
    assert.equal(r.file, 'nationwide-drugs-fy23-fy26-apr.csv');
  assert.equal(rows.length, 10092 + 8673 + 1772 + 1292);
});

test('meta records the -dec vs -apr revisions: counted cells, the largest change, Dec 2025 fentanyl 869.59 → 869.61 lb', () => {
  const text = meta.revisions.join('\n');
  assert.match(text, /over the 39 months both cover: of 7,896 cells .* 211 differ/);
  assert.match(text, /Changed months: 2025-10, 2025-11, 2025-12; the other 36 months are identical/);
  assert.match(text, /Largest pounds revision: 2025-11 Office of Field Operations CHICAGO FIELD OFFICE .* 1,078\.47 → 2,094\.17 lb/);
  assert.match(text, /2025-12 869\.59 → 869\.61 lb/);
  const caveats = meta.caveats.join('\n');
  for (const needle of [
    /not supply/,
    /zero seizure events — it is not missing data/,
    /do not add AMO to OFO \+ USBP/,
    /FY2026 is partial/,
    /pill and dosage-unit counts to weight/,
    /revises past months/,
  ]) {
    assert.match(caveats, needle);
  }
});

test('compareVintages counts added, removed and revised cells and names the largest change', () => {
  const cell = (area: string, pounds: number, events: number, month = '2025-12') =>
    ({
      month,
      fiscalYear: 2026,
      fiscalYearToDate: true,
      component: 'ofo',
      region: 'southwest-border',
      landFilter: 'land-only',
      area,
      drug: 'fentanyl',
      pounds,
      events,
    }) as const;
  const lines = compareVintages(
    [cell('A', 10, 1), cell('B', 5, 2), cell('C', 1, 1), cell('A', 3, 1, '2025-11')],
    [cell('A', 10, 1), cell('B', 8, 3), cell('D', 2, 1), cell('A', 3, 1, '2025-11'), cell('E', 99, 9, '2026-01')],
    'old.csv',
    'new.csv',
  );
  assert.match(
    lines[0]!,
    /over the 2 months both cover: of 5 cells .* 3 differ — 1 only in the newer file, 1 only in the older file, 1 with changed pounds .* 1 with changed event counts\. Changed months: 2025-12; the other 1 months are identical/,
  );
  assert.match(lines[1]!, /Largest pounds revision: 2025-12 Office of Field Operations B .* 5\.00 → 8\.00 lb \(\+3\.00\)/);
  assert.match(lines.at(-1)!, /2025-12 16\.00 → 20\.00 lb/);
});

test('bad raw files fail the build with every problem listed: missing column, pounds "abc", unknown drug, month "XYZ", duplicate cell', () => {
  const ctx = new BuildContext(fileURLToPath(new URL('../fixtures/raw-bad-seizures', import.meta.url)));
  seizures.build(ctx);
  const found = ctx.problems.map((p) => [p.file, p.row, p.column ?? null, p.value ?? null]);
  assert.deepEqual(found, [
    ['seizures/nationwide-drugs-fy19-fy22.csv', 3, 'Sum Qty (lbs)', 'abc'],
    ['seizures/nationwide-drugs-fy19-fy22.csv', 4, 'Drug Type', 'Crack'],
    ['seizures/nationwide-drugs-fy19-fy22.csv', 5, 'Month (abbv)', 'XYZ'],
    [
      'seizures/nationwide-drugs-fy23-fy26-apr.csv',
      4,
      'FY+Month (abbv)+Component+Region+Land Filter+area+Drug Type',
      '2025-01 | usbp | southwest-border | land-only | TUCSON SECTOR | fentanyl',
    ],
    [
      'seizures/amo-drug-seizures-fy19-fy22.csv',
      1,
      null,
      'FY,Month (abbv),Component,Region,Land Filter,Drug Type,Count of Event,Sum Qty (lbs)',
    ],
  ]);
  assert.match(ctx.problems[0]!.expected, /number/);
  assert.match(ctx.problems[1]!.expected, /"Other Drugs\*\*"/);
  assert.match(ctx.problems[2]!.expected, /"OCT"/);
  assert.match(ctx.problems[3]!.expected, /first at row 3/);
  assert.match(ctx.problems[4]!.expected, /"Branch"/);
});
