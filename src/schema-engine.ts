/**
 * Column schemas: one declaration per table from which the parser, the validator, the row type,
 * the canonical CSV writer and the `fields` of `meta.json` are all derived, so they cannot drift.
 *
 * Parsing never guesses types (papaparse runs with `dynamicTyping: false`): every cell is a string
 * until its field converts it, so codes like "06" stay strings and "5,496" becomes 5496 only where
 * a field says the column is a count with thousands separators.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'month' | 'enum' | 'list' | 'json';

interface FieldBase {
  readonly type: FieldType;
  /** What the value means, with its encoding: shown in meta.json and the docs. */
  readonly description: string;
  /** Unit of a numeric value (e.g. "deaths", "pounds", "percent"). */
  readonly unit?: string;
  /** Source column header when it differs from the field name (raw-file schemas). */
  readonly column?: string;
  /** An empty cell is allowed and becomes `null` (never 0, never ""). */
  readonly nullable?: boolean;
}

export interface StringField extends FieldBase {
  readonly type: 'string';
  /** Optional shape the text must match. */
  readonly pattern?: RegExp;
}
export interface IntegerField extends FieldBase {
  readonly type: 'integer';
  /** Accept thousands separators ("5,496"), as CDC's formatted export writes counts. */
  readonly thousands?: boolean;
  readonly min?: number;
}
export interface NumberField extends FieldBase {
  readonly type: 'number';
  readonly thousands?: boolean;
  readonly min?: number;
  readonly max?: number;
}
export interface BooleanField extends FieldBase {
  readonly type: 'boolean';
  /** Spellings of true and false in the source; default `true`/`false`. */
  readonly spellings?: readonly [string, string];
}
export interface DateField extends FieldBase {
  readonly type: 'date';
}
export interface MonthField extends FieldBase {
  readonly type: 'month';
}
export interface EnumField<V extends string = string> extends FieldBase {
  readonly type: 'enum';
  readonly values: readonly V[];
}
export interface ListField extends FieldBase {
  readonly type: 'list';
  /** Separator between items in a CSV cell, e.g. "; ". */
  readonly separator: string;
}
export interface JsonField<T = unknown> extends FieldBase {
  readonly type: 'json';
  /** Checks a decoded value; returns a message for a bad one. Phantom `T` types the row. */
  readonly check?: (value: unknown) => string | null;
  /** Never set: carries the value type for `RowOf`. */
  readonly __type?: T;
}

export type Field = StringField | IntegerField | NumberField | BooleanField | DateField | MonthField | EnumField | ListField | JsonField;

export type Fields = Readonly<Record<string, Field>>;

export interface Schema<F extends Fields = Fields> {
  /** Name used in error messages ("overdoses", "VSRR CSV"). */
  readonly name: string;
  readonly fields: F;
  /** Fields whose values together identify a row; duplicates are an error. */
  readonly key?: readonly string[];
}

type ValueOf<F> =
  F extends EnumField<infer V>
    ? V
    : F extends IntegerField | NumberField
      ? number
      : F extends BooleanField
        ? boolean
        : F extends ListField
          ? readonly string[]
          : F extends JsonField<infer T>
            ? T
            : string;

/** The typed row a schema describes: nullable fields may be `null`. */
export type RowOf<S extends Schema> = {
  readonly [K in keyof S['fields']]: S['fields'][K] extends { nullable: true } ? ValueOf<S['fields'][K]> | null : ValueOf<S['fields'][K]>;
};

/** Declares a schema; the key must name fields of the schema. */
export function defineSchema<const F extends Fields, const K extends keyof F & string = never>(schema: {
  readonly name: string;
  readonly fields: F;
  readonly key?: readonly K[];
}): Schema<F> {
  return schema;
}

/** One thing wrong with one cell (or a whole file/row when `column` is absent). */
export interface Problem {
  readonly file: string;
  /** 1-based line of the record in the file (header is line 1); absent for file-level problems. */
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly expected: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : ''].filter(Boolean).join(', ');
  const got = p.value !== undefined ? `got ${JSON.stringify(p.value)}; ` : '';
  return `${where}: ${got}expected ${p.expected}`;
}

const INTEGER = /^-?\d+$/;
const INTEGER_THOUSANDS = /^-?\d{1,3}(,\d{3})+$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DECIMAL_THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export type Converted = { ok: true; value: unknown } | { ok: false; expected: string };

