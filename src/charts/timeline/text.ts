/** `<fpk-timeline>` texts, chart labels and its generated summary: a message catalogue in English and Spanish. */
import type { CheckStatus } from '../../dataset-schemas/cases.js';
import { DESIGNATION_TYPES, type DesignationType } from '../../dataset-schemas/designations.js';
import { organizationName } from '../../dataset-schemas/organizations.js';
import type { TimelineEvent, TimelineGroup, TimelineKind, TimelineNaming, TimelineType } from '../../specs/timeline-events.js';
import type { TimelineLabels } from '../../specs/timeline.js';
import { designationTypeName, eventTypeLabel } from '../../i18n/names.js';
import { formats, messages, type Formats, type Lang } from '../../i18n/index.js';

const DESIGNATION_TYPE_SET: ReadonlySet<string> = new Set(DESIGNATION_TYPES);

const en = (f: Formats) => ({
  /** Row name of designated individuals; `when` is " (2019–2025)" or "". */
  individuals: (when: string, kingpin: boolean) => (kingpin ? `Kingpin Act individuals${when}` : `Designated individuals${when}`),
  groups: {
    'terrorism-designation': 'Designation: terrorism (FTO, SDGT)',
    'sanctions-designation': 'Designation: drug or crime sanctions (Kingpin Act, TCO, E.O. 14059)',
    'financial-measure': 'Order against a financial institution (FinCEN)',
    charge: 'Case: charges (indictment, complaint)',
    custody: 'Case: custody (arrest, extradition, transfer)',
    resolution: 'Case: plea, conviction, sentence, dismissal',
    appeal: 'Case: appellate ruling',
    'other-case': 'Case: other court event',
  } satisfies Record<TimelineGroup, string>,
  kinds: { designation: 'Designation', case: 'Court case event', order: 'FinCEN order (financial institution)' } satisfies Record<
    TimelineKind,
    string
  >,
  checks: {
    confirmed: 'confirmed by an official primary source',
    contradicted: 'contradicted by an official primary source',
    not_found: 'not confirmed',
  } satisfies Record<CheckStatus, string>,
  chart: {
    description: 'Timeline: US designations and court case events by organization. Each symbol links to its source.',
    dateAxis: 'Date',
    organizationAxis: 'Organization',
    groupLegend: 'Event type',
    tooltip: {
      event: 'Party or case',
      organization: 'Organization (as written)',
      type: 'Type',
      date: 'Date',
      authority: 'Authority or court',
      checked: 'Checked',
      source: 'Source',
    },
    noCourt: 'not stated',
  },
  table: {
    label: 'Designations and court case events against cartels, by organization',
    date: 'Date',
    organization: 'Organization',
    kind: 'Kind',
    type: 'Type',
    description: 'Description',
    checked: 'Checked',
    sources: 'Sources',
    undated: 'undated',
    undatedNote: (count: number) =>
      `${f.number(count)} undated ${count === 1 ? 'event' : 'events'} not shown in the chart (listed in the table).`,
  },
  /** The summary's parts (summary() puts them together). */
  sums: {
    none: 'No designations or court case events match this selection.',
    more: (count: number) => ` and ${f.number(count)} more`,
    orders: (count: number) =>
      `, ${f.number(count)} FinCEN ${count === 1 ? 'order against a financial institution' : 'orders against financial institutions'}`,
    kinds: (designations: number, orders: string, cases: number) =>
      `${f.number(designations)} ${designations === 1 ? 'designation' : 'designations'}${orders} and ${f.number(cases)} court case ${cases === 1 ? 'event' : 'events'}`,
    span: (first: string, last: string) => ` from ${f.date(first)} to ${f.date(last)}`,
    rows: (rows: number) => `on ${f.number(rows)} organization ${rows === 1 ? 'row' : 'rows'}`,
    latest: (date: string, events: string, more: string) => ` Latest, ${f.date(date)}: ${events}${more}.`,
    confirmed: (confirmed: number, total: number) =>
      ` ${f.number(confirmed)} of ${f.number(total)} are confirmed by an official primary source.`,
  },
});

