/**
 * The attribute tables (src/charts/<chart>/attributes.ts) are the one list of what each element
 * takes. This holds them against what editors and docs read, the Custom Elements Manifest made
 * from the elements' JSDoc `@attr` and `@property` declarations (generated here, in this process,
 * without writing custom-elements.json, which the package build owns), and against what the
 * settings parsers, the embed page and the static renderer accept. It fails when one drifts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { ATTRIBUTE_TABLES, ELEMENT_TAGS, NOT_TAKEN } from '../../src/charts/elements.js';
import { allowedAttributes, readEmbedQuery } from '../../src/charts/embeddable.js';
import { checkAttributeNames, isGlobalAttribute, type AttributeTable } from '../../src/charts/attributes.js';
import { readCompareSettings } from '../../src/charts/compare/settings.js';
import { readMapSettings } from '../../src/charts/map/model.js';
import { readTrendSettings } from '../../src/charts/trend/settings.js';
import { FpkError } from '../../src/errors.js';
import { render } from '../../src/render/index.js';

const root = resolve(import.meta.dirname, '../..');

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
}

// The analyzer's CLI entry, run in this process; it ships no types.
const analyzer = '@custom-elements-manifest/analyzer/cli.js';
const { cli } = (await import(analyzer)) as { cli: (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<unknown> };
const manifest = (await cli({
  argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  cwd: root,
  noWrite: true,
})) as { modules: { declarations?: Declaration[] }[] };
const declared = new Map<string, ManifestAttribute[]>();
for (const mod of manifest.modules)
  for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) declared.set(d.tagName, d.attributes ?? []);

test('every element in the manifest has a table, and every table an element', () => {
  assert.deepEqual([...declared.keys()].sort(), [...ELEMENT_TAGS].sort());
});

for (const tag of ELEMENT_TAGS) {
  const table: AttributeTable = ATTRIBUTE_TABLES[tag];
  test(`<${tag}>: the manifest (JSDoc @attr, @property) lists exactly the table's attributes, properties and descriptions`, () => {
    const attributes = declared.get(tag)!;
    assert.deepEqual(
      attributes.map((a) => a.name).sort(),
      Object.keys(table).sort(),
      'attribute names (a @property or @attr the table lacks, or the other way round)',
    );
    for (const a of attributes) {
      const spec = table[a.name]!;
      assert.equal(a.fieldName, spec.property, `${a.name}: the property is ${spec.property}`);
      assert.equal(a.description, spec.description, `${a.name}: the JSDoc @attr says what the table says`);
    }
  });

  test(`<${tag}>: every attribute is valid, and a default is one of its values`, () => {
    for (const spec of Object.values(table)) {
      assert.ok(spec.description.length > 0, `${spec.name} is described`);
      if (spec.values && spec.default !== undefined && (spec.kind === 'enum' || spec.kind === 'list'))
        assert.ok(spec.values.includes(spec.default), `${tag} ${spec.name}: default ${spec.default} is allowed`);
      assert.ok(!isGlobalAttribute(spec.name) || spec.name === 'lang', `${spec.name} is not a global HTML attribute`);
    }
  });
}

test('the embed allow-list is the embeddable part of each table: src and its columns only in the script embed', () => {
  for (const tag of ELEMENT_TAGS) {
    const embeddable = Object.values(ATTRIBUTE_TABLES[tag] as AttributeTable)
      .filter((s) => s.embeddable)
      .map((s) => s.name);
    assert.deepEqual(allowedAttributes(tag), embeddable);
  }
  assert.deepEqual(
    Object.keys(ATTRIBUTE_TABLES['fpk-trend']).filter((n) => !allowedAttributes('fpk-trend').includes(n)),
    ['src', 'src-date', 'src-value', 'src-label'],
  );
});

test('an attribute a tag does not take is one message in the element check, the embed query and the renderer', async () => {
  const expected =
    '<fpk-map> has no attribute "events": event markers are drawn on <fpk-trend>. Its attributes: dataset, measure, drugs, to, heading, description, lang, theme, view, actions, data, loading, controls, permalink.';
  assert.throws(
    () =>
      checkAttributeNames('fpk-map', ['id', 'class', 'aria-label', 'data-x', 'events'], ATTRIBUTE_TABLES['fpk-map'], NOT_TAKEN['fpk-map']),
    (e: unknown) => e instanceof FpkError && e.code === 'unknown-attribute' && e.attribute === 'events' && e.message === expected,
  );
  assert.deepEqual(readEmbedQuery('?tag=fpk-map&drugs=cocaine&events=designations'), {
    ok: false,
    message: expected,
    code: 'unknown-attribute',
  });
  await assert.rejects(
    render('fpk-map', { events: 'designations' }),
    (e: unknown) => e instanceof FpkError && e.code === 'unknown-attribute' && e.message === expected,
  );
  // The map's former builder checks are the same message now, with the reason.
  await assert.rejects(
    render('fpk-map', { jurisdictions: 'OH' }),
    /^FpkError: <fpk-map> has no attribute "jurisdictions": the map always draws/,
  );
  await assert.rejects(render('fpk-compare', { 'event-types': 'plea' }), {
    message:
      /^<fpk-compare> has no attribute "event-types"\. Its attributes: dataset, jurisdictions, drugs, to, from, measure, mode, highlight,/,
  });
});

test('an embed URL may not set src: a not-embeddable error naming the script embed', () => {
  const request = readEmbedQuery('tag=fpk-trend&src=https://example.com/a.csv');
  assert.equal(request.ok, false);
  assert.ok(!request.ok && request.code === 'not-embeddable');
  assert.match(!request.ok ? request.message : '', /^src cannot be set in an embed URL: .*Use the script embed \(fpk embed prints it\)\.$/);
});

test('global HTML attributes and framework attributes are never unknown', () => {
  for (const name of [
    'id',
    'class',
    'style',
    'lang',
    'title',
    'hidden',
    'slot',
    'tabindex',
    'role',
    'dir',
    'part',
    'aria-label',
    'data-x',
    'onclick',
    '_ngcontent-abc-c1',
  ])
    assert.ok(isGlobalAttribute(name), name);
  for (const name of ['events', 'jurisdiction', 'src2', 'datasetname']) assert.ok(!isGlobalAttribute(name), name);
});

test('the settings parsers allow exactly the values the tables list', () => {
  const unknown = (read: () => unknown, attribute: string, allowed: readonly string[]) =>
    assert.throws(
      read,
      (e: unknown) => e instanceof FpkError && e.attribute === attribute && e.message.endsWith(`Allowed: ${allowed.join(', ')}.`),
    );
  unknown(() => readCompareSettings({ measure: 'nope' }), 'measure', ATTRIBUTE_TABLES['fpk-compare'].measure.values);
  unknown(() => readCompareSettings({ mode: 'nope' }), 'mode', ATTRIBUTE_TABLES['fpk-compare'].mode.values);
  unknown(() => readMapSettings({ measure: 'nope' }), 'measure', ATTRIBUTE_TABLES['fpk-map'].measure.values);
  unknown(() => readTrendSettings({ terrorism: 'nope' }), 'terrorism', ATTRIBUTE_TABLES['fpk-trend'].terrorism.values);
  unknown(() => readTrendSettings({ dataset: 'nope' }), 'dataset', ATTRIBUTE_TABLES['fpk-trend'].dataset.values);
  for (const value of ATTRIBUTE_TABLES['fpk-map'].measure.values) assert.equal(readMapSettings({ measure: value }).measure, value);
});

test('compare: mode="change" is the spelling of percent change bars; the deprecated measure="change" still draws the same', () => {
  const now = readCompareSettings({ mode: 'change', from: '2023-06', to: '2024-06' });
  const old = readCompareSettings({ measure: 'change', from: '2023-06', to: '2024-06' });
  assert.deepEqual(old, now);
  assert.equal(now.mode, 'change');
  assert.equal(now.measure, 'reported');
  // With from, change bars are the default either way.
  assert.deepEqual(readCompareSettings({ from: '2023-06', to: '2024-06' }), now);
  assert.throws(() => readCompareSettings({ measure: 'change', mode: 'dumbbell', from: '2023-06' }), {
    message: /^measure="change" \(deprecated: write mode="change"/,
  });
  assert.throws(() => readCompareSettings({ measure: 'change' }), {
    message: /^measure="change" compares two periods: set from="YYYY-MM"/,
  });
});
