/** `<fpk-compare>` texts and its generated summary (the map's too): a message catalogue in English and Spanish. */
import { quoteBoth, TINY_BASE } from '../headlines.js';
import type { Jurisdiction } from '../jurisdictions.js';
import type { NumberLocale } from '../specs/compare.js';
import { formatMonth as formatMonthOf, formatNumber, formatPercent, messages, type Formats, type Lang } from '../i18n/index.js';
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

type LabelInput = Pick<SummaryInput, 'by' | 'drug' | 'place' | 'measure' | 'from' | 'to'>;

/** A phrase as the middle of a sentence ("En Ohio, muertes notificadas…"). */
function lowerFirst(lang: Lang, text: string): string {
  return text[0]!.toLocaleLowerCase(lang) + text.slice(1);
}

const en = (f: Formats) => {
  const measureTitle = (measure: ValueMeasure): string =>
    measure === 'per100k' ? 'Deaths per 100,000 residents' : measure === 'predicted' ? 'Deaths (predicted)' : 'Deaths (reported)';
  const windowOf = (period: string) => `12 months ending ${f.month(period)}`;
  const unit = (drugs: boolean, one = false): string => (drugs ? (one ? 'drug' : 'drugs') : one ? 'jurisdiction' : 'jurisdictions');
  return {
    deathsPhrase: (measure: ValueMeasure, drug: DrugIndicator | null) => {
      const kind = measure === 'reported' ? 'Reported ' : measure === 'predicted' ? 'Predicted ' : '';
      const base =
        drug === null
          ? 'overdose deaths'
          : drug === 'all-drugs'
            ? 'drug overdose deaths'
            : `overdose deaths involving ${drugName('en', drug)}`;
      const text = `${kind}${base}${measure === 'per100k' ? ' per 100,000 residents' : ''}`;
      return text[0]!.toUpperCase() + text.slice(1);
    },
    measureTitle,
    windowOf,
    jurisdiction: 'Jurisdiction',
    drug: 'Drug',
    rank: 'Rank',
    note: 'Note',
    deaths: 'Deaths (reported)',
    population: (year: number) => `Population (July 1, ${year})`,
    change: 'Change',
    changePercent: '% change',
    /** Legend entry of the highlighted bars past three names. */
    highlightedCount: (n: number) => `Highlighted (${n})`,
    /** Legend entry of the other bars. */
    others: (by: 'drug' | 'jurisdiction'): string => (by === 'drug' ? 'Other drugs' : 'Other jurisdictions'),
    rise: 'Rise',
    fall: 'Fall',
    unchanged: 'No change',
    period: '12 months ending',
    changeAxis: (measure: ValueMeasure, from: string, to: string) =>
      `% change in ${measureTitle(measure).toLocaleLowerCase('en')}: ${f.month(from)} → ${f.month(to)}`,
    changeWindow: (from: string, to: string) => `change from the 12 months ending ${f.month(from)} to the 12 months ending ${f.month(to)}`,
    by: (by: 'jurisdiction' | 'drug'): string => (by === 'drug' ? 'by drug' : 'by jurisdiction'),
    rateMethod: 'Rates: deaths ÷ Census July 1 population of the year the 12-month period ends × 100,000.',
    nyCounts: 'New York excl. NYC: CDC counts New York City separately.',
    underreported: 'Recent values marked underreported are too low: CDC’s records for those months are still incomplete.',
    // The summary's phrases (`summary()` below puts them together).
    inPlace: (place: string) => `In ${place}`,
    summaryWhen: (from: string | null, to: string) =>
      from ? `, 12 months ending ${f.month(from)} vs 12 months ending ${f.month(to)}` : ` in the ${windowOf(to)}`,
    at: (drugs: boolean): string => (drugs ? 'for' : 'in'),
    bothCounts: (predicted: string, reported: string) => `${predicted} on CDC’s predicted counts; ${reported} on reported counts`,
    noValues: 'no values to show',
    onlyValue: (valued: (name: string, value: string) => string, name: string, value: string) =>
      `only ${valued(`${name} has a value`, value)}`,
    highestLowest: (at: string, top: string, bottom: string) => `highest ${at} ${top}, lowest ${at} ${bottom}`,
    biggestRise: (at: string, lead: string) => `biggest rise ${at} ${lead}`,
    noneRose: (drugs: boolean) => `no ${unit(drugs, true)} rose`,
    biggestFall: (at: string, lead: string) => `biggest fall ${at} ${lead}`,
    noneFell: (drugs: boolean) => `no ${unit(drugs, true)} fell`,
    us: (text: string) => ` United States: ${text}.`,
    notShown: (n: number, total: number, drugs: boolean) =>
      ` ${f.number(n)} of ${f.number(total)} ${unit(drugs)} not shown; the table says why.`,
    predictedBasis:
      ' Changes are ranked on CDC’s predicted counts, which adjust for reporting delay: the reported counts of recent months are incomplete.',
    tinyBases: (n: number, drugs: boolean) =>
      ` ${f.number(n)} ${unit(drugs, n === 1)} with fewer than ${TINY_BASE.deaths} deaths in the earlier period ${n === 1 ? 'is' : 'are'} not ranked: a percent change from so few deaths says little.`,
  };
};

