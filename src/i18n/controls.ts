/**
 * The words of the reader controls (components/shared/controls.ts), in English and Spanish. A
 * catalogue of its own, beside the core's (index.ts): it loads with the controls chunk, so pages
 * without `controls` or `permalink` never download it.
 */
import { fill, type Lang } from './index.js';

const en = {
  controls: 'Choose what the chart shows',
  places: 'Places shown',
  addPlace: 'Add a place',
  allStates: 'All states and DC',
  allStatesHint: 'All states and DC; add places to compare only those.',
  remove: 'Remove {name}',
  added: '{name} added.',
  removed: '{name} removed.',
  noMatch: 'No place matches “{q}”.',
  matches: '{n} places match.',
  maxSeries: 'This chart shows at most {n} series: remove one to add {name}.',
  drug: 'Drug',
  severalDrugs: 'Several: {names}',
  period: 'Period',
  from: 'From',
  to: 'To',
  earliest: 'Earliest month',
  latest: 'Latest month',
  compareWith: 'Compare with',
  noEarlier: 'No earlier period',
  periodEnding: '12 months ending',
  measure: 'Measure',
  reported: 'Deaths',
  per100k: 'Per 100,000',
  yoy: 'Change from a year earlier',
  share: 'Share',
  linkCopied: 'Link copied.',
  copyThis: 'Copy this link: {url}',
  vetoed: 'This page kept the chart as it was.',
  shown: 'Shown: {what}.',
} as const;

export type ControlWord = keyof typeof en;

const es: Record<ControlWord, string> = {
  controls: 'Elija qué muestra el gráfico',
  places: 'Lugares mostrados',
  addPlace: 'Añadir un lugar',
  allStates: 'Todos los estados y DC',
  allStatesHint: 'Todos los estados y DC; añada lugares para comparar solo esos.',
  remove: 'Quitar {name}',
  added: 'Se añadió {name}.',
  removed: 'Se quitó {name}.',
  noMatch: 'Ningún lugar coincide con «{q}».',
  matches: '{n} lugares coinciden.',
  maxSeries: 'Este gráfico muestra como máximo {n} series: quite una para añadir {name}.',
  drug: 'Droga',
  severalDrugs: 'Varias: {names}',
  period: 'Periodo',
  from: 'Desde',
  to: 'Hasta',
  earliest: 'Primer mes',
  latest: 'Último mes',
  compareWith: 'Comparar con',
  noEarlier: 'Sin periodo anterior',
  periodEnding: '12 meses hasta',
  measure: 'Medida',
  reported: 'Muertes',
  per100k: 'Por 100.000',
  yoy: 'Cambio respecto al año anterior',
  share: 'Compartir',
  linkCopied: 'Enlace copiado.',
  copyThis: 'Copie este enlace: {url}',
  vetoed: 'Esta página mantuvo el gráfico como estaba.',
  shown: 'Se muestra: {what}.',
};

const WORDS: Record<Lang, Record<ControlWord, string>> = { en, es };

/** A control's word with `{name}` placeholders filled. */
export function controlWord(lang: Lang, key: ControlWord, params: Record<string, string | number> = {}): string {
  return fill(WORDS[lang][key], params);
}
