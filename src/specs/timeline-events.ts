/**
 * What the timeline draws, from the datasets: designations and court case events as marks on
 * organization rows (`timelineEvents`), their filters (`filterTimeline`) and the rows in chart
 * order (`timelineOrganizations`). Pure functions, no DOM; src/specs/timeline.ts draws them.
 *
 * Rows are organizations of the `organizations` dataset, joined by id
 * (`designations.organizationId`, `cases.organizationIds`) and named by its display name in the
 * reader's language, so a group is one row under one name whatever the records write ("Cartel de
 * Sinaloa", "Sinaloa Cartel (Chapitos faction)"). The name a record writes stays visible as
 * `organizationAsWritten`.
 */
import type { CaseEvent, CaseEventType, CheckStatus } from '../dataset-schemas/cases.js';
import { CASE_EVENT_TYPES, courtText } from '../dataset-schemas/cases.js';
import type { Designation, DesignationType } from '../dataset-schemas/designations.js';
import { DESIGNATION_TYPES } from '../dataset-schemas/designations.js';
import type { Organization } from '../dataset-schemas/organizations.js';
import type { SourceLink } from '../dataset-schemas/sources.js';

/**
 * What a mark is: a designation of a party (FTO, SDGT, Kingpin, TCO, E.O. 14059), a court case
 * event, or an order against a financial institution (FinCEN section 2313a): a bank is named in
 * an order, it is not designated as a criminal group, so it is neither counted nor drawn as one.
 */
export const TIMELINE_KINDS = ['designation', 'case', 'order'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Every type the `types` filter accepts: designation program tags, then case event types. */
export const TIMELINE_TYPES = [...DESIGNATION_TYPES, ...CASE_EVENT_TYPES] as const;
export type TimelineType = DesignationType | CaseEventType;

/**
 * Colour groups, in legend order. Terrorism designations are the counterterrorism authorities
 * (FTO: INA §219; SDGT: E.O. 13224); the other three are drug-trafficking and organized-crime
 * sanctions programs (Kingpin Act, E.O. 13581, E.O. 14059).
 */
// financial-measure comes last so the colours of the older groups (an ordinal 'category' range over this order) stay as they were.
export const TIMELINE_GROUPS = [
  'terrorism-designation',
  'sanctions-designation',
  'charge',
  'custody',
  'resolution',
  'appeal',
  'other-case',
  'financial-measure',
] as const;
export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];

const GROUP_OF: Record<TimelineType, TimelineGroup> = {
  FTO: 'terrorism-designation',
  SDGT: 'terrorism-designation',
  SDNTK: 'sanctions-designation',
  TCO: 'sanctions-designation',
  'ILLICIT-DRUGS-EO14059': 'sanctions-designation',
  // An order against a bank, not a designation of a group: its own colour and legend entry.
  'FinCEN-2313a': 'financial-measure',
  indictment: 'charge',
  complaint: 'charge',
  arrest: 'custody',
  extradition: 'custody',
  transfer: 'custody',
  plea: 'resolution',
  conviction: 'resolution',
  sentence: 'resolution',
  dismissal: 'resolution',
  appellate_ruling: 'appeal',
  other: 'other-case',
};

export const KIND_OF_GROUP: Record<TimelineGroup, TimelineKind> = {
  'terrorism-designation': 'designation',
  'sanctions-designation': 'designation',
  'financial-measure': 'order',
  charge: 'case',
  custody: 'case',
  resolution: 'case',
  appeal: 'case',
  'other-case': 'case',
};

/** Designations under a counterterrorism authority count as terrorism-related (`terrorism="only"`). */
export const TERRORISM_DESIGNATION_TYPES: readonly DesignationType[] = ['FTO', 'SDGT'];

/** A link of an event: the record's classified source (src/dataset-schemas/sources.ts), in reading order. */
export type TimelineLink = SourceLink;

/** One mark: an event on one organization's row. A case naming several organizations has one per row. */
export interface TimelineEvent {
  /** `id` of the designation or case event. */
  readonly eventId: string;
  readonly kind: TimelineKind;
  readonly type: TimelineType;
  readonly group: TimelineGroup;
  /** YYYY-MM-DD; null = undated in the source (listed, not placed). */
  readonly date: string | null;
  /** The row: the organization's display name, or the individuals' group. */
  readonly organization: string;
  /** `organizations.id` of the row; null for the individuals' group. */
  readonly organizationId: string | null;
  /** The name as the record writes it (party, or the case's organization entry). */
  readonly organizationAsWritten: string;
  /** Designated party, or case caption. */
  readonly title: string;
  /** Legal authority (designations) or court(s) (cases); null when the case names no court. */
  readonly authority: string | null;
  /** Designation: party, authority and Federal Register citation; case: caption, courts and outcome. */
  readonly description: string;
  readonly checked: CheckStatus;
  readonly terrorismRelated: boolean;
  /** The record's links in reading order: official texts first, then named publishers, copies, other sites; no URL twice. */
  readonly links: readonly TimelineLink[];
}

