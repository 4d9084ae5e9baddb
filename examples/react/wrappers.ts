/**
 * Typed React wrappers for the five elements, made with @lit/react. React then sets each prop
 * as the element's property (so `jurisdictions`, `heading`, `loading` … are type-checked against
 * the element class) and turns the elements' events into `onFpk…` props with typed details.
 *
 * Note the one rename: the `dataset` attribute is the `datasetName` property, because
 * `HTMLElement.dataset` is the element's data-* map.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { FpkTrend } from '../../components/fpk-trend/define.js';
import { FpkCompare } from '../../components/fpk-compare/define.js';
import { FpkMap } from '../../components/fpk-map/define.js';
import { FpkTimeline } from '../../components/fpk-timeline/define.js';
import { FpkCases } from '../../components/fpk-cases/define.js';
import type { FpkDownloadDetail, FpkErrorDetail, FpkReadyDetail, FpkSelectDetail } from '../../components/shared/events.js';

const events = {
  onFpkReady: 'fpk-ready' as EventName<CustomEvent<FpkReadyDetail>>,
  onFpkError: 'fpk-error' as EventName<CustomEvent<FpkErrorDetail>>,
  onFpkSelect: 'fpk-select' as EventName<CustomEvent<FpkSelectDetail>>,
  onFpkDownload: 'fpk-download' as EventName<CustomEvent<FpkDownloadDetail>>,
};

export const Trend = createComponent({ react: React, tagName: 'fpk-trend', elementClass: FpkTrend, events, displayName: 'FpkTrend' });
export const Compare = createComponent({
  react: React,
  tagName: 'fpk-compare',
  elementClass: FpkCompare,
  events,
  displayName: 'FpkCompare',
});
export const StateMap = createComponent({ react: React, tagName: 'fpk-map', elementClass: FpkMap, events, displayName: 'FpkMap' });
export const Timeline = createComponent({
  react: React,
  tagName: 'fpk-timeline',
  elementClass: FpkTimeline,
  events,
  displayName: 'FpkTimeline',
});
export const Cases = createComponent({ react: React, tagName: 'fpk-cases', elementClass: FpkCases, events, displayName: 'FpkCases' });
