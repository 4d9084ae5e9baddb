/**
 * From attributes to what `<fpk-compare>` shows: the settings read strictly, the rows loaded, then
 * the displayed rows (ranked values first, then every item not shown, with the reason), the
 * Vega spec of the drawn items, the summary and the source notes. No DOM: the element and
 * the static renderer (src/render) both call `buildCompareModel`, so they cannot drift.
 */
import type { OverdoseRecord } from '../../dataset-schemas/overdoses.js';
import type { PopulationRecord } from '../../dataset-schemas/population.js';
import { FpkError } from '../../errors.js';
import type { Jurisdiction } from '../../jurisdictions.js';
import { loadDataset } from '../../load.js';
import type { DatasetMeta } from '../../meta.js';
import type { ModelAttributes } from '../contract.js';
import { compareBarsSpec, compareChangeSpec, compareDumbbellSpec } from '../../specs/compare.js';
import { t, type Lang } from '../../i18n/index.js';
import type { ChartModel, ChartNavigation, Column } from '../contract.js';
import { keysHint, rowSentence } from '../navigation.js';
import { drugName, placeName, provisionalText, reasonText, type DrugIndicator } from '../../i18n/names.js';
import { rankChanges, type ChangeRanking } from '../ranking.js';
import { vintagesOf } from '../../cite.js';
import { percentChange } from '../../headlines.js';
import { readCompareSettings, type CompareSettings } from './settings.js';
import { compareText, NUMBER_LOCALE, valueFormat, windowOf, type Extreme } from '../comparison-text.js';
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

export interface CompareData {
  readonly overdoses: readonly OverdoseRecord[];
  readonly population: readonly PopulationRecord[];
  readonly metas: readonly DatasetMeta[];
}

interface Item {
  readonly key: string;
  readonly name: string;
  /** The name inside a sentence (drug names are not capitalized there). */
  readonly phrase: string;
  readonly jurisdiction: Jurisdiction;
  readonly drug: DrugIndicator;
}

/** Attributes (as written on the element) → model: reads settings strictly, loads what they need, composes. */
export async function buildCompareModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
  const settings = readCompareSettings({
    dataset: attributes['dataset'],
    measure: attributes['measure'],
    mode: attributes['mode'],
    jurisdictions: attributes['jurisdictions'],
    drugs: attributes['drugs'],
    from: attributes['from'],
    to: attributes['to'],
    highlight: attributes['highlight'],
  });
  const [overdoses, population] = await Promise.all([
    loadDataset('overdoses', { jurisdictions: [...settings.jurisdictions], indicators: [...settings.drugs] }),
    settings.measure === 'per100k' ? loadDataset('population') : null,
  ]);
  return compareModel(
    settings,
    {
      overdoses: overdoses.rows,
      population: population?.rows ?? [],
      metas: population ? [overdoses.meta, population.meta] : [overdoses.meta],
    },
    lang,
  );
}

