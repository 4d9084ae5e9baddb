/**
 * `fentanyl-policy-kit/react`: the six elements as React components, made with `@lit/react`
 * (an optional peer dependency, with `react`). Importing this module registers the elements.
 *
 * Props are the elements' properties, type-checked against the element classes (`jurisdictions`,
 * `heading`, `theme: 'auto' | 'light' | 'dark'` …), and the events an element fires are
 * `onFpk…` props whose `event.detail` is typed (`onFpkReady`, `onFpkError`, `onFpkSelect`,
 * `onFpkDownload`; `onFpkChange` on the elements that will take reader controls).
 *
 * One rename: the `dataset` attribute is the `datasetName` prop, because `HTMLElement.dataset`
 * is the element's data-* map. Attributes with a dash are camelCase props (`src-date` →
 * `srcDate`, `event-types` → `eventTypes`), as on the element classes.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { FpkTrend as FpkTrendElement } from '../fpk-trend/define.js';
import { FpkCompare as FpkCompareElement } from '../fpk-compare/define.js';
import { FpkMap as FpkMapElement } from '../fpk-map/define.js';
import { FpkTimeline as FpkTimelineElement } from '../fpk-timeline/define.js';
import { FpkCases as FpkCasesElement } from '../fpk-cases/define.js';
import { FpkChart as FpkChartElement } from '../fpk-chart/define.js';
import { ELEMENT_EVENTS, eventProp, type ElementEvent, type EventProp, type FpkEventMap } from '../shared/events.js';

export type {
  FpkChangeAttribute,
  FpkChangeDetail,
  FpkDownloadDetail,
  FpkErrorDetail,
  FpkReadyDetail,
  FpkSelectDetail,
} from '../shared/events.js';

type Tag = keyof typeof ELEMENT_EVENTS;

/**
 * The `onFpk…` props of `<tag>`: the events it fires (ELEMENT_EVENTS, the elements' @fires), no
 * more, so an `onFpkSelect` on <FpkTrend>, which would never be called, does not compile.
 */
function events<T extends Tag>(tag: T): { [N in ElementEvent<T> as EventProp<N>]: EventName<FpkEventMap[N]> } {
  return Object.fromEntries(ELEMENT_EVENTS[tag].map((name) => [eventProp(name), name])) as never;
}

export const FpkTrend = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-trend',
  elementClass: FpkTrendElement,
  events: /* @__PURE__ */ events('fpk-trend'),
  displayName: 'FpkTrend',
});
export const FpkCompare = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-compare',
  elementClass: FpkCompareElement,
  events: /* @__PURE__ */ events('fpk-compare'),
  displayName: 'FpkCompare',
});
export const FpkMap = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-map',
  elementClass: FpkMapElement,
  events: /* @__PURE__ */ events('fpk-map'),
  displayName: 'FpkMap',
});
export const FpkTimeline = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-timeline',
  elementClass: FpkTimelineElement,
  events: /* @__PURE__ */ events('fpk-timeline'),
  displayName: 'FpkTimeline',
});
export const FpkCases = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-cases',
  elementClass: FpkCasesElement,
  events: /* @__PURE__ */ events('fpk-cases'),
  displayName: 'FpkCases',
});

export const FpkChart = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-chart',
  elementClass: FpkChartElement,
  events: /* @__PURE__ */ events('fpk-chart'),
  displayName: 'FpkChart',
});

/** The props of a wrapper, e.g. `FpkProps<typeof FpkTrend>` for a component that passes them on. */
export type FpkProps<C extends React.ElementType> = React.ComponentProps<C>;
