/**
 * `npm run data:build -- [--raw <dir>] [--out <dir>] [--check]`: rebuilds every dataset from the
 * raw files. Writes nothing unless every dataset built without a problem; `--check` writes nothing
 * and exits 1 when the committed files differ from a fresh build. `--out` builds into another
 * folder's `datasets/` (its files there are the change report's baseline), e.g. to try a refresh.
 * In the repository it also rewrites the README's freshness table and CITATION.cff from the new
 * meta (`--as-of <YYYY-MM-DD|today>` re-dates the table's ages; see scripts/pipeline/docs.ts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/schema-engine.js';
import { BuildFailed } from './pipeline/context.js';
import { buildAll } from './pipeline/build.js';
import { generatedDocs } from './pipeline/docs.js';
import type { DatasetMeta } from '../src/meta.js';
import { BUILDS } from './dataset-builds/index.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { raw: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' }, 'as-of': { type: 'string' } },
});
const root = values.out ? resolve(values.out) : repo;
export const DEFAULT_RAW = resolve(repo, '../shared/data/raw');

/** Files under datasets/<name>/ that the build owns (everything there is generated). */
function committedFiles(name: string): string[] {
  const dir = join(root, 'datasets', name);
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir).map((f) => f.slice(root.length + 1));
}

function main(): number {
  const raw = resolve(values.raw ?? process.env.FPK_RAW ?? DEFAULT_RAW);
  let files;
  try {
    files = buildAll(raw, BUILDS, { previousRoot: root });
  } catch (error) {
    if (!(error instanceof BuildFailed)) throw error;
    console.error(`data:build failed: ${error.problems.length} problem(s) in ${raw}; nothing was written.`);
    for (const p of error.problems.slice(0, 200)) console.error(`  ${formatProblem(p)}`);
    if (error.problems.length > 200) console.error(`  … and ${error.problems.length - 200} more`);
    return 1;
  }
  if (!values.out) {
    const metas = BUILDS.map((b) => JSON.parse(files.get(`datasets/${b.name}/meta.json`)!) as DatasetMeta);
    for (const [path, text] of generatedDocs(root, metas, values['as-of'])) files.set(path, text);
  }
  const stale = BUILDS.flatMap((b) => committedFiles(b.name)).filter((f) => !files.has(f));
  if (values.check) {
    const differ = [...files].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text);
    for (const [path] of differ) console.error(`differs: ${path}`);
    for (const path of stale) console.error(`not produced by the build: ${path}`);
    if (differ.length || stale.length) return 1;
    console.log(`data:build --check: ${files.size} files reproduced byte for byte from ${raw}`);
    return 0;
  }
  for (const path of stale) rmSync(join(root, path));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  console.log(`data:build: wrote ${files.size} files from ${raw}`);
  return 0;
}

process.exitCode = main();
