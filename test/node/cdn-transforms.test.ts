/**
 * The CDN bundle's vega is cut down (scripts/build/cdn.mjs): only the vega transforms its
 * parser emits (and filter, formula) are registered, and d3-geo, topojson-client and d3-scale-chromatic are
 * stubs. A spec that needs more would draw in development (full vega) and fail for readers, so
 * every committed spec snapshot (the builders' output, test/snapshots/) is parsed here and checked
 * against what the bundle has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'vega';

/** The build script (plain JS, untyped) says what the bundle registers and stubs. */
const build = (await import(new URL('../../scripts/build/cdn.mjs', import.meta.url).href)) as {
  CDN_TRANSFORMS: string[];
  CDN_TRANSFORM_PACKAGES: string[];
  STUBBED_SCHEMES: string[];
};
const { CDN_TRANSFORMS, CDN_TRANSFORM_PACKAGES, STUBBED_SCHEMES } = build;

const SNAPSHOTS = new URL('../snapshots/', import.meta.url);
const files = readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.json') && !f.endsWith('-changed.json'));

const registered = await Promise.all(CDN_TRANSFORM_PACKAGES.map(async (name) => Object.keys((await import(name)) as object)));
const bundled = new Set(['operator', ...CDN_TRANSFORMS.map((name) => name.toLowerCase()), ...registered.flat()]);

interface RuntimeOperator {
  readonly type: string;
  readonly params?: { readonly subflow?: { readonly $subflow: { readonly operators: readonly RuntimeOperator[] } } };
}

function operatorTypes(operators: readonly RuntimeOperator[], into = new Set<string>()): Set<string> {
  for (const op of operators) {
    into.add(op.type);
    const sub = op.params?.subflow?.$subflow.operators;
    if (sub) operatorTypes(sub, into);
  }
  return into;
}

test('there are spec snapshots to check', () => {
  assert.ok(files.length >= 10, `only ${files.length} snapshots in test/snapshots/`);
});

for (const file of files) {
  test(`${file}: a Vega spec that the CDN bundle's vega can draw`, () => {
    const text = readFileSync(new URL(file, SNAPSHOTS), 'utf8');
    const spec = JSON.parse(text) as { $schema?: string };
    assert.match(spec.$schema ?? '', /\/vega\/v\d+\.json$/, 'a Vega spec (readers do not load vega-lite)');
    const runtime = parse(spec as never, {}, { ast: true }) as unknown as { operators: RuntimeOperator[] };
    const missing = [...operatorTypes(runtime.operators)].filter((type) => !bundled.has(type));
    assert.deepEqual(missing, [], `operator types not registered in the CDN bundle: ${missing.join(', ')}`);
    assert.doesNotMatch(text, /\bgeo(Area|Bounds|Centroid)\(/, 'geo expression functions are stubbed in the CDN bundle');
    assert.doesNotMatch(text, /"type":\s*"topojson"/, 'the topojson format is stubbed in the CDN bundle');
    for (const scheme of STUBBED_SCHEMES)
      assert.doesNotMatch(
        text,
        new RegExp(`"scheme":\\s*(\\{\\s*"name":\\s*)?"${scheme}"`, 'i'),
        `scheme ${scheme} is stubbed in the CDN bundle`,
      );
  });
}
