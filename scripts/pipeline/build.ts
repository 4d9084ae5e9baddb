/**
 * Runs every dataset build step against one raw folder and returns the files to write. All
 * problems of all datasets are collected first; if there is any, nothing is returned to write.
 * Besides each dataset's files: `datasets/datapackage.json` (all datasets as one Data Package) and
 * `datasets/CHANGES.md` (what changed against the build on disk, see changes.ts).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changeReport } from './changes.js';
import { BuildContext, BuildFailed } from './context.js';
import { collectionPackage } from './datapackage.js';
import type { DatasetBuild } from './dataset.js';
import { renderDataset, validateRows, type FileMap } from './output.js';

/** The repository root: its `datasets/` is the committed build. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface BuildOptions {
  /** Folder whose `datasets/` holds the build this one replaces (the change report's baseline); default the repository. */
  readonly previousRoot?: string;
}

export function buildAll(rawDir: string, builds: readonly DatasetBuild[], options: BuildOptions = {}): FileMap {
  const ctx = new BuildContext(rawDir);
  const outputs: { build: DatasetBuild; result: ReturnType<DatasetBuild['build']> }[] = [];
  for (const build of builds) {
    const before = ctx.problems.length;
    let result: ReturnType<DatasetBuild['build']>;
    try {
      result = build.build(ctx);
    } catch (error) {
      ctx.problem({ file: `datasets/${build.name}`, expected: `the build step to finish (it threw: ${(error as Error).message})` });
      continue;
    }
    // Rows are checked against the output schema only when the raw input was clean; otherwise
    // the same fault would be reported twice.
    if (ctx.problems.length === before) ctx.problems.push(...validateRows(build, result.rows, result.superseded));
    // Charts print the release date; it must be a full date (YYYY-MM-DD).
    if (!/^\d{4}-\d{2}-\d{2}$/.test(result.meta.released)) {
      ctx.problem({
        file: `datasets/${build.name}/meta.json`,
        column: 'released',
        value: result.meta.released,
        expected: 'a release date YYYY-MM-DD',
      });
    }
    outputs.push({ build, result });
  }
  if (ctx.problems.length) throw new BuildFailed(ctx.problems);
  const files: FileMap = new Map();
  const rendered = outputs.map(({ build, result }) => ({ build, ...renderDataset(build, result.rows, result.meta, result.superseded) }));
  for (const r of rendered) for (const [path, text] of r.files) files.set(path, text);
  files.set('datasets/datapackage.json', `${JSON.stringify(collectionPackage(rendered), null, 2)}\n`);
  files.set('datasets/CHANGES.md', changeReport(rendered, options.previousRoot ?? REPO_ROOT));
  return files;
}
