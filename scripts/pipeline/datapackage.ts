/**
 * Frictionless Data Package (v2) descriptors, generated from a dataset's schema, its meta and its
 * canonical CSV, so the descriptor cannot drift from the data:
 *
 * - `datasets/<name>/datapackage.json`: one package per dataset, the unit a reader downloads
 *   (`fentanyl-policy-kit/data/<name>`), with that dataset's version, sources and licence;
 * - `datasets/datapackage.json`: every dataset as one resource of one package, for catalogues and
 *   validators that take a whole collection (as vega-datasets publishes one). Its resources are
 *   the same descriptors with their paths made relative to `datasets/`.
 *
 * Spec: https://datapackage.org/standard/data-package/ (package, resource, Table Schema, dialect).
 * test/node/datapackage.test.ts validates every descriptor and checks every CSV against its schema.
 */
import { createHash } from 'node:crypto';
import type { DatasetMeta } from '../../src/meta.js';
import type { Field, Schema } from '../../src/schema-engine.js';

export const PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/** How an empty cell is written in every canonical CSV: the empty string, and it means null. */
const MISSING_VALUES = [''];

/** The licences the datasets carry, with the texts that say why (Open Definition ids). */
const LICENCES = {
  'us-federal-work': {
    name: 'other-pd',
    title: 'Public domain in the United States: a work of the US federal government (17 U.S.C. § 105)',
    path: 'https://www.copyright.gov/title17/92chap1.html#105',
  },
  'compiled-facts': {
    name: 'other-pd',
    title:
      'Facts compiled from public sources, not subject to copyright (US Copyright Office, Circular 33, Works Not Protected by Copyright); the official acts cited are US federal government works; quotes are short excerpts for verification',
    path: 'https://www.copyright.gov/circs/circ33.pdf',
  },
} as const;

/**
 * Which licence a dataset's `meta.license` text states. The text is the source of truth (it is
 * what charts and docs show); a text this does not recognise fails the build, so a new dataset
 * gets a licence decided on purpose, never a default.
 */
export function licencesOf(meta: Pick<DatasetMeta, 'name' | 'license'>): { name: string; title: string; path: string }[] {
  if (/^Facts compiled/i.test(meta.license)) return [LICENCES['compiled-facts']];
  if (/17 U\.S\.C\. ?§ ?105/.test(meta.license)) return [LICENCES['us-federal-work']];
  throw new Error(
    `datapackage: no licence rule matches the licence text of "${meta.name}": ${JSON.stringify(meta.license)} (add one in scripts/pipeline/datapackage.ts)`,
  );
}

type JsonShape = 'object' | 'array' | 'any';

/** Table Schema type of a json field: array or object when every value in the data is one. */
function jsonShape(name: string, rows: readonly object[]): JsonShape {
  const shapes = new Set<JsonShape>();
  for (const row of rows) {
    const v = (row as Record<string, unknown>)[name];
    if (v === null || v === undefined) continue;
    shapes.add(Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : 'any');
  }
  return shapes.size === 1 ? [...shapes][0]! : 'any';
}

/** One Table Schema field descriptor from one column-schema field. */
function tableField(name: string, field: Field, rows: readonly object[]): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  // An empty list cell is the empty list, which Table Schema readers see as missing: so a list is never "required".
  if (!field.nullable && field.type !== 'list') constraints.required = true;
  const out: Record<string, unknown> = { name, description: field.description };
  switch (field.type) {
    case 'string':
      out.type = 'string';
      break;
    case 'integer':
      out.type = 'integer';
      if (field.min !== undefined) constraints.minimum = field.min;
      break;
    case 'number':
      out.type = 'number';
      if (field.min !== undefined) constraints.minimum = field.min;
      if (field.max !== undefined) constraints.maximum = field.max;
      break;
    case 'boolean': {
      const [t, f] = field.spellings ?? ['true', 'false'];
      Object.assign(out, { type: 'boolean', trueValues: [t], falseValues: [f] });
      break;
    }
    case 'date':
      out.type = 'date';
      break;
    case 'month':
      out.type = 'yearmonth';
      break;
    case 'enum':
      out.type = 'string';
      constraints.enum = [...field.values];
      break;
    case 'list':
      Object.assign(out, { type: 'list', delimiter: field.separator, itemType: 'string' });
      out.description = `${field.description} Items are separated by "${field.separator}"; an empty cell means no items.`;
      break;
    case 'json': {
      const shape = jsonShape(name, rows);
      out.type = shape;
      out.description = `${field.description} Written as JSON text${shape === 'any' ? '' : ` (a JSON ${shape})`}.`;
      break;
    }
  }
  // Table Schema has no unit property; `unit` is this package's extension, kept next to the value it describes.
  if (field.unit) out.unit = field.unit;
  if (Object.keys(constraints).length) out.constraints = constraints;
  return out;
}

