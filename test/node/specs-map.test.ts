import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { matchSnapshot } from './snapshot.js';
import { spawnSync } from 'node:child_process';
import { rows as overdoses } from '../../datasets/overdoses/index.js';
import { rows as population } from '../../datasets/population/index.js';
import { meta as overdosesMeta } from '../../datasets/overdoses/meta.js';
import { meta as populationMeta } from '../../datasets/population/meta.js';
import { mapModel, mapThresholds, readMapSettings, type MapAttributes } from '../../components/fpk-map/model.js';
import { US_STATES_ALBERS } from '../../src/geo/us-states-albers.js';
import { stateMapSpec } from '../../src/specs/map.js';
import { FpkError } from '../../src/errors.js';
import { JURISDICTIONS, STATE_CODES } from '../../src/jurisdictions.js';
import type { Lang } from '../../components/shared/i18n.js';

const TOPOLOGY = '<src/geo/us-states-albers.ts: US_STATES_ALBERS>';

/** The 80 kB of state shapes are replaced by a marker in snapshots: they are checked against us-atlas below. */
const withoutShapes = (_key: string, value: unknown) => (value === US_STATES_ALBERS ? TOPOLOGY : value);
const matchSnapshotMap = (name: string, spec: unknown) => matchSnapshot(name, spec, withoutShapes);

function model(attributes: MapAttributes, lang: Lang = 'en') {
  const settings = readMapSettings(attributes);
  const rows = overdoses.filter((r) => r.indicator === settings.drug && (STATE_CODES as readonly string[]).includes(r.jurisdiction));
  return mapModel(settings, { overdoses: rows, population, metas: [overdosesMeta, populationMeta], topology: US_STATES_ALBERS }, lang);
}

type SpecState = { code: string; fips: string; label: string; value: number | null; reason: string | null };
const states = (spec: Record<string, unknown> | null) => (spec!['data'] as { values: SpecState[] }).values;
const reported = (j: string, drug: string, period: string) => overdoses.find((r) => r.jurisdiction === j && r.indicator === drug && r.period === period)?.reported ?? null;

