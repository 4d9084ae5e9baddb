/**
 * The browser builds of `npm run build` (rollup.config.js spreads `browserBuilds`):
 *
 * - `dist/cdn/fpk.js`: one `<script type="module">` that registers every element. Everything is
 *   bundled and minified; what only some pages need is a lazy chunk beside it (each element's
 *   model code, downloads/exports, the vega chunk, the map geometry). Every chunk sits directly in
 *   `dist/cdn/`, so `new URL('../datasets/', import.meta.url)` in src/load.ts finds `dist/datasets/`
 *   from whichever chunk holds it, on a CDN or a self-hosted copy alike.
 * - `dist/embed/`: the iframe page (embed.html → ./embed.js, which loads the elements from
 *   ../cdn/, sharing its chunks) and the host page's `host.js` (standalone).
 *
 * `dist/cdn-stats.json` (not packed) records each chunk's modules and which module makes each
 * dynamic import, for `npm run size`.
 *
 * One copy of each vega package goes into the vega chunk because one is installed: vega pins its
 * packages (`vega-scenegraph: ~5.1.0`) while those it pins ask for newer ones (`vega-view` wants
 * `^5.2.1`), so package.json `overrides` names the one version of each (test/node/dependencies.test.ts
 * fails when npm installs a second copy; test/package/cdn.test.ts when the chunk holds one).
 */
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { ENTRY, OWN_ENTRY, TAGS, pageChunks } from './load-graph.mjs';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const versionOf = (name) => JSON.parse(readFileSync(resolve(root, `node_modules/${name}/package.json`), 'utf8')).version;

export const BANNER = `/*! fentanyl-policy-kit v${pkg.version} | MIT | data: see dist/datasets/<name>/meta.json */`;
/** vega's BSD-3-Clause asks that its notice travel with its code; the prebuilt file carries where to read it. */
const LEAN_VEGA_BANNER = `/*! vega-view ${versionOf('vega-view')}, vega-parser ${versionOf('vega-parser')} and their packages, cut down for fentanyl-policy-kit v${pkg.version} (src/vega-runtime.ts) | BSD-3-Clause, Copyright (c) 2015-2023, University of Washington Interactive Data Lab: https://github.com/vega/vega/blob/main/LICENSE */`;

const VEGA_LITE_BANNER = `/*! vega-lite ${versionOf('vega-lite')}, bundled for fentanyl-policy-kit v${pkg.version} (src/charts/chart/vega-lite.ts) | BSD-3-Clause, Copyright (c) 2015, University of Washington Interactive Data Lab: https://github.com/vega/vega-lite/blob/main/LICENSE */`;

/**
 * The vega a browser gets (src/vega-runtime.ts, reached through components/shared/vega-lean.ts):
 * vega's parser, View and loader, with the transforms vega's parser emits for scales, axes,
 * legends, marks and facets (plus filter and formula) registered, and nothing else: not bin,
 * window, density, lookup, geo, force, label, voronoi… vega-transforms defines each transform
 * with a top-level \`inherits()\` call that a bundler must keep, so its bundled build would bring
 * all forty; in the browser builds \`vega-transforms\` is a module that re-exports these from its
 * per-transform source files (\`vega-transforms/src/<Name>.js\`, which its \`exports\` hide from
 * other bundlers: hence the prebuilt dist/components/shared/vega-lean.js). vega-encode and
 * vega-view-transforms are small and used whole. A spec that needs a missing transform fails with
 * vega's "Unrecognized transform type"; test/node/cdn-transforms.test.ts parses every spec
 * snapshot to make sure none does.
 */
export const CDN_TRANSFORMS = [
  'Aggregate',
  'Collect',
  'Compare',
  'Expression',
  'Extent',
  'Facet',
  'Field',
  'Filter',
  'Formula',
  'Key',
  'Load',
  'MultiExtent',
  'MultiValues',
  'Params',
  'PreFacet',
  'Proxy',
  'Relay',
  'Sieve',
  'Subflow',
  'TupleIndex',
  'Values',
];
export const CDN_TRANSFORM_PACKAGES = ['vega-encode', 'vega-view-transforms'];

const transformsSource = resolve(root, 'node_modules/vega-transforms/src');
const LEAN_TRANSFORMS = CDN_TRANSFORMS.map(
  (name) => `export { default as ${name.toLowerCase()} } from ${JSON.stringify(join(transformsSource, `${name}.js`))};`,
).join('\n');

