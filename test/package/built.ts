/**
 * The one build the package tests read. `npm test` runs `npm run build` once, before this suite,
 * and sets FPK_BUILT=1: dist/ is then used as it is, never rebuilt by a test (a test that rebuilt
 * it would race the others reading it). A test file run on its own builds first when dist/ is
 * missing or older than anything it is built from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** What `npm run build` reads; a change to any of them makes dist/ stale. */
const SOURCES = [
  'components',
  'src',
  'embed',
  'datasets',
  'scripts/build',
  'rollup.config.js',
  'tsconfig.json',
  'tsconfig.build.json',
  'custom-elements-manifest.config.mjs',
  'package.json',
];
/** What `npm run build` writes last of each part (rollup's browser build, tsc, the manifest). */
const OUTPUTS = ['dist/cdn-stats.json', 'dist/cdn/fpk.js', 'dist/src/index.d.ts', 'dist/src/cli/bin.js', 'custom-elements.json'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

let checked = false;

export function ensureBuilt(): void {
  if (checked) return;
  checked = true;
  const outputs = OUTPUTS.map((p) => join(root, p));
  const missing = outputs.filter((p) => !existsSync(p));
  if (process.env['FPK_BUILT'] === '1') {
    if (missing.length) throw new Error(`FPK_BUILT=1 but the build left no ${missing.join(', ')}`);
    return;
  }
  const fresh =
    !missing.length &&
    Math.min(...outputs.map((p) => statSync(p).mtimeMs)) >=
      Math.max(
        ...SOURCES.map((p) => join(root, p))
          .filter(existsSync)
          .map(newest),
      );
  if (!fresh) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
}
