/**
 * What the page's charts hold on to right now: live vega views (made and not yet finalized) and
 * connected observers (the page's IntersectionObserver, each chart's ResizeObserver). A debug
 * counter for leak tests and the benchmark: after every chart has been removed from the page,
 * both must be 0.
 */
export interface ChartResources {
  readonly views: number;
  readonly observers: number;
}

const live = { views: 0, observers: 0 };

export function chartResources(): ChartResources {
  return { ...live };
}

/** Counts an observer as live until its first disconnect(). */
export function tracked<T extends { disconnect(): void }>(observer: T): T {
  live.observers++;
  let connected = true;
  const disconnect = observer.disconnect.bind(observer);
  observer.disconnect = () => {
    if (connected) live.observers--;
    connected = false;
    disconnect();
  };
  return observer;
}

/** Counts a vega view as live until `release` is called (once; later calls do nothing). */
export function trackView(): () => void {
  live.views++;
  let released = false;
  return () => {
    if (!released) live.views--;
    released = true;
  };
}
