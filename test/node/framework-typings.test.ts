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
import { ELEMENT_EVENTS } from '../../components/shared/events.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = Object.keys(ELEMENT_EVENTS) as (keyof typeof ELEMENT_EVENTS)[];

/** The `@attr` and `@fires` names of an element's class JSDoc. */
function documented(tag: string): { attrs: string[]; fires: string[] } {
  const source = readFileSync(`${root}components/${tag}/${tag}.ts`, 'utf8');
  const names = (kind: string) => [...source.matchAll(new RegExp(`^ \\* @${kind} ([\\w-]+)`, 'gm'))].map((m) => m[1]!);
  return { attrs: names('attr'), fires: names('fires') };
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
