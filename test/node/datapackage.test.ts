/**
 * Every committed `datapackage.json` (one per dataset, and `datasets/datapackage.json` for all) is a
 * valid Data Package v2 descriptor (ajv against test/node/datapackage-v2.ts, and against the
 * official profile file when FPK_DATAPACKAGE_PROFILE names one), its resources point at the
 * committed CSVs with their true size and hash, and every CSV holds to its Table Schema: column
 * order, types, required cells, enum and range constraints, and primary-key uniqueness. The CSV
 * check reads only the descriptor and the CSV, as a Frictionless reader would, not src/schema-engine.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import Papa from 'papaparse';
import { DATASET_NAMES } from '../../src/registry.js';
import { DATA_PACKAGE_V2 } from './datapackage-v2.js';

const root = resolve(import.meta.dirname, '../..');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

interface TableField {
  name: string;
  type: string;
  trueValues?: string[];
  falseValues?: string[];
  delimiter?: string;
  missingValues?: string[];
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number };
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: TableField[]; missingValues?: string[]; primaryKey?: string[] | string };
}
interface Package {
  name: string;
  version: string;
  resources: Resource[];
  licenses: { name: string; path: string; title: string }[];
}

function validator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(DATA_PACKAGE_V2);
}

function officialValidator(): ValidateFunction | null {
  const file = process.env.FPK_DATAPACKAGE_PROFILE;
  if (!file) return null;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^(NaN|INF|-INF)$/;

/** One cell against its field: null for a good cell, else what was expected. */
function cellProblem(field: TableField, text: string): string | null {
  switch (field.type) {
    case 'string':
      break;
    case 'integer':
      if (!/^[-+]?\d+$/.test(text)) return 'an integer';
      break;
    case 'number':
      if (!NUMBER.test(text)) return 'a number';
      break;
    case 'boolean':
      if (![...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(text)) return 'a boolean';
      break;
    case 'date': {
      const m = DATE.exec(text);
      const d = m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
      if (!m || !d || d.getUTCDate() !== +m[3]!) return 'a date YYYY-MM-DD';
      break;
    }
    case 'yearmonth':
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return 'a yearmonth YYYY-MM';
      break;
    case 'list':
      if (!field.delimiter) return 'a list field with a delimiter';
      break;
    case 'object':
    case 'array': {
      let v: unknown;
      try {
        v = JSON.parse(text);
      } catch {
        return `JSON (${field.type})`;
      }
      if (field.type === 'array' ? !Array.isArray(v) : v === null || typeof v !== 'object' || Array.isArray(v))
        return `a JSON ${field.type}`;
      break;
    }
    case 'any':
      break;
    default:
      return `a type this check knows (got ${field.type})`;
  }
  const c = field.constraints ?? {};
  if (c.enum && !c.enum.includes(text)) return `one of the enum values`;
  if (c.minimum !== undefined && Number(text) < c.minimum) return `≥ ${c.minimum}`;
  if (c.maximum !== undefined && Number(text) > c.maximum) return `≤ ${c.maximum}`;
  return null;
}

/** Every problem of a CSV against a Table Schema (at most `limit`). */
export function csvProblems(csv: string, schema: Resource['schema'], limit = 20): string[] {
  const problems: string[] = [];
  const parsed = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: 'greedy', dynamicTyping: false });
  for (const e of parsed.errors) problems.push(`CSV: ${e.message} (row ${e.row})`);
  const [header = [], ...records] = parsed.data;
  const names = schema.fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`header ${header.join(',')} ≠ fields ${names.join(',')}`);
  const pk = schema.primaryKey === undefined ? [] : typeof schema.primaryKey === 'string' ? [schema.primaryKey] : schema.primaryKey;
  const pkIndex = pk.map((k) => names.indexOf(k));
  if (pkIndex.includes(-1)) problems.push(`primaryKey ${pk.join(',')} names a field the schema lacks`);
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const line = i + 2;
    if (record.length !== names.length) problems.push(`line ${line}: ${record.length} cells, ${names.length} fields`);
    schema.fields.forEach((f, j) => {
      const text = record[j] ?? '';
      const missing = (f.missingValues ?? schema.missingValues ?? ['']).includes(text);
      if (missing) {
        if (f.constraints?.required) problems.push(`line ${line}, ${f.name}: empty but required`);
        return;
      }
      const p = cellProblem(f, text);
      if (p) problems.push(`line ${line}, ${f.name}: ${JSON.stringify(text)} is not ${p}`);
    });
    if (pk.length) {
      const key = JSON.stringify(pkIndex.map((j) => record[j]));
      const first = seen.get(key);
      if (first !== undefined) problems.push(`line ${line}: primary key ${key} repeats line ${first}`);
      else seen.set(key, line);
    }
  });
  return problems.slice(0, limit);
}

