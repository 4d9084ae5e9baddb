/** `<fpk-map>` texts: a message catalogue in English and Spanish (the summary is `<fpk-compare>`'s, by state). */
import { messages, type Formats, type Lang } from '../../i18n/index.js';
import type { DrugIndicator } from '../../i18n/names.js';
import { deathsPhrase, measureTitle, windowOf } from '../comparison-text.js';

export type MapMeasure = 'reported' | 'per100k' | 'yoy';

/** The words both languages take from the comparison's texts (axis titles, periods, drug phrases). */
function shared(lang: Lang) {
  return {
    deaths: measureTitle(lang, 'reported'),
    rate: measureTitle(lang, 'per100k'),
    deathsIn: (period: string) => `${measureTitle(lang, 'reported')}, ${windowOf(lang, period)}`,
  };
}

const en = (f: Formats) => ({
  ...shared(f.lang),
  state: 'State',
  note: 'Note',
  noData: 'No data',
  reason: 'Reason',
  population: (year: number) => `Population (July 1, ${year})`,
  yoy: '% change vs 12 months earlier',
  yoyPredicted: '% change, CDC predicted counts',
  flag: 'Provisional',
  legendTitle: (measure: MapMeasure): string => (measure === 'yoy' ? '% change vs a year earlier' : measureTitle(f.lang, measure)),
  /** Accessible name of the map and caption of its table. */
  label: (measure: MapMeasure, drug: DrugIndicator, to: string, previous: string): string =>
    measure === 'yoy'
      ? `${deathsPhrase(f.lang, 'reported', drug)}, change from the 12 months ending ${f.month(previous)} to the 12 months ending ${f.month(to)}, by state`
      : `${deathsPhrase(f.lang, measure, drug)}, ${windowOf(f.lang, to)}, by state`,
  shapes: 'Map: us-atlas 3.0.1 (U.S. Census Bureau cartographic boundaries, 2017).',
  selectState: (name: string) => `Select ${name}`,
});

const es: typeof en = (f) => ({
  ...shared(f.lang),
  state: 'Estado',
  note: 'Nota',
  noData: 'Sin datos',
  reason: 'Motivo',
  population: (year) => `Población (1 de julio de ${year})`,
  yoy: '% de cambio frente a 12 meses antes',
  yoyPredicted: '% de cambio, muertes previstas por la CDC',
  flag: 'Provisional',
  legendTitle: (measure) => (measure === 'yoy' ? '% de cambio interanual' : measureTitle(f.lang, measure)),
  label: (measure, drug, to, previous) =>
    measure === 'yoy'
      ? `${deathsPhrase(f.lang, 'reported', drug)}, cambio de los 12 meses hasta ${f.month(previous)} a los 12 meses hasta ${f.month(to)}, por estado`
      : `${deathsPhrase(f.lang, measure, drug)}, ${windowOf(f.lang, to)}, por estado`,
  shapes: 'Mapa: us-atlas 3.0.1 (límites cartográficos de la Oficina del Censo de EE. UU., 2017).',
  selectState: (name) => `Seleccionar ${name}`,
});

/** The catalogues, for the test that holds every key to a use (test/node/i18n-catalogues.test.ts). */
export const MAP_MESSAGES = { en, es } as const;

export function mapText(lang: Lang): ReturnType<typeof en> {
  return messages(MAP_MESSAGES, lang);
}