const es: typeof en = (f) => {
  const measureTitle = (measure: ValueMeasure): string =>
    measure === 'per100k'
      ? 'Muertes por cada 100.000 habitantes'
      : measure === 'predicted'
        ? 'Muertes (previstas)'
        : 'Muertes (notificadas)';
  const windowOf = (period: string) => `12 meses hasta ${f.month(period)}`;
  const unit = (drugs: boolean, one = false): string => (drugs ? (one ? 'droga' : 'drogas') : one ? 'jurisdicción' : 'jurisdicciones');
  const none = (drugs: boolean) => (drugs ? 'ninguna droga' : 'ninguna jurisdicción');
  return {
    deathsPhrase: (measure, drug) => {
      const kind = measure === 'reported' ? ' notificadas' : measure === 'predicted' ? ' previstas' : '';
      const of = drug === null ? '' : drug === 'all-drugs' ? ' de drogas' : ` que involucran ${drugName('es', drug)}`;
      return `Muertes${kind} por sobredosis${of}${measure === 'per100k' ? ' por cada 100.000 habitantes' : ''}`;
    },
    measureTitle,
    windowOf,
    jurisdiction: 'Jurisdicción',
    drug: 'Droga',
    rank: 'Puesto',
    note: 'Nota',
    deaths: 'Muertes (notificadas)',
    population: (year) => `Población (1 de julio de ${year})`,
    change: 'Cambio',
    changePercent: '% de cambio',
    highlightedCount: (n) => `Destacadas (${n})`,
    others: (by) => (by === 'drug' ? 'Otras drogas' : 'Otras jurisdicciones'),
    rise: 'Aumento',
    fall: 'Descenso',
    unchanged: 'Sin cambio',
    period: '12 meses hasta',
    changeAxis: (measure, from, to) => `% de cambio, ${measureTitle(measure).toLocaleLowerCase('es')}: ${f.month(from)} → ${f.month(to)}`,
    changeWindow: (from, to) => `cambio de los 12 meses hasta ${f.month(from)} a los 12 meses hasta ${f.month(to)}`,
    by: (by) => (by === 'drug' ? 'por droga' : 'por jurisdicción'),
    rateMethod: 'Tasas: muertes ÷ población del censo al 1 de julio del año en que termina el periodo de 12 meses × 100.000.',
    nyCounts: 'Nueva York sin NYC: la CDC cuenta la ciudad de Nueva York por separado.',
    underreported: 'Los valores recientes marcados están infranotificados: los registros de la CDC de esos meses aún están incompletos.',
    inPlace: (place) => `En ${place}`,
    summaryWhen: (from, to) =>
      from ? `, 12 meses hasta ${f.month(from)} frente a 12 meses hasta ${f.month(to)}` : ` en los ${windowOf(to)}`,
    at: (drugs) => (drugs ? 'para' : 'en'),
    bothCounts: (predicted, reported) => `${predicted} según las muertes previstas por la CDC; ${reported} según las notificadas`,
    noValues: 'no hay valores que mostrar',
    onlyValue: (valued, name, value) => `solo hay dato para ${valued(name, value)}`,
    highestLowest: (_at, top, bottom) => `la cifra más alta es la de ${top} y la más baja, la de ${bottom}`,
    biggestRise: (at, lead) => `mayor aumento ${at} ${lead}`,
    noneRose: (drugs) => `${none(drugs)} aumentó`,
    biggestFall: (at, lead) => `mayor descenso ${at} ${lead}`,
    noneFell: (drugs) => `${none(drugs)} bajó`,
    us: (text) => ` Estados Unidos: ${text}.`,
    notShown: (n, total, drugs) => ` ${f.number(n)} de ${f.number(total)} ${unit(drugs)} no se muestran; la tabla indica por qué.`,
    predictedBasis:
      ' Los cambios se ordenan según las muertes previstas por la CDC, ajustadas por la demora en la notificación: las cifras notificadas de los meses recientes están incompletas.',
    tinyBases: (n, drugs) =>
      ` ${f.number(n)} ${unit(drugs, n === 1)} con menos de ${TINY_BASE.deaths} muertes en el primer periodo no se ordenan: un porcentaje sobre tan pocas muertes dice poco.`,
  };
};

export const COMPARE_MESSAGES = { en, es } as const;

