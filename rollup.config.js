// Library build: ES modules that keep the source layout (dist/src, dist/components, dist/datasets),
// so `new URL('../datasets/…', import.meta.url)` resolves the same in source, in dist and on a CDN.
// Declarations come from `tsc -p tsconfig.build.json`; dataset modules are copied as generated.
// The browser builds (dist/cdn/fpk.js, dist/embed/) are in scripts/build/cdn.mjs.
import typescript from '@rollup/plugin-typescript';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { browserBuilds } from './scripts/build/cdn.mjs';

const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')));
// Peer dependencies (react, @lit/react for `fentanyl-policy-kit/react`) are the consumer's copies, never bundled.
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), /^node:/].map((d) =>
  typeof d === 'string' ? new RegExp(`^${d}(/|$)`) : d,
);

function copyDatasets() {
  return {
    name: 'copy-datasets',
    writeBundle() {
      for (const name of readdirSync('datasets')) {
        if (existsSync(`datasets/${name}/meta.json`)) cpSync(`datasets/${name}`, `dist/datasets/${name}`, { recursive: true });
      }
    },
  };
}

// `fentanyl-policy-kit/components` (all elements) and `fentanyl-policy-kit/components/<tag>.js` (one).
const elementInputs = readdirSync('components')
  .filter((tag) => tag.startsWith('fpk-') && existsSync(`components/${tag}/define.ts`))
  .map((tag) => `components/${tag}/define.ts`);
// `fentanyl-policy-kit/jsx/<framework>`: types (tsc's declarations) and an empty module, so a plain `import` of one works too.
const jsxInputs = readdirSync('components/jsx')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `components/jsx/${f}`);
const inputs = [
  'src/index.ts',
  'src/cli/bin.ts',
  'src/render/index.ts',
  'components/index.ts',
  'components/react/index.ts',
  ...jsxInputs,
  ...elementInputs,
];

/**
 * The chart elements' `import('./vega-lean.js')` (components/shared/use-vega.ts) stays as written:
 * scripts/build/cdn.mjs puts the prebuilt lean vega at dist/components/shared/vega-lean.js, the
 * same vega as the CDN's chunk, instead of this build's per-module copy of the source.
 */
const LEAN_VEGA = {
  name: 'lean-vega-import',
  resolveDynamicImport: (specifier, importer) =>
    specifier === './vega-lean.js' && /components\/shared\/use-vega\.ts$/.test(importer) ? false : null,
};

/** Likewise `<fpk-chart>`'s `import … from './vega-lite.js'`: the prebuilt compiler goes there (before the TypeScript plugin resolves it to the source). */
const PREBUILT_VEGA_LITE = {
  name: 'prebuilt-vega-lite-import',
  resolveId: (specifier, importer) =>
    specifier === './vega-lite.js' && importer && /src\/charts\/chart\/model\.ts$/.test(importer)
      ? { id: './vega-lite.js', external: 'relative' }
      : null,
};

const library = {
  input: inputs,
  external: (id) => external.some((re) => re.test(id)) || (id.includes('/datasets/') && id.endsWith('/index.js')),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: '.',
    // TypeScript's decorator helper (tslib, a dev dependency) ships inside the package, under dist/src.
    entryFileNames: (chunk) => `${chunk.name.replace(/^(.*\/)?node_modules\//, 'src/vendor/')}.js`,
    sourcemap: true,
  },
  plugins: [
    PREBUILT_VEGA_LITE,
    // noCheck: types are checked by `tsc` (npm run typecheck; tsconfig.build.json's declaration
    // emit), where an error fails; here it would only be a warning, once per rollup build.
    typescript({
      tsconfig: 'tsconfig.json',
      compilerOptions: { noEmit: false, noCheck: true, declaration: false, outDir: 'dist', rootDir: '.', sourceMap: true },
      include: ['src/**/*.ts', 'components/**/*.ts', 'embed/**/*.ts'],
    }),
    LEAN_VEGA,
    copyDatasets(),
  ],
};

export default [library, ...browserBuilds];
