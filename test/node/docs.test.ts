/**
 * The files written from the datasets' meta are current: the README's freshness table and
 * CITATION.cff read exactly as `npm run data:build` would write them from the committed
 * datasets (so a refresh that forgets them fails here), CITATION.cff has the shape of the
 * Citation File Format 1.2.0, and dataset ages are counted in whole months the same way everywhere.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { BUILDS } from '../../scripts/dataset-builds/index.js';
import { generatedDocs } from '../../scripts/pipeline/docs.js';
import { freshnessAsOf, freshnessRows, monthsSince } from '../../src/freshness.js';
import type { DatasetMeta } from '../../src/meta.js';
import { DATASET_NAMES } from '../../src/registry.js';

const root = resolve(import.meta.dirname, '../..');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const metas = DATASET_NAMES.map((n) => JSON.parse(readFileSync(join(root, `datasets/${n}/meta.json`), 'utf8')) as DatasetMeta);

test('README.md and CITATION.cff are as data:build writes them from the committed datasets', () => {
  const inBuildOrder = BUILDS.map((b) => metas.find((m) => m.name === b.name)!);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(freshnessAsOf(readme), 'the README has a dated freshness block');
  for (const [path, text] of generatedDocs(root, inBuildOrder)) {
    assert.equal(readFileSync(join(root, path), 'utf8'), text, `${path} is stale: run npm run data:build`);
  }
});

test('ages are whole months from the end of the latest period', () => {
  assert.equal(monthsSince('2024-07', '2026-12-03'), 28, 'July 2024 state data, as issue 8 counts it');
  assert.equal(monthsSince('2024-05-03', '2026-12-03'), 31, 'the 2024-05-03 SDN snapshot');
  assert.equal(monthsSince('2025', '2026-12-03'), 11);
  assert.equal(monthsSince('2026-11', '2026-12-03'), 0);
  assert.equal(monthsSince('2024-01', '2024-02-29'), 1, 'a month-end start has its month on the last day of a shorter month');
  assert.equal(monthsSince('2024-01-31', '2024-02-28'), 0);
  const asOf = freshnessAsOf(readFileSync(join(root, 'README.md'), 'utf8'))!;
  const overdoses = freshnessRows(metas, asOf).find((r) => r.dataset === 'overdoses')!;
  const meta = metas.find((m) => m.name === 'overdoses')!;
  assert.equal(overdoses.latestPeriod, meta.coverage.end);
  assert.ok(
    overdoses.releases.every((r) => meta.sources.some((s) => s.released === r)),
    'the latest period comes from releases the meta lists',
  );
  // The series counts, recounted from the committed CSV: each jurisdiction × indicator series' last period.
  const csv = Papa.parse<Record<string, string>>(readFileSync(join(root, 'datasets/overdoses/overdoses.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const ends = new Map<string, string>();
  for (const r of csv) {
    const s = `${r.jurisdiction} ${r.indicator}`;
    if ((ends.get(s) ?? '') < r.period!) ends.set(s, r.period!);
  }
  const count = (p: string) => [...ends.values()].filter((e) => e === p).length;
  assert.equal(overdoses.series, ends.size);
  assert.equal(overdoses.seriesAtLatest, count(overdoses.latestPeriod));
  assert.equal(overdoses.mostSeriesEnd!.series, count(overdoses.mostSeriesEnd!.period));
  assert.ok(
    [...new Set(ends.values())].every((p) => count(p) <= overdoses.mostSeriesEnd!.series),
    'no period ends more series',
  );
});

/** The Citation File Format 1.2.0 rules CITATION.cff relies on (https://github.com/citation-file-format/citation-file-format, schema-guide.md), written for this test. */
const CFF_1_2_0 = {
  type: 'object',
  required: ['cff-version', 'message', 'title', 'authors'],
  properties: {
    'cff-version': { const: '1.2.0' },
    message: { type: 'string', minLength: 1 },
    title: { type: 'string', minLength: 1 },
    type: { enum: ['software', 'dataset'] },
    abstract: { type: 'string', minLength: 1 },
    version: { type: 'string', minLength: 1 },
    license: { type: 'string', pattern: '^[A-Za-z0-9.+-]+$' },
    keywords: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    'date-released': { type: 'string', format: 'date' },
    url: { type: 'string', format: 'uri' },
    'repository-code': { type: 'string', format: 'uri' },
    authors: { $ref: '#/$defs/authors' },
    references: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['type', 'title', 'authors'],
        properties: {
          type: {
            enum: [
              'art',
              'article',
              'book',
              'data',
              'database',
              'dataset',
              'generic',
              'report',
              'software',
              'software-code',
              'standard',
              'website',
            ],
          },
          title: { type: 'string', minLength: 1 },
          authors: { $ref: '#/$defs/authors' },
          'date-released': { type: 'string', format: 'date' },
          version: { type: 'string', minLength: 1 },
          url: { type: 'string', format: 'uri' },
          notes: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
  $defs: {
    authors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        minProperties: 1,
        // A person (family-names, given-names …) or an entity (name).
        properties: {
          name: { type: 'string', minLength: 1 },
          'family-names': { type: 'string' },
          'given-names': { type: 'string' },
          orcid: { type: 'string', format: 'uri' },
        },
        additionalProperties: false,
      },
    },
  },
};

test('CITATION.cff has the shape of CFF 1.2.0, and cites every dataset with its release and version', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(CFF_1_2_0);
  const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8')) as {
    version: string;
    references: { version: string; 'date-released': string }[];
  };
  assert.ok(validate(cff), JSON.stringify(validate.errors, null, 1));
  assert.equal(cff.version, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  assert.deepEqual(cff.references.map((r) => r.version).sort(), metas.map((m) => m.version).sort());
  assert.equal(validate({ ...cff, 'cff-version': '1.1.0' }), false, 'the check can fail');
  assert.equal(validate({ ...cff, authors: [] }), false);
});

test('docs/ARCHITECTURE.md names only files that exist', () => {
  const doc = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const names = new Set(tracked.map((f) => f.split('/').at(-1)!));
  // Written by the build, not committed.
  const generated = new Set(['custom-elements.json']);
  const missing: string[] = [];
  // A path with a folder is read from the repository root; a placeholder (<name>, *) or a dist/ path is not a file.
  for (const [, path] of doc.matchAll(/(?<![\w./<>*-])((?:[\w.-]+\/)+[\w.-]+\.(?:ts|mjs|cjs|js|css|json|html|md))(?![\w/])/g)) {
    if (path!.startsWith('dist/') || path!.startsWith('../') || path!.startsWith('.cache/')) continue;
    if (!existsSync(join(root, path!))) missing.push(path!);
  }
  // A bare file name (`base.ts`) is listed under its folder: it must exist somewhere in the repository.
  for (const [, name] of doc.matchAll(/`([\w.-]+\.(?:ts|mjs|cjs|js|css|json|html))`/g)) {
    if (!names.has(name!) && !generated.has(name!)) missing.push(name!);
  }
  assert.deepEqual([...new Set(missing)], [], 'files docs/ARCHITECTURE.md names that do not exist');
});
