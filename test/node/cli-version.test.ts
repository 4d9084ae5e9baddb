/** `fpk --version` answers with the library's version and every dataset's data version, exit 0. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { main } from '../../src/cli/fpk.js';
import { DATASET_NAMES } from '../../src/registry.js';
import { loadMeta } from '../../src/load.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

test('fpk --version prints the package version, then one line per dataset with its data version', async () => {
  for (const flag of ['--version', '-v', 'version']) {
    const { code, stdout, stderr } = await run([flag]);
    assert.equal(code, 0, flag);
    assert.equal(stderr, '');
    const [first, ...rest] = stdout.trimEnd().split('\n');
    assert.equal(first, `fentanyl-policy-kit ${pkg.version}`);
    assert.equal(rest.length, DATASET_NAMES.length);
    for (const [i, name] of DATASET_NAMES.entries()) {
      assert.equal(rest[i], `  ${name} ${(await loadMeta(name)).version}`);
    }
  }
});

test('an unknown command still prints the usage, which lists --version, and exits 2', async () => {
  const { code, stdout } = await run(['--verison']);
  assert.equal(code, 2);
  assert.match(stdout, /fpk --version/);
});
