/**
 * The SDK's one way to fetch a JSON file over HTTP, built for readers' worst connections: every
 * request has a deadline, a failure that a second try can cure is tried once more after a short
 * pause, and every way a file can arrive wrong (missing, refused, stalled, cut off, an HTML page
 * instead of JSON, empty, malformed) is a `LoadError` with its own stable code and a message that
 * names the file.
 *
 * Policy (defaults; `setFetchPolicy` changes them for the page or process):
 * - `timeout` 15 s per attempt, headers and body together (AbortController). A data slice is a
 *   few KB and meta.json tens of KB: 15 s is far beyond a slow 3G connection's time for them,
 *   and short enough that a reader still on the page sees a message and a Retry button.
 * - `retries` 1: one more attempt after a network error, a timeout, a cut-off body, HTTP 408,
 *   429 or 5xx, which are often momentary. Never after 404/410 or any other 4xx, a wrong content
 *   type, an empty or malformed body: the same request would get the same answer.
 * - `backoff` 800 ms before the retry (a server that just failed gets a moment).
 * So one file settles within `timeout × 2 + backoff` (30.8 s) at worst.
 */
import { LoadError, type LoadErrorCode } from './errors.js';

export interface FetchPolicy {
  /** Milliseconds one attempt may take, from request to the last byte. */
  readonly timeout: number;
  /** Further attempts after a failure that a retry can cure (network, timeout, truncated, 408/429/5xx). */
  readonly retries: number;
  /** Milliseconds to wait before each retry (multiplied by the attempt number). */
  readonly backoff: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = Object.freeze({ timeout: 15_000, retries: 1, backoff: 800 });

let policy: FetchPolicy = DEFAULT_FETCH_POLICY;

/** Changes the fetch policy for every later request (a test's short timeouts, a kiosk's patience). */
export function setFetchPolicy(changes: Partial<FetchPolicy>): FetchPolicy {
  const next = { ...policy, ...changes };
  for (const [key, value] of Object.entries(next)) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`setFetchPolicy: ${key} must be a finite number ≥ 0, got ${String(value)}`);
  }
  policy = Object.freeze({ ...next, retries: Math.floor(next.retries) });
  return policy;
}

export function fetchPolicy(): FetchPolicy {
  return policy;
}

/** The longest one file can take under the current policy, every attempt and pause included. */
export function worstCaseFetchTime(p: FetchPolicy = policy): number {
  let total = p.timeout * (p.retries + 1);
  for (let attempt = 1; attempt <= p.retries; attempt++) total += p.backoff * attempt;
  return total;
}

/** A failure of one attempt; `retry` says whether another attempt may succeed. */
class AttemptFailure {
  constructor(
    readonly code: LoadErrorCode,
    readonly reason: string,
    readonly retry: boolean,
    readonly status?: number,
  ) {}
}

const JSON_TYPE = /^(application|text)\/([\w.-]+\+)?json$/i;
/** Types under which a static host may serve a .json file; anything else (HTML above all) is refused. */
const TOLERATED_TYPE = /^(text\/plain|application\/octet-stream|binary\/octet-stream)$/i;

/**
 * Fetches `url` and parses it as JSON under the fetch policy. `name` is what messages call the
 * file (`overdoses/meta.json`). Rejects with a `LoadError`; never hangs past
 * `worstCaseFetchTime()`. A retry, and any request made with `fresh` (a file that failed
 * before), goes past the HTTP cache (`cache: 'reload'`): browsers may keep an error response
 * and hand it out again without asking the server, which would make every retry fail.
 */
export async function fetchJSON(url: URL, name: string, { fresh = false }: { fresh?: boolean } = {}): Promise<unknown> {
  const p = policy;
  let attempts = 0;
  for (;;) {
    attempts++;
    const outcome = await attempt(url, p.timeout, fresh || attempts > 1);
    if (!(outcome instanceof AttemptFailure)) return outcome.value;
    if (!outcome.retry || attempts > p.retries) {
      const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
      throw new LoadError(outcome.code, `Could not load ${name}: ${outcome.reason}${tries}. URL: ${url.href}`, {
        url: url.href,
        file: name,
        attempts,
        ...(outcome.status === undefined ? {} : { status: outcome.status }),
      });
    }
    await new Promise((resolve) => setTimeout(resolve, p.backoff * attempts));
  }
}

async function attempt(url: URL, timeout: number, reload: boolean): Promise<{ value: unknown } | AttemptFailure> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const seconds = `${+(timeout / 1000).toFixed(1)} s`;
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', ...(reload ? { cache: 'reload' as const } : {}) });
  } catch (error) {
    clearTimeout(timer);
    if (timedOut) return new AttemptFailure('load-timeout', `no answer within ${seconds}`, true);
    return new AttemptFailure(
      'load-network-error',
      `the network request failed (${(error as Error).message}; offline, or blocked by the browser, e.g. CORS)`,
      true,
    );
  }
  try {
    const { status } = response;
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      const text = `the server answered HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
      if (status === 404 || status === 410) return new AttemptFailure('load-not-found', text, false, status);
      return new AttemptFailure('load-http-error', text, status === 408 || status === 429 || status >= 500, status);
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (type && !JSON_TYPE.test(type) && !TOLERATED_TYPE.test(type)) {
      void response.body?.cancel().catch(() => undefined);
      const hint = /html/i.test(type) ? " (a web page, often a server's fallback page for a missing file)" : '';
      return new AttemptFailure('load-wrong-type', `it arrived as ${type}${hint}, not JSON`, false, status);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (timedOut) return new AttemptFailure('load-timeout', `the file had not fully arrived within ${seconds}`, true, status);
      // A connection that closes early (Content-Length or chunked framing not met) fails the body read.
      return new AttemptFailure(
        'load-truncated',
        `it arrived incomplete: the connection closed before the end of the file (${(error as Error).message})`,
        true,
        status,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    // Only an uncompressed body can be compared with Content-Length (fetch hands over decoded bytes).
    if (declared > 0 && !response.headers.has('content-encoding') && bytes.byteLength < declared) {
      return new AttemptFailure('load-truncated', `it arrived incomplete (${bytes.byteLength} of ${declared} bytes)`, true, status);
    }
    const text = new TextDecoder().decode(bytes);
    if (text.trim() === '') return new AttemptFailure('load-empty', 'the file arrived empty', false, status);
    if (/^\s*</.test(text)) return new AttemptFailure('load-wrong-type', 'it arrived as a web page (HTML), not JSON', false, status);
    try {
      return { value: JSON.parse(text) };
    } catch (error) {
      if (endsEarly(text))
        return new AttemptFailure('load-truncated', 'it arrived incomplete (the JSON stops before its end)', true, status);
      return new AttemptFailure('load-bad-json', `it is not valid JSON (${(error as Error).message})`, false, status);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether malformed JSON looks cut off rather than wrong: it stops inside a string or with an
 * object or array still open. (A server that ends a response cleanly but early leaves no other
 * trace when it sends no Content-Length.)
 */
export function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/**
 * How long a lazy chunk of the library (the chart engine, an element's model code) may take:
 * twice a data file's timeout, since the vega chunk (~100 KB compressed) is the largest file a
 * chart needs. Browsers put no deadline on `import()`, so without one a stalled chunk would
 * leave a chart loading for as long as the connection stays open.
 */
export function chunkTimeout(p: FetchPolicy = policy): number {
  return p.timeout * 2;
}

/** `promise`, or a rejection with `timeoutError()` once `ms` have passed without it settling. */
export function withDeadline<T>(promise: Promise<T>, ms: number, timeoutError: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(timeoutError()), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
