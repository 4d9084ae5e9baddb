/**
 * `<fpk-trend>` attributes read strictly into settings. A wrong value is an `FpkError` naming the
 * attribute, the value and what is allowed; an attribute that does not apply to the chosen
 * dataset is an error too, never silently ignored.
 */
import { DRUG_INDICATORS } from '../../dataset-schemas/overdoses.js';
import { SEIZURE_DRUGS, SEIZURE_REGIONS, type SeizureDrug, type SeizureRegion } from '../../dataset-schemas/seizures.js';
import { FpkError } from '../../errors.js';
import { JURISDICTION_CODES, type Jurisdiction } from '../../jurisdictions.js';
import { parseList, pickAll, pickOne, pickRange } from '../attributes.js';
import { DEFAULT_INDICATORS, DEFAULT_JURISDICTIONS, DEFAULT_SEIZURE_DRUGS, MAX_SERIES } from './defaults.js';
import type { DrugIndicator, TrendMeasure } from './text.js';

import { EVENT_KINDS, TREND_ATTRIBUTES, TREND_DATASETS, TREND_MEASURES, type EventKind, type TrendDataset } from './attributes.js';

export { EVENT_KINDS, TREND_DATASETS, TREND_MEASURES, type EventKind, type TrendDataset } from './attributes.js';
export { DRUG_INDICATORS };

export { MAX_SERIES };

export interface ReaderSource {
  /** The `src` attribute as written. */
  readonly src: string;
  readonly dateColumn: string;
  readonly valueColumn: string;
  readonly label?: string;
}

export interface TrendSettings {
  readonly dataset: TrendDataset;
  readonly measure: TrendMeasure;
  /** Overdoses only. */
  readonly jurisdictions: readonly Jurisdiction[];
  readonly indicators: readonly DrugIndicator[];
  /** Seizures only. */
  readonly seizureDrugs: readonly SeizureDrug[];
  /** Seizures only; empty = all regions summed. */
  readonly regions: readonly SeizureRegion[];
  readonly from?: string;
  readonly to?: string;
  readonly events: readonly EventKind[];
  /** Case markers: terrorism-related events only (default) or all. */
  readonly terrorism: 'only' | 'all';
  readonly reader?: ReaderSource;
}

/** Attribute values by HTML attribute name, as written; absent = undefined. */
export type TrendAttributes = Readonly<Record<string, string | undefined>>;

function notFor(attribute: string, dataset: TrendDataset): FpkError {
  return new FpkError('unknown-value', `${attribute} does not apply to dataset="${dataset}". Remove the attribute.`, attribute);
}

export function readTrendSettings(a: TrendAttributes): TrendSettings {
  const dataset = a.dataset || 'overdoses';
  if (!(TREND_DATASETS as readonly string[]).includes(dataset)) {
    throw new FpkError('unknown-dataset', `Unknown dataset "${dataset}". Allowed: ${TREND_DATASETS.join(', ')}.`, 'dataset');
  }
  const ds = dataset as TrendDataset;
  const measures: readonly TrendMeasure[] = TREND_MEASURES[ds];
  const measure = pickOne('measure', a.measure, measures, measures[0]!);
  const range = pickRange(a.from, a.to);
  const unique = <T>(items: readonly T[]) => [...new Set(items)];

  const jurisdictionList = unique(parseList(a.jurisdictions).map((j) => j.toUpperCase()));
  const drugList = unique(parseList(a.drugs));
  const regionList = unique(parseList(a.regions));
  if (ds !== 'overdoses' && jurisdictionList.length) throw notFor('jurisdictions', ds);
  if (ds !== 'seizures' && regionList.length) throw notFor('regions', ds);
  if (ds === 'sanctions' && drugList.length) throw notFor('drugs', ds);

  const jurisdictions =
    ds === 'overdoses'
      ? pickAll('jurisdictions', jurisdictionList.length ? jurisdictionList : DEFAULT_JURISDICTIONS, JURISDICTION_CODES, 'jurisdiction')
      : [];
  const indicators = ds === 'overdoses' ? pickAll('drugs', drugList.length ? drugList : DEFAULT_INDICATORS, DRUG_INDICATORS, 'drug') : [];
  const seizureDrugs = ds === 'seizures' ? pickAll('drugs', drugList.length ? drugList : DEFAULT_SEIZURE_DRUGS, SEIZURE_DRUGS, 'drug') : [];
  const regions = ds === 'seizures' ? pickAll('regions', regionList, SEIZURE_REGIONS, 'region') : [];

  if (measure === 'per100k') {
    const split = jurisdictions.filter((j) => j === 'NY' || j === 'YC');
    if (split.length) {
      throw new FpkError(
        'missing-population',
        `measure="per100k" is not available for ${split.join(' and ')}: CDC reports New York State without New York City (NY) and New York City (YC) apart, while Census estimates cover the whole state, so no rate can be computed. Remove ${split.join(', ')} or use measure="reported".`,
        'jurisdictions',
      );
    }
  }

  if (measure === 'revisions' && (jurisdictions.length > 1 || indicators.length > 1)) {
    const attribute = jurisdictions.length > 1 ? 'jurisdictions' : 'drugs';
    const list = attribute === 'jurisdictions' ? jurisdictions : indicators;
    throw new FpkError(
      'bad-attribute',
      `measure="revisions" draws one line per CDC release for one jurisdiction and one drug; ${attribute} has ${list.length} (${list.join(', ')}). Set one.`,
      attribute,
    );
  }

  const events = pickAll('events', unique(parseList(a.events)), EVENT_KINDS, 'event kind');
  const terrorism = pickOne('terrorism', a.terrorism, TREND_ATTRIBUTES.terrorism.values, TREND_ATTRIBUTES.terrorism.default);

  let reader: ReaderSource | undefined;
  if (a.src !== undefined && a.src.trim() !== '') {
    reader = {
      src: a.src.trim(),
      dateColumn: a['src-date']?.trim() || 'date',
      valueColumn: a['src-value']?.trim() || 'value',
      ...(a['src-label']?.trim() ? { label: a['src-label'].trim() } : {}),
    };
  } else if (a['src-date'] || a['src-value'] || a['src-label']) {
    const given = ['src-date', 'src-value', 'src-label'].find((k) => a[k]);
    throw new FpkError('unknown-value', `${given} needs a src attribute (the URL of your CSV file).`, given);
  }

  const seriesCount =
    (ds === 'overdoses'
      ? jurisdictions.length * indicators.length
      : ds === 'seizures'
        ? seizureDrugs.length * Math.max(1, regions.length)
        : 1) + (reader ? 1 : 0);
  if (seriesCount > MAX_SERIES) {
    throw new FpkError(
      'unknown-value',
      `This selection makes ${seriesCount} series; a trend chart shows at most ${MAX_SERIES} (one colour each). Choose fewer ${ds === 'overdoses' ? 'jurisdictions or drugs' : 'drugs or regions'}.`,
      ds === 'overdoses' && jurisdictions.length > 1 ? 'jurisdictions' : ds === 'seizures' && regions.length > 1 ? 'regions' : 'drugs',
    );
  }

  return {
    dataset: ds,
    measure,
    jurisdictions,
    indicators,
    seizureDrugs,
    regions,
    ...range,
    events,
    terrorism,
    ...(reader ? { reader } : {}),
  };
}
