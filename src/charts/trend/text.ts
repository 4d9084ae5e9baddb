/**
 * `<fpk-trend>` texts in English and Spanish: series names, axis and tooltip titles, notes, the
 * accessible label and the generated summary. Every string the chart shows comes from here.
 */
import type { DrugIndicator } from '../../dataset-schemas/overdoses.js';
import type { SeizureDrug, SeizureRegion } from '../../dataset-schemas/seizures.js';
import type { Jurisdiction } from '../../jurisdictions.js';
import { addMonths } from '../../query.js';
import type { TrendLocale } from '../../specs/trend.js';
import { meaningfulBase, percentChange, quoteBoth, type BaseKind } from '../../headlines.js';
import { formatDate, formatMonth, formatNumber, formatPercent, t, type Lang } from '../../i18n/index.js';
import { designationTypeName, drugName, placeName, regionName, seizureDrugName } from '../../i18n/names.js';
import type { DesignationType } from '../../dataset-schemas/designations.js';

export type { DrugIndicator };

/** What a series' values are; decides units in sentences and the axis. */
/** `revisions`: reported counts as each CDC release published them, one series per release. */
export type TrendMeasure = 'reported' | 'predicted' | 'per100k' | 'yoy' | 'revisions' | 'pounds' | 'events' | 'additions';

/** d3 number format of the values in the chart. */
export function valueFormat(measure: TrendMeasure | 'reader'): string {
  // Pounds keep a decimal: a few ounces of fentanyl must not read as "0".
  if (measure === 'per100k' || measure === 'pounds') return ',.1f';
  if (measure === 'yoy') return '+,.1f';
  if (measure === 'reader') return ',.2~f';
  return ',.0f';
}

/** d3 number and time locales, so axis ticks and tooltips read like the rest of the element. */
export const CHART_LOCALE: Record<Lang, TrendLocale | undefined> = {
  en: undefined,
  es: {
    number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] },
    time: {
      dateTime: '%A, %e de %B de %Y, %X',
      date: '%d/%m/%Y',
      time: '%H:%M:%S',
      periods: ['AM', 'PM'],
      days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
      shortDays: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
      months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
      shortMonths: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
    },
  },
};

/** One value as the summary reads it. */
export interface SummaryPoint {
  readonly period: string;
  /** null = hidden. */
  readonly value: number | null;
  /** CDC's predicted value in the same unit (overdose counts and rates). */
  readonly predicted?: number | null;
  /** CDC marks the value underreported, or its predicted value is far above it (src/headlines.ts). */
  readonly flagged?: boolean;
  /** The deaths behind the value (the base the tiny-base rule reads), for overdose series. */
  readonly deaths?: number | null;
}

/** One series as the summary reads it: its values in period order. */
export interface SummarySeries {
  readonly name: string;
  readonly measure: TrendMeasure | 'reader';
  readonly points: readonly SummaryPoint[];
  readonly endsEarly?: SeriesEnd;
}

/** Where a series stops before the others: its last month and the release that month comes from. */
export interface SeriesEnd {
  readonly period: string;
  readonly release: string | null;
}

/** One older release's last month: what it first reported and what the newest release with that month reports. */
export interface RevisionFact {
  readonly period: string;
  readonly release: string;
  readonly first: number;
  readonly latestRelease: string;
  readonly latest: number;
}

/** What the revisions summary says (measure="revisions"). */
export interface RevisionsSummary {
  readonly name: string;
  readonly releases: readonly string[];
  readonly facts: readonly RevisionFact[];
  /** Months published by more than one release, and how many of them changed. */
  readonly overlap: number;
  readonly revised: number;
  /** The largest change between first and latest report, from a base of at least 20 deaths. */
  readonly largest: { readonly period: string; readonly first: number; readonly latest: number } | null;
}

/** Which tiny-base threshold (src/headlines.ts) a measure's percent change answers to; null: none. */
function baseKind(measure: SummarySeries['measure']): BaseKind | null {
  switch (measure) {
    case 'reported':
    case 'predicted':
    case 'per100k':
    case 'revisions':
      return 'deaths';
    case 'pounds':
    case 'events':
    case 'additions':
      return measure;
    default:
      return null;
  }
}

