/**
 * The framework typings say what the elements take: every attribute an element's JSDoc `@attr`
 * documents is in its JSX typings (Preact, Solid, Vue) under the name that framework must use,
 * and every event its `@fires` documents is in ELEMENT_EVENTS, which the React wrappers' and the
 * JSX typings' event props are made from. The types are read with TypeScript's checker, so a
 * typing that loses an attribute fails here even where no type test mentions it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { ELEMENT_EVENTS, eventProp } from '../../components/shared/events.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = Object.keys(ELEMENT_EVENTS) as (keyof typeof ELEMENT_EVENTS)[];

/** The `@attr` and `@fires` names of an element's class JSDoc. */
function documented(tag: string): { attrs: string[]; fires: string[] } {
  const source = readFileSync(`${root}components/${tag}/${tag}.ts`, 'utf8');
  const names = (kind: string) => [...source.matchAll(new RegExp(`^ \\* @${kind} ([\\w-]+)`, 'gm'))].map((m) => m[1]!);
  return { attrs: names('attr'), fires: names('fires') };
}

/** The property names of each probed type, as TypeScript's checker resolves them. */
function keysOf(probes: Record<string, string>): Record<string, string[]> {
  const probe = `${root}test/node/framework-typings.probe.ts`;
  const text = [
    "import type { FpkAttributes } from '../../components/jsx/index.js';",
    "import type { PreactFpkElement } from '../../components/jsx/preact.js';",
    "import type { SolidFpkElement } from '../../components/jsx/solid.js';",
    "import type { VueFpkProps } from '../../components/jsx/vue.js';",
    ...Object.entries(probes).map(([name, type]) => `export type ${name} = ${type};`),
  ].join('\n');
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const options = { ...config!.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) =>
    file === probe ? ts.createSourceFile(file, text, language) : getSourceFile(file, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === probe || fileExists(file);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(probe)!;
  const errors = ts.getPreEmitDiagnostics(program, file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(errors, [], 'the probe compiles');
  const out: Record<string, string[]> = {};
  for (const statement of file.statements) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    const type = checker.getTypeAtLocation(statement.name);
    out[statement.name.text] = checker.getPropertiesOfType(type).map((p) => p.name);
  }
  return out;
}

test("each element's @fires are the events its wrappers and typings offer (fpk-change: the reader-controls elements)", () => {
  for (const tag of TAGS) {
    const fires = documented(tag).fires;
    assert.ok(fires.length >= 3, `${tag} documents its events`);
    // fpk-change is typed ahead of the reader controls that fire it; the rest must match @fires.
    const listed: readonly string[] = ELEMENT_EVENTS[tag];
    assert.deepEqual(
      listed.filter((e) => e !== 'fpk-change' || fires.includes(e)),
      fires,
      `${tag}: ELEMENT_EVENTS against @fires`,
    );
  }
  assert.deepEqual(
    TAGS.filter((tag) => (ELEMENT_EVENTS[tag] as readonly string[]).includes('fpk-change')),
    ['fpk-trend', 'fpk-compare', 'fpk-map'],
  );
});

test("every @attr is in each framework's typings, under the name the framework must use", { timeout: 120_000 }, () => {
  const probes: Record<string, string> = {};
  for (const tag of TAGS) {
    const id = tag.replace('-', '_');
    probes[`${id}_attributes`] = `FpkAttributes<'${tag}'>`;
    probes[`${id}_preact`] = `PreactFpkElement<'${tag}'>`;
    probes[`${id}_solid`] = `SolidFpkElement<'${tag}'>`;
    probes[`${id}_vue`] = `VueFpkProps<'${tag}'>`;
  }
  const keys = keysOf(probes);
  for (const tag of TAGS) {
    const id = tag.replace('-', '_');
    const attrs = documented(tag).attrs;
    assert.ok(attrs.includes('heading') && attrs.includes('theme'), `${tag} documents its attributes`);
    assert.deepEqual([...keys[`${id}_attributes`]!].sort(), [...attrs].sort(), `${tag}: the shared typings hold exactly its @attr`);
    // Preact reads the HTML names; Solid and Vue cannot take `dataset` by that name (it is
    // HTMLElement's data-* map): Solid writes it as an attribute, Vue JSX as the property.
    const expected = {
      preact: attrs,
      solid: attrs.map((a) => (a === 'dataset' ? 'attr:dataset' : a)),
      vue: attrs.map((a) => (a === 'dataset' ? 'datasetName' : a)),
    };
    for (const [framework, names] of Object.entries(expected)) {
      const typed = new Set(keys[`${id}_${framework}`]);
      assert.deepEqual(
        names.filter((n) => !typed.has(n)),
        [],
        `${tag}: attributes missing from the ${framework} typings`,
      );
    }
    assert.ok(!keys[`${id}_solid`]!.includes('dataset') && !keys[`${id}_vue`]!.includes('dataset'), `${tag}: no bare dataset in Solid/Vue`);
    const handlers = ELEMENT_EVENTS[tag].map(eventProp);
    assert.deepEqual(
      keys[`${id}_vue`]!.filter((k) => k.startsWith('on')).sort(),
      handlers.sort(),
      `${tag}: Vue's event props are the events it fires`,
    );
    assert.deepEqual(
      keys[`${id}_preact`]!.filter((k) => k.startsWith('onfpk-')).sort(),
      ELEMENT_EVENTS[tag].map((e) => `on${e}`).sort(),
      `${tag}: Preact's event props are the events it fires`,
    );
  }
});
