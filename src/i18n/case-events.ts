/**
 * Court-case event types as readers see them, in English and Spanish: one part of the display-name
 * table (names.ts re-exports it). A module of its own because `<fpk-cases>` draws its table without
 * a lazy model chunk, and importing names.ts would put every drug and jurisdiction name in the core
 * entry (about 2 KB brotli over its 25 KB budget).
 */
import type { CaseEventType } from '../dataset-schemas/cases.js';
import type { Lang } from './index.js';

const EVENT_TYPES: Record<Lang, Record<CaseEventType, string>> = {
  en: {
    indictment: 'Indictment',
    complaint: 'Civil complaint',
    arrest: 'Arrest',
    extradition: 'Extradition',
    transfer: 'Transfer to US custody',
    plea: 'Guilty plea',
    conviction: 'Conviction',
    sentence: 'Sentence',
    appellate_ruling: 'Appellate ruling',
    dismissal: 'Dismissal',
    other: 'Other',
  },
  es: {
    indictment: 'Acusación formal',
    complaint: 'Demanda civil',
    arrest: 'Detención',
    extradition: 'Extradición',
    transfer: 'Traslado a custodia de EE. UU.',
    plea: 'Declaración de culpabilidad',
    conviction: 'Condena',
    sentence: 'Sentencia',
    appellate_ruling: 'Fallo de apelación',
    dismissal: 'Desestimación',
    other: 'Otro',
  },
};

export function eventTypeLabel(lang: Lang, type: CaseEventType): string {
  return EVENT_TYPES[lang][type];
}
