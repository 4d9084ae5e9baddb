/**
 * The layering rules in .dependency-cruiser.cjs hold on the code as it is (`npm run layers` is the
 * same check), and each rule does catch the import it forbids: a small tree in a temp folder
 * breaks one rule per file, cruised with the same config.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');
const layersScript = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.layers!;
const folders = layersScript.split(' ').filter((word) => /^[a-z]+$/.test(word) && word !== 'depcruise');

function cruise(cwd: string, targets: readonly string[]) {
  const run = spawnSync(depcruise, [...targets, '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
    cwd,
    encoding: 'utf8',
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

test('the code keeps its layers: no import breaks a rule and there is no cycle', () => {
  assert.deepEqual(folders, ['src', 'components', 'embed', 'examples', 'scripts', 'test', 'datasets']);
  const { code, out } = cruise(root, folders);
  assert.equal(code, 0, out);
  assert.match(out, /no dependency violations found \(\d{3,} modules/);
});

test('each layering rule fails on the import it forbids, naming the rule and both files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fpk-layers-'));
  try {
    const files: Record<string, string> = {
      'src/index.ts': "import { element } from '../components/fpk-trend/fpk-trend.js';\nexport const sdk = element;\n",
      'src/charts/map/model.ts': "import { trend } from '../trend/model.js';\nexport const map = trend;\n",
      'src/charts/trend/model.ts': 'export const trend = 1;\n',
      'src/charts/shared.ts': "import { trend } from './trend/model.js';\nexport const shared = trend;\n",
      'components/fpk-trend/fpk-trend.ts': "import { step } from '../../scripts/step.js';\nexport const element = step;\n",
      'scripts/step.ts': "import { b } from './b.js';\nexport const step = b;\n",
      'scripts/b.ts': "import { step } from './step.js';\nexport const b = () => step;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    copyFileSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    const { code, out } = cruise(dir, ['src', 'components', 'scripts']);
    assert.notEqual(code, 0, out);
    assert.match(out, /error sdk-imports-only-sdk: src\/index\.ts → components\/fpk-trend\/fpk-trend\.ts/);
    assert.match(out, /error elements-do-not-import-scripts: components\/fpk-trend\/fpk-trend\.ts → scripts\/step\.ts/);
    assert.match(out, /error chart-folders-are-independent: src\/charts\/map\/model\.ts → src\/charts\/trend\/model\.ts/);
    assert.match(out, /error no-circular: scripts\/(step|b)\.ts →/);
    // Shared chart code may use a chart folder's exports; only chart folders are kept apart.
    assert.doesNotMatch(out, /src\/charts\/shared\.ts →/);
    assert.match(out, /x 4 dependency violations \(4 errors/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
