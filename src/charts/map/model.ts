/**
 * `<fpk-map>` attributes read strictly, and from loaded rows to what the map shows: one row per
 * state (the 50 and DC, alphabetical) with its value, rate and the reason when the map has no
 * value for it, the choropleth spec, summary and source notes. No DOM: the element and the static
 * renderer (src/render) both call `buildMapModel`, so they cannot drift.
 */
import type { OverdoseRecord } from '../../dataset-schemas/overdoses.js';
import type { PopulationRecord } from '../../dataset-schemas/population.js';
import { FpkError } from '../../errors.js';
import type { StateShapes } from '../../geo/states.js';
import { JURISDICTIONS, STATE_CODES } from '../../jurisdictions.js';
import { loadDataset } from '../../load.js';
import type { DatasetMeta } from '../../meta.js';
import { addMonths } from '../../query.js';
import type { ModelAttributes } from '../contract.js';
import { stateMapSpec, type MapState } from '../../specs/map.js';
import { attributeError, pickAll, pickOne, pickRange, parseList, readDataset } from '../attributes.js';
import { formatMonth, t, type Lang } from '../../i18n/index.js';
import type { ChartModel, ChartNavigation, Column } from '../contract.js';
import { keysHint, rowSentence } from '../navigation.js';
import { DRUG_INDICATORS, placeName, provisionalText, reasonText, type DrugIndicator } from '../../i18n/names.js';
import { compareText, NUMBER_LOCALE, windowOf, type Extremes } from '../comparison-text.js';
import {
  assertPeriodHasData,
  indexSeries,
  latestCommonPeriod,
  populationCap,
  readValue,
  readingSources,
  seriesKey,
  type Reading,
} from '../readings.js';
import { rankChanges, type ChangeRanking, type RankedChange } from '../ranking.js';
import { vintagesOf } from '../../cite.js';
import { percentChange } from '../../headlines.js';
import { mapText, type MapMeasure } from './text.js';
import { MAP_ATTRIBUTES, MAP_DATASETS, MAP_MEASURES } from './attributes.js';

export { MAP_DATASETS, MAP_MEASURES } from './attributes.js';

export interface MapSettings {
  readonly measure: MapMeasure;
  readonly drug: DrugIndicator;
  readonly to?: string;
}

/** `jurisdictions` and `from` are not the map's (src/charts/map/attributes.ts says why). */
export interface MapAttributes {
  readonly dataset?: string | null;
  readonly measure?: string | null;
  readonly drugs?: string | null;
  readonly to?: string | null;
}

export function readMapSettings(a: MapAttributes): MapSettings {
  readDataset('fpk-map', a.dataset, MAP_DATASETS);
  const measure: MapMeasure = pickOne('measure', a.measure, MAP_MEASURES, MAP_ATTRIBUTES.measure.default);
  const drugs = pickAll('drugs', [...new Set(parseList(a.drugs))], DRUG_INDICATORS, 'drug');
  if (drugs.length > 1)
    throw attributeError(
      'drugs',
      `<fpk-map> draws one drug; drugs has ${drugs.length} (${drugs.join(', ')}). Use <fpk-compare> to compare drugs.`,
    );
  const { to } = pickRange(undefined, a.to);
  return { measure, drug: drugs[0] ?? 'all-drugs', ...(to ? { to } : {}) };
}

export interface MapData {
  readonly overdoses: readonly OverdoseRecord[];
  readonly population: readonly PopulationRecord[];
  readonly metas: readonly DatasetMeta[];
  readonly shapes: StateShapes;
}

/**
 * Attributes (as written on the element) → model. The state shapes (us-atlas, pre-projected) are
 * a separate module loaded with a dynamic `import()`, so bundlers split them into their own chunk.
 */
export async function buildMapModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
  const settings = readMapSettings({
    dataset: attributes['dataset'],
    measure: attributes['measure'],
    drugs: attributes['drugs'],
    to: attributes['to'],
  });
  const rates = settings.measure !== 'yoy';
  const [overdoses, population, geo] = await Promise.all([
    loadDataset('overdoses', { indicators: [settings.drug] }),
    rates ? loadDataset('population') : null,
    import('../../geo/us-states-albers.js'),
  ]);
  return mapModel(
    settings,
    {
      overdoses: overdoses.rows,
      population: population?.rows ?? [],
      metas: population ? [overdoses.meta, population.meta] : [overdoses.meta],
      shapes: geo.US_STATES_ALBERS,
    },
    lang,
  );
}

/** A round step for class breaks: 1, 2, 2.5 or 5 × a power of ten. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

/**
 * Class breaks at round numbers: from 0 up for counts and rates (at most 5 classes), and
 * symmetric around 0 for a change (6 classes), so equal changes up and down look alike.
 */
export function mapThresholds(values: readonly number[], diverging: boolean): number[] {
  if (diverging) {
    const step = niceStep(Math.max(...values.map(Math.abs), 0.03) / 3);
    return [-2 * step, -step, 0, step, 2 * step];
  }
  const max = Math.max(...values, 1);
  const step = niceStep(max / 5);
  const breaks: number[] = [];
  for (let b = step; b < max; b += step) breaks.push(Number(b.toPrecision(12)));
  return breaks;
}