export interface TimelineNaming {
  /**
   * Row name for designated individuals (`partyKind: 'individual'`), given the years and types of
   * their designations, e.g. "Kingpin Act individuals (2000)".
   */
  readonly individuals: (years: readonly string[], types: readonly DesignationType[]) => string;
  /** Row name of an organization: its display name in the reader's language. */
  readonly organization: (org: Organization) => string;
}

/** Designations and case events as marks on organization rows, dated first by date, undated last. */
export function timelineEvents(
  designations: readonly Designation[],
  cases: readonly CaseEvent[],
  organizations: readonly Organization[],
  naming: TimelineNaming,
): TimelineEvent[] {
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const nameOf = (id: string): string => {
    const org = byId.get(id);
    if (!org) throw new Error(`organization "${id}" is not in the organizations dataset`);
    return naming.organization(org);
  };
  const individuals = designations.filter((d) => d.partyKind === 'individual');
  const years = [...new Set(individuals.map((d) => d.date?.slice(0, 4)).filter((y): y is string => !!y))].sort();
  const individualTypes = [...new Set(individuals.map((d) => d.type))].sort();
  const individualsRow = individuals.length ? naming.individuals(years, individualTypes) : '';
  const events: TimelineEvent[] = designations.map((d) => ({
    eventId: d.id,
    kind: KIND_OF_GROUP[GROUP_OF[d.type]],
    type: d.type,
    group: GROUP_OF[d.type],
    date: d.date,
    organization: d.organizationId ? nameOf(d.organizationId) : individualsRow,
    organizationId: d.organizationId,
    organizationAsWritten: d.party,
    title: d.party,
    authority: d.authority,
    description: [d.party, d.authority, d.federalRegister].filter(Boolean).join('; '),
    checked: d.checked,
    terrorismRelated: TERRORISM_DESIGNATION_TYPES.includes(d.type),
    links: d.links,
  }));
  for (const c of cases) {
    // organizationIds[i] is the organization organizations[i] names; two names of one organization make one mark.
    const written = new Map<string, string[]>();
    c.organizationIds.forEach((id, i) => written.set(id, [...(written.get(id) ?? []), c.organizations[i]!]));
    const courts = courtText(c);
    for (const id of written.keys()) {
      events.push({
        eventId: c.id,
        kind: 'case',
        type: c.eventType,
        group: GROUP_OF[c.eventType],
        date: c.date,
        organization: nameOf(id),
        organizationId: id,
        organizationAsWritten: written.get(id)!.join('; '),
        title: c.caseName,
        authority: courts,
        description: `${c.caseName}${courts ? ` (${courts})` : ''}: ${c.outcome}`,
        checked: c.checked,
        terrorismRelated: c.terrorismRelated,
        links: c.links,
      });
    }
  }
  return events.sort(byDate);
}

/** Dated events by date (undated last), then by row, kind and id: the order marks and table rows keep. */
export function byDate(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  return a.organization.localeCompare(b.organization, 'en') || a.kind.localeCompare(b.kind) || a.eventId.localeCompare(b.eventId);
}

export interface TimelineFilter {
  readonly kinds?: readonly TimelineKind[];
  /** Keep only these types (designation tags and case event types together). */
  readonly types?: readonly TimelineType[];
  readonly terrorismOnly?: boolean;
  /** Row names to keep. */
  readonly organizations?: readonly string[];
  /** YYYY-MM, inclusive. With a bound, undated events drop out (as in the SDK's from/to). */
  readonly from?: string;
  readonly to?: string;
}

export function filterTimeline(events: readonly TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  const { kinds, types, terrorismOnly, organizations, from, to } = filter;
  return events.filter(
    (e) =>
      (!kinds?.length || kinds.includes(e.kind)) &&
      (!types?.length || types.includes(e.type)) &&
      (!terrorismOnly || e.terrorismRelated) &&
      (!organizations?.length || organizations.includes(e.organization)) &&
      (!(from || to) || (e.date !== null && (!from || e.date.slice(0, 7) >= from) && (!to || e.date.slice(0, 7) <= to))),
  );
}

/** Row names in chart order: by first dated event, then by name. Rows with no dated event are left out. */
export function timelineOrganizations(events: readonly TimelineEvent[]): string[] {
  const first = new Map<string, string>();
  for (const e of events) {
    if (e.date && (!first.has(e.organization) || e.date < first.get(e.organization)!)) first.set(e.organization, e.date);
  }
  return [...first.keys()].sort((a, b) => first.get(a)!.localeCompare(first.get(b)!) || a.localeCompare(b, 'en'));
}
