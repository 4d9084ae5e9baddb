/** `<fpk-chart>` texts: a message catalogue in English and Spanish. */
import { messages, type Formats, type Lang } from '../../i18n/index.js';

/** What the summary says of the rows a custom chart was given. */
export interface ChartFacts {
  /** The dataset's title, as its meta.json gives it (English: the sources' own). */
  readonly dataset: string;
  readonly rows: number;
  /** First and last period (YYYY-MM) or date (YYYY-MM-DD) of the rows, or null. */
  readonly span: readonly [string, string] | null;
}

/** "December 2024", "Jan 5, 2025": a period as a month, a date as a date. */
const when = (f: Formats, d: string) => (d.length === 7 ? f.month(d) : f.date(d));

const en = (f: Formats) => ({
  label: (dataset: string) => `Custom chart of ${dataset}`,
  underreported: (count: number, rows: number) =>
    `CDC marks ${f.number(count)} of the ${f.number(rows)} rows underreported (provisional counts whose records are still incomplete).`,
  mixedReleases: (count: number) =>
    `The rows come from ${f.number(count)} CDC releases (named in the source), counted at different times: a value computed from rows of two releases mixes them. Pin one with "release" in the query.`,
  summary: ({ dataset, rows, span }: ChartFacts) =>
    `A chart drawn from ${f.number(rows)} ${rows === 1 ? 'row' : 'rows'} of ${dataset}${span ? (span[0] === span[1] ? `, ${when(f, span[0])}` : `, ${when(f, span[0])} to ${when(f, span[1])}`) : ''}. The table holds every row the chart was given.`,
});

const es: typeof en = (f) => ({
  label: (dataset) => `Gráfico propio de ${dataset}`,
  underreported: (count, rows) =>
    `La CDC marca ${f.number(count)} de las ${f.number(rows)} filas como infranotificadas (cifras provisionales con registros aún incompletos).`,
  mixedReleases: (count) =>
    `Las filas provienen de ${f.number(count)} publicaciones de la CDC (la fuente las nombra), contadas en momentos distintos: un valor calculado con filas de dos publicaciones las mezcla. Fije una con "release" en la consulta.`,
  summary: ({ dataset, rows, span }) =>
    `Un gráfico de ${f.number(rows)} ${rows === 1 ? 'fila' : 'filas'} de ${dataset}${span ? (span[0] === span[1] ? `, ${when(f, span[0])}` : `, de ${when(f, span[0])} a ${when(f, span[1])}`) : ''}. La tabla contiene todas las filas que recibió el gráfico.`,
});

export const CHART_MESSAGES = { en, es } as const;

export function chartText(lang: Lang): ReturnType<typeof en> {
  return messages(CHART_MESSAGES, lang);
}