export function mapModel(settings: MapSettings, data: MapData, lang: Lang): ChartModel {
  const text = mapText(lang);
  const { measure, drug } = settings;
  const index = indexSeries(data.overdoses);
  const keys = STATE_CODES.map((j) => seriesKey(j, drug));
  let to = settings.to;
  if (to) assertPeriodHasData(index, keys, 'to', to);
  else {
    to = latestCommonPeriod(index, keys, measure === 'per100k' ? populationCap(data.population) : undefined) ?? undefined;
    if (!to) throw new FpkError('bad-range', 'CDC publishes no data for this drug for any state.', 'drugs');
  }
  const previous = addMonths(to, -12);
  const year = Number(to.slice(0, 4));
  const why = (r: Reading) =>
    r.reason ? reasonText(lang, r.reason, { drug, ...(r.populationYear ? { year: r.populationYear } : {}) }) : '';

  const states = STATE_CODES.map((code) => {
    const deaths = readValue(index, code, drug, to, 'reported');
    const rate = readValue(index, code, drug, to, 'per100k', data.population);
    const before = readValue(index, code, drug, previous, 'reported');
    const ratio = deaths.value !== null && before.value ? (deaths.value - before.value) / before.value : null;
    const changePercent = ratio === null ? null : ratio * 100;
    // CDC's predicted counts adjust both years for reporting delay: what a ranking of changes uses.
    const changePredicted = percentChange(before.predictedDeaths, deaths.predictedDeaths);
    let value: number | null;
    let reason: string;
    if (measure === 'per100k') [value, reason] = [rate.value, why(rate)];
    else if (measure === 'reported') [value, reason] = [deaths.value, why(deaths)];
    else {
      value = ratio;
      const beforeWhy =
        before.reason === 'no-period' || before.reason === 'no-series' ? reasonText(lang, 'no-previous', { drug }) : why(before);
      // The missing value may be the earlier one: say which month it is.
      reason = deaths.reason
        ? why(deaths)
        : before.value === null
          ? before.reason === 'no-period' || before.reason === 'no-series'
            ? beforeWhy
            : `${formatMonth(lang, previous)}: ${beforeWhy}`
          : '';
    }
    const flag = value !== null && deaths.flag ? provisionalText(lang, deaths.flag) : null;
    const flagBefore =
      measure === 'yoy' && value !== null && before.flag ? `${formatMonth(lang, previous)}: ${provisionalText(lang, before.flag)}` : null;
    const note = [reason, flag, flagBefore].filter(Boolean).join(' ');
    const releases = [
      ...new Set([deaths.release, ...(measure === 'yoy' ? [before.release] : [])].filter((r): r is string => r !== null)),
    ].sort();
    return {
      code,
      fips: JURISDICTIONS.find((j) => j.code === code)!.fips!,
      name: placeName(lang, code),
      value,
      reason,
      note,
      flag: flag && flagBefore ? `${flag} ${flagBefore}` : (flag ?? flagBefore),
      deaths: deaths.value,
      predicted: deaths.predictedDeaths,
      rate: rate.value,
      population: rate.population,
      previous: before.value,
      predictedPrevious: before.predictedDeaths,
      changePercent,
      changePredicted,
      underreported: deaths.underreported,
      release: releases.join('; '),
      vintage: rate.populationVintage && rate.populationYear ? { vintage: rate.populationVintage, year: rate.populationYear } : null,
    };
  }).sort((a, b) => a.name.localeCompare(b.name, lang));

  const columns: Column[] =
    measure === 'per100k'
      ? [
          { key: 'name', label: text.state },
          { key: 'rate', label: text.rate, format: 'rate' },
          { key: 'deaths', label: text.deaths, format: 'number' },
          { key: 'population', label: text.population(year), format: 'number' },
          { key: 'note', label: text.note },
        ]
      : measure === 'reported'
        ? [
            { key: 'name', label: text.state },
            { key: 'deaths', label: text.deaths, format: 'number' },
            { key: 'rate', label: text.rate, format: 'rate' },
            { key: 'note', label: text.note },
          ]
        : [
            { key: 'name', label: text.state },
            { key: 'changePercent', label: text.yoy, format: 'percent' },
            { key: 'changePredicted', label: text.yoyPredicted, format: 'percent' },
            { key: 'deaths', label: text.deathsIn(to), format: 'number' },
            { key: 'previous', label: text.deathsIn(previous), format: 'number' },
            { key: 'note', label: text.note },
          ];
  // `release` is not a column (the source line names the releases) but each CSV row's source cell names its own.
  // The code and the period(s) are download-only columns: the table names the state and its headers the months.
  const rows = states.map((s) => ({
    code: s.code,
    ...(measure === 'yoy' ? { period_start: previous, period_end: to } : { period: to }),
    ...Object.fromEntries(columns.map((c) => [c.key, s[c.key as keyof typeof s]])),
    release: s.release,
  }));
  const compare = compareText(lang);
  columns.unshift(
    { key: 'code', label: t(lang, 'columnCode'), downloadOnly: true },
    ...(measure === 'yoy'
      ? [
          { key: 'period_start', label: t(lang, 'columnPeriodStart'), downloadOnly: true },
          { key: 'period_end', label: t(lang, 'columnPeriodEnd'), downloadOnly: true },
        ]
      : [{ key: 'period', label: compare.period, downloadOnly: true }]),
  );

  const label = text.label(measure, drug, to, previous);
  const withValue = states.filter((s) => s.value !== null);
  const yoy = measure === 'yoy';
  const tooltip =
    measure === 'per100k'
      ? [
          { field: 'deaths', title: text.deaths, format: ',.0f' },
          { field: 'population', title: text.population(year), format: ',.0f' },
        ]
      : measure === 'reported'
        ? [{ field: 'rate', title: text.rate, format: ',.1f' }]
        : [
            { field: 'deaths', title: text.deathsIn(to), format: ',.0f' },
            { field: 'previous', title: text.deathsIn(previous), format: ',.0f' },
          ];
  // The spec carries what the map and its tooltips use; the table rows carry the rest.
  const mapStates: MapState[] = states.map((s) => ({
    code: s.code,
    fips: s.fips,
    label: s.name,
    value: s.value,
    reason: s.value === null ? s.reason : null,
    flag: s.value === null ? null : s.flag,
    ...Object.fromEntries(tooltip.map((t) => [t.field, s[t.field as keyof typeof s]])),
  }));
  const spec = stateMapSpec(mapStates, {
    shapes: data.shapes,
    labels: {
      description: label,
      legendTitle: text.legendTitle(measure),
      noData: text.noData,
      state: text.state,
      reason: text.reason,
      flag: text.flag,
      numberLocale: NUMBER_LOCALE[lang],
    },
    scale: {
      scheme: yoy ? 'blueorange' : 'oranges',
      thresholds: mapThresholds(
        withValue.map((s) => s.value!),
        yoy,
      ),
    },
    format: yoy ? '+.1%' : measure === 'per100k' ? ',.1f' : ',.0f',
    legendFormat: yoy ? '+.0%' : ',.0f',
    tooltip,
  }) as unknown as Record<string, unknown>;

  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, lang);
  let extremes: Extremes;
  let ranking: ChangeRanking | null = null;
  if (yoy) {
    ranking = rankChanges(
      withValue.map((s) => ({
        key: s.code,
        name: s.name,
        reported: s.changePercent,
        predicted: s.changePredicted,
        base: s.previous,
        flagged: s.flag !== null,
      })),
      byName,
    );
    const lead = (r: RankedChange | undefined) => (r ? { name: r.name, value: r.score, basis: r.basis, reported: r.reported } : null);
    extremes = { top: lead(ranking.ranked[0]), bottom: lead(ranking.ranked[ranking.ranked.length - 1]) };
  } else {
    const ranked = [...withValue].sort((a, b) => b.value! - a.value! || byName(a, b));
    const lead = (s: (typeof ranked)[number] | undefined) => (s ? { name: s.name, value: s.value! } : null);
    extremes = { top: lead(ranked[0]), bottom: lead(ranked[ranked.length - 1]) };
  }
  const summary = compareText(lang).summary({
    by: 'jurisdiction',
    drug,
    place: null,
    measure: yoy ? 'reported' : measure,
    ...(yoy ? { from: previous } : {}),
    to,
    extremes,
    us: null,
    notShown: states.length - withValue.length,
    total: states.length,
    ...(ranking ? { predictedBasis: ranking.predicted, tinyBases: ranking.tinyBases } : {}),
  });
  const notes = [
    ...(measure === 'per100k' ? [compare.rateMethod, reasonText(lang, 'ny-split', { drug })] : [compare.nyCounts]),
    ...(withValue.some((s) => s.flag) ? [compare.underreported] : []),
    text.shapes,
  ];
  const vintages = vintagesOf(states.flatMap((s) => (s.vintage && columns.some((c) => c.key === 'rate') ? [s.vintage] : [])));
  // The arrow keys step through the states in the table's (alphabetical) order, DC included; small
  // states are found by their inset square, which is where a reader sees and clicks them.
  const navigation: ChartNavigation = {
    lists: [
      rows.map((r) => ({
        sentence: rowSentence(lang, columns, r, { lead: 'name', ...(yoy ? {} : { context: windowOf(lang, to) }) }),
        mark: { marks: ['inset_marks', 'states_marks', 'no_data_marks'], match: { code: r.code } },
        selectable: true,
      })),
    ],
    hint: keysHint(lang, { series: false, enter: 'select' }),
  };
  return {
    rows,
    navigation,
    columns,
    spec,
    label,
    summary,
    ...readingSources(data.metas, states, to, vintages),
    filename: ['fpk-map', drug, measure, to].join('-'),
    notes,
  };
}
