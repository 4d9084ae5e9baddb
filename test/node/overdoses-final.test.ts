import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rows, meta } from '../../datasets/overdoses-final/index.js';
import { FINAL_FILE, overdosesFinal, valueInQuote } from '../../scripts/dataset-builds/overdoses-final.js';
import { BuildContext } from '../../scripts/pipeline/context.js';
import { OVERDOSE_INDICATORS } from '../../src/dataset-schemas/overdoses.js';
import type { FinalOverdoseRecord } from '../../src/dataset-schemas/overdoses-final.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function row(indicator: string, measure: string, year: number): FinalOverdoseRecord {
  const r = rows.find((x) => x.indicator === indicator && x.measure === measure && x.year === year);
  assert.ok(r, `no row ${indicator} ${measure} ${year}`);
  return r;
}
const ids = (r: FinalOverdoseRecord) => r.sources.map((s) => s.id);

test('published NCHS final figures', () => {
  // Data Briefs 491 and 522, MMWR 69(11), as quoted in the compiled file.
  assert.deepEqual([row('all-drugs', 'deaths', 2022).value, ids(row('all-drugs', 'deaths', 2022))], [107_941, ['DB491']]);
  assert.equal(row('all-drugs', 'deaths', 2023).value, 105_007);
  assert.equal(row('all-drugs', 'deaths', 2021).value, 106_699);
  assert.equal(row('all-drugs', 'deaths', 2019).value, 70_630);
  assert.equal(row('all-drugs', 'deaths', 1999).value, 16_849);
  assert.equal(row('all-drugs', 'age-adjusted-rate', 2022).value, 32.6);
  assert.equal(row('synthetic-opioids', 'age-adjusted-rate', 2022).value, 22.7);
  assert.equal(row('synthetic-opioids', 'deaths', 2022).value, 73_838);
  assert.equal(row('cocaine', 'deaths', 2015).value, 6_784);
  assert.equal(row('psychostimulants', 'deaths', 2019).value, 16_167);
  assert.equal(row('prescription-opioids', 'deaths', 2022).value, 14_716);
});

test('rows citing one value fold into one row with every citation, best source first', () => {
  assert.equal(rows.length, 74);
  assert.equal(meta.rowCount, 74);
  assert.deepEqual(meta.coverage, { start: '1999', end: '2023' });
  assert.equal(
    rows.reduce((n, r) => n + r.sources.length, 0),
    91,
  );
  assert.equal(rows.filter((r) => r.sources.length > 1).length, 16);
  const d2017 = row('all-drugs', 'deaths', 2017);
  assert.deepEqual([d2017.value, d2017.sourceType, ids(d2017)], [70_237, 'primary', ['MMWR6911', 'DB356']]);
  const ps2019 = row('psychostimulants', 'age-adjusted-rate', 2019);
  assert.deepEqual([ps2019.value, ps2019.sourceType, ids(ps2019)], [5, 'primary', ['DB394', 'MMWR7006', 'DB428viaGFM']]);
  assert.equal(row('prescription-opioids', 'deaths', 2022).sourceType, 'secondary');
  assert.equal(row('all-drugs', 'deaths', 2022).sources[0]!.url, 'https://www.cdc.gov/nchs/products/databriefs/db491.htm');
});

test('every value is written in every one of its quotes', () => {
  for (const r of rows) {
    for (const s of r.sources) {
      const text = r.measure === 'deaths' ? r.value.toLocaleString('en-US') : String(r.value);
      assert.ok(s.quote.includes(text), `${r.indicator} ${r.measure} ${r.year}: ${s.quote}`);
    }
  }
  assert.equal(valueInQuote('5.0', 'age-adjusted-rate', 'from 15.0 to 20.1'), false);
  assert.equal(valueInQuote('70237', 'deaths', 'the 70,237 drug overdose deaths'), true);
  assert.equal(valueInQuote('70237', 'deaths', 'the 70237 drug overdose deaths'), false);
});

test('slugs match the provisional dataset where the drug grouping matches; T40.2+T40.3 has its own', () => {
  const slugs = new Set(rows.map((r) => r.indicator));
  assert.deepEqual(
    [...slugs].filter((s) => !(OVERDOSE_INDICATORS as readonly string[]).includes(s)),
    ['prescription-opioids'],
  );
  assert.equal(row('prescription-opioids', 'deaths', 2022).icd10, 'T40.2,T40.3');
  assert.equal(row('opioids', 'deaths', 2017).icd10, 'T40.0-T40.4,T40.6');
  assert.ok(rows.every((r) => r.geography === 'US'));
  assert.match(meta.caveats.join(' '), /never mixed with the provisional `overdoses` dataset/);
});

test('sources that disagree, a value missing from its quote and a wrong code fail the build', () => {
  const ctx = new BuildContext(join(root, 'test/fixtures/raw-bad-overdoses'));
  const { rows: built } = overdosesFinal.build(ctx);
  assert.deepEqual(
    ctx.problems.map((p) => [p.file, p.row, p.column, p.value]),
    [
      [FINAL_FILE, 4, 'value', '107914'],
      [FINAL_FILE, 5, 'quote', 'the heroin rate fell to 2.9 per 100,000'],
      [FINAL_FILE, 6, 'icd10', 'T40.4'],
    ],
  );
  assert.match(ctx.problems[0]!.expected, /107941.*DB491.*row 2/);
  // The two agreeing rows still fold into one.
  assert.equal(built[0]!.sources.length, 2);
});
