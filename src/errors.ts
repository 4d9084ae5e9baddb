/**
 * Typed errors of the SDK. Every error has a stable `code` a caller can switch on, and a message
 * that says what was wrong and what is allowed.
 */
export type FpkErrorCode =
  | 'unknown-dataset'
  | 'unknown-value'
  /** An element attribute that is wrong in a way no single allowed list describes. */
  | 'bad-attribute'
  | 'bad-range'
  | 'bad-period'
  | 'load-failed'
  | 'parse-failed'
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
