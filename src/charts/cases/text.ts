/** `<fpk-cases>` texts and its generated summary: a message catalogue in English and Spanish. */
import type { CaseEvent, CheckStatus } from '../../dataset-schemas/cases.js';
import { messages, type Formats, type Lang } from '../../i18n/index.js';
import { eventTypeLabel } from '../../i18n/case-events.js';

export { eventTypeLabel };

/** What the summary counts, in either language. */
function summaryFacts(all: readonly CaseEvent[]) {
  const dated = all
    .filter((r) => r.date)
    .map((r) => r.date!)
    .sort();
  return {
    terror: all.filter((r) => r.terrorismRelated).length,
    confirmed: all.filter((r) => r.checked === 'confirmed').length,
    span: dated.length ? ([dated[0]!, dated[dated.length - 1]!] as const) : null,
  };
}

const en = (f: Formats) => ({
  label: 'Court case events: counterterrorism and kingpin tools against cartels',
  date: 'Date',
  event: 'Event',
  caseName: 'Case',
  court: 'Court',
  docket: 'Docket',
  defendants: 'Defendants',
  organization: 'Organization',
  statutes: 'Statutes',
  terrorism: 'Terrorism-related',
  outcome: 'Outcome',
  sentence: 'Sentence',
  checked: 'Primary source',
  sources: 'Sources',
  search: 'Search',
  searchPlaceholder: 'Name, organization, statute…',
  undated: 'undated',
  /** The date a note that can change was true ("As of Feb 24, 2026:"). */
  asOf: (date: string) => `As of ${f.date(date)}:`,
  yes: 'Yes',
  no: 'No',
  shown: (shown: number, total: number) => `${f.number(shown)} of ${f.number(total)} events`,
  checkLabel: (c: CheckStatus): string => ({ confirmed: 'Confirmed', contradicted: 'Contradicted', not_found: 'Not found' })[c],
  summary: (all: readonly CaseEvent[], shown: number): string => {
    if (all.length === 0) return 'No court case events match this selection.';
    const { terror, confirmed, span } = summaryFacts(all);
    const n = (x: number) => f.number(x);
    return `${n(all.length)} court case events${span ? ` from ${f.date(span[0])} to ${f.date(span[1])}` : ''}; ${n(terror)} involve terrorism statutes and ${n(confirmed)} are confirmed by an official primary source. ${n(shown)} shown.`;
  },
});

const es: typeof en = (f) => ({
  label: 'Eventos judiciales: herramientas antiterroristas y de capos contra carteles',
  date: 'Fecha',
  event: 'Evento',
  caseName: 'Caso',
  court: 'Tribunal',
  docket: 'Expediente',
  defendants: 'Acusados',
  organization: 'Organización',
  statutes: 'Leyes',
  terrorism: 'Terrorismo',
  outcome: 'Resultado',
  sentence: 'Pena',
  checked: 'Fuente primaria',
  sources: 'Fuentes',
  search: 'Buscar',
  searchPlaceholder: 'Nombre, organización, ley…',
  undated: 'sin fecha',
  asOf: (date) => `Al ${f.date(date)}:`,
  yes: 'Sí',
  no: 'No',
  shown: (shown, total) => `${f.number(shown)} de ${f.number(total)} eventos`,
  checkLabel: (c) => ({ confirmed: 'Confirmado', contradicted: 'Contradicho', not_found: 'No encontrado' })[c],
  summary: (all, shown) => {
    if (all.length === 0) return 'No hay eventos judiciales para esta selección.';
    const { terror, confirmed, span } = summaryFacts(all);
    const n = (x: number) => f.number(x);
    return `${n(all.length)} eventos judiciales${span ? ` entre el ${f.date(span[0])} y el ${f.date(span[1])}` : ''}; ${n(terror)} involucran leyes antiterroristas y ${n(confirmed)} están confirmados por una fuente primaria oficial. Se muestran ${n(shown)}.`;
  },
});

/** The catalogues, for the test that holds every key to a use (test/node/i18n-catalogues.test.ts). */
export const CASES_MESSAGES = { en, es } as const;

export function casesText(lang: Lang): ReturnType<typeof en> {
  return messages(CASES_MESSAGES, lang);
}
