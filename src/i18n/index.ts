/**
 * UI text and number/date formats in English and Spanish. Every string a reader sees in an
 * element comes from here, so `lang="es"` changes all of it, summaries included.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

const en = {
  loading: 'Loading chart…',
  chart: 'Chart',
  table: 'Table',
  download: 'Download',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  cite: 'Cite',
  citeTitle: 'Cite this chart',
  copied: 'Citation copied.',
  close: 'Close',
  source: 'Source',
  released: 'released',
  version: 'data version',
  updatedFrom: 'Updated from data version {from} to {to}.',
  errorTitle: 'This chart could not be shown',
  retry: 'Retry',
  reloadPage: 'Reload page',
  noData: 'No data for this selection.',
  summary: 'Summary',
  actions: 'Chart actions',
  search: 'Search',
  searchPlaceholder: 'Name, organization, statute…',
  sortBy: 'Sort by',
  ascending: 'ascending',
  descending: 'descending',
  tableRows: '{n} rows',
  showAllRows: 'Show all {n} rows',
  showFewerRows: 'Show the table in a scroll box',
  tableShown: 'Table shown, {n} rows.',
  chartShown: 'Chart shown.',
  reported: 'reported',
  predicted: 'predicted',
  predictedBand: 'predicted (adjusted for reporting delay)',
  notShown: 'not shown',
  deaths: 'deaths',
  change: 'change',
  yourData: 'your data',
  confirmed: 'confirmed by an official primary source',
  terrorismRelated: 'terrorism-related',
  all: 'All',
  // Headers of download-only columns (src/charts/downloads.ts): codes and periods for programs.
  columnCode: 'Code',
  columnTypeCode: 'Event type code',
  columnCheckCode: 'Check status code',
  columnOrganizationCodes: 'Organization codes',
  columnPeriodStart: 'First period (12 months ending)',
  columnPeriodEnd: 'Last period (12 months ending)',
  and: 'and',
  dataThrough: 'data through',
  primarySource: 'primary source',
  officialText: 'official text',
  officialTextPrimary: 'official text, primary source',
  copyOf: 'copy of {name} at {domain}',
  unnamedSite: 'site, not a named publisher',
  officialTextOne: '{confirmed} of {total} event rests on an official text (confirmed in the primary-source check).',
  officialTextMany: '{confirmed} of {total} events rest on an official text (confirmed in the primary-source check).',
  citeVia: ' Via fentanyl-policy-kit, dataset "{name}", version {version}. {urls}. Accessed {accessed}.',
} as const;

export type MessageKey = keyof typeof en;

const es: Record<MessageKey, string> = {
  loading: 'Cargando gráfico…',
  chart: 'Gráfico',
  table: 'Tabla',
  download: 'Descargar',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  cite: 'Citar',
  citeTitle: 'Citar este gráfico',
  copied: 'Cita copiada.',
  close: 'Cerrar',
  source: 'Fuente',
  released: 'publicado',
  version: 'versión de datos',
  updatedFrom: 'Actualizado de la versión de datos {from} a la {to}.',
  errorTitle: 'No se pudo mostrar este gráfico',
  retry: 'Reintentar',
  reloadPage: 'Recargar la página',
  noData: 'No hay datos para esta selección.',
  summary: 'Resumen',
  actions: 'Acciones del gráfico',
  search: 'Buscar',
  searchPlaceholder: 'Nombre, organización, ley…',
  sortBy: 'Ordenar por',
  ascending: 'ascendente',
  descending: 'descendente',
  tableRows: '{n} filas',
  showAllRows: 'Mostrar las {n} filas',
  showFewerRows: 'Mostrar la tabla en un cuadro desplazable',
  tableShown: 'Tabla mostrada, {n} filas.',
  chartShown: 'Gráfico mostrado.',
  reported: 'notificadas',
  predicted: 'previstas',
  predictedBand: 'previstas (ajustadas por demora en la notificación)',
  notShown: 'no se muestra',
  deaths: 'muertes',
  change: 'cambio',
  yourData: 'sus datos',
  confirmed: 'confirmado por una fuente primaria oficial',
  terrorismRelated: 'relacionado con terrorismo',
  all: 'Todos',
  columnCode: 'Código',
  columnTypeCode: 'Código del tipo de evento',
  columnCheckCode: 'Código de verificación',
  columnOrganizationCodes: 'Códigos de las organizaciones',
  columnPeriodStart: 'Primer periodo (12 meses hasta)',
  columnPeriodEnd: 'Último periodo (12 meses hasta)',
  and: 'y',
  dataThrough: 'datos hasta',
  primarySource: 'fuente primaria',
  officialText: 'texto oficial',
  officialTextPrimary: 'texto oficial, fuente primaria',
  copyOf: 'copia de {name} en {domain}',
  unnamedSite: 'sitio, no es un medio identificado',
  officialTextOne: '{confirmed} de {total} evento se basa en un texto oficial (confirmado en la verificación de fuentes primarias).',
  officialTextMany: '{confirmed} de {total} eventos se basan en un texto oficial (confirmado en la verificación de fuentes primarias).',
  citeVia: ' Vía fentanyl-policy-kit, conjunto de datos «{name}», versión {version}. {urls}. Consultado el {accessedDate}.',
};

/** The shared catalogue, for the test that holds every key to a use (test/node/i18n-catalogues.test.ts). */
export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, es };