/**
 * The subject of a label or summary: "Reported drug overdose deaths", "Overdose deaths involving
 * cocaine per 100,000 residents"; `drug` null when drugs are compared ("reported overdose deaths").
 */
export function deathsPhrase(lang: Lang, measure: ValueMeasure, drug: DrugIndicator | null): string {
  return messages(COMPARE_MESSAGES, lang).deathsPhrase(measure, drug);
}

/** Short title of a value column or axis: "Deaths (reported)", "Deaths per 100,000 residents". */
export function measureTitle(lang: Lang, measure: ValueMeasure): string {
  return messages(COMPARE_MESSAGES, lang).measureTitle(measure);
}

/** "12 months ending July 2024" / "12 meses hasta julio de 2024". */
export function windowOf(lang: Lang, period: string): string {
  return messages(COMPARE_MESSAGES, lang).windowOf(period);
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
  const t = messages(COMPARE_MESSAGES, lang);
  return {
    ...t,
    /** Legend entry of the highlighted bars: their names ("Ohio and West Virginia"), or a count past three. */
    highlighted: (names: readonly string[]) =>
      names.length <= 3 ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(names) : t.highlightedCount(names.length),
    month: (period: string) => formatMonthOf(lang, period),
    /** Value axis of ranked bars and dumbbells. */
    valueAxis: (measure: ValueMeasure, period: string | null) =>
      period ? `${t.measureTitle(measure)}, ${t.windowOf(period)}` : t.measureTitle(measure),
    /** Accessible name of the chart, table caption. */
    label: (s: LabelInput) => {
      const what =
        s.by === 'drug'
          ? `${placeName(lang, s.place!)}: ${lowerFirst(lang, t.deathsPhrase(s.measure, null))}`
          : t.deathsPhrase(s.measure, s.drug);
      const when = s.from ? t.changeWindow(s.from, s.to) : t.windowOf(s.to);
      return `${what}, ${when}, ${t.by(s.by)}`;
    },
    summary: (s: SummaryInput) => summary(lang, s),
  };
}

function summary(lang: Lang, s: SummaryInput): string {
  const t = messages(COMPARE_MESSAGES, lang);
  const change = Boolean(s.from);
  const fmt = (v: number) => (change ? formatPercent(lang, v) : formatValue(lang, s.measure, v));
  const subject =
    s.by === 'drug'
      ? `${t.inPlace(placeName(lang, s.place!))}, ${lowerFirst(lang, t.deathsPhrase(s.measure, null))}`
      : t.deathsPhrase(s.measure, s.drug);
  const when = t.summaryWhen(change ? s.from! : null, s.to);
  const { top, bottom } = s.extremes;
  const drugs = s.by === 'drug';
  const at = t.at(drugs);
  // A change ranked on predicted counts says so and quotes the reported change beside it, unless
  // the two tell the same story (src/headlines.ts): then the reported change, which the chart draws.
  const told = (e: Pick<Extreme, 'value' | 'basis' | 'reported'>) =>
    e.basis === 'predicted' && e.reported != null && quoteBoth(e.value, e.reported)
      ? t.bothCounts(fmt(e.value), fmt(e.reported))
      : fmt(e.basis === 'predicted' && e.reported != null ? e.reported : e.value);
  // Drug names carry their own parentheses ("synthetic opioids (mainly fentanyl)"): their values follow a colon.
  const valued = (name: string, value: string) => (drugs ? `${name}: ${value}` : `${name} (${value})`);
  const lead = (e: Extreme) => valued(e.name, told(e));
  let body: string;
  if (!top || !bottom) body = t.noValues;
  else if (!change) {
    if (top.name === bottom.name) body = t.onlyValue(valued, top.name, fmt(top.value));
    else body = t.highestLowest(at, valued(top.name, fmt(top.value)), valued(bottom.name, fmt(bottom.value)));
  } else {
    const rise = top.value > 0 ? t.biggestRise(at, lead(top)) : t.noneRose(drugs);
    const fall = bottom.value < 0 ? t.biggestFall(at, lead(bottom)) : t.noneFell(drugs);
    body = `${rise}, ${fall}`;
  }
  const usText =
    s.us === null
      ? ''
      : told({ value: s.us, ...(s.predictedBasis && s.usReported != null ? { basis: 'predicted' as const, reported: s.usReported } : {}) });
  const us = s.us === null ? '' : t.us(usText);
  const hidden = s.notShown === 0 ? '' : t.notShown(s.notShown, s.total, drugs);
  const basis = s.predictedBasis ? t.predictedBasis : '';
  const tiny = s.tinyBases ? t.tinyBases(s.tinyBases, drugs) : '';
  return `${subject}${when}: ${body}.${us}${basis}${tiny}${hidden}`;
}
