/**
 * custom-elements.json is generated from the elements' JSDoc: every tag is there with its
 * attributes, events, CSS parts and custom properties, so editors and docs tools see the API.
 * In `npm test` it reads the manifest the package build wrote (FPK_BUILT=1, see built.ts: one
 * writer of the file at a time); run alone, it generates the manifest first (`npm run analyze`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

test('the manifest lists the six elements with their documented API', { timeout: 120_000 }, () => {
  if (process.env['FPK_BUILT'] !== '1') execFileSync('npm', ['run', 'analyze', '--silent'], { cwd: root, stdio: 'pipe' });
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const elements = new Map<string, Declaration>();
  for (const mod of manifest.modules)
    for (const d of (mod.declarations ?? []) as Declaration[]) if (d.customElement && d.tagName) elements.set(d.tagName, d);
  assert.deepEqual([...elements.keys()].sort(), ['fpk-cases', 'fpk-chart', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-trend']);
  for (const [tag, d] of elements) {
    const names = (list?: { name: string }[]) => new Set((list ?? []).map((x) => x.name));
    for (const attr of ['heading', 'lang', 'theme', 'actions']) assert.ok(names(d.attributes).has(attr), `${tag} documents @attr ${attr}`);
    for (const event of ['fpk-ready', 'fpk-error', 'fpk-download'])
      assert.ok(names(d.events).has(event), `${tag} documents @fires ${event}`);
    for (const part of ['source', 'actions', 'error']) assert.ok(names(d.cssParts).has(part), `${tag} documents @csspart ${part}`);
    assert.ok(names(d.cssProperties).has('--fpk-fg'), `${tag} documents --fpk-fg`);
  }
  assert.ok(new Set(elements.get('fpk-trend')!.attributes!.map((a) => a.name)).has('src'), 'fpk-trend documents src');
});