const es: typeof en = (f) => ({
  individuals: (when, kingpin) => (kingpin ? `Personas, Ley Kingpin${when}` : `Personas designadas${when}`),
  groups: {
    'terrorism-designation': 'Designación: terrorismo (FTO, SDGT)',
    'sanctions-designation': 'Designación: sanciones por drogas o crimen (Ley Kingpin, TCO, Orden Ejecutiva 14059)',
    'financial-measure': 'Orden contra una institución financiera (FinCEN)',
    charge: 'Caso: cargos (acusación, demanda)',
    custody: 'Caso: custodia (detención, extradición, traslado)',
    resolution: 'Caso: declaración, condena, sentencia, desestimación',
    appeal: 'Caso: fallo de apelación',
    'other-case': 'Caso: otro evento judicial',
  },
  kinds: { designation: 'Designación', case: 'Evento judicial', order: 'Orden de FinCEN (institución financiera)' },
  checks: {
    confirmed: 'confirmado por una fuente primaria oficial',
    contradicted: 'contradicho por una fuente primaria oficial',
    not_found: 'no confirmado',
  },
  chart: {
    description: 'Línea de tiempo: designaciones de EE. UU. y eventos judiciales por organización. Cada símbolo enlaza con su fuente.',
    dateAxis: 'Fecha',
    organizationAxis: 'Organización',
    groupLegend: 'Tipo de evento',
    tooltip: {
      event: 'Parte o caso',
      organization: 'Organización (como figura)',
      type: 'Tipo',
      date: 'Fecha',
      authority: 'Autoridad o tribunal',
      checked: 'Verificación',
      source: 'Fuente',
    },
    noCourt: 'no consta',
  },
  table: {
    label: 'Designaciones y eventos judiciales contra carteles, por organización',
    date: 'Fecha',
    organization: 'Organización',
    kind: 'Clase',
    type: 'Tipo',
    description: 'Descripción',
    checked: 'Verificación',
    sources: 'Fuentes',
    undated: 'sin fecha',
    undatedNote: (count) =>
      `${f.number(count)} ${count === 1 ? 'evento sin fecha no se muestra' : 'eventos sin fecha no se muestran'} en el gráfico (figuran en la tabla).`,
  },
  sums: {
    none: 'Ninguna designación ni evento judicial coincide con esta selección.',
    more: (count) => ` y ${f.number(count)} más`,
    orders: (count) =>
      `, ${f.number(count)} ${count === 1 ? 'orden de FinCEN contra una institución financiera' : 'órdenes de FinCEN contra instituciones financieras'}`,
    kinds: (designations, orders, cases) =>
      `${f.number(designations)} ${designations === 1 ? 'designación' : 'designaciones'}${orders} y ${f.number(cases)} ${cases === 1 ? 'evento judicial' : 'eventos judiciales'}`,
    span: (first, last) => ` entre el ${f.date(first)} y el ${f.date(last)}`,
    rows: (rows) => `en ${f.number(rows)} ${rows === 1 ? 'fila' : 'filas'} de organización`,
    latest: (date, events, more) => ` El más reciente, el ${f.date(date)}: ${events}${more}.`,
    confirmed: (confirmed, total) => ` ${f.number(confirmed)} de ${f.number(total)} están confirmados por una fuente primaria oficial.`,
  },
});

/** The catalogues, for the test that holds every key to a use (test/node/i18n-catalogues.test.ts). */
export const TIMELINE_MESSAGES = { en, es } as const;

type TimelineMessages = ReturnType<typeof en>;

export function typeLabel(lang: Lang, type: TimelineType): string {
  return DESIGNATION_TYPE_SET.has(type)
    ? designationTypeName(lang, type as DesignationType, { form: 'long', capital: true })
    : eventTypeLabel(lang, type as Exclude<TimelineType, DesignationType>);
}

/** Row name of designated individuals: the field `partyKind` says who they are, the data says when. */
export function timelineNaming(lang: Lang): TimelineNaming {
  const m = messages(TIMELINE_MESSAGES, lang);
  return {
    individuals: (years, types) => {
      // A span, not a list: a comma would split the name in the comma-separated `organizations` attribute.
      const when = years.length ? ` (${years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0]})` : '';
      return m.individuals(when, types.length === 1 && types[0] === 'SDNTK');
    },
    organization: (org) => organizationName(org, lang),
  };
}

export function timelineLabels(lang: Lang): TimelineLabels {
  const m = messages(TIMELINE_MESSAGES, lang);
  return {
    ...m.chart,
    kinds: m.kinds,
    groups: m.groups,
    type: (type) => typeLabel(lang, type),
    checked: m.checks,
    date: (date) => formats(lang).date(date),
  };
}

export function timelineText(lang: Lang) {
  const m = messages(TIMELINE_MESSAGES, lang);
  return { ...m.table, summary: (events: readonly TimelineEvent[]) => summary(lang, m.sums, events) };
}

/** Counts distinct events (a case on three organization rows is one event), not marks. */
function summary(lang: Lang, sums: TimelineMessages['sums'], events: readonly TimelineEvent[]): string {
  if (events.length === 0) return sums.none;
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
  const more = latest.length > 3 ? sums.more(latest.length - 3) : '';
  // FinCEN orders name banks, not groups: counted apart, and only when shown.
  const kinds = sums.kinds(designations, orders ? sums.orders(orders) : '', cases);
  const span = first && last ? sums.span(first.date!, last.date!) : '';
  const latestSentence = last ? sums.latest(last.date!, latestText, more) : '';
  return `${kinds}${span}, ${sums.rows(rows)}.${latestSentence}${sums.confirmed(confirmed, distinct.length)}`;
}
