/**
 * One filter for every dataset, validated against the dataset's own metadata: a value that is
 * not among a field's enum values is a typed error listing the allowed ones, and `from`/`to`
 * apply to the field that dates the rows (`meta.timeField`).
 */
import { FpkError, UnknownValueError } from './errors.js';
import type { DatasetMeta } from './meta.js';

/** Query option → row field it filters. */
export const QUERY_FIELDS = {
  jurisdictions: 'jurisdiction',
  indicators: 'indicator',
  drugs: 'drug',
  components: 'component',
  regions: 'region',
  types: 'type',
  eventTypes: 'eventType',
  events: 'event',
  measures: 'measure',
} as const;

type QueryOption = keyof typeof QUERY_FIELDS;
type Allowed<R, F extends string> = F extends keyof R ? readonly Exclude<R[F], null>[] : never;

/**
 * Filters for rows of type `R`. An option whose field the row type lacks is typed `never`, so
 * `{ drugs: [...] }` on overdoses does not compile.
 */
export type DatasetQuery<R> = {
  readonly [O in QueryOption]?: Allowed<R, (typeof QUERY_FIELDS)[O]>;
} & {
  /** Start of the range, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly from?: string;
  /** End of the range, inclusive, same forms as `from`. */
  readonly to?: string;
  /**
   * Datasets that keep every release (rows with a `release` field; `meta.releases`): a release's
   * date returns the data as that release published it, `'all'` every release's rows; omitted,
   * the newest value of each cell. `loadDataset` only: bundled rows are the default view.
   */
  readonly release?: R extends { readonly release: infer V } ? V | 'all' : never;
};

const BOUND = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface ValidQuery {
  readonly values: ReadonlyMap<string, ReadonlySet<string>>;
  readonly from?: string;
  readonly to?: string;
}

/** Checks a query against a dataset's fields; throws `FpkError` with what is allowed. */
export function validateQuery(meta: DatasetMeta, query: Record<string, unknown> = {}): ValidQuery {
  const values = new Map<string, Set<string>>();
  for (const [option, given] of Object.entries(query)) {
    // `release` chooses which rows are read (src/releases.ts), not which are kept.
    if (given === undefined || option === 'from' || option === 'to' || option === 'release') continue;
    const fieldName = (QUERY_FIELDS as Record<string, string>)[option];
    const field = meta.fields.find((f) => f.name === fieldName);
    if (!fieldName || !field) {
      const usable = Object.entries(QUERY_FIELDS)
        .filter(([, f]) => meta.fields.some((m) => m.name === f))
        .map(([o]) => o);
      throw new UnknownValueError(`option for ${meta.name}`, option, [...usable, 'from', 'to', ...(meta.releases ? ['release'] : [])]);
    }
    if (!Array.isArray(given)) throw new FpkError('unknown-value', `"${option}" must be a list of values.`, option);
    for (const v of given) {
      if (field.values && !field.values.includes(String(v))) throw new UnknownValueError(fieldName, String(v), field.values);
    }
    values.set(fieldName, new Set(given.map(String)));
  }
  const { from, to } = query as { from?: string; to?: string };
  for (const [name, bound] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (bound !== undefined && !BOUND.test(bound)) {
      throw new FpkError('bad-period', `"${name}" must be YYYY, YYYY-MM or YYYY-MM-DD; got "${bound}".`, name);
    }
  }
  if (from && to && from > to.padEnd(from.length, '9')) {
    throw new FpkError('bad-range', `"from" (${from}) is after "to" (${to}).`, 'from');
  }
  if ((from || to) && !meta.timeField) {
    throw new FpkError('bad-range', `${meta.name} has no time field; "from"/"to" do not apply.`, from ? 'from' : 'to');
  }
  return { values, from, to };
}

/** Compares a row's date text with a bound of possibly coarser precision ("2024" vs "2024-05-01"). */
function inRange(value: unknown, from?: string, to?: string): boolean {
  if (value === null || value === undefined) return !from && !to;
  const text = String(value);
  if (from && text.slice(0, from.length) < from.slice(0, text.length)) return false;
  if (to && text.slice(0, to.length) > to.slice(0, text.length)) return false;
  return true;
}

export function applyQuery<R>(meta: DatasetMeta, rows: readonly R[], valid: ValidQuery): R[] {
  const time = meta.timeField;
  return rows.filter((row) => {
    const r = row as Record<string, unknown>;
    for (const [field, allowed] of valid.values) if (!allowed.has(String(r[field]))) return false;
    return !time || inRange(r[time], valid.from, valid.to);
  });
}

/** Validates and applies a query to rows already in memory (Node, or a bundled dataset module). */
export function selectRows<R>(dataset: { readonly meta: DatasetMeta; readonly rows: readonly R[] }, query: DatasetQuery<R> = {}): R[] {
  if ((query as { release?: unknown }).release !== undefined) {
    throw new FpkError(
      'bad-attribute',
      `A bundled ${dataset.meta.name} module holds the newest value of each cell only; load a release with loadDataset('${dataset.meta.name}', { release }).`,
      'release',
    );
  }
  return applyQuery(dataset.meta, dataset.rows, validateQuery(dataset.meta, query as Record<string, unknown>));
}
