/**
 * The package as an app's bundler gets it: the packed tarball installed into a fresh project (npm,
 * from the registry or its cache), the elements imported through their npm entry points and
 * bundled with esbuild, as a developer would.
 *
 * - `fentanyl-policy-kit/components/fpk-cases.js` alone bundles no vega, with code splitting or
 *   without (the table never draws a chart; vega's `import()` is registered by the chart elements'
 *   define modules only, components/shared/use-vega.ts).
 * - With splitting, `<fpk-trend>`'s vega chunk is the lean vega the CDN serves (the prebuilt
 *   dist/components/shared/vega-lean.js): at most BUDGET × the CDN's vega chunk, brotli.
 * - The install holds one copy of each vega package (the `vega` umbrella package, whose pins
 *   disagree with its own packages, is not a dependency).
 * - A bundled Node script's `loadDataset` finds the data: in the installed package when the
 *   script runs where Node finds it, or where `setDataBaseURL` says.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyze } from '../../scripts/size.mjs';
import { ensureBuilt, root } from './built.js';

/** The bundler's vega chunk may cost this much more than the CDN's (esbuild re-minifies terser's output a little differently). */
const BUDGET = 1.15;
/** Strings only vega's code holds (as in cdn.test.ts). */
const VEGA_MARKERS = ['Unrecognized transform type', 'Unrecognized scale type'];

let dir: string;
let cdnVegaBrotli: number;

const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const hasVega = (code: string) => VEGA_MARKERS.some((m) => code.includes(m));

interface Output {
  readonly file: string;
  readonly code: string;
  readonly bytes: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** esbuild, minified, for the browser, as an app's build would run it; every output file with its sizes. */
async function bundle(name: string, source: string, splitting: boolean): Promise<Output[]> {
  const out = join(dir, 'out', name);
  rmSync(out, { recursive: true, force: true });
  writeFileSync(join(dir, `${name}.js`), source);
  await build({
    entryPoints: [join(dir, `${name}.js`)],
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    splitting,
    platform: 'browser',
    outdir: out,
    logLevel: 'error',
  });
  return readdirSync(out).map((file) => {
    const b = readFileSync(join(out, file));
    return { file, code: b.toString('utf8'), bytes: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: brotli(b) };
  });
}

before(
  () => {
    ensureBuilt();
    const cdn = analyze(root);
    cdnVegaBrotli = cdn.chunks.find((c: { fileName: string }) => c.fileName === cdn.vegaChunks[0])!.brotli;
    dir = mkdtempSync(join(tmpdir(), 'fpk-bundler-'));
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }),
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bundler-app', version: '1.0.0', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${packed.filename}`], {
      cwd: dir,
      stdio: 'pipe',
      timeout: 480_000,
    });
  },
  { timeout: 900_000 },
);

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the install holds one copy of each vega package', () => {
  const copies = new Map<string, string[]>();
  const walk = (modules: string) => {
    let entries: string[];
    try {
      entries = readdirSync(modules);
    } catch {
      return;
    }
    for (const name of entries) {
      if (name.startsWith('@')) {
        for (const scoped of readdirSync(join(modules, name))) walk(join(modules, name, scoped, 'node_modules'));
        continue;
      }
      if (/^vega(-|$)/.test(name)) {
        const { version } = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string };
        (copies.get(name) ?? copies.set(name, []).get(name)!).push(`${version} at ${join(modules, name).slice(dir.length + 1)}`);
      }
      walk(join(modules, name, 'node_modules'));
    }
  };
  walk(join(dir, 'node_modules'));
  assert.ok(copies.has('vega-scenegraph') && copies.has('vega-view'), `the walk finds the vega packages: ${[...copies.keys()].join(', ')}`);
  assert.ok(!copies.has('vega'), 'the vega umbrella package is not installed (it pins versions its own packages disagree with)');
  const duplicated = [...copies].filter(([, list]) => list.length > 1).map(([name, list]) => `${name}: ${list.join(', ')}`);
  assert.deepEqual(duplicated, []);
});

