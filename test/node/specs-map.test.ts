import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { matchSnapshot } from './snapshot.js';
import { spawnSync } from 'node:child_process';
import { feature } from 'topojson-client';
import { parse, View } from 'vega';
import { rows as overdoses } from '../../datasets/overdoses/index.js';
import { rows as population } from '../../datasets/population/index.js';
import { meta as overdosesMeta } from '../../datasets/overdoses/meta.js';
import { meta as populationMeta } from '../../datasets/population/meta.js';
import { mapModel, mapThresholds, readMapSettings, type MapAttributes } from '../../src/charts/map/model.js';
import { US_STATES_ALBERS } from '../../src/geo/us-states-albers.js';
import { stateMapSpec } from '../../src/specs/map.js';
import { dataValues } from '../../src/specs/vega.js';
import { FpkError } from '../../src/errors.js';
import { JURISDICTIONS, STATE_CODES } from '../../src/jurisdictions.js';
import type { Lang } from '../../src/i18n/index.js';

const SHAPE = '<path from src/geo/us-states-albers.ts>';

/** The 50 kB of state outlines are replaced by a marker in snapshots: they are checked against us-atlas below. */
const withoutShapes = (key: string, value: unknown) => (key === 'path' && typeof value === 'string' ? SHAPE : value);
const matchSnapshotMap = (name: string, spec: unknown) => matchSnapshot(name, spec, withoutShapes);

function model(attributes: MapAttributes, lang: Lang = 'en') {
  const settings = readMapSettings(attributes);
  const rows = overdoses.filter((r) => r.indicator === settings.drug && (STATE_CODES as readonly string[]).includes(r.jurisdiction));
  return mapModel(settings, { overdoses: rows, population, metas: [overdosesMeta, populationMeta], shapes: US_STATES_ALBERS }, lang);
}

type SpecState = { code: string; fips: string; label: string; value: number | null; reason: string | null; path: string };
type AnySpec = Parameters<typeof dataValues>[0];
/** Every state the map draws: those with a value, then the "No data" ones. */
const states = (spec: Record<string, unknown> | null) => [
  ...(dataValues<SpecState>(spec as AnySpec, 'states') ?? []),
  ...(dataValues<SpecState>(spec as AnySpec, 'no_data') ?? []),
];
const reported = (j: string, drug: string, period: string) =>
  overdoses.find((r) => r.jurisdiction === j && r.indicator === drug && r.period === period)?.reported ?? null;

/** The rings of a path as the generator writes it (`M x,y l dx,dy … z` per ring), in viewport units. */
function rings(path: string): [number, number][][] {
  return path
    .split('z')
    .filter(Boolean)
    .map((ring) => {
      const m = /^M(-?\d+),(-?\d+)l(.*)$/.exec(ring);
      assert.ok(m, ring.slice(0, 40));
      const numbers = m[3]!.match(/-?\d+/g)!.map(Number);
      const points: [number, number][] = [[Number(m[1]), Number(m[2])]];
      for (let i = 0; i < numbers.length; i += 2) {
        const [x, y] = points[points.length - 1]!;
        points.push([x + numbers[i]!, y + numbers[i + 1]!]);
      }
      return points.map(([x, y]) => [x / 10, y / 10]);
    });
}

