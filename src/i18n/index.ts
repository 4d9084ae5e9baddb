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
  showChart: 'Show chart',
  showTable: 'Show table',
  download: 'Download',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  cite: 'Cite',
  copied: 'Citation copied',
  citeTitle: 'Cite this chart',
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
  viewToggle: 'View',
  search: 'Search',
  searchPlaceholder: 'Name, organization, statute…',
  sortBy: 'Sort by',
  ascending: 'ascending',
  descending: 'descending',
  rowsShown: '{shown} of {total} rows',
  tableRows: '{n} rows',
  showAllRows: 'Show all {n} rows',
  showFewerRows: 'Show the table in a scroll box',
  tableShown: 'Table shown, {n} rows.',
  chartShown: 'Chart shown.',
  reported: 'reported',
  predicted: 'predicted',
  predictedBand: 'predicted (adjusted for reporting delay)',
  notShown: 'not shown',
  perHundredK: 'per 100,000',
  deaths: 'deaths',
  change: 'change',
  yourData: 'your data',
  unverified: 'not confirmed by an official primary source',
  confirmed: 'confirmed by an official primary source',
  terrorismRelated: 'terrorism-related',
  all: 'All',
} as const;

export type MessageKey = keyof typeof en;

const es: Record<MessageKey, string> = {
  loading: 'Cargando gráfico…',
  chart: 'Gráfico',
  table: 'Tabla',
  showChart: 'Ver gráfico',
  showTable: 'Ver tabla',
  download: 'Descargar',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  cite: 'Citar',
  copied: 'Cita copiada',
  citeTitle: 'Citar este gráfico',
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
  viewToggle: 'Vista',
  search: 'Buscar',
  searchPlaceholder: 'Nombre, organización, ley…',
  sortBy: 'Ordenar por',
  ascending: 'ascendente',
  descending: 'descendente',
  rowsShown: '{shown} de {total} filas',
  tableRows: '{n} filas',
  showAllRows: 'Mostrar las {n} filas',
  showFewerRows: 'Mostrar la tabla en un cuadro desplazable',
  tableShown: 'Tabla mostrada, {n} filas.',
  chartShown: 'Gráfico mostrado.',
  reported: 'notificadas',
  predicted: 'previstas',
  predictedBand: 'previstas (ajustadas por demora en la notificación)',
  notShown: 'no se muestra',
  perHundredK: 'por 100.000',
  deaths: 'muertes',
  change: 'cambio',
  yourData: 'sus datos',
  unverified: 'no confirmado por una fuente primaria oficial',
  confirmed: 'confirmado por una fuente primaria oficial',
  terrorismRelated: 'relacionado con terrorismo',
  all: 'Todos',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, es };

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
