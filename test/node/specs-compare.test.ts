import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSnapshot } from './snapshot.js';
import { rows as overdoses } from '../../datasets/overdoses/index.js';
import { rows as population } from '../../datasets/population/index.js';
import { meta as overdosesMeta } from '../../datasets/overdoses/meta.js';
import { meta as populationMeta } from '../../datasets/population/meta.js';
import { compareModel } from '../../src/charts/compare/model.js';
import { readCompareSettings, type CompareAttributes } from '../../src/charts/compare/settings.js';
import { compareBarsSpec, compareChangeSpec } from '../../src/specs/compare.js';
import { dataValues, type VegaSpec } from '../../src/specs/vega.js';
import { FpkError } from '../../src/errors.js';
import { STATE_CODES } from '../../src/jurisdictions.js';
import type { Lang } from '../../src/i18n/index.js';

/** What the element computes for these attributes, from the committed dataset rows. */
function model(attributes: CompareAttributes, lang: Lang = 'en') {
  const settings = readCompareSettings(attributes);
  const wanted = new Set<string>(settings.jurisdictions);
  const drugs = new Set<string>(settings.drugs);
  const rows = overdoses.filter((r) => wanted.has(r.jurisdiction) && drugs.has(r.indicator));
  const per100k = settings.measure === 'per100k';
  return compareModel(
    settings,
    { overdoses: rows, population: per100k ? population : [], metas: per100k ? [overdosesMeta, populationMeta] : [overdosesMeta] },
    lang,
  );
}

type Values = { key: string; label: string; value: number }[];
/** The bars' data set: one row per drawn item, in the order drawn. */
const specValues = (spec: Record<string, unknown>) => dataValues(spec as VegaSpec, 'bars') as Values;
/** A scale of the spec by name. */
const scale = (spec: Record<string, unknown>, name: string) =>
  (spec as VegaSpec).scales!.find((s) => s.name === name) as { domain: unknown[] };
const reported = (j: string, drug: string, period: string) =>
  overdoses.find((r) => r.jurisdiction === j && r.indicator === drug && r.period === period)!.reported;

test('ranked bars: every state with a value is a bar, largest first; hidden values are table rows only', () => {
  const m = model({ drugs: 'cocaine', to: '2023-12' });
  matchSnapshot('compare-bars-cocaine-2023-12', m.spec);
  const values = specValues(m.spec!);
  const shown = m.rows.filter((r) => r['value'] !== null);
  assert.equal(m.rows.length, STATE_CODES.length);
  assert.equal(values.length, shown.length);
  assert.deepEqual(
    values.map((v) => v.value),
    [...values.map((v) => v.value)].sort((a, b) => b - a),
  );
  for (const v of values) assert.equal(v.value, reported(v.key, 'cocaine', '2023-12'));
  // Montana, South Dakota and Wyoming are suppressed (<10); LA, NE, ND, PA have no cocaine rows.
  const hidden = m.rows.filter((r) => r['value'] === null);
  assert.ok(hidden.length >= 4);
  for (const r of hidden) {
    assert.equal(r['rank'], null);
    assert.match(String(r['note']), /^(Not shown|No data): /);
    assert.ok(!values.some((v) => v.key === r['code']), `${r['code']} must not be drawn`);
  }
  assert.equal(hidden.find((r) => r['code'] === 'PA')!['note'], 'No data: CDC publishes no cocaine data for this jurisdiction.');
  // The bands are in the order given (largest first), one 20 px step each.
  assert.deepEqual(
    scale(m.spec!, 'y').domain,
    values.map((v) => v.label),
  );
  assert.equal(m.spec!['height'], 20 * values.length);
});

