/**
 * What the Data Package Standard v2 requires of a package, its data resources and their Table
 * Schemas, as a JSON Schema (draft-07) for ajv: written for this project from the normative text
 * of https://datapackage.org/standard/data-package/, /data-resource/, /table-schema/ and
 * /table-dialect/ (v2.0, 2024), not a copy of the official profile files. It covers the
 * properties our descriptors use and the rules the standard states for them ("MUST"), and leaves
 * other properties open, as the standard does.
 *
 * The official profile (https://datapackage.org/profiles/2.0/datapackage.json) is not shipped by
 * any npm package and tests run offline; set FPK_DATAPACKAGE_PROFILE to a downloaded copy to
 * validate against it as well (test/node/datapackage.test.ts).
 */

/** A URL, or a POSIX path that is relative, does not start with `.`, `/` or `~`, and never climbs with `../`. */
const PATH = '^((?=[^./~])(?!file:)((?!/\\.\\./)(?!\\\\)(?!://).)*|(http|ftp)s?://.*)$';

const TABLE_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];

const licence = {
  type: 'object',
  anyOf: [{ required: ['name'] }, { required: ['path'] }],
  properties: {
    name: { type: 'string', pattern: '^([-a-zA-Z0-9._])+$' },
    path: { type: 'string', pattern: PATH },
    title: { type: 'string' },
  },
};

const source = {
  type: 'object',
  minProperties: 1,
  properties: {
    title: { type: 'string' },
    path: { type: 'string', pattern: PATH },
    email: { type: 'string', format: 'email' },
    version: { type: 'string' },
  },
};

const missingValues = {
  type: 'array',
  items: {
    anyOf: [
      { type: 'string' },
      { type: 'object', required: ['value'], properties: { value: { type: 'string' }, label: { type: 'string' } } },
    ],
  },
};

const field = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    type: { enum: TABLE_TYPES },
    title: { type: 'string' },
    description: { type: 'string' },
    format: { type: 'string' },
    missingValues,
    trueValues: { type: 'array', minItems: 1, items: { type: 'string' } },
    falseValues: { type: 'array', minItems: 1, items: { type: 'string' } },
    delimiter: { type: 'string', minLength: 1 },
    itemType: { enum: ['string', 'integer', 'boolean', 'number', 'datetime', 'date', 'time'] },
    constraints: {
      type: 'object',
      properties: {
        required: { type: 'boolean' },
        unique: { type: 'boolean' },
        minLength: { type: 'integer', minimum: 0 },
        maxLength: { type: 'integer', minimum: 0 },
        pattern: { type: 'string' },
        enum: { type: 'array', minItems: 1, uniqueItems: true },
      },
    },
  },
  // The properties a field of a given type may carry (trueValues only on booleans, delimiter and itemType only on lists).
  allOf: [
    {
      if: { not: { properties: { type: { const: 'boolean' } }, required: ['type'] } },
      then: { not: { anyOf: [{ required: ['trueValues'] }, { required: ['falseValues'] }] } },
    },
    {
      if: { not: { properties: { type: { const: 'list' } }, required: ['type'] } },
      then: { not: { anyOf: [{ required: ['delimiter'] }, { required: ['itemType'] }] } },
    },
  ],
};

const tableSchema = {
  type: 'object',
  required: ['fields'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    fields: { type: 'array', minItems: 1, items: field },
    missingValues,
    primaryKey: { oneOf: [{ type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } }, { type: 'string' }] },
    uniqueKeys: { type: 'array', minItems: 1, items: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } } },
    foreignKeys: { type: 'array', minItems: 1 },
    fieldsMatch: { enum: ['exact', 'equal', 'subset', 'superset', 'partial'] },
  },
};

const dialect = {
  type: 'object',
  properties: {
    header: { type: 'boolean' },
    delimiter: { type: 'string', minLength: 1 },
    lineTerminator: { type: 'string', minLength: 1 },
    quoteChar: { type: 'string', minLength: 1, maxLength: 1 },
    doubleQuote: { type: 'boolean' },
  },
};

const resource = {
  type: 'object',
  required: ['name'],
  oneOf: [{ required: ['path'] }, { required: ['data'] }],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    name: { type: 'string', minLength: 1 },
    path: {
      oneOf: [
        { type: 'string', pattern: PATH },
        { type: 'array', minItems: 1, items: { type: 'string', pattern: PATH } },
      ],
    },
    type: { enum: ['table'] },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', format: 'uri' },
    format: { type: 'string' },
    mediatype: { type: 'string', pattern: '^(.+)/(.+)$' },
    encoding: { type: 'string' },
    bytes: { type: 'integer', minimum: 0 },
    // MD5 hex, or "<algorithm>:<hex>".
    hash: { type: 'string', pattern: '^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$' },
    dialect: { oneOf: [dialect, { type: 'string' }] },
    schema: { oneOf: [tableSchema, { type: 'string' }] },
    sources: { type: 'array', items: source },
    licenses: { type: 'array', minItems: 1, items: licence },
  },
};

/** A Data Package v2 descriptor. */
export const DATA_PACKAGE_V2 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Data Package (v2), as this project checks it',
  type: 'object',
  required: ['resources'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    name: { type: 'string', minLength: 1 },
    id: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', format: 'uri' },
    version: { type: 'string' },
    created: { type: 'string', format: 'date-time' },
    keywords: { type: 'array', minItems: 1, items: { type: 'string' } },
    image: { type: 'string' },
    contributors: { type: 'array', minItems: 1, items: { type: 'object', minProperties: 1 } },
    licenses: { type: 'array', minItems: 1, items: licence },
    sources: { type: 'array', items: source },
    resources: { type: 'array', minItems: 1, items: resource },
  },
} as const;