/** Converts one cell's text by its field; `''` becomes `null` where the field allows it. */
export function convertCell(field: Field, text: string): Converted {
  // An empty list cell is the empty list: "no items stated", which the field's description explains.
  if (text === '' && field.type === 'list') return { ok: true, value: [] };
  if (text === '') {
    return field.nullable ? { ok: true, value: null } : { ok: false, expected: `a value (${describeField(field)}); the cell is empty` };
  }
  switch (field.type) {
    case 'string':
      if (field.pattern && !field.pattern.test(text)) return { ok: false, expected: `text matching ${field.pattern}` };
      return { ok: true, value: text };
    case 'integer': {
      const plain = INTEGER.test(text);
      if (!plain && !(field.thousands && INTEGER_THOUSANDS.test(text))) {
        return { ok: false, expected: field.thousands ? 'a whole number (thousands separators allowed)' : 'a whole number' };
      }
      const n = Number(text.replaceAll(',', ''));
      if (!Number.isSafeInteger(n)) return { ok: false, expected: 'a whole number in safe range' };
      if (field.min !== undefined && n < field.min) return { ok: false, expected: `a whole number ≥ ${field.min}` };
      return { ok: true, value: n };
    }
    case 'number': {
      if (!DECIMAL.test(text) && !(field.thousands && DECIMAL_THOUSANDS.test(text))) return { ok: false, expected: 'a number' };
      const n = Number(text.replaceAll(',', ''));
      if (!Number.isFinite(n)) return { ok: false, expected: 'a finite number' };
      if (field.min !== undefined && n < field.min) return { ok: false, expected: `a number ≥ ${field.min}` };
      if (field.max !== undefined && n > field.max) return { ok: false, expected: `a number ≤ ${field.max}` };
      return { ok: true, value: n };
    }
    case 'boolean': {
      const [t, f] = field.spellings ?? ['true', 'false'];
      if (text === t) return { ok: true, value: true };
      if (text === f) return { ok: true, value: false };
      return { ok: false, expected: `"${t}" or "${f}"` };
    }
    case 'date': {
      const m = ISO_DATE.exec(text);
      if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return { ok: false, expected: 'a date YYYY-MM-DD' };
      return { ok: true, value: text };
    }
    case 'month': {
      const m = ISO_MONTH.exec(text);
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return { ok: false, expected: 'a month YYYY-MM' };
      return { ok: true, value: text };
    }
    case 'enum':
      if (!field.values.includes(text)) return { ok: false, expected: `one of ${listValues(field.values)}` };
      return { ok: true, value: text };
    case 'list':
      return {
        ok: true,
        value: text
          .split(field.separator)
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      };
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return { ok: false, expected: 'JSON' };
      }
      const message = field.check?.(value);
      return message ? { ok: false, expected: message } : { ok: true, value };
    }
  }
}

/** Writes one value back to its canonical CSV text (the inverse of `convertCell`). */
export function formatCell(field: Field, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case 'list':
      return (value as readonly string[]).join(field.separator);
    case 'json':
      return JSON.stringify(value);
    case 'boolean': {
      const [t, f] = field.spellings ?? ['true', 'false'];
      return value ? t : f;
    }
    case 'integer':
    case 'number':
      // Canonical output never uses thousands separators; the parser accepts both when told to.
      return String(value);
    default:
      return String(value);
  }
}

export function describeField(field: Field): string {
  switch (field.type) {
    case 'enum':
      return `one of ${listValues(field.values)}`;
    case 'date':
      return 'YYYY-MM-DD';
    case 'month':
      return 'YYYY-MM';
    case 'list':
      return `list separated by "${field.separator}"`;
    default:
      return field.type;
  }
}

function listValues(values: readonly string[]): string {
  const shown = values.slice(0, 60).map((v) => JSON.stringify(v));
  return values.length > shown.length ? `${shown.join(', ')} … (${values.length} in all)` : shown.join(', ');
}

/** Checks a row object produced by code (not parsed) against its schema: used before writing. */
export function checkRow(schema: Schema, row: Record<string, unknown>, file: string, rowNumber: number): Problem[] {
  const problems: Problem[] = [];
  for (const [name, field] of Object.entries(schema.fields)) {
    const value = row[name];
    if (value === null || value === undefined) {
      if (!field.nullable)
        problems.push({ file, row: rowNumber, column: name, value: String(value), expected: `a value (${describeField(field)})` });
      continue;
    }
    const back = convertCell(field, formatCell(field, value));
    if (!back.ok) problems.push({ file, row: rowNumber, column: name, value: formatCell(field, value), expected: back.expected });
  }
  for (const name of Object.keys(row)) {
    if (!(name in schema.fields)) problems.push({ file, row: rowNumber, column: name, expected: `no such field in ${schema.name}` });
  }
  return problems;
}

/** Finds rows that share a key; every repeat is one problem naming the first occurrence. */
export function duplicateKeys(
  schema: Schema,
  rows: readonly Record<string, unknown>[],
  file: string,
  rowNumberOf = (i: number) => i + 2,
): Problem[] {
  if (!schema.key) return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    const key = schema.key!.map((k) => String(row[k])).join(' | ');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        row: rowNumberOf(i),
        column: schema.key!.join('+'),
        value: key,
        expected: `a unique key (first seen at row ${rowNumberOf(first)})`,
      });
    } else {
      seen.set(key, i);
    }
  });
  return problems;
}