test('per 100,000: deaths ÷ July 1 population of the period’s year × 100,000; NY gets no rate, with the reason', () => {
  const m = model({ jurisdictions: 'US,OH,WV,KY,TN,NY', measure: 'per100k', highlight: 'OH,WV', to: '2023-12' }, 'es');
  matchSnapshot('compare-bars-per100k-highlight-es', m.spec);
  for (const r of m.rows.filter((x) => x['value'] !== null)) {
    const pop = population.find((p) => p.jurisdiction === r['code'] && p.year === 2023)!.population;
    assert.equal(r['value'], (reported(String(r['code']), 'all-drugs', '2023-12')! / pop) * 100_000);
    assert.equal(r['population'], pop);
  }
  const ny = m.rows.find((r) => r['code'] === 'NY')!;
  assert.equal(ny['value'], null);
  assert.equal(ny['deaths'], reported('NY', 'all-drugs', '2023-12'));
  assert.match(String(ny['note']), /^Sin tasa: la CDC excluye la ciudad de Nueva York/);
  assert.ok(m.notes!.some((n) => n.startsWith('Sin tasa:')));
  const groups = specValues(m.spec!).map((v) => [v.key, (v as unknown as { group: string }).group]);
  assert.deepEqual(Object.fromEntries(groups), {
    WV: 'Ohio y Virginia Occidental',
    KY: 'Otras jurisdicciones',
    TN: 'Otras jurisdicciones',
    OH: 'Ohio y Virginia Occidental',
    US: 'Otras jurisdicciones',
  });
  assert.deepEqual((m.spec!['config'] as { locale: { number: { decimal: string } } }).locale.number.decimal, ',');
});

test('dumbbell: two points per jurisdiction that has both values, ranked by the later one', () => {
  const m = model({ jurisdictions: 'OH,WV,KY,TN,PA,NY', from: '2019-12', to: '2023-12', mode: 'dumbbell' });
  matchSnapshot('compare-dumbbell-2019-2023', m.spec);
  type Row = { key: string; value?: number; start?: number; end?: number };
  const rules = dataValues<Row>(m.spec as VegaSpec, 'rules')!;
  const points = dataValues<Row>(m.spec as VegaSpec, 'points')!;
  assert.equal(points.length, 2 * rules.length);
  assert.equal(rules.length, 6);
  for (const r of rules) {
    assert.equal(r.start, reported(r.key, 'all-drugs', '2019-12'));
    assert.equal(r.end, reported(r.key, 'all-drugs', '2023-12'));
  }
  assert.deepEqual(
    rules.map((r) => r.end),
    [...rules.map((r) => r.end!)].sort((a, b) => b - a),
  );
});

test('change: percent change bars for one drug across states; states without both values are listed, not drawn', () => {
  const m = model({ drugs: 'synthetic-opioids', from: '2024-12', to: '2025-12' });
  matchSnapshot('compare-change-synthetic-opioids-2024-2025', m.spec);
  const values = specValues(m.spec!) as unknown as { key: string; ratio: number; start: number; end: number }[];
  for (const v of values) {
    const start = reported(v.key, 'synthetic-opioids', '2024-12')!;
    const end = reported(v.key, 'synthetic-opioids', '2025-12')!;
    assert.equal(v.ratio, (end - start) / start);
  }
  const missing = m.rows.filter((r) => r['rank'] === null).map((r) => r['code']);
  assert.ok(missing.includes('LA') && missing.includes('PA'));
  assert.equal(values.length + missing.length, STATE_CODES.length);
  const rises = values.filter((v) => v.ratio > 0).length;
  assert.ok(rises > 0 && values[values.length - 1]!.ratio < 0);
  // The values are provisional (CDC marks 2025 underreported), so the leads are ranked on CDC's
  // predicted counts, among states with at least 20 deaths in December 2024.
  const row = (j: string, period: string) =>
    overdoses.find((r) => r.jurisdiction === j && r.indicator === 'synthetic-opioids' && r.period === period)!;
  const pct = (a: number, b: number) => ((b - a) / a) * 100;
  const ranked = values
    .filter((v) => v.start >= 20)
    .map((v) => ({
      key: v.key,
      predicted: pct(row(v.key, '2024-12').predicted!, row(v.key, '2025-12').predicted!),
      reported: pct(v.start, v.end),
    }))
    .sort((a, b) => b.predicted - a.predicted);
  const name = (key: string) => m.rows.find((r) => r['code'] === key)!['name'];
  const signed = (p: number) => `${p > 0 ? '+' : '−'}${Math.abs(p).toFixed(1)}%`;
  const lead = (x: (typeof ranked)[number]) =>
    Math.abs(x.predicted - x.reported) >= 1
      ? `${name(x.key)} (${signed(x.predicted)} on CDC’s predicted counts; ${signed(x.reported)} on reported counts)`
      : `${name(x.key)} (${signed(x.reported)})`;
  const tiny = values.length - ranked.length;
  assert.equal(
    m.summary,
    `Reported overdose deaths involving synthetic opioids (mainly fentanyl), 12 months ending December 2024 vs 12 months ending December 2025: biggest rise in ${lead(ranked[0]!)}, biggest fall in ${lead(ranked[ranked.length - 1]!)}. Changes are ranked on CDC’s predicted counts, which adjust for reporting delay: the reported counts of recent months are incomplete.${tiny ? ` ${tiny} jurisdiction${tiny === 1 ? '' : 's'} with fewer than 20 deaths in the earlier period ${tiny === 1 ? 'is' : 'are'} not ranked: a percent change from so few deaths says little.` : ''} ${missing.length} of 51 jurisdictions not shown; the table says why.`,
  );
});

