/**
 * Every package the code (and the tools' config files) uses by name is declared in package.json, so a fresh `npm ci` installs it
 * on purpose and not because something else happens to pull it in (playwright came with
 * @web/test-runner-playwright, esbuild with @web/dev-server-esbuild, vega's internals with vega).
 * And the shipped code (src/, components/, embed/) imports at run time only `dependencies`: a
 * consumer's install has no devDependencies.
 *
 * "Uses by name": static and dynamic imports, `export … from`, `import.meta.resolve()` and
 * `require()`, read with TypeScript's parser (so comments and strings do not count); import
 * statements inside template literals (the CDN build's virtual vega module, the benchmark's
 * generated pages), and the names in a `…_PACKAGES = ['…']` list such code is written from; and
 * paths into `node_modules/<package>/` (files the build reads directly).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const FOLDERS = ['src', 'components', 'scripts', 'test', 'embed'];
const SHIPPED = ['src', 'components', 'embed'];
const EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs']);

interface Use {
  readonly name: string;
  readonly file: string;
  /** An `import type`, or a use only the build or tests make: needs no install at a consumer's. */
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return EXTENSIONS.has(extname(e.name)) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `lit/decorators.js` → `lit`; `@lit/react` → `@lit/react`; relative, absolute, built-in and URL specifiers → undefined. */
export function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || specifier.includes(':') || specifier.includes('$') || specifier.startsWith('\0') || isBuiltin(specifier))
    return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const EMBEDDED_IMPORT = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*$\s{},]+\s+from\s+)?(['"])([^'"\n]+)\1/g;
const NODE_MODULES_PATH = /node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g;

export function usesIn(file: string, text: string): Use[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: Use[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const name = packageOf(specifier);
    if (name) uses.push({ name, file, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node) ? !!node.importClause?.isTypeOnly : node.isTypeOnly;
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression.getText(source);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || callee === 'require' || callee === 'import.meta.resolve')
        add(node.arguments[0].text, false);
    } else if (
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      // Code this file writes for a bundler or a page (not run by this file, so it counts as a build-time use).
      for (const m of node.text.matchAll(EMBEDDED_IMPORT)) add(m[2]!, true);
    }
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      /_PACKAGES$/.test(node.name.text) &&
      node.initializer &&
      ts.isArrayLiteralExpression(node.initializer)
    ) {
      // A list of package names the file imports by name in code it writes (CDN_TRANSFORM_PACKAGES).
      for (const element of node.initializer.elements) if (ts.isStringLiteral(element)) add(element.text, true);
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      for (const m of node.text.matchAll(NODE_MODULES_PATH)) add(m[1]!, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** The folders, and the tools' config files at the top (rollup.config.js, web-test-runner.config.js…). */
const self = relative(root, import.meta.filename);
const files = [...FOLDERS.flatMap(sourceFiles), ...readdirSync(root).filter((f) => EXTENSIONS.has(extname(f)))].filter((f) => f !== self);
const uses = files.flatMap((file) => usesIn(file, readFileSync(join(root, file), 'utf8')));

test('the scan finds the imports it should (else the checks below prove nothing)', () => {
  const names = new Set(uses.map((u) => u.name));
  // A static import, a dynamic import, a type-only import, one in a template literal, a _PACKAGES list and a node_modules path.
  for (const name of ['lit', 'vega-interpreter', 'playwright', 'vega-dataflow', 'vega-encode', 'vega-transforms'])
    assert.ok(names.has(name), `found ${name}`);
  assert.deepEqual(
    usesIn(
      'x.ts',
      `// import 'in-a-comment';\nconst s = "import 'in-a-string'";\nimport type { T } from 'types-only';\nimport './local.js';\nimport 'node:fs';\nimport fs from 'fs';\nexport { a } from '@scope/pkg/sub.js';\nawait import('dyn/x');`,
    ),
    [
      { name: 'types-only', file: 'x.ts', typeOnly: true },
      { name: '@scope/pkg', file: 'x.ts', typeOnly: false },
      { name: 'dyn', file: 'x.ts', typeOnly: false },
    ],
  );
});

test('every package imported by name in src/, components/, scripts/, test/ and embed/ is declared in package.json', () => {
  const declared = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
  const undeclared = new Map<string, Set<string>>();
  for (const u of uses)
    if (!declared.has(u.name))
      (undeclared.get(u.name) ?? undeclared.set(u.name, new Set()).get(u.name)!).add(relative(root, join(root, u.file)));
  assert.deepEqual(
    [...undeclared].map(([name, files]) => `${name} (${[...files].sort().join(', ')})`),
    [],
    'add each to devDependencies (or dependencies, if the shipped code needs it) with `npm install -D <name>@<range>`',
  );
});

/**
 * Optional peer dependencies are what an entry point of its own needs from the consumer's app
 * (`fentanyl-policy-kit/react` needs their react): allowed only in that entry's folder, so the
 * rest of the shipped code can never come to depend on them.
 */
const PEER_ENTRIES: Readonly<Record<string, string>> = { react: 'components/react/', '@lit/react': 'components/react/' };

/**
 * Modules the package ships prebuilt, their packages inlined (scripts/build/cdn.mjs), so a
 * consumer needs none of them installed: vega-lite for `<fpk-chart>` (as a dependency it would also
 * install its peer `vega`, whose pinned packages are the second copies `overrides` keeps out).
 */
const PREBUILT: Readonly<Record<string, string>> = { 'src/charts/chart/vega-lite.ts': 'vega-lite' };

test('the shipped code (src/, components/, embed/) needs at run time only packages in dependencies', () => {
  const runtime = new Set([pkg.name, ...Object.keys(pkg.dependencies ?? {})]);
  const peers = new Set(Object.keys((pkg as { peerDependencies?: Record<string, string> }).peerDependencies ?? {}));
  const shipped = uses.filter(
    (u) =>
      SHIPPED.some((dir) => u.file.startsWith(`${dir}/`)) &&
      /\.tsx?$/.test(u.file) &&
      !u.typeOnly &&
      !(peers.has(u.name) && PEER_ENTRIES[u.name] !== undefined && u.file.startsWith(PEER_ENTRIES[u.name]!)) &&
      PREBUILT[u.file] !== u.name,
  );
  assert.ok(
    shipped.some((u) => u.name === 'lit'),
    'the scan sees the shipped imports',
  );
  const dev = [...new Set(shipped.filter((u) => !runtime.has(u.name)).map((u) => `${u.name} (${u.file})`))];
  assert.deepEqual(
    dev,
    [],
    'a consumer would not have these installed: move them to dependencies, or import them only in scripts/ or test/',
  );
});

test('package-lock.json installs one copy of each vega and d3 package (package.json `overrides`), so the CDN bundle and the renderer load one', () => {
  // The lockfile, not node_modules: it is what `npm ci` installs, whatever an older install left.
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  const copies = new Map<string, string[]>();
  for (const [path, { version }] of Object.entries(lock.packages)) {
    const name = /(?:^|\/)node_modules\/((?:vega|d3)(?:-[^/]+)?)$/.exec(path)?.[1];
    if (name) (copies.get(name) ?? copies.set(name, []).get(name)!).push(`${version} at ${path}`);
  }
  assert.ok(copies.has('vega-scenegraph'), 'the lockfile lists the vega packages');
  const duplicated = [...copies].filter(([, list]) => list.length > 1).map(([name, list]) => `${name}: ${list.join(', ')}`);
  assert.deepEqual(duplicated, [], 'add each to `overrides` in package.json at the newest version, then npm install');
});