export function compareModel(settings: CompareSettings, data: CompareData, lang: Lang): ChartModel {
  const text = compareText(lang);
  const { by, measure, from } = settings;
  const index = indexSeries(data.overdoses);
  const items: Item[] =
    by === 'drug'
      ? settings.drugs.map((drug) => ({
          key: drug,
          name: drugName(lang, drug, { capital: true }),
          phrase: drugName(lang, drug),
          jurisdiction: settings.jurisdictions[0]!,
          drug,
        }))
      : settings.jurisdictions.map((j) => ({
          key: j,
          name: placeName(lang, j),
          phrase: placeName(lang, j),
          jurisdiction: j,
          drug: settings.drugs[0]!,
        }));
  const keys = items.map((i) => seriesKey(i.jurisdiction, i.drug));

  let to = settings.to;
  if (to) assertPeriodHasData(index, keys, 'to', to);
  else {
    to = latestCommonPeriod(index, keys, measure === 'per100k' ? populationCap(data.population) : undefined) ?? undefined;
    if (!to)
      throw new FpkError(
        'bad-range',
        'This selection has no overdose data at all: CDC publishes none for it.',
        by === 'drug' ? 'jurisdictions' : 'drugs',
      );
  }
  if (from) {
    assertPeriodHasData(index, keys, 'from', from);
    if (from > to)
      throw new FpkError(
        'bad-range',
        `from="${from}" is after to="${to}" (the latest period with data for this selection). Set an earlier from.`,
        'from',
      );
  }

  const read = (item: Item, period: string) => readValue(index, item.jurisdiction, item.drug, period, measure, data.population);
  const reason = (item: Item, r: Reading) =>
    r.reason ? reasonText(lang, r.reason, { drug: item.drug, ...(r.populationYear ? { year: r.populationYear } : {}) }) : '';
  const flag = (r: Reading) => (r.value !== null && r.flag ? provisionalText(lang, r.flag) : '');
  // CDC's predicted count in the measure's unit (a rate over the same population), for ranking changes.
  const predictedValue = (r: Reading) =>
    r.predictedDeaths === null
      ? null
      : measure === 'per100k'
        ? r.population
          ? (r.predictedDeaths / r.population) * 100_000
          : null
        : r.predictedDeaths;
  // Every reading behind a displayed row: its release (and population vintage) go to the source line.
  const used: Reading[] = [];
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, lang);
  const label = text.label({ by, drug: settings.drugs[0]!, place: settings.jurisdictions[0]!, measure, ...(from ? { from } : {}), to });
  const format = valueFormat(measure);
  const axisFormat = measure === 'per100k' ? ',.1~f' : format;
  const numberFormat = measure === 'per100k' ? 'rate' : 'number';
  const category = by === 'drug' ? text.drug : text.jurisdiction;
  const highlighted = new Set(settings.highlight);
  // Drug names are longer than state names; cut ones still show whole in tooltips and the table.
  const labelLimit = by === 'drug' ? 300 : 200;

  let rows: Record<string, unknown>[];
  let columns: Column[];
  let spec: Record<string, unknown>;
  let shown: Extreme[];
  let ranking: ChangeRanking | null = null;
  let usScore: number | null = null;
  let usReported: number | null = null;
  let underreported = false;

  if (!from) {
    const read1 = items.map((item) => ({ item, r: read(item, to) }));
    used.push(...read1.map((x) => x.r));
    const ranked = read1.filter((x) => x.r.value !== null).sort((a, b) => b.r.value! - a.r.value! || byName(a.item, b.item));
    const hidden = read1.filter((x) => x.r.value === null).sort((a, b) => byName(a.item, b.item));
    rows = [...ranked, ...hidden].map(({ item, r }, i) => ({
      rank: r.value === null ? null : i + 1,
      code: item.key,
      name: item.name,
      period: to,
      value: r.value,
      ...(measure === 'per100k' ? { deaths: r.deaths, population: r.population } : {}),
      note: [reason(item, r), flag(r)].filter(Boolean).join(' '),
      release: r.release ?? '',
    }));
    const year = Number(to.slice(0, 4));
    columns = [
      { key: 'rank', label: text.rank, format: 'number' },
      { key: 'code', label: t(lang, 'columnCode'), downloadOnly: true },
      { key: 'name', label: category },
      // The header of the table names the month; a download carries it in every row.
      { key: 'period', label: text.period, downloadOnly: true },
      { key: 'value', label: text.measureTitle(measure), format: numberFormat },
      ...(measure === 'per100k'
        ? ([
            { key: 'deaths', label: text.deaths, format: 'number' },
            { key: 'population', label: text.population(year), format: 'number' },
          ] as const)
        : []),
      { key: 'note', label: text.note },
    ];
    shown = ranked
      .filter((x) => !(by === 'jurisdiction' && x.item.jurisdiction === 'US'))
      .map(({ item, r }) => ({ name: item.phrase, value: r.value! }));
    underreported = ranked.some((x) => x.r.flag);
    usScore = ranked.find((x) => x.item.jurisdiction === 'US' && by === 'jurisdiction')?.r.value ?? null;
    spec = compareBarsSpec(
      ranked.map(({ item, r }) => ({
        key: item.key,
        label: item.name,
        value: r.value!,
        ...(highlighted.size ? { highlighted: highlighted.has(item.key) } : {}),
      })),
      {
        labels: {
          description: label,
          valueAxis: text.valueAxis(measure, to),
          category,
          labelLimit,
          // The legend names what it marks: "Ohio and West Virginia" / "Other jurisdictions", not "Highlighted" / "Others".
          highlighted: text.highlighted(items.filter((i) => highlighted.has(i.key)).map((i) => i.name)),
          others: text.others(by),
          numberLocale: NUMBER_LOCALE[lang],
        },
        format,
        axisFormat,
      },
    ) as unknown as Record<string, unknown>;
  } else {
    const pairs = items.map((item) => {
      const start = read(item, from);
      const end = read(item, to);
      const change = start.value !== null && end.value !== null ? end.value - start.value : null;
      const changePercent = percentChange(start.value, end.value);
      const changePredicted = percentChange(predictedValue(start), predictedValue(end));
      used.push(start, end);
      return { item, start, end, change, changePercent, changePredicted };
    });
    const score = (p: (typeof pairs)[number]) =>
      settings.mode === 'dumbbell' ? (p.change === null ? null : p.end.value) : p.changePercent;
    const ranked = pairs.filter((p) => score(p) !== null).sort((a, b) => score(b)! - score(a)! || byName(a.item, b.item));
    const hidden = pairs.filter((p) => score(p) === null).sort((a, b) => byName(a.item, b.item));
    const when = (period: string, item: Item, r: Reading) => {
      const note = [reason(item, r), flag(r)].filter(Boolean).join(' ');
      return note ? `${text.month(period)}: ${note}` : '';
    };
    rows = [...ranked, ...hidden].map((p, i) => ({
      rank: score(p) === null ? null : i + 1,
      code: p.item.key,
      name: p.item.name,
      period_start: from,
      period_end: to,
      start: p.start.value,
      end: p.end.value,
      change: p.change,
      changePercent: p.changePercent,
      note: [when(from, p.item, p.start), when(to, p.item, p.end)].filter(Boolean).join(' '),
      release: [...new Set([p.start.release, p.end.release].filter((r): r is string => r !== null))].sort().join('; '),
    }));
    columns = [
      { key: 'rank', label: text.rank, format: 'number' },
      { key: 'code', label: t(lang, 'columnCode'), downloadOnly: true },
      { key: 'name', label: category },
      { key: 'period_start', label: t(lang, 'columnPeriodStart'), downloadOnly: true },
      { key: 'period_end', label: t(lang, 'columnPeriodEnd'), downloadOnly: true },
      { key: 'start', label: `${text.measureTitle(measure)}, ${text.month(from)}`, format: numberFormat },
      { key: 'end', label: `${text.measureTitle(measure)}, ${text.month(to)}`, format: numberFormat },
      { key: 'change', label: text.change, format: numberFormat },
      { key: 'changePercent', label: text.changePercent, format: 'percent' },
      { key: 'note', label: text.note },
    ];
    // The summary speaks of percent change in both two-period modes, ranked by src/headlines.ts's rules.
    ranking = rankChanges(
      pairs
        .filter((p) => !(by === 'jurisdiction' && p.item.jurisdiction === 'US'))
        .map((p) => ({
          key: p.item.key,
          name: p.item.phrase,
          reported: p.changePercent,
          predicted: p.changePredicted,
          base: p.start.deaths,
          flagged: Boolean(p.start.flag || p.end.flag),
        })),
      byName,
    );
    shown = ranking.ranked.map((r) => ({ name: r.name, value: r.score, basis: r.basis, reported: r.reported }));
    underreported = ranked.some((p) => p.start.flag || p.end.flag);
    const us = by === 'jurisdiction' ? pairs.find((p) => p.item.jurisdiction === 'US') : undefined;
    usScore = us ? (ranking.predicted && us.changePredicted !== null ? us.changePredicted : us.changePercent) : null;
    usReported = us?.changePercent ?? null;
    const common = { description: label, category, labelLimit, numberLocale: NUMBER_LOCALE[lang] };
    spec = (settings.mode === 'dumbbell'
      ? compareDumbbellSpec(
          ranked.map((p) => ({ key: p.item.key, label: p.item.name, start: p.start.value!, end: p.end.value! })),
          {
            labels: {
              ...common,
              valueAxis: text.valueAxis(measure, null),
              start: text.month(from),
              end: text.month(to),
              period: text.period,
            },
            format,
            axisFormat,
          },
        )
      : compareChangeSpec(
          ranked.map((p) => ({
            key: p.item.key,
            label: p.item.name,
            ratio: p.change! / p.start.value!,
            start: p.start.value!,
            end: p.end.value!,
          })),
          {
            labels: {
              ...common,
              valueAxis: text.changeAxis(measure, from, to),
              rise: text.rise,
              fall: text.fall,
              unchanged: text.unchanged,
              start: `${text.measureTitle(measure)}, ${text.month(from)}`,
              end: `${text.measureTitle(measure)}, ${text.month(to)}`,
            },
            format,
          },
        )) as unknown as Record<string, unknown>;
  }

  const top = shown[0] ?? null;
  const bottom = shown[shown.length - 1] ?? null;
  const drawn = rows.filter((r) => r['rank'] !== null).length;
  const summary = text.summary({
    by,
    drug: settings.drugs[0]!,
    place: by === 'drug' ? settings.jurisdictions[0]! : null,
    measure,
    ...(from ? { from } : {}),
    to,
    extremes: { top, bottom },
    us: usScore,
    ...(usReported !== null ? { usReported } : {}),
    notShown: rows.length - drawn,
    total: rows.length,
    ...(ranking ? { predictedBasis: ranking.predicted, tinyBases: ranking.tinyBases } : {}),
  });

  const vintages = vintagesOf(
    used.flatMap((r) =>
      r.value !== null && r.populationVintage && r.populationYear ? [{ vintage: r.populationVintage, year: r.populationYear }] : [],
    ),
  );
  const places = items.map((i) => i.jurisdiction);
  const notes = [
    ...(measure === 'per100k' ? [text.rateMethod] : []),
    ...(places.includes('NY') ? [measure === 'per100k' ? reasonText(lang, 'ny-split', { drug: settings.drugs[0]! }) : text.nyCounts] : []),
    ...(underreported ? [text.underreported] : []),
  ];
  const what = by === 'drug' ? settings.jurisdictions[0]! : settings.allStates ? 'states' : settings.jurisdictions.join('-');
  // The arrow keys step through the table's rows, in its order: the bars by rank, then the items not drawn.
  const navigation: ChartNavigation = {
    lists: [
      rows.map((r) => ({
        sentence: rowSentence(lang, columns, r, { lead: 'name', ...(from ? {} : { context: windowOf(lang, to) }) }),
        mark: { marks: ['bars_marks', 'spans_marks'], match: { key: r['code'] as string } },
        selectable: r['rank'] !== null,
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
    ...readingSources(data.metas, used, to, vintages),
    filename: ['fpk-compare', what, ...settings.drugs, measure, settings.mode, ...(from ? [from] : []), to].join('-'),
    notes,
  };
}
