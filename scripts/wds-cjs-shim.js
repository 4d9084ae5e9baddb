/**
 * Dev-server plugin: serves papaparse's UMD build as an ES module with a default export, so
 * sources can `import Papa from 'papaparse'` unchanged in Node, rollup and the browser tests.
 * (@rollup/plugin-commonjs does not work through @web/dev-server-rollup's adapter.)
 */
export function cjsShim({ match = /\/node_modules\/papaparse\/papaparse(\.min)?\.js$/ } = {}) {
  return {
    name: 'fpk-cjs-shim',
    transform(context) {
      if (!match.test(context.path)) return undefined;
      return {
        body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}