test('several drugs in one jurisdiction are compared as bars of drugs', () => {
  const m = model({ jurisdictions: 'OH', drugs: 'synthetic-opioids,cocaine,heroin,psychostimulants,methadone', to: '2023-12' });
  matchSnapshot('compare-drugs-ohio-2023-12', m.spec);
  const drugs = ['synthetic-opioids', 'cocaine', 'heroin', 'psychostimulants', 'methadone'];
  assert.deepEqual(
    m.rows.map((r) => r['code']),
    [...drugs].sort((a, b) => reported('OH', b, '2023-12')! - reported('OH', a, '2023-12')!),
  );
  assert.deepEqual(
    m.rows.map((r) => r['value']),
    m.rows.map((r) => reported('OH', String(r['code']), '2023-12')),
  );
  // The table's category column names drugs (the code column beside it is for downloads only).
  assert.equal(m.columns.find((c) => c.key === 'name')!.label, 'Drug');
  assert.equal(m.columns.find((c) => c.key === 'code')!.downloadOnly, true);
  assert.equal(
    m.summary,
    `In Ohio, reported overdose deaths in the 12 months ending December 2023: highest for synthetic opioids (mainly fentanyl): ${reported('OH', 'synthetic-opioids', '2023-12')!.toLocaleString('en-US')}, lowest for heroin: ${reported('OH', 'heroin', '2023-12')!.toLocaleString('en-US')}.`,
  );
});

test('the default period is the latest one CDC published for every requested series (within population years for rates)', () => {
  // Every state's all-drug count runs to September 2025 (the 2026-02-14 release).
  assert.equal(model({}).filename, 'fpk-compare-states-all-drugs-reported-bars-2025-09');
  // Louisiana and Pennsylvania have no T40.4 rows at all and cannot hold the period back.
  assert.match(model({ drugs: 'synthetic-opioids' }).filename, /-2026-01$/);
  // Census estimates end in 2025: rates stop at the 12 months ending December 2025.
  assert.match(model({ drugs: 'synthetic-opioids', measure: 'per100k' }).filename, /-2025-12$/);
});