export function isLang(value: string | null | undefined): value is Lang {
  return value === 'en' || value === 'es';
}

/** A UI string with `{name}` placeholders filled. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(MESSAGES[lang][key], params);
}

/** `{name}` placeholders filled (an unknown one is left as written). */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-ES' };

export function locale(lang: Lang): string {
  return LOCALE[lang];
}

/**
 * One Intl formatter per language and options, made on first use: a table of 400 rows formats
 * every cell, and constructing a formatter costs far more than formatting with one.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as F;
}

/**
 * Intl writes a hyphen-minus ("-22.8%"); typeset numbers, and the charts (d3-format), use the
 * minus sign U+2212 ("−22.8%"), so every number a reader sees does.
 */
function trueMinus(text: string): string {
  return text.replace(/-/g, '\u2212');
}

/** The text with its first letter capitalised as the language does it: "Synthetic opioids…". */
export function capitalize(lang: Lang, text: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** Whole numbers with grouping ("109,413" / "109.413"); `digits` for rates; negatives with a true minus ("−1,204"). */
export function formatNumber(lang: Lang, value: number | null, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return '—';
  // es-ES leaves 4-digit numbers ungrouped by default ("5496"); newsrooms expect "5.496".
  const options = {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
    useGrouping: 'always',
  } as unknown as Intl.NumberFormatOptions;
  return trueMinus(formatter(`n:${lang}:${digits}`, () => new Intl.NumberFormat(LOCALE[lang], options)).format(value));
}

/** "+12.5%", "−22.8%" (true minus), "0.0%"; Spanish "−22,8 %". */
export function formatPercent(lang: Lang, value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const options: Intl.NumberFormatOptions = {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
    signDisplay: 'exceptZero',
  };
  return trueMinus(formatter(`p:${lang}:${digits}`, () => new Intl.NumberFormat(LOCALE[lang], options)).format(value / 100));
}

/** "December 2022" / "diciembre de 2022" from "2022-12". */
export function formatMonth(lang: Lang, period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const f = formatter(`m:${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "Feb 20, 2025" / "20 feb 2025" from "2025-02-20". */
export function formatDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const f = formatter(
    `d:${lang}`,
    () => new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  );
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * The `lang` attribute for text whose language is `source` inside an element in `lang`: `source`
 * where they differ (English-only data on a Spanish page, so screen readers pronounce it as
 * English), nothing where they are the same.
 */
export function langMark(lang: Lang, source: Lang): Lang | undefined {
  return source === lang ? undefined : source;
}

/** The formatters a message catalogue writes numbers and dates with, bound to one language. */
export interface Formats {
  readonly lang: Lang;
  number(value: number | null, digits?: number): string;
  percent(value: number | null, digits?: number): string;
  /** "December 2022" / "diciembre de 2022" from "2022-12". */
  month(period: string): string;
  /** "Feb 20, 2025" / "20 feb 2025" from "2025-02-20". */
  date(date: string): string;
}

export function formats(lang: Lang): Formats {
  return {
    lang,
    number: (value, digits) => formatNumber(lang, value, digits),
    percent: (value, digits) => formatPercent(lang, value, digits),
    month: (period) => formatMonth(lang, period),
    date: (date) => formatDate(lang, date),
  };
}

/**
 * A chart's texts in the reader's language, from its message catalogue: one function per language
 * that builds the texts (strings, and functions where a sentence takes values or Spanish grammar
 * differs) from the language's formatters. Chart text modules write `const en = (f: Formats) => ({…})`
 * and `const es: typeof en = (f) => ({…})`, so a key missing in Spanish is a type error, and no
 * text is chosen inline by comparing the language.
 */
export function messages<T>(catalogues: Readonly<Record<Lang, (f: Formats) => T>>, lang: Lang): T {
  return catalogues[lang](formats(lang));
}
