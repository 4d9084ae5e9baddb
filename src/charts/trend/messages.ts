/**
 * `<fpk-trend>`'s words: a message catalogue in English and Spanish (`messages()`, src/i18n), one
 * function per language with the same keys, so a key missing in Spanish is a type error. What is
 * the same in both languages (which series, which months, which numbers) is decided in text.ts,
 * which puts these phrases together.
 */
import type { Formats } from '../../i18n/index.js';

/**
 * What a series' values are; decides units in sentences and the axis. `revisions`: reported
 * counts as each CDC release published them, one series per release.
 */
export type TrendMeasure = 'reported' | 'predicted' | 'per100k' | 'yoy' | 'revisions' | 'pounds' | 'events' | 'additions';

/** What a measure's values are called in a sentence, after the number. */
type Unit = 'deaths' | 'predicted' | 'per100k' | 'pounds' | 'events';

const en = (f: Formats) => ({
  rolling: (month: string) => `the 12 months ending ${month}`,
  units: {
    deaths: 'deaths',
    predicted: 'predicted deaths',
    per100k: 'deaths per 100,000 residents',
    pounds: 'pounds',
    events: 'seizure events',
  } satisfies Record<Unit, string>,
  additions: (v: number) => `${f.number(v)} ${v === 1 ? 'entry' : 'entries'} added`,
  noValue: 'No value.',
  releaseSeries: (date: string) => `Release of ${date}`,
  sanctionsSeries: 'Mexico-linked entries added to the SDN list',
  gapLabel: 'No dated data',
  valueAxis: {
    reported: 'Deaths, 12 months ending',
    revisions: 'Reported deaths, 12 months ending',
    predicted: 'Predicted deaths, 12 months ending',
    per100k: 'Deaths per 100,000, 12 months ending',
    yoy: 'Change vs. a year earlier (%)',
    pounds: 'Pounds seized per month',
    events: 'Seizure events per month',
    additions: 'Entries added per month',
  } satisfies Record<TrendMeasure, string>,
  monthTitle: 'Month',
  windowTitle: '12 months ending',
  series: 'Series',
  monthYear: '{month} {year}',
  value: 'Value',
  predicted: 'Predicted',
  provisional: 'Provisional',
  endLabel: (month: string, count: number) => (count > 1 ? `${f.number(count)} series end ${month}` : `ends ${month}`),
  event: 'Event',
  parties: 'Parties',
  type: 'Type',
  date: 'Date',
  sources: 'Source',
  columns: {
    series: 'Series',
    jurisdiction: 'Jurisdiction',
    indicator: 'Indicator',
    drug: 'Drug',
    region: 'Region',
    period: 'Period',
    month: 'Month',
    reported: 'Reported',
    predicted: 'Predicted',
    previous: 'A year earlier',
    population: 'Population',
    populationYear: 'Population year',
    release: 'Release',
    footnotes: 'CDC footnotes',
    provisional: 'Predicted vs reported',
    fiscalYearToDate: 'Partial fiscal year',
  },
  yes: 'yes',
  no: 'no',
  markerKinds: {
    designations: 'designations',
    cases: (terrorismOnly: boolean): string => (terrorismOnly ? 'terrorism-related court case events' : 'court case events'),
  },
  /** A list's last joint: "A, B and C". */
  and: 'and',
  fincenOrders: (orders: number) =>
    `${f.number(orders)} FinCEN ${orders === 1 ? 'order against a financial institution' : 'orders against financial institutions'} (21 U.S.C. 2313a)`,
  designations: (list: string, total: number) => `${list} ${total === 1 ? 'designation' : 'designations'}`,
  caseEvents: (count: number) => `${f.number(count)} court case events`,
  andMore: (count: number) => `and ${f.number(count)} more`,
  markersTitle: (count: number) => `${f.number(count)} ${count === 1 ? 'event' : 'events'} marked on the chart`,
  notes: {
    mixedReleases: (count: number) =>
      `Values come from ${f.number(count)} provisional CDC releases (named in the source); CDC revises recent months in every release.`,
    goesTo: (name: string, month: string, release: string | null) =>
      `“${name}” goes to ${month}${release ? ` (release of ${release})` : ''}`,
    commonEnd: (month: string, list: string, to: string) =>
      `The chart ends in ${month}, the latest month every series has: ${list}; set to="${to}" to see it.`,
    revisions: 'Each line is one CDC release: a month’s provisional count rises as death records arrive.',
    underreported: 'CDC marks the most recent months as underreported (incomplete data).',
    hidden: (count: number) =>
      `${f.number(count)} ${count === 1 ? 'value is' : 'values are'} hidden by CDC (fewer than 10 deaths or low data quality) and left as gaps, not zeros.`,
    noPopulation: (months: string) =>
      `No rate for ${months}: there is no Census population estimate for that year yet, so those points are not shown.`,
    populationYear: 'Rates use the July 1 population of the year each 12-month period ends in.',
    seizuresComponents:
      'Office of Field Operations and U.S. Border Patrol (OFO + USBP), as in CBP’s nationwide totals; Air and Marine Operations are not included.',
    partialYear: (fiscalYear: number, month: string) =>
      `Fiscal year ${fiscalYear} was still running in CBP’s file (data through ${month}); CBP revises recent months.`,
    seizuresNotSupply: 'Seizures measure enforcement activity, not drug supply.',
    sanctionsDates: 'Dates are when a scraper first saw the change, not the date of OFAC’s action.',
    sanctionsStatus: (date: string) => `OFAC SDN list, status on ${date} (third-party parse).`,
    sanctionsGapShort: (start: string, end: string) => `No monthly count after ${start}: there is no copy of the list until ${end}.`,
    sanctionsGap: (start: string, end: string, undated: number) =>
      `No copy of the list exists between ${start} and ${end}: ${f.number(undated)} Mexico-linked ${undated === 1 ? 'entry was' : 'entries were'} added at unknown dates in that gap, and entries added since cannot be linked to Mexico (the 2026 copies have no addresses). There is no monthly count after ${start}.`,
    undatedDesignations: (count: number) =>
      `${f.number(count)} ${count === 1 ? 'designation without a verified date is' : 'designations without a verified date are'} not marked.`,
    reader: (src: string, label: string) => `“${label}”: the reader’s data (${src}), not checked by fentanyl-policy-kit.`,
  },
  revisions: {
    intro: (name: string, releases: string) => `${name}, as each CDC release published it (${releases}).`,
    verdict: (change: number): string =>
      change > 0 ? 'the first report undercounted' : change < 0 ? 'the first report was higher' : 'the count did not change',
    fact: (o: { when: string; release: string; first: string; latestRelease: string; latest: string; change: string; verdict: string }) =>
      `For ${o.when}, the release of ${o.release} first reported ${o.first}; the release of ${o.latestRelease} reports ${o.latest} (${o.change}): ${o.verdict}.`,
    shared: (revised: string, overlap: string, largest: { change: string; when: string } | null) =>
      `${revised} of the ${overlap} months more than one release publishes were revised${largest ? `; the largest revision: ${largest.change} deaths (${largest.when})` : ''}.`,
    noneShared: 'No month is published by more than one release.',
    still: 'The latest months are still provisional and will be revised again.',
  },
  chartKind: (bar: boolean): string => (bar ? 'Bar chart' : 'Line chart'),
  withMarkers: (count: number) => `, with ${f.number(count)} event markers`,
  what: {
    reported: 'overdose deaths, 12 months ending',
    revisions: 'reported overdose deaths, 12 months ending, as each CDC release published them',
    predicted: 'predicted overdose deaths, 12 months ending',
    per100k: 'overdose deaths per 100,000, 12 months ending',
    yoy: 'year-over-year change in overdose deaths, 12 months ending',
    pounds: 'pounds seized by CBP per month',
    events: 'CBP seizure events per month',
    additions: 'Mexico-linked entries added to OFAC’s SDN list per month',
  } satisfies Record<TrendMeasure, string>,
  summary: {
    noValues: (name: string) => `${name}: no values shown.`,
    yoy: (name: string, latest: string, latestWhen: string, peak: string, peakWhen: string) =>
      `${name}: ${latest} year over year in ${latestWhen}; highest ${peak} in ${peakWhen}.`,
    tinyBase: (before: string) => ` (${before} a year earlier)`,
    bothCounts: (predicted: string, reported: string) =>
      `, ${predicted} compared with a year earlier on CDC’s predicted counts (${reported} on reported counts, which CDC marks incomplete)`,
    change: (reported: string) => `, ${reported} compared with a year earlier`,
    line: (name: string, latest: string, latestWhen: string, delta: string, peak: string, peakWhen: string) =>
      `${name}: ${latest} in ${latestWhen}${delta}; peak ${peak} in ${peakWhen}.`,
    ended: (names: string, plural: boolean, month: string, release: string | null) =>
      `${names} ${plural ? 'end' : 'ends'} in ${month}: ${release ? `the newest CDC release that has ${plural ? 'them' : 'it'} (${release}) goes no further` : 'there are no later data'}.`,
    more: (count: number) => `And ${f.number(count)} more series.`,
    markers: (count: number, kinds: readonly string[]) =>
      `${f.number(count)} event ${count === 1 ? 'marker' : 'markers'} (${kinds.join(' and ')}).`,
  },
});

