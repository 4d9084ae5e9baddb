/**
 * Reading attributes strictly: a value a reader's page got wrong is an `FpkError` that names the
 * attribute, the bad value and everything allowed, which the element shows and fires as
 * `fpk-error`. Nothing is guessed or silently dropped.
 */
import { FpkError } from '../errors.js';

/** "US, OH ,wv" → ["US", "OH", "wv"]; null or empty → []. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Every item must be allowed; the first one that is not is reported with the full allowed list. */
export function pickAll<T extends string>(attribute: string, items: readonly string[], allowed: readonly T[], what = attribute): T[] {
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new FpkError(
        'unknown-value',
        `Unknown ${what} "${item}" in ${attribute}="${items.join(',')}". Allowed: ${allowed.join(', ')}.`,
        attribute,
      );
    }
  }
  return items as T[];
}

/** One value, or the default when the attribute is absent. */
export function pickOne<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (value === null || value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new FpkError('unknown-value', `Unknown ${attribute} "${value}". Allowed: ${allowed.join(', ')}.`, attribute);
  }
  return value as T;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `from`/`to` as YYYY-MM; `from` after `to` is an error, not an empty chart. */
export function pickRange(from: string | null | undefined, to: string | null | undefined): { from?: string; to?: string } {
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value && !MONTH.test(value))
      throw new FpkError('bad-period', `${name}="${value}" is not a month. Use YYYY-MM, e.g. 2023-06.`, name);
  }
  if (from && to && from > to) throw new FpkError('bad-range', `from="${from}" is after to="${to}". Swap them or widen the range.`, 'from');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** An attribute combination that cannot be drawn (the code `fpk-error` carries). */
export function attributeError(attribute: string, message: string): FpkError {
  return new FpkError('bad-attribute', message, attribute);
}

export function readDataset(tag: string, value: string | null | undefined, allowed: readonly string[]): void {
  if (value && !allowed.includes(value)) {
    throw new FpkError('unknown-dataset', `Unknown dataset "${value}" for <${tag}>. Allowed: ${allowed.join(', ')}.`, 'dataset');
  }
}
