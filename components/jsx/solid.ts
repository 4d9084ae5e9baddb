/**
 * Solid: `<fpk-trend jurisdictions="US,OH" theme="dark" on:fpk-ready={(e) => e.detail.rows}>` is
 * checked against the element's attributes and events. Turn it on once per project:
 * `import 'fentanyl-policy-kit/jsx/solid';` (an empty module) or, types only,
 * `/// <reference types="fentanyl-policy-kit/jsx/solid" />`.
 *
 * Solid sets a custom element's attributes as properties (`src-date` → `srcDate`), which the
 * elements have, except `dataset`: the property of that name is HTMLElement's data-* map, and
 * assigning a string to it throws. Write `attr:dataset="seizures"` (an attribute), as typed here.
 * Events are `on:` + the event's name (`on:fpk-ready`): Solid's `on:` listens to exactly that
 * name, where `onFpkReady` would listen to `fpkready`.
 */
import type { JSX } from 'solid-js';
import type { FpkEventMap } from '../shared/events.js';
import type { FpkAttributes, FpkTag } from './index.js';

/** `dataset` only as `attr:dataset`, on the tags that take it. */
type SolidAttributes<T extends FpkTag> = Omit<FpkAttributes<T>, 'dataset'> &
  ('dataset' extends keyof FpkAttributes<T> ? { 'attr:dataset'?: FpkAttributes<T>['dataset' & keyof FpkAttributes<T>] } : unknown);

/** Solid's own props of any element (class, style, ref …), with the element's attributes in place of HTML's same-named ones (`lang`). */
export type SolidFpkElement<T extends FpkTag> = Omit<JSX.HTMLAttributes<HTMLElement>, keyof FpkAttributes<T>> & SolidAttributes<T>;

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Solid's JSX types are a namespace; augmenting needs one
  namespace JSX {
    interface IntrinsicElements {
      'fpk-trend': SolidFpkElement<'fpk-trend'>;
      'fpk-compare': SolidFpkElement<'fpk-compare'>;
      'fpk-map': SolidFpkElement<'fpk-map'>;
      'fpk-timeline': SolidFpkElement<'fpk-timeline'>;
      'fpk-cases': SolidFpkElement<'fpk-cases'>;
      'fpk-chart': SolidFpkElement<'fpk-chart'>;
    }
    // `on:fpk-ready` and the others, typed. Solid keeps one list of custom events for every
    // element, so `on:fpk-select` also type-checks on <fpk-trend>, which never fires it.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
    interface CustomEvents extends FpkEventMap {}
  }
}