export function tableSchema(schema: Schema, rows: readonly object[]): Record<string, unknown> {
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: Object.entries(schema.fields).map(([name, field]) => tableField(name, field, rows)),
    missingValues: MISSING_VALUES,
    ...(schema.key?.length ? { primaryKey: [...schema.key] } : {}),
  };
}

/** `created` is a date-time; the build is deterministic, so it is the dataset's release date, not the clock. */
function createdOf(meta: DatasetMeta): string {
  return `${meta.released}T00:00:00Z`;
}

/** The data resource of one dataset: its canonical CSV, described. */
export function dataResource(
  meta: DatasetMeta,
  schema: Schema,
  rows: readonly object[],
  csv: string,
  pathPrefix = '',
): Record<string, unknown> {
  return {
    name: meta.name,
    type: 'table',
    path: `${pathPrefix}${meta.name}.csv`,
    title: meta.title,
    description: meta.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(csv),
    hash: `sha256:${createHash('sha256').update(csv).digest('hex')}`,
    dialect: { header: true, delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true },
    schema: tableSchema(schema, rows),
    sources: meta.sources.map((s) => ({
      title: s.released ? `${s.title} (released ${s.released})` : s.title,
      path: s.url,
      ...(s.released ? { version: s.released } : {}),
    })),
    licenses: licencesOf(meta),
  };
}

/** `datasets/<name>/datapackage.json`. */
export function datasetPackage(meta: DatasetMeta, resource: Record<string, unknown>): Record<string, unknown> {
  return {
    $schema: PACKAGE_PROFILE,
    name: meta.name,
    title: meta.title,
    description: `${meta.description} Caveats: ${meta.caveats.join(' ')}`.trim(),
    version: meta.version,
    created: createdOf(meta),
    keywords: ['fentanyl-policy-kit', meta.name],
    licenses: licencesOf(meta),
    sources: resource.sources,
    resources: [resource],
  };
}

/** `datasets/datapackage.json`: every dataset as a resource of one package. */
export function collectionPackage(entries: readonly { meta: DatasetMeta; resource: Record<string, unknown> }[]): Record<string, unknown> {
  const versions = entries.map((e) => `${e.meta.name}@${e.meta.version}`).sort();
  const licences = new Map(entries.flatMap((e) => licencesOf(e.meta)).map((l) => [l.path, l]));
  const sources = new Map(
    entries.flatMap((e) => e.resource.sources as { path: string; title: string }[]).map((s) => [`${s.path} ${s.title}`, s]),
  );
  return {
    $schema: PACKAGE_PROFILE,
    name: 'fentanyl-policy-kit',
    title: 'fentanyl-policy-kit datasets',
    description:
      'Typed, sourced datasets on US drug-overdose deaths, CBP seizures, the US designations aimed at cartels and the court cases that test them. Each resource is also a package of its own in <name>/datapackage.json, with its version; the version of this package is a hash of those versions.',
    // One version for the collection: changes whenever any dataset's version changes.
    version: createHash('sha256').update(versions.join('\n')).digest('hex').slice(0, 10),
    created: `${
      entries
        .map((e) => e.meta.released)
        .sort()
        .at(-1) ?? '1970-01-01'
    }T00:00:00Z`,
    keywords: ['fentanyl-policy-kit', 'overdose', 'cdc', 'ofac', 'sanctions', 'cartels'],
    licenses: [...licences.values()],
    sources: [...sources.values()].sort((a, b) => (a.path + a.title < b.path + b.title ? -1 : 1)),
    resources: entries.map((e) => ({ ...e.resource, path: `${e.meta.name}/${e.resource.path as string}`, version: e.meta.version })),
  };
}
