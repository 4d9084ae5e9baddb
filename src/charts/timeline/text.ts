/** `<fpk-timeline>` texts, chart labels and its generated summary, in English and Spanish. */
import type { CheckStatus } from '../../dataset-schemas/cases.js';
import { DESIGNATION_TYPES, type DesignationType } from '../../dataset-schemas/designations.js';

const DESIGNATION_TYPE_SET: ReadonlySet<string> = new Set(DESIGNATION_TYPES);
import { organizationName } from '../../dataset-schemas/organizations.js';
import type { TimelineEvent, TimelineGroup, TimelineKind, TimelineLabels, TimelineNaming, TimelineType } from '../../specs/timeline.js';
import { designationTypeName, eventTypeLabel } from '../../i18n/names.js';
import { formatDate, formatNumber, type Lang } from '../../i18n/index.js';

const GROUPS: Record<Lang, Record<TimelineGroup, string>> = {
  en: {
    'terrorism-designation': 'Designation: terrorism (FTO, SDGT)',
    'sanctions-designation': 'Designation: drug or crime sanctions (Kingpin Act, TCO, E.O. 14059)',
    'financial-measure': 'Order against a financial institution (FinCEN)',
    charge: 'Case: charges (indictment, complaint)',
    custody: 'Case: custody (arrest, extradition, transfer)',
    resolution: 'Case: plea, conviction, sentence, dismissal',
    appeal: 'Case: appellate ruling',
    'other-case': 'Case: other court event',
  },
  es: {
    'terrorism-designation': 'Designación: terrorismo (FTO, SDGT)',
    'sanctions-designation': 'Designación: sanciones por drogas o crimen (Ley Kingpin, TCO, Orden Ejecutiva 14059)',
    'financial-measure': 'Orden contra una institución financiera (FinCEN)',
    charge: 'Caso: cargos (acusación, demanda)',
    custody: 'Caso: custodia (detención, extradición, traslado)',
    resolution: 'Caso: declaración, condena, sentencia, desestimación',
    appeal: 'Caso: fallo de apelación',
    'other-case': 'Caso: otro evento judicial',
  },
};

const KINDS: Record<Lang, Record<TimelineKind, string>> = {
  en: { designation: 'Designation', case: 'Court case event', order: 'FinCEN order (financial institution)' },
  es: { designation: 'Designación', case: 'Evento judicial', order: 'Orden de FinCEN (institución financiera)' },
};

const CHECKED: Record<Lang, Record<CheckStatus, string>> = {
  en: {
    confirmed: 'confirmed by an official primary source',
    contradicted: 'contradicted by an official primary source',
    not_found: 'not confirmed',
  },
  es: {
    confirmed: 'confirmado por una fuente primaria oficial',
    contradicted: 'contradicho por una fuente primaria oficial',
    not_found: 'no confirmado',
  },
};

export function typeLabel(lang: Lang, type: TimelineType): string {
  return DESIGNATION_TYPE_SET.has(type)
    ? designationTypeName(lang, type as DesignationType, { form: 'long', capital: true })
    : eventTypeLabel(lang, type as Exclude<TimelineType, DesignationType>);
}

/** Row name of designated individuals: the field `partyKind` says who they are, the data says when. */
export function timelineNaming(lang: Lang): TimelineNaming {
  const es = lang === 'es';
  return {
    individuals: (years, types) => {
      // A span, not a list: a comma would split the name in the comma-separated `organizations` attribute.
      const when = years.length ? ` (${years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0]})` : '';
      if (types.length === 1 && types[0] === 'SDNTK') return es ? `Personas, Ley Kingpin${when}` : `Kingpin Act individuals${when}`;
      return es ? `Personas designadas${when}` : `Designated individuals${when}`;
    },
    organization: (org) => organizationName(org, lang),
  };
}

export function timelineLabels(lang: Lang): TimelineLabels {
  const es = lang === 'es';
  return {
    description: es
      ? 'Línea de tiempo: designaciones de EE. UU. y eventos judiciales por organización. Cada símbolo enlaza con su fuente.'
      : 'Timeline: US designations and court case events by organization. Each symbol links to its source.',
    dateAxis: es ? 'Fecha' : 'Date',
    organizationAxis: es ? 'Organización' : 'Organization',
    groupLegend: es ? 'Tipo de evento' : 'Event type',
    kinds: KINDS[lang],
    groups: GROUPS[lang],
    type: (type) => typeLabel(lang, type),
    checked: CHECKED[lang],
    date: (date) => formatDate(lang, date),
    tooltip: {
      event: es ? 'Parte o caso' : 'Party or case',
      organization: es ? 'Organización (como figura)' : 'Organization (as written)',
      type: es ? 'Tipo' : 'Type',
      date: es ? 'Fecha' : 'Date',
      authority: es ? 'Autoridad o tribunal' : 'Authority or court',
      checked: es ? 'Verificación' : 'Checked',
      source: es ? 'Fuente' : 'Source',
    },
    noCourt: es ? 'no consta' : 'not stated',
  };
}