/**
 * \`vega-transforms\` in the browser builds: only CDN_TRANSFORMS, under the names vega registers
 * them by; except for src/vega-transforms-all.ts (\`<fpk-chart>\`'s vega-lite specs), which gets
 * the package's per-transform sources too (its index.js), so the lean ones are the same modules
 * and its chunk holds only the rest.
 */
function leanTransforms() {
  const id = '\0vega-transforms-lean';
  return {
    name: 'lean-transforms',
    resolveId: (source, importer) =>
      source !== 'vega-transforms'
        ? null
        : importer && /\/src\/vega-transforms-all\.ts$/.test(importer)
          ? resolve(transformsSource, '../index.js')
          : id,
    load: (source) => (source === id ? LEAN_TRANSFORMS : null),
  };
}

/**
 * Packages vega imports for features our charts never use, replaced in the CDN build by stubs:
 * d3-geo (the \`geoArea\`, \`geoBounds\`, \`geoCentroid\` expression functions; maps are drawn
 * from pre-projected paths), topojson-client (vega-loader's "topojson" format) and
 * d3-scale-chromatic (ten named categorical schemes; our palette comes from the theme's
 * \`range.category\`). About 7 KB brotli. A stubbed function throws a clear error if a spec ever
 * reaches it; test/node/cdn-transforms.test.ts checks that no spec builder's output does.
 */
const NOT_BUNDLED = (what) => `() => { throw new Error(${JSON.stringify(`not in the fentanyl-policy-kit CDN bundle: ${what}`)}); }`;
export const VEGA_STUBS = {
  'd3-geo': `const no = ${NOT_BUNDLED('geo expression functions (d3-geo)')};\nexport { no as geoArea, no as geoBounds, no as geoCentroid };`,
  'topojson-client': `const no = ${NOT_BUNDLED('the topojson data format')};\nexport { no as feature, no as mesh };`,
  'd3-scale-chromatic': `export const ${['schemeAccent', 'schemeCategory10', 'schemeDark2', 'schemeObservable10', 'schemePaired', 'schemePastel1', 'schemePastel2', 'schemeSet1', 'schemeSet2', 'schemeSet3'].map((n) => `${n} = []`).join(', ')};`,
};
/** The scheme names d3-scale-chromatic would have provided (empty in the CDN build). */
export const STUBBED_SCHEMES = ['accent', 'category10', 'dark2', 'observable10', 'paired', 'pastel1', 'pastel2', 'set1', 'set2', 'set3'];

/**
 * vega-lite (\`<fpk-chart>\`'s compiler) imports four helpers from the whole \`vega\` package
 * (\`stringValue\`, \`hasOwnProperty\`, \`isObject\`, \`isString\`), which \`vega\` re-exports from
 * vega-util: in the browser builds they come from vega-util, so the compiler brings no second vega.
 */