function readPackage(path: string): Package {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Package;
}

const packages = [...DATASET_NAMES.map((n) => `datasets/${n}/datapackage.json`), 'datasets/datapackage.json'];

test('every datapackage.json is a valid Data Package v2 descriptor', () => {
  const validate = validator();
  const official = officialValidator();
  for (const path of packages) {
    assert.ok(existsSync(join(root, path)), `${path} exists (run npm run data:build)`);
    const descriptor = readPackage(path);
    assert.ok(validate(descriptor), `${path}: ${JSON.stringify(validate.errors, null, 1)}`);
    if (official)
      assert.ok(
        official(descriptor),
        `${path} against ${process.env.FPK_DATAPACKAGE_PROFILE}: ${JSON.stringify(official.errors, null, 1)}`,
      );
  }
});

test('each dataset package describes its meta: name, version, key, sources and a licence with a URL', () => {
  for (const name of DATASET_NAMES) {
    const pkg = readPackage(`datasets/${name}/datapackage.json`);
    const meta = JSON.parse(readFileSync(join(root, `datasets/${name}/meta.json`), 'utf8'));
    assert.equal(pkg.name, name);
    assert.equal(pkg.version, meta.version);
    const [res] = pkg.resources;
    assert.equal(res!.path, `${name}.csv`);
    assert.deepEqual(res!.schema.primaryKey ?? [], meta.key);
    assert.deepEqual(
      res!.schema.fields.map((f) => f.name),
      meta.fields.map((f: { name: string }) => f.name),
    );
    for (const l of pkg.licenses) assert.match(l.path, /^https:\/\//, `${name}: licence ${l.title} has a URL`);
    assert.ok(pkg.licenses.length >= 1);
  }
  const all = readPackage('datasets/datapackage.json');
  assert.deepEqual(all.resources.map((r) => r.name).sort(), [...DATASET_NAMES].sort(), 'the collection lists every dataset');
});

test('every resource points at its CSV with the true size and SHA-256, and the CSV holds to its Table Schema', () => {
  for (const path of packages) {
    for (const res of readPackage(path).resources) {
      const file = join(root, dirname(path), res.path);
      const csv = readFileSync(file);
      assert.equal(res.bytes, csv.length, `${path}: ${res.name} bytes`);
      assert.equal(res.hash, `sha256:${createHash('sha256').update(csv).digest('hex')}`, `${path}: ${res.name} hash`);
      if (path !== 'datasets/datapackage.json')
        assert.deepEqual(csvProblems(csv.toString('utf8'), res.schema), [], `${res.name}.csv against its Table Schema`);
    }
  }
});

test('the checks can fail: a month typed as a JSON Schema string type, a bad cell, a repeated key', () => {
  const validate = validator();
  const pkg = readPackage('datasets/overdoses/datapackage.json');
  const broken = structuredClone(pkg);
  broken.resources[0]!.schema.fields[1]!.type = 'month';
  assert.equal(validate(broken), false, '"month" is not a Table Schema type');
  const noLicenceName = structuredClone(pkg);
  noLicenceName.licenses = [{ title: 'x' } as never];
  assert.equal(validate(noLicenceName), false, 'a licence needs a name or a path');

  const schema = {
    fields: [
      { name: 'id', type: 'integer', constraints: { required: true } },
      { name: 'period', type: 'yearmonth' },
      { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
      { name: 'ok', type: 'boolean', trueValues: ['true'], falseValues: ['false'] },
    ],
    missingValues: [''],
    primaryKey: ['id'],
  };
  assert.deepEqual(csvProblems('id,period,kind,ok\n1,2024-01,a,true\n2,,b,false\n', schema), []);
  assert.deepEqual(csvProblems('id,period,kind,ok\n1,2024-13,c,yes\n1,2024-01,a,true\n,2024-01,a,true\n', schema), [
    'line 2, period: "2024-13" is not a yearmonth YYYY-MM',
    'line 2, kind: "c" is not one of the enum values',
    'line 2, ok: "yes" is not a boolean',
    'line 3: primary key ["1"] repeats line 2',
    'line 4, id: empty but required',
  ]);
});
