/** `<fpk-map>` texts, in English and Spanish (the summary is `<fpk-compare>`'s, by state). */
import { formatMonth, type Lang } from '../../i18n/index.js';
import type { DrugIndicator } from '../../i18n/names.js';
import { deathsPhrase, measureTitle, windowOf } from '../comparison-text.js';

export type MapMeasure = 'reported' | 'per100k' | 'yoy';

export function mapText(lang: Lang) {
  const es = lang === 'es';
  return {
    state: es ? 'Estado' : 'State',
    note: es ? 'Nota' : 'Note',
    noData: es ? 'Sin datos' : 'No data',
    reason: es ? 'Motivo' : 'Reason',
    deaths: measureTitle(lang, 'reported'),
    rate: measureTitle(lang, 'per100k'),
    population: (year: number) => (es ? `Población (1 de julio de ${year})` : `Population (July 1, ${year})`),
    deathsIn: (period: string) => `${measureTitle(lang, 'reported')}, ${windowOf(lang, period)}`,
    yoy: es ? '% de cambio frente a 12 meses antes' : '% change vs 12 months earlier',
    yoyPredicted: es ? '% de cambio, muertes previstas por la CDC' : '% change, CDC predicted counts',
    flag: es ? 'Provisional' : 'Provisional',
    legendTitle: (measure: MapMeasure) =>
      measure === 'yoy' ? (es ? '% de cambio interanual' : '% change vs a year earlier') : measureTitle(lang, measure),
    /** Accessible name of the map and caption of its table. */
    label: (measure: MapMeasure, drug: DrugIndicator, to: string, previous: string) => {
      const by = es ? 'por estado' : 'by state';
      if (measure === 'yoy') {
        const when = es
          ? `cambio de los 12 meses hasta ${formatMonth(lang, previous)} a los 12 meses hasta ${formatMonth(lang, to)}`
          : `change from the 12 months ending ${formatMonth(lang, previous)} to the 12 months ending ${formatMonth(lang, to)}`;
        return `${deathsPhrase(lang, 'reported', drug)}, ${when}, ${by}`;
      }
      return `${deathsPhrase(lang, measure, drug)}, ${windowOf(lang, to)}, ${by}`;
    },
    shapes: es
      ? 'Mapa: us-atlas 3.0.1 (límites cartográficos de la Oficina del Censo de EE. UU., 2017).'
      : 'Map: us-atlas 3.0.1 (U.S. Census Bureau cartographic boundaries, 2017).',
    selectState: (name: string) => (es ? `Seleccionar ${name}` : `Select ${name}`),
  };
}