test('<fpk-cases> alone bundles no vega, with code splitting or without; <fpk-trend> without splitting does (else the check proves nothing)', async () => {
  const cases = "import 'fentanyl-policy-kit/components/fpk-cases.js';\n";
  for (const splitting of [false, true]) {
    const files = await bundle(`cases-${splitting ? 'split' : 'single'}`, cases, splitting);
    for (const f of files) assert.ok(!hasVega(f.code), `${f.file} (splitting: ${splitting}) holds vega, ${f.bytes} bytes`);
    const total = files.reduce((n, f) => n + f.bytes, 0);
    assert.ok(total < 200_000, `fpk-cases bundles to ${total} bytes minified (was 939 KB with vega inlined)`);
  }
  const trend = await bundle('trend-single', "import 'fentanyl-policy-kit/components/fpk-trend.js';\n", false);
  assert.equal(trend.length, 1);
  assert.ok(hasVega(trend[0]!.code), 'a chart element bundled without splitting carries vega');
});

test(`with code splitting <fpk-trend>'s vega is one lazy chunk of at most ${BUDGET} × the CDN's vega chunk (brotli)`, async () => {
  const files = await bundle('trend-split', "import 'fentanyl-policy-kit/components/fpk-trend.js';\n", true);
  const vega = files.filter((f) => hasVega(f.code));
  assert.equal(vega.length, 1, `one chunk holds vega: ${vega.map((f) => f.file).join(', ')}`);
  const [chunk] = vega;
  const entry = files.find((f) => f.file === 'trend-split.js')!;
  assert.ok(!hasVega(entry.code), 'the entry holds no vega');
  assert.ok(
    chunk!.brotli <= BUDGET * cdnVegaBrotli,
    `vega chunk ${chunk!.bytes} bytes minified, ${chunk!.gzip} gzip, ${chunk!.brotli} brotli; the CDN's is ${cdnVegaBrotli} brotli`,
  );
  // The lean one: none of the transforms our specs never use (vega's full build registers "kde", "wordcloud"…).
  for (const left of ['wordcloud', 'voronoi', 'contour']) assert.ok(!chunk!.code.includes(`"${left}"`), `${left} is in the vega chunk`);
});

test('a bundled Node script finds the data: in the installed package, or where setDataBaseURL says', async () => {
  const script = (name: string, source: string, into: string) =>
    build({
      stdin: { contents: source, resolveDir: dir, sourcefile: `${name}.js` },
      absWorkingDir: dir,
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: join(into, `${name}.mjs`),
      logLevel: 'error',
    });
  const fto = "const { rows } = await loadDataset('designations', { types: ['FTO'] });\nconsole.log(rows.length, rows[0].type);\n";
  await script('installed', `import { loadDataset } from 'fentanyl-policy-kit';\n${fto}`, join(dir, 'out', 'server'));
  const run = (file: string, cwd: string) => execFileSync(process.execPath, [file], { cwd, encoding: 'utf8' }).trim();
  // 17 FTO records (as in package.test.ts).
  assert.equal(run(join(dir, 'out', 'server', 'installed.mjs'), dir), '17 FTO');

  // Deployed without node_modules: the data copied beside the script and named.
  const away = mkdtempSync(join(tmpdir(), 'fpk-deployed-'));
  try {
    await script(
      'chosen',
      `import { loadDataset, setDataBaseURL } from 'fentanyl-policy-kit';\nsetDataBaseURL(new URL('./data/', import.meta.url));\n${fto}`,
      away,
    );
    cpSync(join(dir, 'node_modules/fentanyl-policy-kit/dist/datasets'), join(away, 'data'), { recursive: true });
    assert.equal(run(join(away, 'chosen.mjs'), away), '17 FTO');
    // Without the call, the error says what to do.
    cpSync(join(dir, 'out', 'server', 'installed.mjs'), join(away, 'installed.mjs'));
    mkdirSync(join(away, 'empty'));
    assert.throws(
      () => execFileSync(process.execPath, [join(away, 'installed.mjs')], { cwd: join(away, 'empty'), encoding: 'utf8', stdio: 'pipe' }),
      (e: { stderr: string }) => /Could not load designations\/meta\.json: .*setDataBaseURL\(\)/.test(e.stderr),
    );
  } finally {
    rmSync(away, { recursive: true, force: true });
  }
});
