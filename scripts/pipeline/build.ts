/**
 * Runs every dataset build step against one raw folder and returns the files to write. All
 * problems of all datasets are collected first; if there is any, nothing is returned to write.
 */
import { BuildContext, BuildFailed } from './context.js';
import type { DatasetBuild } from './dataset.js';
import { renderDataset, validateRows, type FileMap } from './output.js';

export function buildAll(rawDir: string, builds: readonly DatasetBuild[]): FileMap {
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
    if (ctx.problems.length === before) ctx.problems.push(...validateRows(build, result.rows));
    // Charts print the release date; it must be a full date (YYYY-MM-DD).
    if (!/^\d{4}-\d{2}-\d{2}$/.test(result.meta.released)) {
      ctx.problem({ file: `datasets/${build.name}/meta.json`, column: 'released', value: result.meta.released, expected: 'a release date YYYY-MM-DD' });
    }
    outputs.push({ build, result });
  }
  if (ctx.problems.length) throw new BuildFailed(ctx.problems);
  const files: FileMap = new Map();
  for (const { build, result } of outputs) {
    for (const [path, text] of renderDataset(build, result.rows, result.meta)) files.set(path, text);
  }
  return files;
}
