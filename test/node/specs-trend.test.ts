import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSnapshot } from './snapshot.js';
import { buildTrendModel, type TrendEnv } from '../../src/charts/trend/model.js';
import type { TrendAttributes } from '../../src/charts/trend/settings.js';
import type { Lang } from '../../src/i18n/index.js';
import { rows as designations } from '../../datasets/designations/index.js';
import { rows as overdoses } from '../../datasets/overdoses/index.js';
import { rows as sanctionEvents } from '../../datasets/sanctions-events/index.js';
import { FpkError } from '../../src/errors.js';
import { eventsInRange } from '../../src/query.js';
import { trendSpec, type TrendLabels } from '../../src/specs/trend.js';
import { panelTitles, TREND_MULTIPLES_BELOW } from '../../src/specs/trend-multiples.js';
import { dataValues, type VegaSpec } from '../../src/specs/vega.js';

/** The light theme's marker and band colours, as the element reads them from its tokens. */
const COLORS: TrendEnv['colors'] = () => ({ marker: '#5c5c57', band: '#8a8a84' });

/** A reader's CSV, served from memory. */
const READER = 'month,count\n2023-02,"1,250"\n2023-05-20,980\n2023-08,\n2023-11,1410\n';

function model(attributes: TrendAttributes, lang: Lang = 'en') {
  return buildTrendModel(attributes, lang, { colors: COLORS, readText: async () => READER });
}

type Point = { series: string; date: number; value: number | null; predicted?: number | null };

/** Mark names, top level and inside the per-series groups, in drawing order. */
function markNames(spec: VegaSpec): string[] {
  const names = (marks: readonly { name?: string; marks?: unknown }[]): string[] =>
    marks.flatMap((m) => (m.marks ? names(m.marks as { name?: string }[]) : [m.name!]));
  return names((spec.marks ?? []) as { name?: string }[]);
}

const values = (spec: VegaSpec, name: string) => dataValues<Point>(spec, name) ?? assert.fail(`no data set ${name}`);
const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

test('overdoses, several series with designation and case markers', async () => {
  const m = await model({
    jurisdictions: 'US,OH,WV',
    drugs: 'synthetic-opioids',
    from: '2024-07',
    to: '2025-06',
    events: 'designations,cases',
  });
  matchSnapshot('trend-overdoses-events', m.spec);
  const spec = m.spec as unknown as VegaSpec;
  assert.deepEqual(markNames(spec), ['band_marks', 'lines_marks', 'points_marks', 'marker_rules_marks', 'markers_marks']);
  // Every displayed row is a point of the spec (none is hidden here), with CDC's predicted value as the band's top.
  assert.equal(values(spec, 'series').length, m.rows.length);
  assert.equal(values(spec, 'points').length, m.rows.length);
  const oh = overdoses.find((r) => r.jurisdiction === 'OH' && r.indicator === 'synthetic-opioids' && r.period === '2025-06')!;
  assert.deepEqual(
    values(spec, 'points').find((p) => p.series === 'Ohio — synthetic opioids (mainly fentanyl)' && p.date === day('2025-06-01')),
    {
      series: 'Ohio — synthetic opioids (mainly fentanyl)',
      date: day('2025-06-01'),
      value: oh.reported,
      predicted: oh.predicted,
      hasValue: true,
      hasBand: true,
      // CDC marks June 2025 underreported: the tooltip says so beside the predicted value.
      note: 'Underreported (CDC: data still incomplete).',
      // The tooltip as the reader sees it, formatted once here (not per draw by vega).
      tip: {
        Series: 'Ohio — synthetic opioids (mainly fentanyl)',
        '12 months ending': 'June 2025',
        'Deaths, 12 months ending': '1,651',
        Predicted: '1,651',
        Provisional: 'Underreported (CDC: data still incomplete).',
      },
    },
  );
  const dates = new Set(eventsInRange(designations, { from: '2024-07', to: '2025-06' }).events.map((d) => d.date));
  const designationMarkers = m.markers.filter((x) => x.kind === 'designations');
  assert.deepEqual(
    designationMarkers.map((x) => x.date),
    [...dates].sort(),
  );
  assert.equal(values(spec, 'markers').length, m.markers.length);
});

test('per100k in Spanish: rates, the band, and no point where Census has no population yet', async () => {
  const m = await model({ jurisdictions: 'OH,WV', drugs: 'synthetic-opioids', measure: 'per100k', from: '2025-01' }, 'es');
  matchSnapshot('trend-per100k-es', m.spec);
  const points = values(m.spec as unknown as VegaSpec, 'series');
  assert.ok(!points.some((p) => p.date >= day('2026-01-01')), '2026 has no population estimate');
  assert.ok(
    overdoses.some((r) => r.jurisdiction === 'OH' && r.indicator === 'synthetic-opioids' && r.period === '2026-01'),
    'the count exists',
  );
  assert.match(m.notes!.join(' '), /Sin tasa para enero de 2026/);
  assert.equal((m.spec as { config: { locale: { number: { decimal: string } } } }).config.locale.number.decimal, ',');
});

