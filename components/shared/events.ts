/**
 * The elements' events: one prefix, typed details, always `bubbles` and `composed` so a host page
 * can listen on `document`. Dispatched through `emit` only.
 */
import type { FpkErrorCode } from '../../src/errors.js';

export type { FpkErrorCode };

export interface FpkErrorDetail {
  readonly code: FpkErrorCode;
  readonly message: string;
  /** The attribute at fault, when there is one. */
  readonly attribute?: string;
}

export interface FpkReadyDetail {
  /** How many rows are displayed (the same rows the table view and the CSV download hold). */
  readonly rowCount: number;
  /**
   * The same count as `rowCount`.
   * @deprecated A count under a name that reads like the rows themselves; use `rowCount`
   * (README "Events"). Kept so existing listeners keep working.
   */
  readonly rows: number;
  /** The generated one-paragraph summary. */
  readonly summary: string;
}

export interface FpkSelectDetail {
  /** The datum a reader selected (a table row or a chart mark). */
  readonly datum: Readonly<Record<string, unknown>>;
}

export type FpkDownloadFormat = 'csv' | 'json' | 'png' | 'svg' | 'cite';

export interface FpkDownloadDetail {
  readonly format: FpkDownloadFormat;
  readonly filename: string;
}

/** The attributes a reader's controls (the `controls` attribute) can change. */
export type FpkChangeAttribute = 'jurisdictions' | 'drugs' | 'from' | 'to' | 'measure';

/**
 * `fpk-change`: fired by an element's reader controls (the `controls` attribute on
 * `<fpk-trend>`, `<fpk-compare>` and `<fpk-map>`) before the chart redraws for a reader's choice;
 * cancelable, so a host can veto the change (the element then keeps its attributes). No element
 * fires it until the controls exist; the type is here so hosts and the framework wrappers can be
 * written against it now.
 */
export interface FpkChangeDetail {
  /**
   * The changed attributes with their new values, as the attributes will hold them
   * (`{ jurisdictions: 'US,OH' }`); `null` when the change removes the attribute (back to the
   * element's default). Attributes the reader did not change are absent.
   */
  readonly attributes: Readonly<Partial<Record<FpkChangeAttribute, string | null>>>;
}

export interface FpkEventMap {
  'fpk-ready': CustomEvent<FpkReadyDetail>;
  'fpk-error': CustomEvent<FpkErrorDetail>;
  'fpk-select': CustomEvent<FpkSelectDetail>;
  'fpk-download': CustomEvent<FpkDownloadDetail>;
  'fpk-change': CustomEvent<FpkChangeDetail>;
}

export type FpkEventName = keyof FpkEventMap;

/**
 * The events each element fires, as its JSDoc `@fires` says (test/node/framework-typings.test.ts
 * holds them equal); `fpk-change` is listed for the three elements that take reader controls.
 * The React wrappers' `onFpk…` props and the JSX typings are made from this list.
 */
export const ELEMENT_EVENTS = {
  'fpk-trend': ['fpk-ready', 'fpk-error', 'fpk-download', 'fpk-change'],
  'fpk-compare': ['fpk-ready', 'fpk-error', 'fpk-select', 'fpk-download', 'fpk-change'],
  'fpk-map': ['fpk-ready', 'fpk-error', 'fpk-select', 'fpk-download', 'fpk-change'],
  'fpk-timeline': ['fpk-ready', 'fpk-error', 'fpk-select', 'fpk-download'],
  'fpk-cases': ['fpk-ready', 'fpk-error', 'fpk-select', 'fpk-download'],
  'fpk-chart': ['fpk-ready', 'fpk-error', 'fpk-download'],
} as const satisfies Record<string, readonly FpkEventName[]>;

/** The events `<tag>` fires, e.g. `ElementEvent<'fpk-trend'>` = 'fpk-ready' | … | 'fpk-change'. */
export type ElementEvent<T extends keyof typeof ELEMENT_EVENTS> = (typeof ELEMENT_EVENTS)[T][number];

type PascalCase<S extends string> = S extends `${infer A}-${infer B}` ? `${Capitalize<A>}${PascalCase<B>}` : Capitalize<S>;

/** An event's handler prop in React and Vue: `fpk-ready` → `onFpkReady`. */
export type EventProp<N extends string> = `on${PascalCase<N>}`;

/** `fpk-ready` → `onFpkReady`, the name `EventProp` types. */
export function eventProp<N extends string>(name: N): EventProp<N> {
  return `on${name.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase())}` as EventProp<N>;
}

declare global {
  // An interface (not a type) so it merges into the DOM's map: addEventListener('fpk-ready', …) gets a typed event.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
  interface GlobalEventHandlersEventMap extends FpkEventMap {}
}

/** Dispatches a typed event; returns false when a listener cancelled it (`fpk-download`, `fpk-change`). */
export function emit<K extends keyof FpkEventMap>(
  target: EventTarget,
  name: K,
  detail: FpkEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