const es: typeof en = (f) => ({
  rolling: (month) => `los 12 meses hasta ${month}`,
  units: {
    deaths: 'muertes',
    predicted: 'muertes previstas',
    per100k: 'muertes por 100.000 habitantes',
    pounds: 'libras',
    events: 'incautaciones',
  },
  additions: (v) => `${f.number(v)} ${v === 1 ? 'entrada añadida' : 'entradas añadidas'}`,
  noValue: 'Sin valor.',
  releaseSeries: (date) => `Publicación del ${date}`,
  sanctionsSeries: 'Entradas vinculadas a México añadidas a la lista SDN',
  gapLabel: 'Sin datos fechados',
  valueAxis: {
    reported: 'Muertes en 12 meses',
    revisions: 'Muertes notificadas en 12 meses',
    predicted: 'Muertes previstas en 12 meses',
    per100k: 'Muertes por 100.000 hab., 12 meses',
    yoy: 'Cambio interanual (%)',
    pounds: 'Libras incautadas por mes',
    events: 'Incautaciones por mes',
    additions: 'Entradas añadidas por mes',
  },
  monthTitle: 'Mes',
  windowTitle: '12 meses hasta',
  series: 'Serie',
  monthYear: '{month} de {year}',
  value: 'Valor',
  predicted: 'Previstas',
  provisional: 'Provisional',
  endLabel: (month, count) => (count > 1 ? `${f.number(count)} series terminan en ${month}` : `termina en ${month}`),
  event: 'Evento',
  parties: 'Partes',
  type: 'Tipo',
  date: 'Fecha',
  sources: 'Fuente',
  columns: {
    series: 'Serie',
    jurisdiction: 'Jurisdicción',
    indicator: 'Indicador',
    drug: 'Droga',
    region: 'Región',
    period: 'Periodo',
    month: 'Mes',
    reported: 'Notificadas',
    predicted: 'Previstas',
    previous: 'Un año antes',
    population: 'Población',
    populationYear: 'Año de población',
    release: 'Publicación',
    footnotes: 'Notas de la CDC',
    provisional: 'Previstas frente a notificadas',
    fiscalYearToDate: 'Año fiscal parcial',
  },
  yes: 'sí',
  no: 'no',
  markerKinds: {
    designations: 'designaciones',
    cases: (terrorismOnly) => (terrorismOnly ? 'eventos judiciales relacionados con terrorismo' : 'eventos judiciales'),
  },
  and: 'y',
  fincenOrders: (orders) =>
    `${f.number(orders)} ${orders === 1 ? 'orden de FinCEN contra una institución financiera' : 'órdenes de FinCEN contra instituciones financieras'} (21 U.S.C. 2313a)`,
  designations: (list, total) => `${total === 1 ? 'Designación' : 'Designaciones'}: ${list}`,
  caseEvents: (count) => `${f.number(count)} eventos judiciales`,
  andMore: (count) => `y ${f.number(count)} más`,
  markersTitle: (count) => `${f.number(count)} ${count === 1 ? 'evento marcado' : 'eventos marcados'} en el gráfico`,
  notes: {
    mixedReleases: (count) =>
      `Los valores provienen de ${f.number(count)} publicaciones provisionales de la CDC (la fuente las nombra); la CDC revisa los meses recientes en cada publicación.`,
    goesTo: (name, month, release) => `«${name}» llega a ${month}${release ? ` (publicación del ${release})` : ''}`,
    commonEnd: (month, list, to) =>
      `El gráfico termina en ${month}, el último mes con datos de todas las series: ${list}; use to="${to}" para verlo.`,
    revisions:
      'Cada línea es una publicación de la CDC: las cifras provisionales de un mes suben a medida que llegan los certificados de defunción.',
    underreported: 'Los meses más recientes están incompletos según la CDC (subnotificados).',
    hidden: (count) =>
      `${f.number(count)} ${count === 1 ? 'valor no se muestra' : 'valores no se muestran'} (la CDC los oculta: menos de 10 muertes o baja calidad); son huecos, no ceros.`,
    noPopulation: (months) =>
      `Sin tasa para ${months}: aún no hay estimación de población del censo para ese año; esos puntos no se muestran.`,
    populationYear: 'Las tasas usan la población del 1 de julio del año en que termina cada periodo de 12 meses.',
    seizuresComponents:
      'Oficina de Operaciones de Campo y Patrulla Fronteriza (OFO + USBP), como los totales nacionales de la CBP; sin Operaciones Aéreas y Marítimas.',
    partialYear: (fiscalYear, month) =>
      `El año fiscal ${fiscalYear} está en curso en el archivo de la CBP (datos hasta ${month}); la CBP revisa los meses recientes.`,
    seizuresNotSupply: 'Las incautaciones miden la actividad de control, no la oferta de drogas.',
    sanctionsDates: 'Fechas: cuándo un programa de rastreo vio el cambio por primera vez, no la fecha de la acción de la OFAC.',
    sanctionsStatus: (date) => `Lista SDN de la OFAC, situación al ${date} (copia procesada por terceros).`,
    sanctionsGapShort: (start, end) => `No hay recuentos mensuales desde el ${start}: no hay copias de la lista hasta el ${end}.`,
    sanctionsGap: (start, end, undated) =>
      `No hay copias de la lista entre el ${start} y el ${end}: ${f.number(undated)} ${undated === 1 ? 'entrada vinculada a México se añadió' : 'entradas vinculadas a México se añadieron'} en fechas desconocidas de ese intervalo, y las añadidas después no pueden vincularse a México (las copias de 2026 no traen direcciones). Desde el ${start} no hay recuentos mensuales.`,
    undatedDesignations: (count) =>
      `${f.number(count)} ${count === 1 ? 'designación sin fecha verificada no se marca' : 'designaciones sin fecha verificada no se marcan'}.`,
    reader: (src, label) => `«${label}»: datos del lector (${src}), no verificados por fentanyl-policy-kit.`,
  },
  revisions: {
    intro: (name, releases) => `${name}, según cada publicación de la CDC (${releases}).`,
    verdict: (change) =>
      change > 0 ? 'la primera cifra se quedó corta' : change < 0 ? 'la primera cifra era más alta' : 'la cifra no cambió',
    fact: (o) =>
      `Para ${o.when}, la publicación del ${o.release} notificó primero ${o.first}; la del ${o.latestRelease} notifica ${o.latest} (${o.change}): ${o.verdict}.`,
    shared: (revised, overlap, largest) =>
      `${revised} de los ${overlap} meses que publica más de una publicación cambiaron${largest ? `; la mayor revisión: ${largest.change} muertes (${largest.when})` : ''}.`,
    noneShared: 'Ningún mes aparece en más de una publicación.',
    still: 'Las cifras de los meses más recientes siguen siendo provisionales.',
  },
  chartKind: (bar) => (bar ? 'Gráfico de barras' : 'Gráfico de líneas'),
  withMarkers: (count) => `, con ${f.number(count)} eventos marcados`,
  what: {
    reported: 'muertes por sobredosis en 12 meses',
    revisions: 'muertes por sobredosis notificadas en 12 meses, según cada publicación de la CDC',
    predicted: 'muertes por sobredosis previstas en 12 meses',
    per100k: 'muertes por sobredosis por 100.000 habitantes en 12 meses',
    yoy: 'cambio interanual de las muertes por sobredosis en 12 meses',
    pounds: 'libras incautadas por la CBP por mes',
    events: 'incautaciones de la CBP por mes',
    additions: 'entradas vinculadas a México añadidas a la lista SDN de la OFAC por mes',
  },
  summary: {
    noValues: (name) => `${name}: sin valores.`,
    yoy: (name, latest, latestWhen, peak, peakWhen) => `${name}: ${latest} interanual en ${latestWhen}; máximo: ${peak} en ${peakWhen}.`,
    tinyBase: (before) => ` (${before} un año antes)`,
    bothCounts: (predicted, reported) =>
      `, ${predicted} respecto a un año antes según las muertes previstas por la CDC (${reported} según las notificadas, que la CDC da por incompletas)`,
    change: (reported) => `, ${reported} respecto a un año antes`,
    line: (name, latest, latestWhen, delta, peak, peakWhen) =>
      `${name}: ${latest} en ${latestWhen}${delta}; máximo: ${peak} en ${peakWhen}.`,
    ended: (names, plural, month, release) =>
      `${names} ${plural ? 'terminan' : 'termina'} en ${month}: ${release ? `la publicación más reciente de la CDC que ${plural ? 'las incluye' : 'la incluye'} (${release}) no llega más lejos` : 'no hay datos posteriores'}.`,
    more: (count) => `Y ${f.number(count)} series más.`,
    markers: (count, kinds) => `${f.number(count)} ${count === 1 ? 'marcador de evento' : 'marcadores de eventos'} (${kinds.join(' y ')}).`,
  },
});

export const TREND_MESSAGES = { en, es } as const;
