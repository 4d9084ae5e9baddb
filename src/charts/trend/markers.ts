/**
 * The trend's event markers: designations grouped by day, court case events by month, each with
 * what the accessible list under the chart and the tooltip say and the sources behind it.
 */
import type { CaseEvent } from '../../dataset-schemas/cases.js';
import type { Designation, DesignationType } from '../../dataset-schemas/designations.js';
import { organizationName, type Organization } from '../../dataset-schemas/organizations.js';
import { mergeLinks, type SourceLink } from '../../dataset-schemas/sources.js';
import { eventsInRange } from '../../query.js';
import { designationTypeName, eventTypeLabel } from '../../i18n/names.js';
import type { Lang } from '../../i18n/index.js';
import { trendText } from './text.js';

/** An event marker as the accessible list under the chart shows it. */
export interface MarkerInfo {
  /** Where the marker sits (YYYY-MM-DD). */
  readonly date: string;
  /** The date, or the span of dates a grouped marker stands for, in the reader's language. */
  readonly dateText: string;
  readonly kind: string;
  readonly label: string;
  /** What the list under the chart says before the parties, in the reader's language ("Indictment", "3 court case events"). */
  readonly lead: string;
  readonly parties: readonly string[];
  /** "en" where the parties exist only in English (case names), so the list marks them lang="en". */
  readonly partiesLang?: 'en';
  readonly types: readonly string[];
  /** The first links of its events' sources, in reading order (official first), for the tooltip. */
  readonly sources: readonly string[];
  /** Its events' links in reading order, classified (src/dataset-schemas/sources.ts), for the list under the chart. */
  readonly links: readonly SourceLink[];
  /** How many events it stands for, and how many of them an official text confirms. */
  readonly events: number;
  readonly confirmed: number;
}

/** The sources of a marker's events: links in reading order, the first three URLs for the tooltip, and the official-text count. */
function markerSources(group: readonly { readonly links: readonly SourceLink[]; readonly checked: string }[]) {
  const links = mergeLinks(group.map((r) => r.links));
  return {
    links,
    sources: links.slice(0, 3).map((l) => l.url),
    events: group.length,
    confirmed: group.filter((r) => r.checked === 'confirmed').length,
  };
}

function byDate<E extends { date: string | null }>(events: readonly E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const e of events) groups.set(e.date!, [...(groups.get(e.date!) ?? []), e]);
  return groups;
}

export function designationMarkers(
  rows: readonly Designation[],
  organizations: readonly Organization[],
  first: string,
  last: string,
  lang: Lang,
): MarkerInfo[] {
  const text = trendText(lang);
  // The organization's display name (one name per organization in every element); individuals by name.
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const partyName = (d: Designation) => {
    const org = d.organizationId ? byId.get(d.organizationId) : undefined;
    return org ? organizationName(org, lang) : d.party;
  };
  const { events } = eventsInRange(rows, { from: first, to: last });
  return [...byDate(events)].map(([date, group]) => {
    const counts = new Map<string, number>();
    for (const d of group) counts.set(d.type, (counts.get(d.type) ?? 0) + 1);
    return {
      date,
      dateText: text.formatDate(date),
      kind: text.markerKinds.designations,
      label: text.designationGroup([...counts]),
      lead: text.designationGroup([...counts]),
      parties: [...new Set(group.map(partyName))],
      types: [...counts.keys()].map((t) => designationTypeName(lang, t as DesignationType)),
      // Official texts first (reading order of src/dataset-schemas/sources.ts).
      ...markerSources(group),
    };
  });
}

/** Case events grouped by month: courts act often, and one marker a day would crowd the axis. */
export function caseMarkers(rows: readonly CaseEvent[], first: string, last: string, terrorismOnly: boolean, lang: Lang): MarkerInfo[] {
  const text = trendText(lang);
  // eventsInRange returns dated events only.
  const events = eventsInRange(terrorismOnly ? rows.filter((r) => r.terrorismRelated) : rows, { from: first, to: last })
    .events as (CaseEvent & { date: string })[];
  const byMonth = new Map<string, (CaseEvent & { date: string })[]>();
  for (const e of events) byMonth.set(e.date.slice(0, 7), [...(byMonth.get(e.date.slice(0, 7)) ?? []), e]);
  return [...byMonth.values()].map((group) => {
    const start = group[0]!.date;
    const end = group[group.length - 1]!.date;
    return {
      date: start,
      dateText: start === end ? text.formatDate(start) : `${text.formatDate(start)} – ${text.formatDate(end)}`,
      kind: text.markerKinds.cases(terrorismOnly),
      label: text.caseGroup(group.length, `${eventTypeLabel(lang, group[0]!.eventType)}: ${group[0]!.caseName}`),
      lead: group.length === 1 ? eventTypeLabel(lang, group[0]!.eventType) : text.caseGroup(group.length, ''),
      parties: [...new Set(group.map((c) => c.caseName))],
      partiesLang: 'en',
      types: [...new Set(group.map((c) => eventTypeLabel(lang, c.eventType)))],
      ...markerSources(group),
    };
  });
}
