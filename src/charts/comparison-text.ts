/** `<fpk-compare>` texts and its generated summary, in English and Spanish. */
import { quoteBoth, TINY_BASE } from '../headlines.js';
import type { Jurisdiction } from '../jurisdictions.js';
import type { NumberLocale } from '../specs/compare.js';
import { formatMonth, formatNumber, formatPercent, type Lang } from '../i18n/index.js';
import { drugName, placeName, type DrugIndicator } from '../i18n/names.js';
import type { ValueMeasure } from './readings.js';

/** d3 number locales matching `formatNumber` (es-ES groups thousands with "." even below 10,000). */
export const NUMBER_LOCALE: Record<Lang, NumberLocale> = {
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
  es: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' €'] },
};

/** d3 format of a measure's values in the chart. */
export function valueFormat(measure: ValueMeasure): string {
  return measure === 'per100k' ? ',.1f' : ',.0f';
}

/** The same value as text in a sentence or a note. */
export function formatValue(lang: Lang, measure: ValueMeasure, value: number): string {
  return formatNumber(lang, value, measure === 'per100k' ? 1 : 0);
}

/**
 * The subject of a label or summary: "Reported drug overdose deaths", "Overdose deaths involving
 * cocaine per 100,000 residents"; `drug` null when drugs are compared ("reported overdose deaths").
 */
export function deathsPhrase(lang: Lang, measure: ValueMeasure, drug: DrugIndicator | null): string {
  if (lang === 'es') {
    const kind = measure === 'reported' ? ' notificadas' : measure === 'predicted' ? ' previstas' : '';
    const of = drug === null ? '' : drug === 'all-drugs' ? ' de drogas' : ` que involucran ${drugName(lang, drug)}`;
    return `Muertes${kind} por sobredosis${of}${measure === 'per100k' ? ' por cada 100.000 habitantes' : ''}`;
  }
  const kind = measure === 'reported' ? 'Reported ' : measure === 'predicted' ? 'Predicted ' : '';
  const base =
    drug === null ? 'overdose deaths' : drug === 'all-drugs' ? 'drug overdose deaths' : `overdose deaths involving ${drugName(lang, drug)}`;
  const text = `${kind}${base}${measure === 'per100k' ? ' per 100,000 residents' : ''}`;
  return text[0]!.toUpperCase() + text.slice(1);
}

/** A phrase as the middle of a sentence ("En Ohio, muertes notificadas…"). */
function lowerFirst(lang: Lang, text: string): string {
  return text[0]!.toLocaleLowerCase(lang) + text.slice(1);
}

/** Short title of a value column or axis: "Deaths (reported)", "Deaths per 100,000 residents". */
export function measureTitle(lang: Lang, measure: ValueMeasure): string {
  const es = lang === 'es';
  if (measure === 'per100k') return es ? 'Muertes por cada 100.000 habitantes' : 'Deaths per 100,000 residents';
  if (measure === 'predicted') return es ? 'Muertes (previstas)' : 'Deaths (predicted)';
  return es ? 'Muertes (notificadas)' : 'Deaths (reported)';
}

/** "12 months ending July 2024" / "12 meses hasta julio de 2024". */
export function windowOf(lang: Lang, period: string): string {
  return lang === 'es' ? `12 meses hasta ${formatMonth(lang, period)}` : `12 months ending ${formatMonth(lang, period)}`;
}

/** A lead of the summary: its name and value; a change ranked on predicted counts also carries the reported change. */
export interface Extreme {
  readonly name: string;
  readonly value: number;
  readonly basis?: 'predicted' | 'reported';
  readonly reported?: number | null;
}

export interface Extremes {
  readonly top: Extreme | null;
  readonly bottom: Extreme | null;
}

export interface SummaryInput {
  readonly by: 'jurisdiction' | 'drug';
  readonly drug: DrugIndicator;
  /** The one jurisdiction when comparing drugs. */
  readonly place: Jurisdiction | null;
  readonly measure: ValueMeasure;
  readonly from?: string;
  readonly to: string;
  /** Largest and smallest shown values (percent changes in change modes), the US excluded. */
  readonly extremes: Extremes;
  /** The US value (or its percent change) when the US is shown. */
  readonly us: number | null;
  /** The US reported change, when `us` is its change on predicted counts. */
  readonly usReported?: number | null;
  readonly notShown: number;
  readonly total: number;
  /** Changes were ranked on CDC's predicted counts because some compared values are provisional. */
  readonly predictedBasis?: boolean;
  /** Changes left out of the ranking: fewer than 20 deaths in the earlier period. */
  readonly tinyBases?: number;
}