test('every bad attribute is an FpkError naming the attribute and what is allowed', () => {
  const cases: [CompareAttributes, string, string, RegExp][] = [
    [{ dataset: 'seizures' }, 'unknown-dataset', 'dataset', /Unknown dataset "seizures" for <fpk-compare>\. Allowed: overdoses\./],
    [
      { jurisdictions: 'OH,XX' },
      'unknown-value',
      'jurisdictions',
      /Unknown jurisdiction "XX" in jurisdictions="OH,XX"\. Allowed: US, AL, /,
    ],
    [
      { drugs: 'fentanyl' },
      'unknown-value',
      'drugs',
      /Unknown drug "fentanyl" in drugs="fentanyl"\. Allowed: all-drugs, opioids, .*synthetic-opioids/,
    ],
    [{ measure: 'rate' }, 'unknown-value', 'measure', /Unknown measure "rate"\. Allowed: reported, predicted, per100k\./],
    [{ mode: 'pie' }, 'unknown-value', 'mode', /Unknown mode "pie"\. Allowed: bars, dumbbell, change\./],
    [{ to: '2024-13' }, 'bad-period', 'to', /to="2024-13" is not a month/],
    [{ from: '2024-06', to: '2023-06' }, 'bad-range', 'from', /from="2024-06" is after to="2023-06"/],
    [
      { drugs: 'cocaine,heroin' },
      'bad-attribute',
      'drugs',
      /Several drugs \(cocaine, heroin\) are compared within one jurisdiction, but jurisdictions is not set/,
    ],
    [{ drugs: 'cocaine,heroin', jurisdictions: 'OH,WV' }, 'bad-attribute', 'drugs', /jurisdictions has 2 \(OH, WV\)/],
    [{ mode: 'dumbbell' }, 'bad-attribute', 'from', /mode="dumbbell" compares two periods: set from="YYYY-MM"/],
    [{ measure: 'change' }, 'bad-attribute', 'from', /measure="change" compares two periods/],
    [
      { measure: 'change', mode: 'dumbbell', from: '2023-01' },
      'bad-attribute',
      'mode',
      /measure="change" \(deprecated: write mode="change".*\) draws percent change bars/,
    ],
    [{ mode: 'bars', from: '2023-01' }, 'bad-attribute', 'from', /use mode="dumbbell" or mode="change"/],
    [{ highlight: 'OH,YC' }, 'unknown-value', 'highlight', /Unknown jurisdiction "YC" in highlight="OH,YC"/],
    [
      { highlight: 'OH', from: '2023-01' },
      'bad-attribute',
      'highlight',
      /highlight is drawn in mode="bars" only; mode="change" colours rises and falls/,
    ],
  ];
  for (const [attributes, code, attribute, message] of cases) {
    assert.throws(
      () => readCompareSettings(attributes),
      (e: unknown) =>
        e instanceof FpkError && e.code === (code as FpkError['code']) && e.attribute === attribute && message.test(e.message),
      JSON.stringify(attributes),
    );
  }
  // Periods outside the data fail with the span that exists; from after the default period too.
  assert.throws(
    () => model({ to: '2030-01' }),
    /to="2030-01": no overdose data for that month in this selection\. It has data from 2015-01 to 2025-09\./,
  );
  // US cocaine has data to 2025-09, Ohio's to 2024-07 (the 2025-01-08 release): the default period is 2024-07.
  assert.throws(
    () => model({ jurisdictions: 'US,OH', drugs: 'cocaine', from: '2025-01' }),
    (e: unknown) =>
      e instanceof FpkError && e.code === 'bad-range' && e.attribute === 'from' && /from="2025-01" is after to="2024-07"/.test(e.message),
  );
});

test('the builders draw only what they are given, in the order given, with stable colour domains', () => {
  const labels = { description: 'd', valueAxis: 'v', category: 'c', highlighted: 'H', others: 'O' };
  const spec = compareBarsSpec(
    [
      { key: 'b', label: 'B', value: 2 },
      { key: 'a', label: 'A', value: 1 },
    ],
    { labels, format: ',.0f' },
  ) as unknown as Record<string, unknown>;
  assert.deepEqual(scale(spec, 'y').domain, ['B', 'A']);
  assert.equal(spec['height'], 40);
  // No highlight: no groups, no legend, every bar in the theme's first colour.
  assert.equal(JSON.stringify(spec).includes('"group"'), false);
  assert.equal(spec['legends'], undefined);
  assert.deepEqual(scale(spec, 'color').domain, ['O']);
  const change = compareChangeSpec([{ key: 'a', label: 'A', ratio: 0.5, start: 2, end: 3 }], {
    labels: { description: 'd', valueAxis: 'v', category: 'c', rise: 'Rise', fall: 'Fall', unchanged: 'Same', start: 's', end: 'e' },
    format: ',.0f',
  }) as unknown as Record<string, unknown>;
  assert.deepEqual(scale(change, 'color').domain, ['Fall', 'Rise']);
  // A rise is labelled right of its bar; there is no fall to label.
  assert.deepEqual(dataValues(change as VegaSpec, 'rises'), [{ key: 'a', label: 'A', ratio: 0.5 }]);
  assert.deepEqual(dataValues(change as VegaSpec, 'falls'), []);
});
