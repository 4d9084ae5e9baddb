/**
 * The timeline's Vega spec (`timelineSpec`): the events of src/specs/timeline-events.ts as marks
 * on one row per organization, spread into lanes where they crowd, with a time axis that ticks by
 * year or month, and a narrow layout that puts row names above their rows. Pure, no DOM: the
 * element and the static renderer share it.
 */
import type { CheckStatus } from '../dataset-schemas/cases.js';
import {
  byDate,
  KIND_OF_GROUP,
  TIMELINE_GROUPS,
  timelineOrganizations,
  type TimelineEvent,
  type TimelineGroup,
  type TimelineKind,
  type TimelineType,
} from './timeline-events.js';
import { chartFrame, field, str, tooltipSignal, type VegaSpec } from './vega.js';
import { safeURL } from '../safe-url.js';

/** Each kind's mark shape: a designation a diamond, a court case event a circle, an order a square. */
const SHAPE_OF: Record<TimelineKind, 'diamond' | 'circle' | 'square'> = { designation: 'diamond', case: 'circle', order: 'square' };

export interface TimelineLabels {
  /** Accessible description of the chart. */
  readonly description: string;
  readonly dateAxis: string;
  readonly organizationAxis: string;
  readonly groupLegend: string;
  readonly kinds: Readonly<Record<TimelineKind, string>>;
  readonly groups: Readonly<Record<TimelineGroup, string>>;
  readonly type: (type: TimelineType) => string;
  readonly checked: Readonly<Record<CheckStatus, string>>;
  /** A YYYY-MM-DD date as the reader's language writes it. */
  readonly date: (date: string) => string;
  readonly tooltip: {
    readonly event: string;
    readonly organization: string;
    readonly type: string;
    readonly date: string;
    readonly authority: string;
    readonly checked: string;
    readonly source: string;
  };
  /** Tooltip text for a case that names no court. */
  readonly noCourt: string;
}

export interface TimelineSpecOptions {
  readonly labels: TimelineLabels;
  /** YYYY-MM: the axis starts at the first day of `from` and ends on the last day of `to`. */
  readonly from?: string;
  readonly to?: string;
}

/** Marks closer than this share of the axis get separate lanes within their row. */
const LANE_GAP = 0.018;
/** More lanes would make every row tall; the fourth mark in a crowd overlaps the first. */
const MAX_LANES = 3;
const LANE_PX = 9;

/**
 * Below this plot width (a phone column) the row names move above their rows and the plot takes
 * the whole width: beside the rows, names took 60 % of a 375 px element and left the events a
 * 110 px strip. The row names are text marks inside the chart, not an axis, so the plot's width
 * is the same quantity in both layouts and the choice cannot flip back and forth as vega fits it.
 */
export const TIMELINE_NARROW_BELOW = 560;
/** Height of a row name above its row in the narrow layout. */
const ROW_NAME_PX = 14;
/** The widest the row names may be beside the rows, and their share of the chart at most. */
const ROW_NAME_MAX_PX = 280;
const ROW_NAME_MAX_SHARE = 0.35;
/** Room for the vertical "Organization" title left of the row names. */
const ROW_TITLE_PX = 16;
/** Marks at the first and last day stay inside the plot frame, not on its border. */
const EDGE_PX = 8;
/** Least distance between tick labels: a year ("2025"), a month ("2025-03"). */
const YEAR_TICK_PX = 44;
const MONTH_TICK_PX = 60;
/** A row name's width estimated from its length (10 px labels); vega cuts a longer one with "…". */
const CHAR_PX = 5.6;

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

function monthStart(month: string): string {
  return `${month}-01`;
}

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * Lane per dated event: the lowest lane whose last mark in the row is far enough left. In a crowd
 * (every lane busy, at the cap) the lanes take turns, so marks on one day spread over all of them.
 */
function lanes(dated: readonly TimelineEvent[], gapDays: number): number[] {
  const rows = new Map<string, { last: number[]; count: number }>();
  return dated.map((e) => {
    const day = dayOf(e.date!);
    const row = rows.get(e.organization) ?? { last: [], count: 0 };
    rows.set(e.organization, row);
    let lane = row.last.findIndex((d) => day - d >= gapDays);
    if (lane < 0) lane = row.last.length < MAX_LANES ? row.last.length : row.count % MAX_LANES;
    row.last[lane] = day;
    row.count++;
    return lane;
  });
}

/** Lane 0 in the middle of the row, odd lanes above it, even lanes below. */
function laneOrder(count: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  return [...all.filter((i) => i % 2 === 1).reverse(), ...all.filter((i) => i % 2 === 0)];
}

