/**
 * `fentanyl-policy-kit/jsx`: the elements' HTML attributes and events as types, shared by the
 * JSX typings for Preact (`fentanyl-policy-kit/jsx/preact`), Solid (`…/jsx/solid`) and Vue
 * (`…/jsx/vue`). The events come from `ELEMENT_EVENTS`, the attributes from the elements' JSDoc
 * `@attr` (test/node/framework-typings.test.ts holds them equal).
 */
import type { ELEMENT_EVENTS, ElementEvent, EventProp, FpkEventMap } from '../shared/events.js';

export type FpkTag = keyof typeof ELEMENT_EVENTS;
type ElementTag = FpkTag;
export type {
  FpkChangeAttribute,
  FpkChangeDetail,
  FpkDownloadDetail,
  FpkErrorDetail,
  FpkEventMap,
  FpkReadyDetail,
  FpkSelectDetail,
} from '../shared/events.js';

type Chrome = {
  heading?: string;
  description?: string;
  lang?: 'en' | 'es';
  theme?: 'auto' | 'light' | 'dark';
  view?: 'chart' | 'table';
  actions?: string;
  loading?: 'lazy' | 'eager';
  data?: 'pinned' | 'live';
};

/** The reader controls (`controls`, space-separated control names) and the permalink (`permalink`, with an `id`). */
type Reader = { controls?: string; permalink?: string | boolean };

/**
 * Each tag's attributes by HTML name, all optional, as its JSDoc `@attr` documents them
 * (test/node/framework-typings.test.ts fails when one is missing or extra). Written here until
 * the attribute tables (track attrs) can be read as types.
 */
interface Attributes {
  'fpk-trend': Chrome &
    Reader & {
      dataset?: 'overdoses' | 'seizures' | 'sanctions';
      measure?: 'reported' | 'predicted' | 'per100k' | 'yoy' | 'revisions' | 'pounds' | 'events' | 'additions';
      jurisdictions?: string;
      drugs?: string;
      regions?: string;
      from?: string;
      to?: string;
      events?: string;
      terrorism?: 'only' | 'all';
      src?: string;
      'src-date'?: string;
      'src-value'?: string;
      'src-label'?: string;
    };
  'fpk-compare': Chrome &
    Reader & {
      dataset?: 'overdoses';
      jurisdictions?: string;
      drugs?: string;
      to?: string;
      from?: string;
      measure?: 'reported' | 'predicted' | 'per100k' | 'change';
      mode?: 'bars' | 'dumbbell' | 'change';
      highlight?: string;
    };
  'fpk-map': Chrome & Reader & { dataset?: 'overdoses'; measure?: 'per100k' | 'reported' | 'yoy'; drugs?: string; to?: string };
  'fpk-timeline': Chrome & {
    events?: string;
    types?: string;
    terrorism?: 'only' | 'all';
    organizations?: string;
    from?: string;
    to?: string;
  };
  'fpk-cases': Chrome & {
    from?: string;
    to?: string;
    'event-types'?: string;
    terrorism?: string;
    query?: string;
  };
  'fpk-chart': Chrome & {
    dataset?:
      | 'overdoses'
      | 'overdoses-final'
      | 'seizures'
      | 'designations'
      | 'organizations'
      | 'sanctions'
      | 'sanctions-events'
      | 'cases'
      | 'population';
    spec?: string;
    query?: string;
    jurisdictions?: string;
    drugs?: string;
    from?: string;
    to?: string;
  };
}

/** `<tag>`'s attributes by HTML name, all optional: `FpkAttributes<'fpk-map'>['theme']` is `'auto' | 'light' | 'dark'`. */
export type FpkAttributes<T extends ElementTag> = Attributes[T];

/** Handlers of the events `<tag>` fires, by React/Vue name: `onFpkReady?: (event: CustomEvent<FpkReadyDetail>) => void`. */
export type FpkEventProps<T extends ElementTag> = { [N in ElementEvent<T> as EventProp<N>]?: (event: FpkEventMap[N]) => void };