export function compareText(lang: Lang) {
  const es = lang === 'es';
  return {
    jurisdiction: es ? 'Jurisdicción' : 'Jurisdiction',
    drug: es ? 'Droga' : 'Drug',
    rank: es ? 'Puesto' : 'Rank',
    note: es ? 'Nota' : 'Note',
    deaths: es ? 'Muertes (notificadas)' : 'Deaths (reported)',
    population: (year: number) => (es ? `Población (1 de julio de ${year})` : `Population (July 1, ${year})`),
    change: es ? 'Cambio' : 'Change',
    changePercent: es ? '% de cambio' : '% change',
    /** Legend entry of the highlighted bars: their names ("Ohio and West Virginia"), or a count past three. */
    highlighted: (names: readonly string[]) =>
      names.length <= 3
        ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(names)
        : es
          ? `Destacadas (${names.length})`
          : `Highlighted (${names.length})`,
    /** Legend entry of the other bars. */
    others: (by: 'drug' | 'jurisdiction') =>
      by === 'drug' ? (es ? 'Otras drogas' : 'Other drugs') : es ? 'Otras jurisdicciones' : 'Other jurisdictions',
    rise: es ? 'Aumento' : 'Rise',
    fall: es ? 'Descenso' : 'Fall',
    unchanged: es ? 'Sin cambio' : 'No change',
    period: es ? '12 meses hasta' : '12 months ending',
    month: (period: string) => formatMonth(lang, period),
    measureTitle: (measure: ValueMeasure) => measureTitle(lang, measure),
    /** Value axis of ranked bars and dumbbells. */
    valueAxis: (measure: ValueMeasure, period: string | null) =>
      period ? `${measureTitle(lang, measure)}, ${windowOf(lang, period)}` : measureTitle(lang, measure),
    changeAxis: (measure: ValueMeasure, from: string, to: string) =>
      es
        ? `% de cambio, ${measureTitle(lang, measure).toLocaleLowerCase('es')}: ${formatMonth(lang, from)} → ${formatMonth(lang, to)}`
        : `% change in ${measureTitle(lang, measure).toLocaleLowerCase('en')}: ${formatMonth(lang, from)} → ${formatMonth(lang, to)}`,

    /** Accessible name of the chart, table caption. */
    label: (s: {
      by: 'jurisdiction' | 'drug';
      drug: DrugIndicator;
      place: Jurisdiction | null;
      measure: ValueMeasure;
      from?: string;
      to: string;
    }) => {
      const what =
        s.by === 'drug'
          ? `${placeName(lang, s.place!)}: ${lowerFirst(lang, deathsPhrase(lang, s.measure, null))}`
          : deathsPhrase(lang, s.measure, s.drug);
      const when = s.from
        ? es
          ? `cambio de los 12 meses hasta ${formatMonth(lang, s.from)} a los 12 meses hasta ${formatMonth(lang, s.to)}`
          : `change from the 12 months ending ${formatMonth(lang, s.from)} to the 12 months ending ${formatMonth(lang, s.to)}`
        : windowOf(lang, s.to);
      const by = s.by === 'drug' ? (es ? 'por droga' : 'by drug') : es ? 'por jurisdicción' : 'by jurisdiction';
      return `${what}, ${when}, ${by}`;
    },

    rateMethod: es
      ? 'Tasas: muertes ÷ población del censo al 1 de julio del año en que termina el periodo de 12 meses × 100.000.'
      : 'Rates: deaths ÷ Census July 1 population of the year the 12-month period ends × 100,000.',
    nyCounts: es
      ? 'Nueva York sin NYC: la CDC cuenta la ciudad de Nueva York por separado.'
      : 'New York excl. NYC: CDC counts New York City separately.',
    underreported: es
      ? 'Los valores recientes marcados están infranotificados: los registros de la CDC de esos meses aún están incompletos.'
      : 'Recent values marked underreported are too low: CDC’s records for those months are still incomplete.',

    summary: (s: SummaryInput) => summary(lang, s),
  };
}

