import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { meta, rows } from '../../datasets/population/index.js';
import { POPULATION_JURISDICTIONS, type PopulationRecord } from '../../src/dataset-schemas/population.js';
import { BuildContext } from '../../scripts/pipeline/context.js';
import { population } from '../../scripts/dataset-builds/population.js';

const find = (jurisdiction: PopulationRecord['jurisdiction'], year: number) =>
  rows.find((r) => r.jurisdiction === jurisdiction && r.year === year);

test('published July 1 estimates, with the vintage they come from', () => {
  assert.deepEqual(find('US', 2022), { jurisdiction: 'US', year: 2022, population: 333996304, vintage: '2025', kind: 'july-estimate' });
  assert.deepEqual(find('WV', 2019), { jurisdiction: 'WV', year: 2019, population: 1792147, vintage: '2019', kind: 'july-estimate' });
  assert.deepEqual(find('CA', 2025), { jurisdiction: 'CA', year: 2025, population: 39355309, vintage: '2025', kind: 'july-estimate' });
  assert.deepEqual(find('DC', 2024), { jurisdiction: 'DC', year: 2024, population: 691310, vintage: '2025', kind: 'july-estimate' });
  assert.deepEqual(find('US', 2015), { jurisdiction: 'US', year: 2015, population: 320635163, vintage: '2019', kind: 'july-estimate' });
  // Vintage 2025, not Vintage 2024's 340,110,988.
  assert.equal(find('US', 2024)?.population, 340003797);
});

test('every jurisdiction but YC has exactly one July estimate for each year 2010–2025: V2019 to 2019, V2025 from 2020', () => {
  assert.equal(rows.length, 53 * 16);
  assert.ok(!rows.some((r) => (r.jurisdiction as string) === 'YC'));
  for (const code of POPULATION_JURISDICTIONS) {
    const own = rows.filter((r) => r.jurisdiction === code);
    assert.deepEqual(
      own.map((r) => r.year),
      Array.from({ length: 16 }, (_, i) => 2010 + i),
      code,
    );
    for (const r of own) assert.equal(r.vintage, r.year <= 2019 ? '2019' : '2025');
  }
  assert.ok(rows.every((r) => r.kind === 'july-estimate'));
});

test('Puerto Rico is not in the US total: US = 50 states + DC in every year', () => {
  for (let year = 2010; year <= 2025; year++) {
    const ofYear = rows.filter((r) => r.year === year);
    const states = ofYear.filter((r) => r.jurisdiction !== 'US' && r.jurisdiction !== 'PR').reduce((a, r) => a + r.population, 0);
    assert.equal(ofYear.find((r) => r.jurisdiction === 'US')!.population, states, String(year));
    assert.ok(ofYear.some((r) => r.jurisdiction === 'PR'));
  }
});

test('meta says how to use the denominators and why NY and YC have no rate', () => {
  const caveats = meta.caveats.join('\n');
  assert.match(caveats, /12-month-ending period use the population of the calendar year the period ends in/);
  assert.match(caveats, /no population for YC \(New York City\)/);
  assert.match(
    caveats,
    /NY as New York State EXCLUDING New York City .* Census NY population INCLUDES New York City, so per-100,000 rates are not defined for NY or YC/,
  );
  assert.match(caveats, /PR \(Puerto Rico\) is not part of the US total/);
  assert.match(caveats, /postcensal .* may differ from NCHS's in the last digit/);
  const revisions = meta.revisions.join('\n');
  assert.match(revisions, /do not overlap: Vintage 2019 gives 2010–2019 and Vintage 2025 gives 2020–2025/);
  assert.match(revisions, /NST-EST2024-POP\.xlsx .* not read/);
  assert.match(revisions, /US 2024 340,110,988 vs 340,003,797/);
  assert.deepEqual(meta.key, ['jurisdiction', 'year']);
  assert.deepEqual(meta.slices.by, []);
});

test('bad raw files fail the build with every problem listed: missing POPESTIMATE column, FIPS "6", non-numeric estimate', () => {
  const ctx = new BuildContext(fileURLToPath(new URL('../fixtures/raw-bad-population', import.meta.url)));
  population.build(ctx);
  const found = ctx.problems.map((p) => [p.file, p.row ?? null, p.column ?? null, p.value ?? null]);
  const missing = POPULATION_JURISDICTIONS.filter((c) => c !== 'US' && c !== 'WV').join(',');
  assert.deepEqual(found, [
    [
      'population/nst-est2019-alldata.csv',
      1,
      null,
      readFileSync(new URL('../fixtures/raw-bad-population/population/nst-est2019-alldata.csv', import.meta.url), 'utf8').split('\n')[0],
    ],
    ['population/NST-EST2025-ALLDATA.csv', 5, 'POPESTIMATE2023', 'n/a'],
    ['population/NST-EST2025-ALLDATA.csv', 4, 'STATE', '6'],
    // California (bad FIPS) and DC (bad estimate) are left out, so they are missing too; the region row is skipped, not missing.
    ['population/NST-EST2025-ALLDATA.csv', null, null, missing],
  ]);
  assert.match(ctx.problems[0]!.expected, /"POPESTIMATE2017"/);
  assert.match(ctx.problems[1]!.expected, /whole number/);
  assert.match(ctx.problems[2]!.expected, /"06" for California/);
  assert.ok(missing.includes('CA') && missing.includes('DC'));
});
