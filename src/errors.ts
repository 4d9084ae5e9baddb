/**
 * Typed errors of the SDK. Every error has a stable `code` a caller can switch on, and a message
 * that says what was wrong and what is allowed.
 */
export type FpkErrorCode =
  | 'unknown-dataset'
  | 'unknown-value'
  /** An attribute (or CLI flag, or embed URL parameter) the element does not take; the message lists the ones it does. */
  | 'unknown-attribute'
  /** An attribute an embed URL may not set (a reader's CSV `src`); the script embed may. */
  | 'not-embeddable'
  /** An element attribute that is wrong in a way no single allowed list describes. */
  | 'bad-attribute'
  | 'bad-range'
  /** `<fpk-chart>`'s vega-lite spec: not JSON, data other than its dataset, or vega-lite could not compile it. */
  | 'bad-spec'
  | 'bad-period'
  /** A file could not be loaded, for a reason none of the `load-*` codes below names (e.g. a reader's CSV). */
  | 'load-failed'
  | LoadErrorCode
  /** A lazy part of the library (the chart engine, an element's model code) could not be loaded in time. */
  | 'chunk-load-failed'
  | 'parse-failed'
  /** A reader CSV (`src`) larger than the documented limit; refused before it is parsed. */
  | 'too-large'
  /** A reader CSV (`src`) that is not UTF-8 text (Windows-1252, UTF-16 …). */
  | 'bad-encoding'
  | 'missing-population'
  | 'render-failed';

export class FpkError extends Error {
  override readonly name = 'FpkError';
  constructor(
    readonly code: FpkErrorCode,
    message: string,
    /** The option or attribute at fault, when there is one. */
    readonly attribute?: string,
  ) {
    super(message);
  }
}

/**
 * How a data file failed to arrive (see src/fetch.ts). Stable: hosts may switch on them.
 * - `load-not-found`: HTTP 404 or 410 (not retried).
 * - `load-http-error`: any other HTTP error status (408, 429 and 5xx are retried once).
 * - `load-network-error`: no HTTP answer at all: offline, DNS, refused, CORS (retried once).
 * - `load-timeout`: no complete answer within the policy's timeout (retried once).
 * - `load-truncated`: the body stopped before its end (retried once).
 * - `load-wrong-type`: an HTML page or another non-JSON type instead of JSON (not retried).
 * - `load-empty`: a successful answer with an empty body (not retried).
 * - `load-bad-json`: a complete body that is not valid JSON (not retried).
 */
export type LoadErrorCode =
  | 'load-not-found'
  | 'load-http-error'
  | 'load-network-error'
  | 'load-timeout'
  | 'load-truncated'
  | 'load-wrong-type'
  | 'load-empty'
  | 'load-bad-json';

/** A file that could not be loaded: which one, from where, after how many attempts. */
export class LoadError extends FpkError {
  readonly url: string;
  /** What messages call the file, e.g. `overdoses/meta.json`. */
  readonly file: string;
  readonly attempts: number;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  constructor(
    code: LoadErrorCode | 'load-failed',
    message: string,
    details: { url: string; file: string; attempts: number; status?: number },
  ) {
    super(code, message);
    this.url = details.url;
    this.file = details.file;
    this.attempts = details.attempts;
    if (details.status !== undefined) this.status = details.status;
  }
}

/**
 * Whether an error code means something did not arrive (so trying again later may help), as
 * opposed to a bad attribute or query, which a retry cannot fix.
 */
export function isLoadFailure(code: string): boolean {
  return code.startsWith('load-') || code === 'chunk-load-failed';
}

/** Thrown when a name is not among the valid ones; `allowed` lists them all. */
export class UnknownValueError extends FpkError {
  constructor(
    readonly attributeName: string,
    readonly value: string,
    readonly allowed: readonly string[],
  ) {
    super('unknown-value', `Unknown ${attributeName} "${value}". Allowed: ${allowed.join(', ')}.`, attributeName);
  }
}

/** Checks each value against the allowed list; throws one error naming the first unknown value. */
export function assertKnown<T extends string>(attribute: string, values: readonly string[], allowed: readonly T[]): T[] {
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) throw new UnknownValueError(attribute, v, allowed);
  }
  return values as T[];
}
