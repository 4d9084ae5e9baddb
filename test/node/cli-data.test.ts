/**
 * `fpk data` prints every row with its provenance, as the README promises: CSV ends with the
 * columns source, release and version; JSON has the same fields on every row. The release is the
 * row's own (overdoses), its raw file's (seizures), else the dataset's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { DatasetMeta } from '../../src/meta.js';

const root = resolve(import.meta.dirname, '../..');
const fpk = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli/bin.ts'), ...args], { cwd: root, encoding: 'utf8' });
const metaOf = (name: string) => JSON.parse(readFileSync(resolve(root, `datasets/${name}/meta.json`), 'utf8')) as DatasetMeta;
const csv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

test('fpk data overdoses: every CSV row names its own release, the source and the dataset version', () => {
  const out = fpk('data', 'overdoses', '--jurisdictions', 'CA,US', '--indicators', 'all-drugs', '--from', '2024-07', '--to', '2024-07');
  assert.equal(out.status, 0, out.stderr);
  const { data, meta } = csv(out.stdout);
  const meta_ = metaOf('overdoses');
  assert.deepEqual(
    meta.fields!.slice(-3),
    ['release', 'source', 'version'],
    'the dataset’s own release column is kept, then source and version',
  );
  assert.equal(meta.fields!.filter((f) => f === 'release').length, 1);
  assert.ok(data.length >= 2);
  for (const row of data) {
    assert.equal(row.source, meta_.credit);
    assert.equal(row.version, meta_.version);
    assert.ok(
      meta_.sources.some((s) => s.released === row.release),
      `release ${row.release} is one of the releases meta lists`,
    );
  }
});

test('fpk data seizures: a row’s release is the vintage of the CBP file it was read from', () => {
  const out = fpk('data', 'seizures', '--drugs', 'fentanyl', '--from', '2025-12', '--to', '2025-12');
  assert.equal(out.status, 0, out.stderr);
  const { data, meta } = csv(out.stdout);
  assert.deepEqual(meta.fields!.slice(-4), ['file', 'source', 'release', 'version']);
  const releaseOfFile = new Map(metaOf('seizures').sources.flatMap((s) => s.files.map((f) => [f.path.split('/').pop()!, s.released])));
  assert.ok(new Set(data.map((r) => r.file)).size >= 2, 'rows from more than one file (OFO/USBP and AMO)');
  for (const row of data) assert.equal(row.release, releaseOfFile.get(row.file!), `${row.file}`);
});

test('fpk data --format json: the same three fields on every row', () => {
  const out = fpk('data', 'designations', '--types', 'FTO', '--format', 'json');
  assert.equal(out.status, 0, out.stderr);
  const { meta, rows } = JSON.parse(out.stdout) as { meta: { version: string }; rows: Record<string, unknown>[] };
  const m = metaOf('designations');
  assert.equal(meta.version, m.version);
  assert.ok(rows.length > 0);
  for (const row of rows) assert.deepEqual([row.source, row.release, row.version], [m.credit, m.released, m.version]);
});