test('the shipped shapes are us-atlas states-albers-10m, unchanged, and the generated module is up to date', () => {
  const atlas = JSON.parse(readFileSync(new URL('../../node_modules/us-atlas/states-albers-10m.json', import.meta.url), 'utf8'));
  assert.deepEqual(US_STATES_ALBERS.objects.states, atlas.objects.states);
  assert.deepEqual(US_STATES_ALBERS.arcs, atlas.arcs);
  assert.deepEqual(US_STATES_ALBERS.transform, atlas.transform);
  const check = spawnSync(process.execPath, ['src/geo/generate.mjs', '--check'], { cwd: new URL('../../', import.meta.url), encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  // One shape per state and DC, keyed by the same FIPS codes as our jurisdictions.
  const ids = US_STATES_ALBERS.objects.states.geometries.map((g) => g.id).sort();
  const fips = STATE_CODES.map((c) => JURISDICTIONS.find((j) => j.code === c)!.fips!).sort();
  assert.deepEqual(ids, fips);
});

test('per 100,000 map: 51 states joined by FIPS, NY without a rate and why', () => {
  const m = model({ to: '2023-12' });
  matchSnapshotMap('map-per100k-2023-12', m.spec);
  const values = states(m.spec);
  assert.equal(values.length, 51);
  assert.equal(m.rows.length, 51);
  const ny = values.find((s) => s.code === 'NY')!;
  assert.equal(ny.value, null);
  assert.equal(ny.reason, 'No rate: CDC’s New York excludes New York City, while Census counts the whole state.');
  for (const s of values.filter((x) => x.value !== null)) {
    const pop = population.find((p) => p.jurisdiction === s.code && p.year === 2023)!.population;
    assert.equal(s.value, (reported(s.code, 'all-drugs', '2023-12')! / pop) * 100_000);
    assert.equal(s.reason, null);
  }
  const spec = m.spec as { transform: { lookup: string; from: { key: string; data: { format: { feature: string } } } }[]; projection: unknown };
  assert.deepEqual(spec.transform[0]!.lookup, 'fips');
  assert.deepEqual(spec.transform[0]!.from.key, 'id');
  assert.deepEqual(spec.projection, { type: 'identity', reflectY: false });
});

test('year-over-year map in Spanish: percent change from 12 months earlier, diverging classes symmetric around 0', () => {
  const m = model({ measure: 'yoy', drugs: 'synthetic-opioids', to: '2025-12' }, 'es');
  matchSnapshotMap('map-yoy-synthetic-opioids-es', m.spec);
  for (const s of states(m.spec)) {
    const now = reported(s.code, 'synthetic-opioids', '2025-12');
    const before = reported(s.code, 'synthetic-opioids', '2024-12');
    if (now === null || before === null) {
      assert.equal(s.value, null, s.code);
      assert.ok(s.reason, s.code);
    } else assert.equal(s.value, (now - before) / before, s.code);
  }
  const la = states(m.spec).find((s) => s.code === 'LA')!;
  assert.equal(la.reason, 'Sin datos: la CDC no publica datos de opioides sintéticos excepto metadona (incl. fentanilo) para esta jurisdicción.');
});

test('reported counts of a drug: states CDC hides or has no rows for are "No data", with CDC’s reason', () => {
  const m = model({ measure: 'reported', drugs: 'cocaine', to: '2023-12' });
  matchSnapshotMap('map-reported-cocaine-2023-12', m.spec);
  const missing = states(m.spec).filter((s) => s.value === null);
  assert.deepEqual(
    missing.map((s) => s.code).sort(),
    STATE_CODES.filter((j) => reported(j, 'cocaine', '2023-12') === null).sort(),
  );
  assert.ok(missing.some((s) => s.reason === 'Not shown: data suppressed by CDC (fewer than 10 deaths).'));
  assert.ok(missing.some((s) => s.reason === 'No data: CDC publishes no cocaine data for this jurisdiction.'));
});

test('class breaks are round numbers from 0 (at most 5 classes) or symmetric around 0', () => {
  assert.deepEqual(mapThresholds([7.3, 74.9], false), [20, 40, 60]);
  assert.deepEqual(mapThresholds([85, 10457], false), [2500, 5000, 7500, 10000]);
  assert.deepEqual(mapThresholds([-0.449, 0.492], true), [-0.4, -0.2, 0, 0.2, 0.4]);
});

test('the builder draws states without a value in their own layer and legend entry', () => {
  const spec = stateMapSpec(
    [
      { code: 'OH', fips: '39', label: 'Ohio', value: 1, reason: null },
      { code: 'NY', fips: '36', label: 'New York', value: null, reason: 'why' },
    ],
    { topology: US_STATES_ALBERS, labels: { description: 'd', legendTitle: 'L', noData: 'No data', state: 'S', reason: 'R' }, scale: { scheme: 'oranges', thresholds: [1] }, format: ',.0f' },
  ) as unknown as { layer: { name: string; encoding: { fill?: { scale: { domain: string[] } } } }[] };
  assert.deepEqual(
    spec.layer.map((l) => l.name),
    ['states', 'no-data'],
  );
  assert.deepEqual(spec.layer[1]!.encoding.fill!.scale.domain, ['No data']);
  const complete = stateMapSpec([{ code: 'OH', fips: '39', label: 'Ohio', value: 1, reason: null }], {
    topology: US_STATES_ALBERS,
    labels: { description: 'd', legendTitle: 'L', noData: 'No data', state: 'S', reason: 'R' },
    scale: { scheme: 'oranges', thresholds: [1] },
    format: ',.0f',
  }) as unknown as { layer: { name: string }[] };
  assert.deepEqual(
    complete.layer.map((l) => l.name),
    ['states'],
    'no "No data" legend entry when every state has a value',
  );
});

test('every bad attribute is an FpkError naming the attribute and what is allowed', () => {
  const cases: [MapAttributes, string, string, RegExp][] = [
    [{ dataset: 'cases' }, 'unknown-dataset', 'dataset', /Unknown dataset "cases" for <fpk-map>\. Allowed: overdoses\./],
    [{ measure: 'predicted' }, 'unknown-value', 'measure', /Unknown measure "predicted"\. Allowed: per100k, reported, yoy\./],
    [{ drugs: 'all-deaths' }, 'unknown-value', 'drugs', /Unknown drug "all-deaths"/],
    [{ drugs: 'cocaine,heroin' }, 'bad-attribute', 'drugs', /draws one drug/],
    [{ to: '24-01' }, 'bad-period', 'to', /to="24-01" is not a month/],
    [{ from: '2023-01' }, 'bad-attribute', 'from', /shows one period/],
    [{ jurisdictions: 'OH' }, 'bad-attribute', 'jurisdictions', /always draws the 50 states and DC/],
  ];
  for (const [attributes, code, attribute, message] of cases) {
    assert.throws(
      () => readMapSettings(attributes),
      (e: unknown) => e instanceof FpkError && e.code === (code as FpkError['code']) && e.attribute === attribute && message.test(e.message),
      JSON.stringify(attributes),
    );
  }
});
