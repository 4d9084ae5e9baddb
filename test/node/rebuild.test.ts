/**
 * The committed datasets are exactly what the pipeline makes from the raw files: rebuilt in
 * memory from ../shared/data/raw (or FPK_RAW) and compared byte for byte with every file under
 * datasets/. Skipped, with a note, where the raw folder is not present.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAll } from '../../scripts/pipeline/build.js';
import { BUILDS } from '../../scripts/dataset-builds/index.js';
import { DATASET_NAMES } from '../../src/registry.js';

const root = resolve(import.meta.dirname, '../..');
const raw = resolve(process.env.FPK_RAW ?? join(root, '../shared/data/raw'));

function committed(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? committed(join(dir, e.name)) : [join(dir, e.name)],
  );
}

test('every registered dataset has a build step, and every build step a registered dataset', () => {
  assert.deepEqual(BUILDS.map((b) => b.name).sort(), [...DATASET_NAMES].sort());
});

/** The first in-memory build, made once: the byte-for-byte check reads it, the determinism check builds once more against it. */
let first: ReturnType<typeof buildAll> | undefined;
const build = () => (first ??= buildAll(raw, BUILDS));

test('datasets/ is reproduced byte for byte from the raw files', { skip: !existsSync(raw) && `no raw folder at ${raw}` }, () => {
  const files = build();
  const onDisk = committed('datasets').sort();
  assert.deepEqual([...files.keys()].sort(), onDisk, 'the same set of files');
  const differ = onDisk.filter((path) => readFileSync(join(root, path), 'utf8') !== files.get(path));
  assert.deepEqual(differ, [], 'files that differ from a fresh build (run npm run data:build and review the diff)');
});

test('the build is deterministic: two runs give identical bytes', { skip: !existsSync(raw) && `no raw folder at ${raw}` }, () => {
  const a = build();
  const b = buildAll(raw, BUILDS);
  assert.notEqual(a, b, 'two separate runs');
  for (const [path, text] of a) assert.equal(b.get(path), text, path);
});