test('seizures by drug and region: months without a seizure row are 0 (CBP writes rows only for seizures)', async () => {
  const m = await model({
    dataset: 'seizures',
    drugs: 'fentanyl',
    regions: 'southwest-border,northern-border',
    from: '2025-01',
    to: '2025-12',
  });
  matchSnapshot('trend-seizures-regions', m.spec);
  assert.equal(m.rows.length, 24);
  assert.deepEqual([...new Set(m.rows.map((r) => r['series']))], ['Fentanyl — Southwest border', 'Fentanyl — Northern border']);
  assert.ok(m.rows.every((r) => typeof r['value'] === 'number'));
});

test('sanctions: monthly bars, a reader series as a line over them, designation markers', async () => {
  const m = await model({
    dataset: 'sanctions',
    from: '2022-10',
    to: '2023-12',
    events: 'designations',
    src: 'county.csv',
    'src-date': 'month',
    'src-value': 'count',
    'src-label': 'County cases',
  });
  matchSnapshot('trend-sanctions-reader', m.spec);
  const spec = m.spec as unknown as VegaSpec;
  assert.deepEqual(markNames(spec), ['bars_marks', 'reader_lines_marks', 'reader_marks', 'marker_rules_marks', 'markers_marks']);
  const added = sanctionEvents.filter((e) => e.event === 'added' && e.date >= '2022-10' && e.date < '2024');
  assert.equal(
    values(spec, 'bars').reduce((s, p) => s + p.value!, 0),
    added.length,
  );
  // The empty cell stays a gap.
  assert.deepEqual(
    values(spec, 'reader').map((p) => [p.date, p.value]),
    [
      [day('2023-02-01'), 1250],
      [day('2023-05-01'), 980],
      [day('2023-08-01'), null],
      [day('2023-11-01'), 1410],
    ],
  );
  // The reader's points: one per value, none for the gap.
  assert.equal(values(spec, 'reader_points').length, 3);
});

test('sanctions from 2024: the gap in the OFAC copies is a labelled band to the status date, never bars of 0', async () => {
  const m = await model({ dataset: 'sanctions', from: '2024-01' });
  const spec = m.spec as unknown as VegaSpec;
  assert.deepEqual(markNames(spec), ['gap_marks', 'gap_labels_marks', 'bars_marks']);
  // January–April 2024 are dated (April had no addition: a zero bar); nothing is drawn from May 2024.
  assert.deepEqual(
    values(spec, 'bars').map((b) => [b.date, b.value]),
    [
      [day('2024-01-01'), 0],
      [day('2024-02-01'), 0],
      [day('2024-03-01'), 21],
      [day('2024-04-01'), 0],
    ],
  );
  assert.deepEqual(dataValues(spec, 'gaps'), [{ start: day('2024-05-03'), end: day('2026-08-20'), label: 'No dated data' }]);
  assert.deepEqual((spec.scales as { name: string; domain: unknown }[]).find((s) => s.name === 'x')?.domain, [
    day('2024-01-01'),
    day('2026-08-20'),
  ]);
  assert.equal(m.rows.filter((r) => r['value'] === null).length, 28);
  assert.ok(m.notes?.includes('OFAC SDN list, status on Aug 20, 2026 (third-party parse).'));
  // Before the gap there is no band and no note about it.
  const before = await model({ dataset: 'sanctions', to: '2023-12' });
  assert.equal(dataValues(before.spec as unknown as VegaSpec, 'gaps'), undefined);
  assert.ok(!before.notes?.some((n) => n.startsWith('No copy of the list')));
});

const LABELS: TrendLabels = {
  description: 'd',
  valueAxis: 'Deaths',
  period: 'Period',
  series: 'Series',
  predicted: 'Predicted',
  predictedBand: 'predicted',
  event: 'Event',
  parties: 'Parties',
  type: 'Type',
  date: 'Date',
  sources: 'Source',
};

test('trendSpec keeps hidden values as null (a gap), and draws no band without predicted values', () => {
  const spec = trendSpec({
    mark: 'line',
    series: ['A'],
    points: [
      { series: 'A', period: '2020-01', value: 12 },
      { series: 'A', period: '2020-02', value: null },
      { series: 'A', period: '2020-03', value: 14 },
    ],
    format: ',.0f',
    labels: LABELS,
  });
  assert.deepEqual(
    values(spec, 'series').map((p) => p.value),
    [12, null, 14],
  );
  // Points only where there is a value.
  assert.deepEqual(
    values(spec, 'points').map((p) => p.value),
    [12, 14],
  );
  assert.deepEqual(markNames(spec), ['lines_marks', 'points_marks']);
});

