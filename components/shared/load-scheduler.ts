/**
 * Which chart loads and draws when, for the whole page: one home for the decision, used by every
 * element (when to build its model) and by `VegaController` (when to fetch vega, when to draw).
 *
 * A long article must not make the chart in view wait for twenty charts below it:
 * - **In view first.** The first chart in view loads at once (one layout read, no frame lost to an
 *   observer); the other charts in view and those within a viewport's height of it load once a
 *   chart has drawn (or 1 s after the bundle ran), so they are ready before the reader scrolls to
 *   them without delaying the first.
 * - **One turn at a time, a paint between turns.** vega parses and runs a chart in one stretch of
 *   main-thread work; charts draw one after another, each painted before the next starts.
 * - **Idle for the rest.** Anything else loads once a chart has drawn and the page is idle, or 2 s
 *   after the bundle ran (a page whose charts are all out of view), so its table, summary and
 *   `csv` still arrive.
 *
 * "Near" is one IntersectionObserver for the page (a viewport's height above and below), observing
 * each element only while something waits for it, and disconnected when nothing does.
 */
import { tracked } from './resources.js';

let chartDrawn: () => void = () => undefined;
const firstChartDrawn = new Promise<void>((resolve) => (chartDrawn = resolve));
const nearTurn: Promise<void> = Promise.race([firstChartDrawn, new Promise<void>((resolve) => setTimeout(resolve, 1000))]);
const idleTurn: Promise<void> = Promise.race([
  firstChartDrawn.then(
    () =>
      new Promise<void>((resolve) =>
        typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 50),
      ),
  ),
  new Promise<void>((resolve) => setTimeout(resolve, 2000)),
]);
/** Whether the page's first chart in view has started: the others in view then wait for `nearTurn`. */
let leaderStarted = false;

/** Tells the scheduler a chart has drawn: the charts waiting for the first one may start. */
export function markChartDrawn(): void {
  chartDrawn();
}

/** Whether any part of `el` is inside the viewport (one layout read). */
function inViewport(el: Element): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
}

// ——— near the viewport: one observer for the page ———

interface Watched {
  near: boolean;
  readonly waiters: Set<() => void>;
}

const watched = new Map<Element, Watched>();
let observer: IntersectionObserver | undefined;

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const state = watched.get(entry.target);
    if (!state) continue;
    state.near = entry.isIntersecting;
    if (!state.near) continue;
    for (const wake of [...state.waiters]) wake();
  }
}

/**
 * Calls `then` once `el` is within a viewport's height of the viewport (at once if it is known to
 * be); returns a function that stops waiting. Nothing waits for an element that is not watched.
 */
export function whenNear(el: Element, then: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    then();
    return () => undefined;
  }
  let state = watched.get(el);
  if (state?.near) {
    then();
    return () => undefined;
  }
  if (!state) {
    state = { near: false, waiters: new Set() };
    watched.set(el, state);
    observer ??= tracked(new IntersectionObserver(onIntersect, { rootMargin: '100% 0px' }));
    observer.observe(el);
  }
  const own = state;
  const stop = (): void => {
    if (!own.waiters.delete(wake)) return;
    if (own.waiters.size > 0 || watched.get(el) !== own) return;
    watched.delete(el);
    observer?.unobserve(el);
    if (watched.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
  const wake = (): void => {
    stop();
    then();
  };
  own.waiters.add(wake);
  return stop;
}

/** `whenNear` as a promise; an abort stops waiting and rejects with the signal's reason. */
function near(el: Element, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = whenNear(el, resolve);
    signal.addEventListener(
      'abort',
      () => {
        stop();
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('The wait was aborted.', 'AbortError'));
      },
      { once: true },
    );
  });
}

// ——— loading: when an element may build its model ———

export interface LoadRequest {
  /** Load at once, whatever the viewport (`loading="eager"`). */
  readonly eager: boolean;
  /** Whether the element will draw a chart (a table-only element never leads the page). */
  readonly draws: boolean;
}

/**
 * Settles when `el` may load its data (see the module comment): at once when eager or the page's
 * first chart in view; after the first chart has drawn (or 1 s) when in view or near it; else when
 * the page is idle. Rejects with the signal's reason when aborted (the element went away, or its
 * attributes changed), leaving nothing behind.
 */
export function loadTurn(el: Element, { eager, draws }: LoadRequest, signal: AbortSignal): Promise<void> {
  if (eager || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  if (draws && !leaderStarted && el.isConnected && inViewport(el)) {
    leaderStarted = true;
    return Promise.resolve();
  }
  const stop = new AbortController();
  const forward = (): void => stop.abort(signal.reason);
  signal.addEventListener('abort', forward, { once: true });
  const nearby = near(el, stop.signal).then(() => {
    // A chart scrolled into view before any other started leads the page after all.
    if (draws && !leaderStarted && inViewport(el)) {
      leaderStarted = true;
      return;
    }
    return nearTurn;
  });
  return Promise.race([nearby, idleTurn]).finally(() => {
    signal.removeEventListener('abort', forward);
    if (!stop.signal.aborted) stop.abort();
  });
}

// ——— drawing: one chart at a time, a paint between turns ———

let lastTurn: Promise<void> = Promise.resolve();

/**
 * Waits for this page's drawing turn; the returned `release` passes it on once the browser has
 * painted what was drawn. The first chart to be ready (the one in view, as a rule) is painted
 * before the next one starts.
 */
export function drawTurn(): Promise<() => void> {
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const previous = lastTurn;
  lastTurn = previous.then(() => mine);
  return previous.then(() => () => void afterPaint().then(release));
}

/** Settles once the browser has had a chance to paint: after the next frame, or 100 ms in a hidden tab (no frames). */
function afterPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
