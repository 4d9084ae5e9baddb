/** `<fpk-cases>` texts and its generated summary, in English and Spanish. */
import type { CaseEvent, CheckStatus } from '../../dataset-schemas/cases.js';
import { formatDate, formatNumber, type Lang } from '../../i18n/index.js';
import { eventTypeLabel } from '../../i18n/case-events.js';

export { eventTypeLabel };

export function casesText(lang: Lang) {
  const es = lang === 'es';
  return {
    label: es
      ? 'Eventos judiciales: herramientas antiterroristas y de capos contra carteles'
      : 'Court case events: counterterrorism and kingpin tools against cartels',
    date: es ? 'Fecha' : 'Date',
    event: es ? 'Evento' : 'Event',
    caseName: es ? 'Caso' : 'Case',
    court: es ? 'Tribunal' : 'Court',
    docket: es ? 'Expediente' : 'Docket',
    defendants: es ? 'Acusados' : 'Defendants',
    organization: es ? 'Organización' : 'Organization',
    statutes: es ? 'Leyes' : 'Statutes',
    terrorism: es ? 'Terrorismo' : 'Terrorism-related',
    outcome: es ? 'Resultado' : 'Outcome',
    sentence: es ? 'Pena' : 'Sentence',
    checked: es ? 'Fuente primaria' : 'Primary source',
    sources: es ? 'Fuentes' : 'Sources',
    primary: es ? 'oficial' : 'official',
    search: es ? 'Buscar' : 'Search',
    searchPlaceholder: es ? 'Nombre, organización, ley…' : 'Name, organization, statute…',
    undated: es ? 'sin fecha' : 'undated',
    /** The date a note that can change was true ("As of Feb 24, 2026:"). */
    asOf: (date: string) => (es ? `Al ${formatDate(lang, date)}:` : `As of ${formatDate(lang, date)}:`),
    yes: es ? 'Sí' : 'Yes',
    no: 'No',
    shown: (shown: number, total: number) =>
      es
        ? `${formatNumber(lang, shown)} de ${formatNumber(lang, total)} eventos`
        : `${formatNumber(lang, shown)} of ${formatNumber(lang, total)} events`,
    checkLabel: (c: CheckStatus) =>
      ({
        confirmed: es ? 'Confirmado' : 'Confirmed',
        contradicted: es ? 'Contradicho' : 'Contradicted',
        not_found: es ? 'No encontrado' : 'Not found',
      })[c],
    summary: (all: readonly CaseEvent[], shown: number) => {
      const dated = all
        .filter((r) => r.date)
        .map((r) => r.date!)
        .sort();
      const terror = all.filter((r) => r.terrorismRelated).length;
      const confirmed = all.filter((r) => r.checked === 'confirmed').length;
      const n = (x: number) => formatNumber(lang, x);
      if (all.length === 0) return es ? 'No hay eventos judiciales para esta selección.' : 'No court case events match this selection.';
      const span = dated.length ? [formatDate(lang, dated[0]!), formatDate(lang, dated[dated.length - 1]!)] : null;
      return es
        ? `${n(all.length)} eventos judiciales${span ? ` entre el ${span[0]} y el ${span[1]}` : ''}; ${n(terror)} involucran leyes antiterroristas y ${n(confirmed)} están confirmados por una fuente primaria oficial. Se muestran ${n(shown)}.`
        : `${n(all.length)} court case events${span ? ` from ${span[0]} to ${span[1]}` : ''}; ${n(terror)} involve terrorism statutes and ${n(confirmed)} are confirmed by an official primary source. ${n(shown)} shown.`;
    },
  };
}