test('lines and the band break where a value is missing, decided per row in TypeScript (no per-row expression)', async () => {
  const m = await model({ jurisdictions: 'US,OH,WV', drugs: 'synthetic-opioids', from: '2024-07', to: '2025-06' });
  const spec = m.spec as unknown as VegaSpec;
  const rows = dataValues<{ value: number | null; predicted?: number | null; hasValue: boolean; hasBand?: boolean }>(spec, 'series')!;
  for (const r of rows) {
    assert.equal(r.hasValue, r.value !== null);
    assert.equal(r.hasBand, r.value !== null && r.predicted !== null && r.predicted !== undefined);
  }
  assert.doesNotMatch(JSON.stringify(spec), /"defined":\{"signal"/, 'no defined expression');
});

test('revisions: one line per CDC release, labelled by its date, and how far the first report undercounted', async () => {
  const m = await model({ jurisdictions: 'NC', measure: 'revisions' });
  matchSnapshot('trend-revisions-nc', m.spec);
  const spec = m.spec as unknown as VegaSpec;
  assert.deepEqual((spec.scales!.find((s) => s.name === 'color') as { domain: string[] }).domain, [
    'Release of Jan 8, 2025',
    'Release of Feb 14, 2026',
  ]);
  // From 24 months before the oldest release's last month (July 2024), every month each release published.
  const periods = (release: string) => m.rows.filter((r) => r['release'] === release).map((r) => r['period'] as string);
  assert.equal(periods('2025-01-08')[0], '2022-07');
  assert.equal(periods('2025-01-08').at(-1), '2024-07');
  assert.equal(periods('2026-02-14')[0], '2022-12');
  assert.equal(periods('2026-02-14').at(-1), '2025-09');
  // North Carolina, 12 months ending July 2024: 2,269 when first reported, 2,864 in the 2026-02-14 release.
  assert.equal(m.rows.find((r) => r['release'] === '2025-01-08' && r['period'] === '2024-07')!['value'], 2269);
  assert.equal(m.rows.find((r) => r['release'] === '2026-02-14' && r['period'] === '2024-07')!['value'], 2864);
  assert.match(
    m.summary,
    /^North Carolina — all drugs, as each CDC release published it \(Jan 8, 2025, Feb 14, 2026\)\. For the 12 months ending July 2024, the release of Jan 8, 2025 first reported 2,269 deaths; the release of Feb 14, 2026 reports 2,864 \(\+595, \+26\.2%\): the first report undercounted\. \d+ of the \d+ months more than one release publishes were revised; the largest revision: [-+][\d,]+ deaths \(the 12 months ending [A-Z][a-z]+ \d{4}\)\. The latest months are still provisional and will be revised again\.$/,
  );
  assert.deepEqual(m.shown!['overdoses'], { releases: ['2025-01-08', '2026-02-14'], through: '2025-09' });
});

test('revisions draw one jurisdiction and one drug', async () => {
  await assert.rejects(
    model({ jurisdictions: 'US,OH', measure: 'revisions' }),
    (e: unknown) =>
      e instanceof FpkError &&
      e.attribute === 'jurisdictions' &&
      /one line per CDC release for one jurisdiction and one drug; jurisdictions has 2 \(US, OH\)/.test(e.message),
  );
});

test('small multiples: four or more lines get a narrow layout, one panel per series on the shared value scale', async () => {
  const five = await model({ jurisdictions: 'US,OH,WV,KY,TN', drugs: 'synthetic-opioids', from: '2025-01', to: '2025-06' });
  assert.equal(five.narrow?.below, TREND_MULTIPLES_BELOW);
  const panels = five.narrow!.spec;
  matchSnapshot('trend-multiples', panels);
  // The same rows as the chart's lines, each with its panel and its title without the shared drug.
  const rows = dataValues<{ series: string; panel: number; title: string }>(panels, 'series')!;
  assert.equal(rows.length, dataValues(five.spec as VegaSpec, 'series')!.length);
  assert.deepEqual(
    [...new Map(rows.map((r) => [r.panel, r.title])).entries()],
    [
      [0, 'United States'],
      [1, 'Ohio'],
      [2, 'West Virginia'],
      [3, 'Kentucky'],
      [4, 'Tennessee'],
    ],
  );
  const y = panels.scales!.find((s) => s.name === 'y') as { range?: unknown };
  assert.deepEqual(y.range, [70, 0], 'one y scale, a panel high, that every panel uses');
  assert.equal(
    (await model({ jurisdictions: 'US,OH,WV', from: '2025-01', to: '2025-06' })).narrow,
    undefined,
    'three lines stay one chart',
  );
  assert.equal(
    (await model({ measure: 'revisions', jurisdictions: 'OH', drugs: 'synthetic-opioids' })).narrow,
    undefined,
    'revisions are compared line over line',
  );
  assert.equal((await model({ dataset: 'sanctions' })).narrow, undefined, 'bars stay bars');
});

test('panelTitles drops the part all series share, and keeps names that share nothing', () => {
  assert.deepEqual(panelTitles(['Ohio — cocaine', 'Ohio — all drugs']), {
    titles: new Map([
      ['Ohio — cocaine', 'cocaine'],
      ['Ohio — all drugs', 'all drugs'],
    ]),
    shared: 'Ohio',
  });
  assert.deepEqual(panelTitles(['Ohio — cocaine', 'Utah — heroin']).shared, null);
  assert.deepEqual([...panelTitles(['Ohio — cocaine', 'your data']).titles.values()], ['Ohio — cocaine', 'your data']);
});