/**
 * Years on a long axis; ISO months ("2025-03") on a short one, which read the same in English and
 * Spanish (vega's month names would be English only). The step follows the plot's width (a vega
 * signal, so one spec serves a phone and a desktop): the smallest step whose labels keep
 * `TICK_PX` apart, so they never run together and never thin out to the first and last year.
 */
function timeTicks(spanDays: number): { format: string; tickCount: { signal: string } } {
  const years = spanDays / 365.25;
  const long = years >= 4;
  const [interval, count, steps, px] = long
    ? (['year', years, [1, 2, 5, 10, 20], YEAR_TICK_PX] as const)
    : (['month', spanDays / 30.44, [1, 3, 6, 12], MONTH_TICK_PX] as const);
  const pick = (i: number): string => {
    const step = steps[i]!;
    const tick = `{interval: ${str(interval)}, step: ${step}}`;
    return i === steps.length - 1 ? tick : `plotWidth >= ${Math.ceil((count / step) * px)} ? ${tick} : ${pick(i + 1)}`;
  };
  return { format: long ? '%Y' : '%Y-%m', tickCount: { signal: pick(0) } };
}

/** A YYYY-MM-DD date as a UTC timestamp (ms), what the x scale reads. */
const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * One symbol per dated event: x = date, y = organization row, shape = kind, colour = type group.
 * Undated events are not in the spec (the element lists them). Each mark links to its source
 * (`href`: the first official text, else the first source). A Vega spec with its data inline and
 * no data transforms: rows, lanes, the axis range and the tick interval are worked out here.
 */
