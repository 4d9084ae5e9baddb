/**
 * Snapshot testing for spec builders: a value is compared, as pretty JSON, with a committed file
 * in test/snapshots/. A mismatch writes `<name>-changed.json` (git-ignored) to review by diff and
 * fails. A missing snapshot is written on a developer's machine (first run) but fails under CI,
 * where it would otherwise pass without comparing anything.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const SNAPSHOTS = new URL('../snapshots/', import.meta.url);

export function matchSnapshot(name: string, value: unknown, replacer?: (key: string, value: unknown) => unknown): void {
  const text = `${JSON.stringify(value, replacer as never, 2)}\n`;
  const file = new URL(`${name}.json`, SNAPSHOTS);
  if (!existsSync(file)) {
    assert.ok(!process.env.CI, `snapshot test/snapshots/${name}.json is missing: run the tests locally and commit it`);
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, text);
    console.log(`snapshot written (first run): test/snapshots/${name}.json`);
    return;
  }
  if (readFileSync(file, 'utf8') === text) return;
  writeFileSync(new URL(`${name}-changed.json`, SNAPSHOTS), text);
  assert.fail(
    `spec differs from test/snapshots/${name}.json; review test/snapshots/${name}-changed.json (diff) and replace the snapshot if the change is intended`,
  );
}