export function trendText(lang: Lang) {
  const es = lang === 'es';
  const n = (x: number, digits = 0) => formatNumber(lang, x, digits);
  const month = (period: string) => formatMonth(lang, period);
  /** "the 12 months ending January 2026" for 12-month-ending overdose counts, else the month. */
  const when = (measure: SummarySeries['measure'], period: string) => {
    const rolling =
      measure === 'reported' || measure === 'predicted' || measure === 'per100k' || measure === 'yoy' || measure === 'revisions';
    if (!rolling) return month(period);
    return es ? `los 12 meses hasta ${month(period)}` : `the 12 months ending ${month(period)}`;
  };
  /** A value with its unit, as a sentence says it. */
  const amount = (measure: SummarySeries['measure'], v: number): string => {
    switch (measure) {
      case 'reported':
      case 'revisions':
        return `${n(v)} ${es ? 'muertes' : 'deaths'}`;
      case 'predicted':
        return `${n(v)} ${es ? 'muertes previstas' : 'predicted deaths'}`;
      case 'per100k':
        return `${n(v, 1)} ${es ? 'muertes por 100.000 habitantes' : 'deaths per 100,000 residents'}`;
      case 'yoy':
        return formatPercent(lang, v);
      case 'pounds':
        return `${n(v, 1)} ${es ? 'libras' : 'pounds'}`;
      case 'events':
        return `${n(v)} ${es ? 'incautaciones' : 'seizure events'}`;
      case 'additions':
        return es ? `${n(v)} ${v === 1 ? 'entrada añadida' : 'entradas añadidas'}` : `${n(v)} ${v === 1 ? 'entry' : 'entries'} added`;
      case 'reader':
        return Number.isInteger(v) ? n(v) : n(v, 2);
    }
  };

  return {
    /**
     * What the live region says of one value as the arrow keys reach it (src/charts/navigation.ts):
     * series, period, the value with its unit, and its provisional flag in the tooltip's words, or
     * why it is hidden. "Ohio — all drugs, the 12 months ending July 2024: 4,016 deaths. Underreported…"
     */
    point: (o: {
      series: string;
      measure: SummarySeries['measure'];
      period: string;
      value: number | null;
      flag?: string;
      hidden?: string;
    }): string => {
      const head = `${o.series}, ${when(o.measure, o.period)}`;
      if (o.value === null) return `${head}. ${o.hidden ?? (es ? 'Sin valor.' : 'No value.')}`;
      return `${head}: ${amount(o.measure, o.value)}.${o.flag ? ` ${o.flag}` : ''}`;
    },
    /** Legend name of an overdose series: "Ohio — synthetic opioids". */
    overdoseSeries: (place: Jurisdiction, indicator: DrugIndicator) => `${placeName(lang, place)} — ${drugName(lang, indicator)}`,
    /** Legend name of one release's line: "Release of Jan 8, 2025". */
    releaseSeries: (release: string) => (es ? `Publicación del ${formatDate(lang, release)}` : `Release of ${formatDate(lang, release)}`),
    seizureSeries: (drug: SeizureDrug, region?: SeizureRegion) =>
      region
        ? `${seizureDrugName(lang, drug, { capital: true })} — ${regionName(lang, region)}`
        : seizureDrugName(lang, drug, { capital: true }),
    sanctionsSeries: es ? 'Entradas vinculadas a México añadidas a la lista SDN' : 'Mexico-linked entries added to the SDN list',
    /** Written inside the band of months without dated data. */
    gapLabel: es ? 'Sin datos fechados' : 'No dated data',
    readerSeries: t(lang, 'yourData'),

    valueAxis: (measure: TrendMeasure): string =>
      ({
        reported: es ? 'Muertes en 12 meses' : 'Deaths, 12 months ending',
        revisions: es ? 'Muertes notificadas en 12 meses' : 'Reported deaths, 12 months ending',
        predicted: es ? 'Muertes previstas en 12 meses' : 'Predicted deaths, 12 months ending',
        per100k: es ? 'Muertes por 100.000 hab., 12 meses' : 'Deaths per 100,000, 12 months ending',
        yoy: es ? 'Cambio interanual (%)' : 'Change vs. a year earlier (%)',
        pounds: es ? 'Libras incautadas por mes' : 'Pounds seized per month',
        events: es ? 'Incautaciones por mes' : 'Seizure events per month',
        additions: es ? 'Entradas añadidas por mes' : 'Entries added per month',
      })[measure],
    /** Tooltip title of the period: a 12-month window or a calendar month. */
    periodTitle: (measure: TrendMeasure) =>
      measure === 'pounds' || measure === 'events' || measure === 'additions'
        ? es
          ? 'Mes'
          : 'Month'
        : es
          ? '12 meses hasta'
          : '12 months ending',
    series: es ? 'Serie' : 'Series',
    /** A tooltip's month, as formatMonth writes it ("julio de 2020"). */
    monthYear: es ? '{month} de {year}' : '{month} {year}',
    value: es ? 'Valor' : 'Value',
    predicted: es ? 'Previstas' : 'Predicted',
    predictedBand: t(lang, 'predictedBand'),
    /** Tooltip title of a value's provisional flag. */
    provisional: es ? 'Provisional' : 'Provisional',
    /** Label at the last point of a series that stops before the others. */
    endLabel: (period: string, count: number) =>
      count > 1
        ? es
          ? `${n(count)} series terminan en ${formatMonth(lang, period)}`
          : `${n(count)} series end ${formatMonth(lang, period)}`
        : es
          ? `termina en ${formatMonth(lang, period)}`
          : `ends ${formatMonth(lang, period)}`,
    event: es ? 'Evento' : 'Event',
    parties: es ? 'Partes' : 'Parties',
    type: es ? 'Tipo' : 'Type',
    date: es ? 'Fecha' : 'Date',
    sources: es ? 'Fuente' : 'Source',

    // Table columns.
    columns: {
      series: es ? 'Serie' : 'Series',
      jurisdiction: es ? 'Jurisdicción' : 'Jurisdiction',
      indicator: es ? 'Indicador' : 'Indicator',
      drug: es ? 'Droga' : 'Drug',
      region: es ? 'Región' : 'Region',
      period: es ? 'Periodo' : 'Period',
      month: es ? 'Mes' : 'Month',
      reported: es ? 'Notificadas' : 'Reported',
      predicted: es ? 'Previstas' : 'Predicted',
      previous: es ? 'Un año antes' : 'A year earlier',
      population: es ? 'Población' : 'Population',
      populationYear: es ? 'Año de población' : 'Population year',
      release: es ? 'Publicación' : 'Release',
      footnotes: es ? 'Notas de la CDC' : 'CDC footnotes',
      provisional: es ? 'Previstas frente a notificadas' : 'Predicted vs reported',
      fiscalYearToDate: es ? 'Año fiscal parcial' : 'Partial fiscal year',
    },
    yes: es ? 'sí' : 'yes',
    no: 'no',

    markerKinds: {
      designations: es ? 'designaciones' : 'designations',
      cases: (terrorismOnly: boolean) =>
        terrorismOnly
          ? es
            ? 'eventos judiciales relacionados con terrorismo'
            : 'terrorism-related court case events'
          : es
            ? 'eventos judiciales'
            : 'court case events',
    },
    /** "8 FTO and 7 SDGT designations" from type counts in first-seen order. */
    designationGroup: (counts: readonly (readonly [string, number])[]) => {
      // A FinCEN section 2313a order names a bank or broker: it is an order, not a designation of a group.
      const orders = counts.filter(([type]) => type === 'FinCEN-2313a').reduce((s, [, c]) => s + c, 0);
      const designations = counts.filter(([type]) => type !== 'FinCEN-2313a');
      const ordersText = orders
        ? es
          ? `${n(orders)} ${orders === 1 ? 'orden de FinCEN contra una institución financiera' : 'órdenes de FinCEN contra instituciones financieras'} (21 U.S.C. 2313a)`
          : `${n(orders)} FinCEN ${orders === 1 ? 'order against a financial institution' : 'orders against financial institutions'} (21 U.S.C. 2313a)`
        : '';
      if (designations.length === 0) return es ? ordersText[0]!.toUpperCase() + ordersText.slice(1) : ordersText;
      const total = designations.reduce((s, [, c]) => s + c, 0);
      const parts = designations.map(([type, c]) => `${n(c)} ${designationTypeName(lang, type as DesignationType)}`);
      const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${es ? 'y' : 'and'} ${parts[parts.length - 1]}` : parts[0]!;
      const main = es
        ? `${total === 1 ? 'Designación' : 'Designaciones'}: ${list}`
        : `${list} ${total === 1 ? 'designation' : 'designations'}`;
      return orders ? `${main}; ${ordersText}` : main;
    },
    caseGroup: (count: number, single: string) =>
      count === 1 ? single : es ? `${n(count)} eventos judiciales` : `${n(count)} court case events`,
    andMore: (count: number) => (es ? `y ${n(count)} más` : `and ${n(count)} more`),
    markersTitle: (count: number) =>
      es
        ? `${n(count)} ${count === 1 ? 'evento marcado' : 'eventos marcados'} en el gráfico`
        : `${n(count)} ${count === 1 ? 'event' : 'events'} marked on the chart`,
    formatDate: (date: string) => formatDate(lang, date),

    notes: {
      mixedReleases: (releases: readonly string[]) =>
        es
          ? `Los valores provienen de ${n(releases.length)} publicaciones provisionales de la CDC (la fuente las nombra); la CDC revisa los meses recientes en cada publicación.`
          : `Values come from ${n(releases.length)} provisional CDC releases (named in the source); CDC revises recent months in every release.`,
      /** The chart stops at the latest month every series has; `longer` go further. */
      commonEnd: (common: string, longer: readonly { name: string; period: string; release: string | null }[]) => {
        const list = longer
          .map(
            (l) =>
              (es ? `«${l.name}» llega a ${month(l.period)}` : `“${l.name}” goes to ${month(l.period)}`) +
              (l.release
                ? es
                  ? ` (publicación del ${formatDate(lang, l.release)})`
                  : ` (release of ${formatDate(lang, l.release)})`
                : ''),
          )
          .join('; ');
        const to = longer.reduce((a, l) => (l.period > a ? l.period : a), common);
        return es
          ? `El gráfico termina en ${month(common)}, el último mes con datos de todas las series: ${list}; use to="${to}" para verlo.`
          : `The chart ends in ${month(common)}, the latest month every series has: ${list}; set to="${to}" to see it.`;
      },
      revisions: es
        ? 'Cada línea es una publicación de la CDC: las cifras provisionales de un mes suben a medida que llegan los certificados de defunción.'
        : 'Each line is one CDC release: a month’s provisional count rises as death records arrive.',
      underreported: es
        ? 'Los meses más recientes están incompletos según la CDC (subnotificados).'
        : 'CDC marks the most recent months as underreported (incomplete data).',
      hidden: (count: number) =>
        es
          ? `${n(count)} ${count === 1 ? 'valor no se muestra' : 'valores no se muestran'} (la CDC los oculta: menos de 10 muertes o baja calidad); son huecos, no ceros.`
          : `${n(count)} ${count === 1 ? 'value is' : 'values are'} hidden by CDC (fewer than 10 deaths or low data quality) and left as gaps, not zeros.`,
      noPopulation: (periods: readonly string[]) =>
        es
          ? `Sin tasa para ${periods.map(month).join(', ')}: aún no hay estimación de población del censo para ese año; esos puntos no se muestran.`
          : `No rate for ${periods.map(month).join(', ')}: there is no Census population estimate for that year yet, so those points are not shown.`,
      populationYear: es
        ? 'Las tasas usan la población del 1 de julio del año en que termina cada periodo de 12 meses.'
        : 'Rates use the July 1 population of the year each 12-month period ends in.',
      seizuresComponents: es
        ? 'Oficina de Operaciones de Campo y Patrulla Fronteriza (OFO + USBP), como los totales nacionales de la CBP; sin Operaciones Aéreas y Marítimas.'
        : 'Office of Field Operations and U.S. Border Patrol (OFO + USBP), as in CBP’s nationwide totals; Air and Marine Operations are not included.',
      partialYear: (fiscalYear: number, last: string) =>
        es
          ? `El año fiscal ${fiscalYear} está en curso en el archivo de la CBP (datos hasta ${month(last)}); la CBP revisa los meses recientes.`
          : `Fiscal year ${fiscalYear} was still running in CBP’s file (data through ${month(last)}); CBP revises recent months.`,
      seizuresNotSupply: es
        ? 'Las incautaciones miden la actividad de control, no la oferta de drogas.'
        : 'Seizures measure enforcement activity, not drug supply.',
      sanctionsDates: es
        ? 'Fechas: cuándo un programa de rastreo vio el cambio por primera vez, no la fecha de la acción de la OFAC.'
        : 'Dates are when a scraper first saw the change, not the date of OFAC’s action.',
      /** The OFAC status date the sanctions chart ends on. */
      sanctionsStatus: (date: string) =>
        es
          ? `Lista SDN de la OFAC, situación al ${formatDate(lang, date)} (copia procesada por terceros).`
          : `OFAC SDN list, status on ${formatDate(lang, date)} (third-party parse).`,
      /** The gap in one sentence, for the summary (the source line carries the full note). */
      sanctionsGapShort: (start: string, end: string) =>
        es
          ? `No hay recuentos mensuales desde el ${formatDate(lang, start)}: no hay copias de la lista hasta el ${formatDate(lang, end)}.`
          : `No monthly count after ${formatDate(lang, start)}: there is no copy of the list until ${formatDate(lang, end)}.`,
      /** Why the bars stop: the gap in the copies of the list, and what the later copies cannot tell. */
      sanctionsGap: (start: string, end: string, undated: number) =>
        es
          ? `No hay copias de la lista entre el ${formatDate(lang, start)} y el ${formatDate(lang, end)}: ${n(undated)} ${undated === 1 ? 'entrada vinculada a México se añadió' : 'entradas vinculadas a México se añadieron'} en fechas desconocidas de ese intervalo, y las añadidas después no pueden vincularse a México (las copias de 2026 no traen direcciones). Desde el ${formatDate(lang, start)} no hay recuentos mensuales.`
          : `No copy of the list exists between ${formatDate(lang, start)} and ${formatDate(lang, end)}: ${n(undated)} Mexico-linked ${undated === 1 ? 'entry was' : 'entries were'} added at unknown dates in that gap, and entries added since cannot be linked to Mexico (the 2026 copies have no addresses). There is no monthly count after ${formatDate(lang, start)}.`,
      undatedDesignations: (count: number) =>
        es
          ? `${n(count)} ${count === 1 ? 'designación sin fecha verificada no se marca' : 'designaciones sin fecha verificada no se marcan'}.`
          : `${n(count)} ${count === 1 ? 'designation without a verified date is' : 'designations without a verified date are'} not marked.`,
      reader: (src: string, label: string) =>
        es
          ? `«${label}»: datos del lector (${src}), no verificados por fentanyl-policy-kit.`
          : `“${label}”: the reader’s data (${src}), not checked by fentanyl-policy-kit.`,
    },

    /**
     * measure="revisions": how far each older release's latest month was revised by the newest
     * release that publishes it (the first report's undercount), how many shared months changed, and
     * the largest revision. A percent from fewer than 20 deaths is not given (src/headlines.ts).
     */
    revisionsSummary: (o: RevisionsSummary): string => {
      // The sign as formatPercent writes it, so a sentence never mixes two minus signs.
      const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));
      const pct = (first: number, latest: number) =>
        meaningfulBase('deaths', first) ? `, ${formatPercent(lang, ((latest - first) / first) * 100)}` : '';
      const release = (d: string) => formatDate(lang, d);
      const intro = es
        ? `${o.name}, según cada publicación de la CDC (${o.releases.map(release).join(', ')}).`
        : `${o.name}, as each CDC release published it (${o.releases.map(release).join(', ')}).`;
      const facts = o.facts.map((f) => {
        const change = f.latest - f.first;
        const verdict = es
          ? change > 0
            ? 'la primera cifra se quedó corta'
            : change < 0
              ? 'la primera cifra era más alta'
              : 'la cifra no cambió'
          : change > 0
            ? 'the first report undercounted'
            : change < 0
              ? 'the first report was higher'
              : 'the count did not change';
        return es
          ? `Para ${when('revisions', f.period)}, la publicación del ${release(f.release)} notificó primero ${amount('revisions', f.first)}; la del ${release(f.latestRelease)} notifica ${n(f.latest)} (${signed(change)}${pct(f.first, f.latest)}): ${verdict}.`
          : `For ${when('revisions', f.period)}, the release of ${release(f.release)} first reported ${amount('revisions', f.first)}; the release of ${release(f.latestRelease)} reports ${n(f.latest)} (${signed(change)}${pct(f.first, f.latest)}): ${verdict}.`;
      });
      const shared = o.overlap
        ? es
          ? `${n(o.revised)} de los ${n(o.overlap)} meses que publica más de una publicación cambiaron${o.largest ? `; la mayor revisión: ${signed(o.largest.latest - o.largest.first)} muertes (${when('revisions', o.largest.period)})` : ''}.`
          : `${n(o.revised)} of the ${n(o.overlap)} months more than one release publishes were revised${o.largest ? `; the largest revision: ${signed(o.largest.latest - o.largest.first)} deaths (${when('revisions', o.largest.period)})` : ''}.`
        : es
          ? 'Ningún mes aparece en más de una publicación.'
          : 'No month is published by more than one release.';
      const still = es
        ? 'Las cifras de los meses más recientes siguen siendo provisionales.'
        : 'The latest months are still provisional and will be revised again.';
      return [intro, ...facts, shared, still].join(' ');
    },

    /** Accessible name of the chart image. */
    label: (o: { bar: boolean; what: string; names: readonly string[]; first: string; last: string; markers: number }) => {
      const kind = o.bar ? (es ? 'Gráfico de barras' : 'Bar chart') : es ? 'Gráfico de líneas' : 'Line chart';
      const span = `${month(o.first)} – ${month(o.last)}`;
      const markers = o.markers ? (es ? `, con ${n(o.markers)} eventos marcados` : `, with ${n(o.markers)} event markers`) : '';
      return `${kind}: ${[o.what, ...o.names, span].join(', ')}${markers}`;
    },
    /** The default heading: the label's what, where and when, without the kind of chart. */
    heading: (o: { what: string; names: readonly string[]; first: string; last: string }) => {
      const text = [o.what, ...o.names, `${month(o.first)} – ${month(o.last)}`].join(', ');
      return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
    },
    /** What the values are, for the label: "overdose deaths, 12 months ending — synthetic opioids (mainly fentanyl)". */
    what: (measure: TrendMeasure, drugs: readonly string[]) => {
      // A dash, not parentheses: drug names carry their own ("(mainly fentanyl)").
      const list = drugs.length ? ` — ${drugs.join(', ')}` : '';
      switch (measure) {
        case 'reported':
          return (es ? 'muertes por sobredosis en 12 meses' : 'overdose deaths, 12 months ending') + list;
        case 'revisions':
          return (
            (es
              ? 'muertes por sobredosis notificadas en 12 meses, según cada publicación de la CDC'
              : 'reported overdose deaths, 12 months ending, as each CDC release published them') + list
          );
        case 'predicted':
          return (es ? 'muertes por sobredosis previstas en 12 meses' : 'predicted overdose deaths, 12 months ending') + list;
        case 'per100k':
          return (
            (es ? 'muertes por sobredosis por 100.000 habitantes en 12 meses' : 'overdose deaths per 100,000, 12 months ending') + list
          );
        case 'yoy':
          return (
            (es
              ? 'cambio interanual de las muertes por sobredosis en 12 meses'
              : 'year-over-year change in overdose deaths, 12 months ending') + list
          );
        case 'pounds':
          return es ? 'libras incautadas por la CBP por mes' : 'pounds seized by CBP per month';
        case 'events':
          return es ? 'incautaciones de la CBP por mes' : 'CBP seizure events per month';
        case 'additions':
          return es
            ? 'entradas vinculadas a México añadidas a la lista SDN de la OFAC por mes'
            : 'Mexico-linked entries added to OFAC’s SDN list per month';
      }
    },

    /**
     * One paragraph from the displayed series: latest, peak and change vs. a year earlier. A change
     * from a tiny base gives the two values, never a percent; where CDC marks the latest or the
     * year-earlier count provisional and publishes predicted counts, the change is told on them,
     * with the reported change beside it (src/headlines.ts).
     */
    summary: (series: readonly SummarySeries[], markers: { count: number; kinds: readonly string[] }) => {
      const shown = series.slice(0, 3).map((s) => {
        const valid = s.points.filter((p): p is SummaryPoint & { value: number } => p.value !== null);
        const latest = valid[valid.length - 1];
        if (!latest) return es ? `${s.name}: sin valores.` : `${s.name}: no values shown.`;
        const peak = valid.reduce((best, p) => (p.value > best.value ? p : best));
        if (s.measure === 'yoy') {
          return es
            ? `${s.name}: ${amount(s.measure, latest.value)} interanual en ${when(s.measure, latest.period)}; máximo: ${amount(s.measure, peak.value)} en ${when(s.measure, peak.period)}.`
            : `${s.name}: ${amount(s.measure, latest.value)} year over year in ${when(s.measure, latest.period)}; highest ${amount(s.measure, peak.value)} in ${when(s.measure, peak.period)}.`;
        }
        const before = valid.find((p) => p.period === addMonths(latest.period, -12));
        const kind = baseKind(s.measure);
        const base = before && (before.deaths !== undefined ? before.deaths : before.value);
        let delta = '';
        if (before && kind && !meaningfulBase(kind, base)) {
          delta = es ? ` (${amount(s.measure, before.value)} un año antes)` : ` (${amount(s.measure, before.value)} a year earlier)`;
        } else if (before) {
          const reported = percentChange(before.value, latest.value);
          const predicted = latest.flagged || before.flagged ? percentChange(before.predicted, latest.predicted) : null;
          if (reported !== null && quoteBoth(predicted, reported)) {
            delta = es
              ? `, ${formatPercent(lang, predicted)} respecto a un año antes según las muertes previstas por la CDC (${formatPercent(lang, reported)} según las notificadas, que la CDC da por incompletas)`
              : `, ${formatPercent(lang, predicted)} compared with a year earlier on CDC’s predicted counts (${formatPercent(lang, reported)} on reported counts, which CDC marks incomplete)`;
          } else if (reported !== null) {
            delta = es
              ? `, ${formatPercent(lang, reported)} respecto a un año antes`
              : `, ${formatPercent(lang, reported)} compared with a year earlier`;
          }
        }
        return es
          ? `${s.name}: ${amount(s.measure, latest.value)} en ${when(s.measure, latest.period)}${delta}; máximo: ${amount(s.measure, peak.value)} en ${when(s.measure, peak.period)}.`
          : `${s.name}: ${amount(s.measure, latest.value)} in ${when(s.measure, latest.period)}${delta}; peak ${amount(s.measure, peak.value)} in ${when(s.measure, peak.period)}.`;
      });
      // Series that stop before the others, one sentence per end month and release.
      const endings = new Map<string, { period: string; release: string | null; names: string[] }>();
      for (const s of series) {
        if (!s.endsEarly) continue;
        const key = `${s.endsEarly.period}|${s.endsEarly.release}`;
        const group = endings.get(key) ?? { ...s.endsEarly, names: [] };
        group.names.push(s.name);
        endings.set(key, group);
      }
      const ended = [...endings.values()].map((g) => {
        const names = g.names.length > 1 ? `${g.names.slice(0, -1).join(', ')} ${es ? 'y' : 'and'} ${g.names.at(-1)}` : g.names[0]!;
        const plural = g.names.length > 1;
        const release = g.release ? formatDate(lang, g.release) : null;
        return es
          ? `${names} ${plural ? 'terminan' : 'termina'} en ${month(g.period)}: ${release ? `la publicación más reciente de la CDC que ${plural ? 'las incluye' : 'la incluye'} (${release}) no llega más lejos` : 'no hay datos posteriores'}.`
          : `${names} ${plural ? 'end' : 'ends'} in ${month(g.period)}: ${release ? `the newest CDC release that has ${plural ? 'them' : 'it'} (${release}) goes no further` : 'there are no later data'}.`;
      });
      const more = series.length > 3 ? [es ? `Y ${n(series.length - 3)} series más.` : `And ${n(series.length - 3)} more series.`] : [];
      const marked = markers.count
        ? [
            es
              ? `${n(markers.count)} ${markers.count === 1 ? 'marcador de evento' : 'marcadores de eventos'} (${markers.kinds.join(' y ')}).`
              : `${n(markers.count)} event ${markers.count === 1 ? 'marker' : 'markers'} (${markers.kinds.join(' and ')}).`,
          ]
        : [];
      return [...shown, ...more, ...ended, ...marked].join(' ');
    },
  };
}