test('the shipped shapes are us-atlas states-albers-10m as SVG paths (to 0.1 unit), and the generated module is up to date', () => {
  const atlas = JSON.parse(readFileSync(new URL('../../node_modules/us-atlas/states-albers-10m.json', import.meta.url), 'utf8'));
  const check = spawnSync(process.execPath, ['src/geo/generate.mjs', '--check'], {
    cwd: new URL('../../', import.meta.url),
    encoding: 'utf8',
  });
  assert.equal(check.status, 0, check.stderr);
  // One shape per state and DC, keyed by the same FIPS codes as our jurisdictions.
  const ids = US_STATES_ALBERS.states.map((s) => s.fips);
  const fips = STATE_CODES.map((c) => JURISDICTIONS.find((j) => j.code === c)!.fips!).sort();
  assert.deepEqual(ids, fips);
  // Every point drawn is a point of us-atlas's ring, in order, at most 0.05 unit off; only
  // points that round onto their neighbour and islets smaller than the rounding are left out.
  const features = (
    feature(atlas, atlas.objects.states) as unknown as { features: { id: string; geometry: { type: string; coordinates: unknown } }[] }
  ).features;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const shape of US_STATES_ALBERS.states) {
    const f = features.find((g) => g.id === shape.fips)!;
    const source = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as [number, number][][][];
    const sourceRings = source.flat();
    let r = 0;
    for (const ring of rings(shape.path)) {
      const near = (p: [number, number], q: [number, number]) =>
        Math.abs(p[0] - q[0]) <= 0.05 + 1e-9 && Math.abs(p[1] - q[1]) <= 0.05 + 1e-9;
      // Skip the islets that were dropped.
      while (r < sourceRings.length && !near(ring[0]!, sourceRings[r]![0]!)) r++;
      assert.ok(r < sourceRings.length, `${shape.name}: a ring not in us-atlas`);
      const src = sourceRings[r++]!;
      let j = 0;
      for (const p of ring) {
        while (j < src.length && !near(p, src[j]!)) j++;
        assert.ok(j < src.length, `${shape.name}: point ${p} not in its us-atlas ring`);
        [x0, y0, x1, y1] = [Math.min(x0, p[0]), Math.min(y0, p[1]), Math.max(x1, p[0]), Math.max(y1, p[1])];
      }
      assert.ok(ring.length >= 3);
    }
    // Nothing visible is dropped: the rings left out have next to no area (< 0.05 unit², a
    // fraction of a pixel; one of Delaware's is a line out and back, with none).
    const drawn = rings(shape.path).length;
    const area = (ring: [number, number][]) =>
      Math.abs(ring.reduce((a, p, i) => a + p[0] * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * p[1], 0)) / 2;
    const visible = sourceRings.filter((ring) => area(ring) >= 0.05).length;
    assert.ok(drawn >= visible, `${shape.name}: ${drawn} rings drawn, ${visible} visible in us-atlas`);
  }
  assert.deepEqual(
    US_STATES_ALBERS.bounds,
    [x0, y0, x1, y1].map((v) => Math.round(v * 10)),
  );
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
  // Each state carries its own outline, joined by FIPS code.
  for (const s of values) assert.equal(s.path, US_STATES_ALBERS.states.find((g) => g.fips === s.fips)!.path, s.code);
  // Plain path marks: no geo transform, no projection, no data transform at all.
  const text = JSON.stringify(m.spec);
  assert.ok(!/"(transform|projections?|geoshape|shape)"/.test(text), 'no transforms, projections or shape marks');
  const marks = (m.spec as { marks: { name: string; type: string }[] }).marks;
  assert.deepEqual(
    marks.map((k) => [k.name, k.type]),
    [
      ['states_marks', 'path'],
      ['no_data_marks', 'path'],
      ['inset_marks', 'rect'],
      ['inset_labels', 'text'],
    ],
  );
});

test('the height follows the width (the map keeps its proportions, up to 560 px tall); map and small-state column are centred; DC is a square of 10 px or more', async () => {
  const m = model({ to: '2023-12' });
  const [bx0, by0, bx1, by1] = US_STATES_ALBERS.bounds;
  type Item = { bounds: { x1: number; x2: number; y1: number; y2: number }; datum: { code: string } };
  for (const width of [320, 375, 640, 1280]) {
    const view = new View(parse({ ...(m.spec as object), width, autosize: 'none' } as never), { renderer: 'none' });
    await view.runAsync();
    const k = view.signal('map_scale') as number;
    // The inset column takes 52 px beside the map.
    assert.equal(k, Math.min((width - 52) / (bx1 - bx0), 560 / (by1 - by0)));
    const height = view.signal('height') as number;
    assert.equal(height, Math.ceil(k * (by1 - by0)), `${width}: no band above or below the map`);
    const groups = (view.scenegraph() as unknown as { root: { items: { items: { name?: string; items: Item[] }[] }[] } }).root.items[0]!
      .items;
    const extent = (items: Item[]) =>
      items.reduce(
        (b, i) => ({
          x1: Math.min(b.x1, i.bounds.x1),
          x2: Math.max(b.x2, i.bounds.x2),
          y1: Math.min(b.y1, i.bounds.y1),
          y2: Math.max(b.y2, i.bounds.y2),
        }),
        { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity },
      );
    const map = extent(groups.filter((g) => g.name === 'states_marks' || g.name === 'no_data_marks').flatMap((g) => g.items));
    const inset = groups.find((g) => g.name === 'inset_marks')!.items;
    const labels = extent(groups.find((g) => g.name === 'inset_labels')!.items);
    // Vega's bounds add half the 0.6 px stroke on each side.
    const [w, h] = [map.x2 - map.x1 - 0.6, map.y2 - map.y1 - 0.6];
    assert.ok(
      Math.abs(w - k * (bx1 - bx0)) < 0.5 && Math.abs(h - k * (by1 - by0)) < 0.5,
      `${width}: scaled by ${k}: ${JSON.stringify(map)}`,
    );
    assert.ok(map.y1 > -0.5 && map.y2 < height + 0.5, `${width}: inside the height`);
    assert.ok(inset[0]!.bounds.x1 > map.x2, `${width}: the column is right of the map`);
    assert.ok(labels.x2 <= width, `${width}: the codes fit in the chart`);
    // Centred: as much room left of the map as right of the column's 44 px.
    assert.ok(Math.abs(map.x1 - (width - (inset[0]!.bounds.x1 - 0.3 + 44))) < 1.5, `${width}: centred ${JSON.stringify(map)}`);
    assert.deepEqual(
      inset.map((i) => i.datum.code),
      ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'],
    );
    const dc = inset.find((i) => i.datum.code === 'DC')!.bounds;
    assert.ok(dc.x2 - dc.x1 >= 10 && dc.y2 - dc.y1 >= 10 && dc.y2 <= height + 0.5, `${width}: DC ${JSON.stringify(dc)}`);
    view.finalize();
  }
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
  assert.equal(la.reason, 'Sin datos: la CDC no publica datos de opioides sintéticos (sobre todo fentanilo) para esta jurisdicción.');
});

