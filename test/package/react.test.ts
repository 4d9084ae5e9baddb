/**
 * `fentanyl-policy-kit/react` as a React app gets it: installed from the packed tarball (not the
 * source), resolved through the package's `exports` by plain Node and by TypeScript, next to the
 * app's own react, react-dom and @lit/react (the optional peer dependencies).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, root } from './built.js';

let app: string;

before(
  () => {
    ensureBuilt();
    app = mkdtempSync(join(tmpdir(), 'fpk-react-app-'));
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: root, encoding: 'utf8' }),
    );
    const modules = join(app, 'node_modules');
    const installed = join(modules, 'fentanyl-policy-kit');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('tar', ['-xzf', join(app, packed.filename), '-C', installed, '--strip-components=1']);
    // The app's other packages (react, react-dom, @lit/react, lit, vega …): the repository's copies.
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name !== 'fentanyl-policy-kit' && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(modules, name));
    }
  },
  { timeout: 600_000 },
);

after(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

test('plain Node resolves fentanyl-policy-kit/react from the tarball, and react-dom/server renders each wrapper as its element', () => {
  writeFileSync(
    join(app, 'ssr.mjs'),
    `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import * as wrappers from 'fentanyl-policy-kit/react';
const html = Object.fromEntries(
  Object.entries(wrappers).map(([name, Component]) => [
    name,
    renderToString(createElement(Component, { id: 'chart', className: 'wide', jurisdictions: 'US,OH', onFpkReady: () => {} })),
  ]),
);
console.log(JSON.stringify({ resolved: import.meta.resolve('fentanyl-policy-kit/react'), html }));
`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ['ssr.mjs'], { cwd: app, encoding: 'utf8' }));
  assert.equal(out.resolved, `file://${join(app, 'node_modules/fentanyl-policy-kit/dist/components/react/index.js')}`);
  // On the server React writes the tag and its own attributes; the element's properties and
  // event props are set in the browser (@lit/react), where the element draws. A prop the element
  // has no property for (jurisdictions on cases, map and timeline, which take no such attribute
  // since each element declares only its own) is written as an attribute, which the element then
  // reports as unknown-attribute.
  assert.deepEqual(out.html, {
    FpkCases: '<fpk-cases id="chart" class="wide" jurisdictions="US,OH"></fpk-cases>',
    FpkChart: '<fpk-chart id="chart" class="wide"></fpk-chart>',
    FpkCompare: '<fpk-compare id="chart" class="wide"></fpk-compare>',
    FpkMap: '<fpk-map id="chart" class="wide" jurisdictions="US,OH"></fpk-map>',
    FpkTimeline: '<fpk-timeline id="chart" class="wide" jurisdictions="US,OH"></fpk-timeline>',
    FpkTrend: '<fpk-trend id="chart" class="wide"></fpk-trend>',
  });
});

test(
  "TypeScript finds the wrappers' types through the package's exports: typed event details, and a wrong attribute does not compile",
  { timeout: 120_000 },
  () => {
    writeFileSync(
      join(app, 'app.tsx'),
      `import { FpkCompare, FpkTrend, type FpkChangeDetail } from 'fentanyl-policy-kit/react';

export function App() {
  return (
    <>
      <FpkTrend
        jurisdictions="US,OH"
        theme="dark"
        onFpkChange={(event) => {
          const detail: FpkChangeDetail = event.detail;
          const next: string | null | undefined = event.detail.attributes.jurisdictions;
          if (next === null) event.preventDefault();
          void detail;
        }}
        onFpkReady={(event) => event.detail.rows.toFixed(0)}
      />
      <FpkCompare highlight="OH" onFpkSelect={(event) => event.detail.datum['code']} />
      {/* @ts-expect-error no such attribute */}
      <FpkTrend jurisdiction="US" />
      {/* @ts-expect-error theme is auto, light or dark */}
      <FpkCompare theme="sepia" />
    </>
  );
}
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    // Both resolutions an app's tsconfig is likely to use; neither may fall back to the source.
    for (const resolution of [
      ['--module', 'esnext', '--moduleResolution', 'bundler'],
      ['--module', 'node16', '--moduleResolution', 'node16'],
    ]) {
      const args = [
        tsc,
        '--noEmit',
        '--strict',
        '--jsx',
        'react-jsx',
        '--target',
        'es2022',
        '--skipLibCheck',
        '--traceResolution',
        ...resolution,
        'app.tsx',
      ];
      let output: string;
      try {
        output = execFileSync(process.execPath, args, { cwd: app, encoding: 'utf8' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
      }
      assert.deepEqual(output.match(/^.*error TS\d+.*$/gm) ?? [], [], `tsc ${resolution.join(' ')}`);
      assert.match(
        output,
        /Module name 'fentanyl-policy-kit\/react' was successfully resolved to '[^']*\/node_modules\/fentanyl-policy-kit\/dist\/components\/react\/index\.d\.ts'/,
      );
    }
  },
);

test(
  'the JSX typings resolve from the tarball: a Preact file that references fentanyl-policy-kit/jsx/preact checks the attributes',
  { timeout: 120_000 },
  () => {
    writeFileSync(
      join(app, 'preact-app.tsx'),
      `/** @jsxImportSource preact */
/// <reference types="fentanyl-policy-kit/jsx/preact" />
export const page = (
  <>
    <fpk-trend jurisdictions="US,OH" theme="dark" onfpk-ready={(event) => event.detail.rows.toFixed(0)} />
    {/* @ts-expect-error no such attribute */}
    <fpk-trend jurisdiction="US" />
    {/* @ts-expect-error theme is auto, light or dark */}
    <fpk-map theme="sepia" />
  </>
);
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const args = [tsc, '--noEmit', '--strict', '--jsx', 'react-jsx', '--target', 'es2022', '--skipLibCheck', '--module', 'esnext'];
    let output: string;
    try {
      output = execFileSync(process.execPath, [...args, '--moduleResolution', 'bundler', '--traceResolution', 'preact-app.tsx'], {
        cwd: app,
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    assert.deepEqual(output.match(/^.*error TS\d+.*$/gm) ?? [], [], 'tsc');
    assert.match(
      output,
      /'fentanyl-policy-kit\/jsx\/preact' was successfully resolved to '[^']*\/node_modules\/fentanyl-policy-kit\/dist\/components\/jsx\/preact\.d\.ts'/,
    );
  },
);
