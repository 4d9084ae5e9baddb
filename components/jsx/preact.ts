/**
 * Preact: `<fpk-trend jurisdictions="US,OH" theme="dark" onfpk-ready={(e) => e.detail.rows}>` is
 * checked against the element's attributes and events. Turn it on once per project:
 * `import 'fentanyl-policy-kit/jsx/preact';` (an empty module) or, types only,
 * `/// <reference types="fentanyl-policy-kit/jsx/preact" />`.
 *
 * Events are `on` + the event's name (`onfpk-ready`, `onfpk-select` …): Preact listens to the
 * name as written after `on` when it is not a DOM event, so `onFpkReady` would wait for an event
 * called `FpkReady`. Attributes are the HTML names (`src-date`, `dataset`): Preact sets a
 * property where the element has one and an attribute otherwise, and the element reads both.
 */
import type { JSX } from 'preact';
import type { ElementEvent, FpkEventMap } from '../shared/events.js';
import type { FpkAttributes, FpkTag } from './index.js';

type PreactEvents<T extends FpkTag> = { [N in ElementEvent<T> as `on${N}`]?: (event: FpkEventMap[N]) => void };

/** Preact's own props of any element (class, style, ref, key …), with the element's attributes in place of HTML's same-named ones (`lang`). */
export type PreactFpkElement<T extends FpkTag> = Omit<JSX.HTMLAttributes<HTMLElement>, keyof FpkAttributes<T>> &
  FpkAttributes<T> &
  PreactEvents<T>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact's JSX types are a namespace; augmenting needs one
  namespace JSX {
    interface IntrinsicElements {
      'fpk-trend': PreactFpkElement<'fpk-trend'>;
      'fpk-compare': PreactFpkElement<'fpk-compare'>;
      'fpk-map': PreactFpkElement<'fpk-map'>;
      'fpk-timeline': PreactFpkElement<'fpk-timeline'>;
      'fpk-cases': PreactFpkElement<'fpk-cases'>;
      'fpk-chart': PreactFpkElement<'fpk-chart'>;
    }
  }
}