test('reported counts of a drug: states CDC hides or has no rows for are "No data", with CDC’s reason', () => {
  const m = model({ measure: 'reported', drugs: 'cocaine', to: '2023-12' });
  matchSnapshotMap('map-reported-cocaine-2023-12', m.spec);
  const missing = states(m.spec).filter((s) => s.value === null);
  assert.deepEqual(missing.map((s) => s.code).sort(), STATE_CODES.filter((j) => reported(j, 'cocaine', '2023-12') === null).sort());
  assert.ok(missing.some((s) => s.reason === 'Not shown: data suppressed by CDC (fewer than 10 deaths).'));
  assert.ok(missing.some((s) => s.reason === 'No data: CDC publishes no cocaine data for this jurisdiction.'));
});

test('class breaks are round numbers from 0 (at most 5 classes) or symmetric around 0', () => {
  assert.deepEqual(mapThresholds([7.3, 74.9], false), [20, 40, 60]);
  assert.deepEqual(mapThresholds([85, 10457], false), [2500, 5000, 7500, 10000]);
  assert.deepEqual(mapThresholds([-0.449, 0.492], true), [-0.4, -0.2, 0, 0.2, 0.4]);
});

type Parts = { marks: { name: string }[]; scales: { name: string; domain: unknown }[]; legends: { fill: string; symbolType?: string }[] };

test('the builder draws states without a value in their own layer and legend entry', () => {
  const spec = stateMapSpec(
    [
      { code: 'OH', fips: '39', label: 'Ohio', value: 1, reason: null },
      { code: 'NY', fips: '36', label: 'New York', value: null, reason: 'why' },
    ],
    {
      shapes: US_STATES_ALBERS,
      labels: { description: 'd', legendTitle: 'L', noData: 'No data', state: 'S', reason: 'R' },
      scale: { scheme: 'oranges', thresholds: [1] },
      format: ',.0f',
    },
  ) as unknown as Parts;
  assert.deepEqual(
    spec.marks.map((l) => l.name),
    ['states_marks', 'no_data_marks', 'inset_marks', 'inset_labels'],
  );
  assert.deepEqual(
    dataValues(spec as never, 'no_data')!.map((s) => s['code']),
    ['NY'],
  );
  assert.deepEqual(spec.scales.find((s) => s.name === 'no_data')!.domain, ['No data']);
  assert.deepEqual(
    spec.legends.map((l) => [l.fill, l.symbolType]),
    [
      ['color', undefined],
      ['no_data', 'square'],
    ],
  );
  const complete = stateMapSpec([{ code: 'OH', fips: '39', label: 'Ohio', value: 1, reason: null }], {
    shapes: US_STATES_ALBERS,
    labels: { description: 'd', legendTitle: 'L', noData: 'No data', state: 'S', reason: 'R' },
    scale: { scheme: 'oranges', thresholds: [1] },
    format: ',.0f',
  }) as unknown as Parts;
  assert.deepEqual(
    complete.marks.map((l) => l.name),
    ['states_marks', 'inset_marks', 'inset_labels'],
  );
  assert.deepEqual(
    complete.legends.map((l) => l.fill),
    ['color'],
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
    // `from` and `jurisdictions` are not the map's attributes: test/node/attribute-table.test.ts.
  ];
  for (const [attributes, code, attribute, message] of cases) {
    assert.throws(
      () => readMapSettings(attributes),
      (e: unknown) =>
        e instanceof FpkError && e.code === (code as FpkError['code']) && e.attribute === attribute && message.test(e.message),
      JSON.stringify(attributes),
    );
  }
});
