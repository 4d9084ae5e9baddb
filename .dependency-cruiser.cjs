// The layering rules, written down once (docs/ARCHITECTURE.md explains them). Run by `npm run lint`
// (`npm run layers` alone): `depcruise` exits non-zero and names the import that breaks a rule.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'sdk-imports-only-sdk',
      severity: 'error',
      comment:
        'src/ is the SDK: no DOM, shipped to Node and the browser. It never imports the elements (components/), the embed page, the gallery or the build scripts; what both sides need lives in src/.',
      from: { path: '^src/' },
      to: { path: '^(components|embed|examples|scripts)/' },
    },
    {
      name: 'elements-do-not-import-scripts',
      severity: 'error',
      comment: 'components/ ships to browsers; scripts/ is the data pipeline and build tooling.',
      from: { path: '^components/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'chart-folders-are-independent',
      severity: 'error',
      comment:
        'src/charts/<chart>/ folders never import each other; code two charts share goes in src/charts/*.ts, shared words in src/i18n/.',
      from: { path: '^src/charts/([^/]+)/' },
      to: { path: '^src/charts/([^/]+)/', pathNot: '^src/charts/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules are one concept split in two, or a layer imports back up.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Only our own code: packages are checked by test/node/dependencies.test.ts.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|coverage|\\.cache|bench-results)/|^examples/react/(app\\.bundle|chunks)' },
    // `import type` is erased at build time but still a dependency of the design: keep it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
