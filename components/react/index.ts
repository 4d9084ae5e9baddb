/**
 * `fentanyl-policy-kit/react`: the five elements as React components, made with `@lit/react`
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
import type { FpkChangeDetail, FpkDownloadDetail, FpkErrorDetail, FpkReadyDetail, FpkSelectDetail } from '../shared/events.js';

export type {
  FpkChangeAttribute,
  FpkChangeDetail,
  FpkDownloadDetail,
  FpkErrorDetail,
  FpkReadyDetail,
  FpkSelectDetail,
} from '../shared/events.js';

// Every element fires these.
const common = {
  onFpkReady: 'fpk-ready' as EventName<CustomEvent<FpkReadyDetail>>,
  onFpkError: 'fpk-error' as EventName<CustomEvent<FpkErrorDetail>>,
  onFpkDownload: 'fpk-download' as EventName<CustomEvent<FpkDownloadDetail>>,
};
const onFpkSelect = 'fpk-select' as EventName<CustomEvent<FpkSelectDetail>>;
// Fired by reader controls (the `controls` attribute) on the three charts that take them.
const onFpkChange = 'fpk-change' as EventName<CustomEvent<FpkChangeDetail>>;

// Each wrapper offers the events its element fires (the elements' @fires), no more: an
// `onFpkSelect` on <FpkTrend> would never be called, so it does not compile.
export const FpkTrend = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-trend',
  elementClass: FpkTrendElement,
  events: { ...common, onFpkChange },
  displayName: 'FpkTrend',
});
export const FpkCompare = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-compare',
  elementClass: FpkCompareElement,
  events: { ...common, onFpkSelect, onFpkChange },
  displayName: 'FpkCompare',
});
export const FpkMap = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-map',
  elementClass: FpkMapElement,
  events: { ...common, onFpkSelect, onFpkChange },
  displayName: 'FpkMap',
});
export const FpkTimeline = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-timeline',
  elementClass: FpkTimelineElement,
  events: { ...common, onFpkSelect },
  displayName: 'FpkTimeline',
});
export const FpkCases = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'fpk-cases',
  elementClass: FpkCasesElement,
  events: { ...common, onFpkSelect },
  displayName: 'FpkCases',
});

/** The props of a wrapper, e.g. `FpkProps<typeof FpkTrend>` for a component that passes them on. */
export type FpkProps<C extends React.ElementType> = React.ComponentProps<C>;
