/** The browser side of test/browser/fault-middleware.js: arm faults, read how often they were hit. */
import { setDataBaseURL } from '../../src/load.js';
import { DEFAULT_FETCH_POLICY, setFetchPolicy } from '../../src/fetch.js';

export type FaultKind = '404' | '500' | 'stall' | 'stall-body' | 'truncated' | 'html' | 'empty';

export interface Fault {
  /** A substring of the request path, e.g. `cases/meta.json` or `/node_modules/vega/`. */
  readonly match: string;
  readonly kind: FaultKind;
  /** How many requests get the fault (all, without it). */
  readonly times?: number;
}

export async function armFaults(...faults: Fault[]): Promise<void> {
  const response = await fetch('/__faults', { method: 'POST', body: JSON.stringify(faults) });
  if (response.status !== 204) throw new Error(`arming faults failed: HTTP ${response.status}`);
}

/** Disarms every fault (stalled connections close) and forgets the hits. */
export async function disarmFaults(): Promise<void> {
  await fetch('/__faults', { method: 'DELETE' });
}

/** Requests that got a fault, per path. */
export async function faultHits(): Promise<Record<string, number>> {
  return ((await (await fetch('/__faults')).json()) as { hits: Record<string, number> }).hits;
}

let run = 0;

/**
 * Points the SDK at datasets/ through a fresh URL (`/__data/<run>/`), so nothing an earlier test
 * loaded comes from the SDK's cache, and sets short timeouts so a stall costs a test under 2 s.
 */
export function freshData(policy = { timeout: 500, retries: 1, backoff: 50 }): string {
  const base = `/__data/${Date.now().toString(36)}-${++run}/`;
  setDataBaseURL(new URL(base, location.href));
  setFetchPolicy(policy);
  return base;
}

/** Back to the defaults the elements ship with. */
export async function restoreNetwork(): Promise<void> {
  await disarmFaults();
  setDataBaseURL(new URL('/datasets/', location.href));
  setFetchPolicy(DEFAULT_FETCH_POLICY);
}

/**
 * Records whatever escapes into the page (window errors, unhandled rejections) from `beforeEach`
 * to `afterEach` of the calling suite; the list is cleared before each test.
 */
export function watchEscapes(): string[] {
  const escaped: string[] = [];
  const onError = (e: ErrorEvent) => escaped.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(`unhandledrejection: ${String(e.reason)}`);
  beforeEach(() => {
    escaped.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return escaped;
}