export function timelineSpec(events: readonly TimelineEvent[], options: TimelineSpecOptions): VegaSpec {
  const { labels, from, to } = options;
  const dated = events.filter((e) => e.date !== null).sort(byDate);
  const organizations = timelineOrganizations(dated);
  const start = from ? monthStart(from) : dated[0]?.date;
  const end = to ? monthEnd(to) : dated[dated.length - 1]?.date;
  const span = start && end ? Math.max(1, dayOf(end) - dayOf(start)) : 1;
  const laneOf = lanes(dated, span * LANE_GAP);
  const laneCount = Math.max(1, ...laneOf.map((l) => l + 1));
  const groupDomain = TIMELINE_GROUPS.map((g) => labels.groups[g]);
  const values = dated.map((e, i) => ({
    id: e.eventId,
    date: e.date,
    time: timeOf(e.date!),
    dateLabel: labels.date(e.date!),
    organization: e.organization,
    organizationAsWritten: e.organizationAsWritten,
    title: e.title,
    group: labels.groups[e.group],
    type: labels.type(e.type),
    authority: e.authority ?? labels.noCourt,
    checked: labels.checked[e.checked],
    url: safeURL(e.links[0]?.url) ?? null,
    lane: laneOf[i]!,
  }));
  const ranged = !!(from || to);
  const { format, tickCount } = timeTicks(span);
  const rowStep = Math.max(24, laneCount * LANE_PX + 12);
  const rows = Math.max(1, organizations.length);
  const rowNameWidth = Math.min(ROW_NAME_MAX_PX, Math.ceil(Math.max(0, ...organizations.map((o) => o.length)) * CHAR_PX) + 8);
  const marks = {
    name: 'events_marks',
    type: 'symbol',
    // The SVG is one labelled image; the table view, not per-mark ARIA, is the accessible path to each event.
    aria: false,
    from: { data: 'events' },
    encode: {
      update: {
        x: { scale: 'x', field: 'time' },
        y: { scale: 'y', field: 'organization', offset: { scale: 'yOffset', field: 'lane' } },
        shape: { scale: 'shape', field: 'group' },
        fill: { scale: 'color', field: 'group' },
        size: { value: 64 },
        opacity: { value: 0.9 },
        href: { field: 'url' },
        cursor: { value: 'pointer' },
        tooltip: tooltipSignal([
          [labels.tooltip.event, field('title')],
          [labels.tooltip.organization, field('organizationAsWritten')],
          [labels.tooltip.type, field('type')],
          [labels.tooltip.date, field('dateLabel')],
          [labels.tooltip.authority, field('authority')],
          [labels.tooltip.checked, field('checked')],
          [labels.tooltip.source, field('url')],
        ]),
      },
    },
  } as const;
  return {
    ...chartFrame(labels.description, rows * rowStep),
    signals: [
      // `width` is the whole chart's (vega fits it to the container); the plot is what the row names leave.
      { name: 'narrow', update: `width < ${TIMELINE_NARROW_BELOW}` },
      { name: 'rowNameWidth', update: `narrow ? 0 : min(${rowNameWidth}, round(width * ${ROW_NAME_MAX_SHARE}))` },
      { name: 'plotLeft', update: `narrow ? 0 : rowNameWidth + ${ROW_TITLE_PX}` },
      { name: 'plotWidth', update: 'max(1, width - plotLeft)' },
      // Rows × row step: every row is tall enough for its lanes, and in the narrow layout for its name above them.
      { name: 'height', update: `narrow ? ${rows * (rowStep + ROW_NAME_PX)} : ${rows * rowStep}` },
    ],
    data: [
      { name: 'events', values },
      { name: 'rows', values: organizations.map((organization) => ({ organization })) },
    ],
    scales: [
      {
        name: 'x',
        type: 'utc',
        // An asked-for range is the axis exactly (padding would add ticks outside it); otherwise whole years.
        domain: start && end ? [timeOf(start), timeOf(end)] : [],
        range: [EDGE_PX, { signal: `plotWidth - ${EDGE_PX}` }],
        ...(ranged ? { nice: false } : ({ nice: 'year' } as const)),
      },
      { name: 'y', type: 'band', domain: organizations, range: [0, { signal: 'height' }], paddingInner: 0.2, paddingOuter: 0.2 },
      // Lane 0 in the middle of the row, odd lanes above it, even lanes below; in the narrow layout under the row's name.
      {
        name: 'yOffset',
        type: 'point',
        domain: laneOrder(laneCount),
        range: [{ signal: `narrow ? ${ROW_NAME_PX} : 0` }, { signal: "bandwidth('y')" }],
        paddingOuter: 0.5,
      },
      // The domain lists every group so a group keeps its colour whatever the filters; the legend shows those drawn.
      { name: 'color', type: 'ordinal', domain: groupDomain, range: 'category' },
      // Shape by kind, through the group (each group belongs to one kind), so colour and shape share one legend.
      { name: 'shape', type: 'ordinal', domain: groupDomain, range: TIMELINE_GROUPS.map((g) => SHAPE_OF[KIND_OF_GROUP[g]]) },
    ],
    legends: [
      {
        fill: 'color',
        shape: 'shape',
        title: labels.groupLegend,
        values: TIMELINE_GROUPS.filter((g) => dated.some((e) => e.group === g)).map((g) => labels.groups[g]),
        symbolType: 'circle',
        orient: 'bottom',
        direction: 'vertical',
        // One column, as wide as the chart: a long group name ends in "…" only if it is wider than the whole chart.
        columns: 1,
        labelLimit: { signal: 'max(80, min(400, width - 20))' },
        encode: { symbols: { update: { opacity: { value: 0.9 } } } },
      },
    ],
    marks: [
      {
        // Row names: right-aligned beside the plot, or above their row in the narrow layout.
        name: 'row_names',
        type: 'text',
        aria: false,
        from: { data: 'rows' },
        encode: {
          update: {
            text: { field: 'organization' },
            x: { signal: `narrow ? 0 : rowNameWidth + ${ROW_TITLE_PX - 4}` },
            y: { signal: `scale('y', datum.organization) + (narrow ? 0 : bandwidth('y') / 2)` },
            align: { signal: "narrow ? 'left' : 'right'" },
            baseline: { signal: "narrow ? 'top' : 'middle'" },
            fontSize: { value: 10 },
            fontWeight: { signal: "narrow ? 'bold' : 'normal'" },
            limit: { signal: `narrow ? width : rowNameWidth` },
          },
        },
      },
      {
        name: 'row_title',
        type: 'text',
        aria: false,
        encode: {
          update: {
            text: { signal: `narrow ? '' : ${str(labels.organizationAxis)}` },
            x: { value: 0 },
            y: { signal: 'height / 2' },
            angle: { value: -90 },
            align: { value: 'center' },
            baseline: { value: 'top' },
            fontSize: { value: 11 },
            fontWeight: { value: 'bold' },
          },
        },
      },
      {
        // The plot: its frame (config.style.cell), the date axis and the events.
        name: 'plot',
        type: 'group',
        style: 'cell',
        encode: { update: { x: { signal: 'plotLeft' }, width: { signal: 'plotWidth' }, height: { signal: 'height' } } },
        axes: [
          {
            scale: 'x',
            orient: 'bottom',
            title: labels.dateAxis,
            // Years on a long axis, ISO months on a short one (the same in English and Spanish); as many as the width holds.
            format,
            tickCount,
            labelOverlap: true,
            labelFlush: true,
            grid: true,
            gridScale: 'y',
            zindex: 0,
          },
        ],
        marks: [marks],
      },
    ],
  };
}
