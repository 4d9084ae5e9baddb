#!/usr/bin/env node
/**
 * Pre-bundles the examples the dev server cannot serve from source: React is CommonJS, and
 * @web/dev-server only compiles TypeScript, so examples/react/main.tsx is bundled with esbuild
 * into examples/react/app.bundle.js (git-ignored). Code splitting keeps the library's own lazy
 * chunks lazy: vega and the map geometry load from examples/react/chunks/ only when a chart
 * needs them. `npm start` runs this first; the gallery test runs it too.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}examples/react`;

await rm(`${outdir}/chunks`, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { 'app.bundle': 'examples/react/main.tsx' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  // React reads process.env.NODE_ENV; the production build has no dev-only warnings.
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  logOverride: { 'unsupported-dynamic-import': 'silent' },
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(
  `examples/react/app.bundle.js and ${Object.keys(result.metafile.outputs).length - 1} more files (${(bytes / 1024).toFixed(0)} KB) built`,
);