function vegaLiteWithoutVega() {
  return {
    name: 'vega-lite-without-vega',
    resolveId(source, importer, options) {
      if (source !== 'vega' || !importer?.includes('/node_modules/vega-lite/')) return null;
      return this.resolve('vega-util', importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * The transforms only \`<fpk-chart>\` needs (src/vega-transforms-all.ts: bin, window, timeunit…)
 * read stateless helper packages (vega-statistics, vega-time, d3-array, d3-time) that the lean
 * vega uses a little of. A bundle decides per module: shared, each package would sit whole in the
 * vega chunk (it is there already) and export to vega-transforms-all everything its transforms use,
 * about 2.6 KB brotli more on every chart page. Those transforms get their own copy of the helpers
 * instead (a second module id for the same file), in their chunk, so the vega chunk stays as it was.
 * Only stateless helpers are copied: vega-dataflow (the tuple ids, the Transform class) stays shared.
 */
const COPIED = {
  'vega-statistics': 'node_modules/vega-statistics/build/vega-statistics.js',
  'vega-time': 'node_modules/vega-time/build/vega-time.js',
  'd3-array': 'node_modules/d3-array/dist/d3-array.mjs',
  'd3-time': 'node_modules/d3-time/dist/d3-time.mjs',
};
const COPY = '\0fpk-chart-copy:';
function helperCopiesForAllTransforms() {
  const onlyForAll = (importer) =>
    importer !== undefined &&
    (importer.startsWith(COPY) || (/\/node_modules\/vega-transforms\/src\//.test(importer) && !LEAN_TRANSFORM_FILE.test(importer)));
  return {
    name: 'helper-copies-for-all-transforms',
    resolveId: (source, importer) => (Object.hasOwn(COPIED, source) && onlyForAll(importer) ? `${COPY}${source}` : null),
    load: (id) => (id.startsWith(COPY) ? readFileSync(resolve(root, COPIED[id.slice(COPY.length)]), 'utf8') : null),
  };
}

function vegaStubs() {
  return {
    name: 'vega-stubs',
    resolveId: (source) => (Object.hasOwn(VEGA_STUBS, source) ? `\0stub:${source}` : null),
    load: (id) => (id.startsWith('\0stub:') ? VEGA_STUBS[id.slice('\0stub:'.length)] : null),
  };
}

/**
 * node-resolve applies the nearest package.json's `sideEffects` to every file it resolves, and
 * ours lists only dist/ paths, which would mark our sources side-effect free and drop
 * `import '../components/index.js'` (embed.ts) entirely. Our own modules keep their side effects.
 */
function ownSideEffects() {
  return {
    name: 'own-side-effects',
    async resolveId(source, importer, options) {
      if (source.startsWith('\0') || (importer && !source.startsWith('.'))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.includes('/node_modules/') || !resolved.id.startsWith(root)) return resolved;
      return { ...resolved, moduleSideEffects: true };
    },
  };
}

/**
 * The attribute tables (src/charts/attributes.ts and each chart's attributes.ts) describe every
 * attribute in words for `fpk <command> --help` and the docs (test/node/attribute-table.test.ts
 * holds them equal to the elements' JSDoc). No browser code reads a description, and they are
 * about 2 KB brotli of the core entry, so the browser builds leave out each `description:` whose
 * value is text (a string, a template literal, or a choice of two; the attribute *named*
 * `description` keeps its entry, whose value is an object).
 */
function withoutDescriptions() {
  const tables = /\/src\/charts\/([a-z]+\/)?attributes\.ts$/;
  return {
    name: 'without-descriptions',
    transform(code, id) {
      if (!tables.test(id)) return null;
      const cuts = [];
      const isText = (v) =>
        ['Literal', 'TemplateLiteral', 'BinaryExpression'].includes(v?.type) ||
        (v?.type === 'ConditionalExpression' && isText(v.consequent) && isText(v.alternate));
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'ObjectExpression') {
          for (const [i, prop] of node.properties.entries()) {
            const key = prop.type === 'Property' && !prop.computed ? (prop.key.name ?? prop.key.value) : undefined;
            if (key !== 'description' || !isText(prop.value)) continue;
            // To the next entry's start, or (the last one) from the end of the one before, so no comma is left alone.
            const next = node.properties[i + 1];
            const previous = node.properties[i - 1];
            cuts.push(next ? [prop.start, next.start] : [previous ? previous.end : prop.start, prop.end]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!cuts.length) return null;
      let out = code;
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * The elements' stylesheets (Lit `css` tagged templates) carry comments that say why a rule is
 * there; terser keeps a template's text as written, so they reached every reader (about 0.8 KB
 * brotli of the core entry). The browser builds drop `/* … *\/` from the static parts of each
 * css`…` template (and unsafeCSS(`…`) text) of our own code; rules, values and interpolations are unchanged.
 */
function cssWithoutComments() {
  const own = /\/(src|components|embed)\/.*\.ts$/;
  return {
    name: 'css-without-comments',
    transform(code, id) {
      if (!own.test(id) || !/\bcss\s*`|unsafeCSS\(/.test(code)) return null;
      const cuts = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        const sheet =
          node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css'
            ? node.quasi
            : node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'unsafeCSS'
              ? node.arguments.find((a) => a.type === 'TemplateLiteral')
              : undefined;
        if (sheet) {
          for (const quasi of sheet.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const stripped = raw.replace(/\/\*[\s\S]*?\*\//g, '');
            if (stripped !== raw) cuts.push([quasi.start, quasi.end, stripped]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!cuts.length) return null;
      let out = code;
      for (const [start, end, text] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * Hashed chunks of an older build would linger (and be counted by `npm run size`): whole folders,
 * and in a folder shared with other builds (`within`), the files whose names match.
 */
function cleanFirst(dirs, within) {
  return {
    name: 'clean-first',
    buildStart() {
      for (const dir of dirs) rmSync(resolve(root, dir), { recursive: true, force: true });
      const dir = within && resolve(root, within.dir);
      if (dir && existsSync(dir)) for (const f of readdirSync(dir)) if (within.files.test(f)) rmSync(join(dir, f));
    },
  };
}

/**
 * Third-party code goes into the vega chunk, except what the core or the other lazy chunks use
 * (Lit, tslib, papaparse, rollup's commonjs helpers, d3-format). One chunk: vega and vega-interpreter always
 * load together, so splitting them would only add requests.
 */
function manualChunks(id) {
  // The lean transforms, the stubs and our runtime module (vega-lean.ts → src/vega-runtime.ts) are vega too.
  if (
    id.startsWith('\0vega-transforms-lean') ||
    id.startsWith('\0stub:') ||
    /\/(src\/vega-runtime|components\/shared\/vega-lean)\.ts$/.test(id)
  )
    return 'vega';
  if (!id.includes('/node_modules/')) return undefined;
  // What only <fpk-chart> loads (vega-lite's compiler in its model chunk, the rest of vega's
  // transforms and their helper copies in vega-transforms-all's) stays out of the vega chunk every chart page loads.
  if (id.startsWith(COPY) || (ONLY_FOR_VEGA_LITE.test(id) && !LEAN_TRANSFORM_FILE.test(id))) return undefined;
  // The trend's model formats its tooltips with d3-format (src/specs/trend.ts), and vega formats
  // with it too: a small chunk of its own, so a trend's table view does not wait for vega.
  if (id.includes('/node_modules/d3-format/')) return 'd3-format';
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+|tslib|papaparse)\//.test(id)) return undefined;
  return 'vega';
}

/** vega-lite and vega-transforms' source files: the lean ones (and their util files) are vega's, the others only <fpk-chart>'s. */
const ONLY_FOR_VEGA_LITE = /\/node_modules\/(vega-lite|json-stringify-pretty-compact|vega-transforms\/(index\.js|src\/))/;
/** The helpers of vega-transforms' src/util/ that the lean transforms use. */
const LEAN_TRANSFORM_UTILS = ['AggregateOps', 'AggregateKeys', 'TupleStore', 'SortedList'];
const LEAN_TRANSFORM_FILE = new RegExp(
  `/node_modules/vega-transforms/src/(${[...CDN_TRANSFORMS, ...LEAN_TRANSFORM_UTILS.map((u) => `util/${u}`)].join('|')})\\.js$`,
);

/**
 * A lazy chunk's own static imports are only requested once the chunk has arrived and been
 * parsed: one more round trip per level (fpk-trend-model → query, overdoses…). Each `import()`
 * of a chunk also imports, in parallel, the chunks it statically depends on that the importing
 * chunk has not loaded already, so a whole level arrives in one round trip. Evaluation order is
 * unchanged (dependencies first, as ES modules do anyway).
 */
function flattenDynamicImports() {
  return {
    name: 'flatten-dynamic-imports',
    renderChunk(code, chunk, _options, { chunks }) {
      if (!chunk.dynamicImports.length) return null;
      const closure = (start) => {
        const seen = new Set();
        const stack = [start];
        while (stack.length) {
          const f = stack.pop();
          if (seen.has(f) || !chunks[f]) continue;
          seen.add(f);
          stack.push(...chunks[f].imports);
        }
        return seen;
      };
      const have = closure(chunk.fileName);
      const here = posix.dirname(chunk.fileName);
      const spec = (file) => {
        const rel = posix.relative(here, file);
        return rel.startsWith('.') ? rel : `./${rel}`;
      };
      const targets = new Map(chunk.dynamicImports.map((f) => [spec(f), f]));
      let changed = false;
      const out = code.replace(/\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (whole, quote, path) => {
        const file = targets.get(path);
        if (!file) return whole;
        const extra = [...closure(file)].filter((f) => f !== file && !have.has(f));
        if (!extra.length) return whole;
        changed = true;
        return `Promise.all([${[file, ...extra].map((f) => `import(${quote}${spec(f)}${quote})`).join(', ')}]).then((m) => m[0])`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/** After terser (which drops every comment), entry chunks get the banner. */
function banner(text = BANNER) {
  return {
    name: 'banner',
    renderChunk: (code, chunk) => (chunk.isEntry ? { code: `${text}\n${code}`, map: null } : null),
  };
}

/** `fpk-trend-model` for src/charts/trend/model.ts: many folders have a model.ts and a text.ts. */
function chunkLabel(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const own = relative(root, id).split('\\').join('/');
  // The vega chunk keeps its name (cdn/vega-<hash>.js) though its facade is our vega-lean.ts (or,
  // exporting to <fpk-chart>'s chunks too, it has no facade).
  if (own === 'components/shared/vega-lean.ts' || chunk.moduleIds?.some((m) => m.endsWith('/components/shared/vega-lean.ts')))
    return 'vega';
  // A shared chunk is named after one of its modules; src/specs/vega.ts's helpers must not look like vega.
  if (!chunk.facadeModuleId && chunk.name === 'vega') return 'specs';
  const chart = /^src\/charts\/([^/]+)\/([^/.]+)\.ts$/.exec(own);
  if (chart) return `fpk-${chart[1]}-${chart[2]}`;
  const m = /^components\/([^/]+)\/([^/.]+)\.ts$/.exec(own);
  if (m) return m[1] === 'shared' ? m[2] : `${m[1]}-${m[2]}`;
  return chunk.name;
}

/** Per chunk: size, modules (rendered length before minifying), and who dynamically imports what. */
function stats(file) {
  return {
    name: 'cdn-stats',
    generateBundle(_options, bundle) {
      const chunkOf = new Map();
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') for (const id of Object.keys(chunk.modules)) chunkOf.set(id, chunk.fileName);
      const rel = (id) => (id.startsWith('\0') ? id : relative(root, id).split('\\').join('/'));
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk')
        .map((c) => ({
          fileName: c.fileName,
          name: c.name,
          isEntry: c.isEntry,
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          modules: Object.entries(c.modules)
            .map(([id, m]) => ({ id: rel(id), renderedLength: m.renderedLength }))
            .filter((m) => m.renderedLength > 0)
            .sort((a, b) => b.renderedLength - a.renderedLength),
          // module → what its `import()` calls load: [{module, chunk}]
          dynamicImporters: Object.fromEntries(
            Object.keys(c.modules)
              .map((id) => [
                rel(id),
                (this.getModuleInfo(id)?.dynamicallyImportedIds ?? [])
                  .filter((d) => chunkOf.has(d))
                  .map((d) => ({ module: rel(d), chunk: chunkOf.get(d) })),
              ])
              .filter(([, targets]) => targets.length),
          ),
        }));
      mkdirSync(resolve(root, 'dist'), { recursive: true });
      writeFileSync(resolve(root, file), `${JSON.stringify({ version: pkg.version, chunks }, null, 1)}\n`);
      // The preload manifest `fpk embed` reads: per element, the chunks (besides fpk.js) its first
      // chart needs, the element's own code before vega's 99 KB (on a slow line the order is the
      // order they arrive in). The keyboard chunk is left to the element: it is asked for after the draw.
      const afterDraw = (f) => chunks.find((c) => c.fileName === f)?.modules.some((m) => m.id === 'components/shared/chart-keyboard.ts');
      const isVega = (f) => chunks.find((c) => c.fileName === f)?.modules.some((m) => /node_modules\/vega-view\//.test(m.id));
      const firstDraw = (tag) => {
        // The tag's own script is the snippet's <script>; fpk.js is hinted where that script imports it (<fpk-chart>).
        const files = pageChunks(chunks, [tag]).files.filter((f) => f !== (OWN_ENTRY[tag] ?? ENTRY) && !afterDraw(f));
        return [...files.filter((f) => !isVega(f)), ...files.filter(isVega)];
      };
      const tags = Object.fromEntries(TAGS.map((tag) => [tag, firstDraw(tag)]));
      this.emitFile({
        type: 'asset',
        fileName: 'cdn/preload.json',
        source: `${JSON.stringify({ version: pkg.version, tags }, null, 1)}\n`,
      });
    },
  };
}

/**
 * embed.html and embed.css beside embed.js (the page's dev reference to ./embed.ts becomes
 * ./embed.js); and fpk-static.css, the stylesheet of static-first markup (src/render/html.ts), in
 * dist/cdn/ beside fpk.js.
 */
function embedPage() {
  return {
    name: 'embed-page',
    writeBundle() {
      const html = readFileSync(resolve(root, 'embed/embed.html'), 'utf8');
      if (!html.includes('src="./embed.ts"')) this.error('embed/embed.html no longer loads ./embed.ts; update scripts/build/cdn.mjs');
      mkdirSync(resolve(root, 'dist/embed'), { recursive: true });
      writeFileSync(resolve(root, 'dist/embed/embed.html'), html.replace('src="./embed.ts"', 'src="./embed.js"'));
      copyFileSync(resolve(root, 'embed/embed.css'), resolve(root, 'dist/embed/embed.css'));
      copyFileSync(resolve(root, 'components/shared/static.css'), resolve(root, 'dist/cdn/fpk-static.css'));
    },
  };
}

export function cdnPlugins({ bannerText = BANNER, outDir = 'dist' } = {}) {
  return [
    leanTransforms(),
    helperCopiesForAllTransforms(),
    vegaLiteWithoutVega(),
    vegaStubs(),
    ownSideEffects(),
    // The browser build of each package (papaparse's, vega's), and Lit's production build (the
    // 'development' condition would pick Lit's dev-mode warnings).
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'], preferBuiltins: false }),
    commonjs(),
    json(),
    // noCheck: as in rollup.config.js, `tsc` checks the types; the emitted code is the same.
    typescript({
      tsconfig: 'tsconfig.json',
      compilerOptions: { noEmit: false, noCheck: true, declaration: false, sourceMap: false, outDir, rootDir: '.' },
      include: ['src/**/*.ts', 'components/**/*.ts', 'embed/**/*.ts'],
    }),
    withoutDescriptions(),
    cssWithoutComments(),
    flattenDynamicImports(),
    terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    banner(bannerText),
  ];
}

function onwarn(warning, warn) {
  // d3 and vega have circular imports and top-level `this` in UMD wrappers; both are harmless.
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export const browserBuilds = [
  {
    input: { fpk: 'components/index.ts', 'fpk-chart': 'components/fpk-chart/cdn.ts', embed: 'embed/embed.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed/embed.js' : 'cdn/[name].js'),
      chunkFileNames: (chunk) => `cdn/${chunkLabel(chunk)}-[hash].js`,
      manualChunks,
    },
    plugins: [cleanFirst(['dist/cdn']), ...cdnPlugins(), stats('dist/cdn-stats.json'), embedPage()],
    onwarn,
  },
  {
    input: 'embed/host.ts',
    output: { file: 'dist/embed/host.js', format: 'es' },
    plugins: cdnPlugins(),
    onwarn,
  },
  // For bundlers (the npm entry points): the CDN's vega chunk as one file where the library build
  // leaves `import('./vega-lean.js')` (LEAN_VEGA in rollup.config.js). Inlined and minified here,
  // so an app gets one copy of each vega package and only our transforms, however its bundler and
  // its install are set up; test/package/bundler.test.ts measures it against the CDN's chunk. The
  // rest of vega's transforms (src/vega-transforms-all.ts, for <fpk-chart>) is a file beside it,
  // importing this one's vega-dataflow: an app pays for it only when an <fpk-chart> draws.
  {
    input: 'components/shared/vega-lean.ts',
    output: {
      dir: 'dist/components/shared',
      format: 'es',
      entryFileNames: 'vega-lean.js',
      chunkFileNames: 'vega-lean-[name].js',
    },
    // The transforms chunk imports vega-dataflow from vega-lean.js itself, not from a third file.
    preserveEntrySignatures: 'allow-extension',
    // dist/components/shared also holds the library build's files: only the lean vega's own chunks are cleaned.
    plugins: [
      cleanFirst([], { dir: 'dist/components/shared', files: /^vega-lean-.*\.js$/ }),
      ...cdnPlugins({ bannerText: LEAN_VEGA_BANNER, outDir: 'dist/components/shared' }),
    ],
    onwarn,
  },
  // For the npm entry points and Node: vega-lite's compiler, bundled, where the library build leaves
  // `<fpk-chart>`'s model importing ./vega-lite.js (rollup.config.js), so a consumer needs no
  // vega-lite (and no second vega) installed. vega-util is inlined too: the file stands alone.
  {
    input: 'src/charts/chart/vega-lite.ts',
    output: { file: 'dist/src/charts/chart/vega-lite.js', format: 'es', inlineDynamicImports: true },
    plugins: cdnPlugins({ bannerText: VEGA_LITE_BANNER }),
    onwarn,
  },
];