function summary(lang: Lang, s: SummaryInput): string {
  const es = lang === 'es';
  const change = Boolean(s.from);
  const fmt = (v: number) => (change ? formatPercent(lang, v) : formatValue(lang, s.measure, v));
  const subject =
    s.by === 'drug'
      ? `${es ? 'En' : 'In'} ${placeName(lang, s.place!)}, ${lowerFirst(lang, deathsPhrase(lang, s.measure, null))}`
      : deathsPhrase(lang, s.measure, s.drug);
  const when = change
    ? es
      ? `, 12 meses hasta ${formatMonth(lang, s.from!)} frente a 12 meses hasta ${formatMonth(lang, s.to)}`
      : `, 12 months ending ${formatMonth(lang, s.from!)} vs 12 months ending ${formatMonth(lang, s.to)}`
    : ` ${es ? 'en los' : 'in the'} ${windowOf(lang, s.to)}`;
  const { top, bottom } = s.extremes;
  const drugs = s.by === 'drug';
  const at = drugs ? (es ? 'para' : 'for') : es ? 'en' : 'in';
  // A change ranked on predicted counts says so and quotes the reported change beside it, unless
  // the two tell the same story (src/headlines.ts): then the reported change, which the chart draws.
  const told = (e: Pick<Extreme, 'value' | 'basis' | 'reported'>) =>
    e.basis === 'predicted' && e.reported != null && quoteBoth(e.value, e.reported)
      ? es
        ? `${fmt(e.value)} según las muertes previstas por la CDC; ${fmt(e.reported)} según las notificadas`
        : `${fmt(e.value)} on CDC’s predicted counts; ${fmt(e.reported)} on reported counts`
      : fmt(e.basis === 'predicted' && e.reported != null ? e.reported : e.value);
  // Drug names carry their own parentheses ("synthetic opioids (mainly fentanyl)"): their values follow a colon.
  const valued = (name: string, value: string) => (drugs ? `${name}: ${value}` : `${name} (${value})`);
  const lead = (e: Extreme) => valued(e.name, told(e));
  let body: string;
  if (!top || !bottom) body = es ? 'no hay valores que mostrar' : 'no values to show';
  else if (!change) {
    if (top.name === bottom.name)
      body = es ? `solo hay dato para ${valued(top.name, fmt(top.value))}` : `only ${valued(`${top.name} has a value`, fmt(top.value))}`;
    else
      body = es
        ? `la cifra más alta es la de ${valued(top.name, fmt(top.value))} y la más baja, la de ${valued(bottom.name, fmt(bottom.value))}`
        : `highest ${at} ${valued(top.name, fmt(top.value))}, lowest ${at} ${valued(bottom.name, fmt(bottom.value))}`;
  } else {
    const rise =
      top.value > 0
        ? `${es ? 'mayor aumento' : 'biggest rise'} ${at} ${lead(top)}`
        : es
          ? `${drugs ? 'ninguna droga' : 'ninguna jurisdicción'} aumentó`
          : `no ${drugs ? 'drug' : 'jurisdiction'} rose`;
    const fall =
      bottom.value < 0
        ? `${es ? 'mayor descenso' : 'biggest fall'} ${at} ${lead(bottom)}`
        : es
          ? `${drugs ? 'ninguna droga' : 'ninguna jurisdicción'} bajó`
          : `no ${drugs ? 'drug' : 'jurisdiction'} fell`;
    body = `${rise}, ${fall}`;
  }
  const unit = drugs ? (es ? 'drogas' : 'drugs') : es ? 'jurisdicciones' : 'jurisdictions';
  const usText =
    s.us === null
      ? ''
      : told({ value: s.us, ...(s.predictedBasis && s.usReported != null ? { basis: 'predicted' as const, reported: s.usReported } : {}) });
  const us = s.us === null ? '' : es ? ` Estados Unidos: ${usText}.` : ` United States: ${usText}.`;
  const hidden =
    s.notShown === 0
      ? ''
      : es
        ? ` ${formatNumber(lang, s.notShown)} de ${formatNumber(lang, s.total)} ${unit} no se muestran; la tabla indica por qué.`
        : ` ${formatNumber(lang, s.notShown)} of ${formatNumber(lang, s.total)} ${unit} not shown; the table says why.`;
  const basis = s.predictedBasis
    ? es
      ? ' Los cambios se ordenan según las muertes previstas por la CDC, ajustadas por la demora en la notificación: las cifras notificadas de los meses recientes están incompletas.'
      : ' Changes are ranked on CDC’s predicted counts, which adjust for reporting delay: the reported counts of recent months are incomplete.'
    : '';
  const tiny = s.tinyBases
    ? es
      ? ` ${formatNumber(lang, s.tinyBases)} ${s.tinyBases === 1 ? (drugs ? 'droga' : 'jurisdicción') : unit} con menos de ${TINY_BASE.deaths} muertes en el primer periodo no se ordenan: un porcentaje sobre tan pocas muertes dice poco.`
      : ` ${formatNumber(lang, s.tinyBases)} ${s.tinyBases === 1 ? (drugs ? 'drug' : 'jurisdiction') : unit} with fewer than ${TINY_BASE.deaths} deaths in the earlier period ${s.tinyBases === 1 ? 'is' : 'are'} not ranked: a percent change from so few deaths says little.`
    : '';
  return `${subject}${when}: ${body}.${us}${basis}${tiny}${hidden}`;
}