export function timelineText(lang: Lang) {
  const es = lang === 'es';
  const n = (x: number) => formatNumber(lang, x);
  return {
    label: es
      ? 'Designaciones y eventos judiciales contra carteles, por organización'
      : 'Designations and court case events against cartels, by organization',
    date: es ? 'Fecha' : 'Date',
    organization: es ? 'Organización' : 'Organization',
    kind: es ? 'Clase' : 'Kind',
    type: es ? 'Tipo' : 'Type',
    description: es ? 'Descripción' : 'Description',
    checked: es ? 'Verificación' : 'Checked',
    sources: es ? 'Fuentes' : 'Sources',
    official: es ? 'oficial' : 'official',
    undated: es ? 'sin fecha' : 'undated',
    undatedNote: (count: number) =>
      es
        ? `${n(count)} ${count === 1 ? 'evento sin fecha no se muestra' : 'eventos sin fecha no se muestran'} en el gráfico (figuran en la tabla).`
        : `${n(count)} undated ${count === 1 ? 'event' : 'events'} not shown in the chart (listed in the table).`,
    summary: (events: readonly TimelineEvent[]) => summary(lang, events),
  };
}

/** Counts distinct events (a case on three organization rows is one event), not marks. */
function summary(lang: Lang, events: readonly TimelineEvent[]): string {
  const es = lang === 'es';
  const n = (x: number) => formatNumber(lang, x);
  if (events.length === 0)
    return es
      ? 'Ninguna designación ni evento judicial coincide con esta selección.'
      : 'No designations or court case events match this selection.';
  const distinct = [...new Map(events.map((e) => [e.eventId, e])).values()];
  const designations = distinct.filter((e) => e.kind === 'designation').length;
  const orders = distinct.filter((e) => e.kind === 'order').length;
  const cases = distinct.length - designations - orders;
  const confirmed = distinct.filter((e) => e.checked === 'confirmed').length;
  const rows = new Set(events.map((e) => e.organization)).size;
  const dated = distinct.filter((e) => e.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const first = dated[0];
  const last = dated[dated.length - 1];
  const latest = last ? dated.filter((e) => e.date === last.date) : [];
  const latestText = latest
    .slice(0, 3)
    .map((e) => `${e.title} (${typeLabel(lang, e.type)})`)
    .join('; ');
  const more = latest.length > 3 ? (es ? ` y ${n(latest.length - 3)} más` : ` and ${n(latest.length - 3)} more`) : '';
  // FinCEN orders name banks, not groups: counted apart, and only when shown.
  const ordersText = orders
    ? es
      ? `, ${n(orders)} ${orders === 1 ? 'orden de FinCEN contra una institución financiera' : 'órdenes de FinCEN contra instituciones financieras'}`
      : `, ${n(orders)} FinCEN ${orders === 1 ? 'order against a financial institution' : 'orders against financial institutions'}`
    : '';
  const kinds = es
    ? `${n(designations)} ${designations === 1 ? 'designación' : 'designaciones'}${ordersText} y ${n(cases)} ${cases === 1 ? 'evento judicial' : 'eventos judiciales'}`
    : `${n(designations)} ${designations === 1 ? 'designation' : 'designations'}${ordersText} and ${n(cases)} court case ${cases === 1 ? 'event' : 'events'}`;
  const span =
    first && last
      ? es
        ? ` entre el ${formatDate(lang, first.date!)} y el ${formatDate(lang, last.date!)}`
        : ` from ${formatDate(lang, first.date!)} to ${formatDate(lang, last.date!)}`
      : '';
  const rowsText = es
    ? `en ${n(rows)} ${rows === 1 ? 'fila' : 'filas'} de organización`
    : `on ${n(rows)} organization ${rows === 1 ? 'row' : 'rows'}`;
  const latestSentence = last
    ? es
      ? ` El más reciente, el ${formatDate(lang, last.date!)}: ${latestText}${more}.`
      : ` Latest, ${formatDate(lang, last.date!)}: ${latestText}${more}.`
    : '';
  const confirmedSentence = es
    ? ` ${n(confirmed)} de ${n(distinct.length)} están confirmados por una fuente primaria oficial.`
    : ` ${n(confirmed)} of ${n(distinct.length)} are confirmed by an official primary source.`;
  return `${kinds}${span}, ${rowsText}.${latestSentence}${confirmedSentence}`;
}
