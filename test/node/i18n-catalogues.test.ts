/**
 * One way to translate: texts come from typed message catalogues (src/i18n/index.ts `MESSAGES`,
 * and each chart's `const en = (f) => ({…})` / `const es: typeof en`), never from an inline
 * `es ? … : …` choice; and every key of a catalogue is used somewhere, so a catalogue never keeps
 * words no reader meets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formats, MESSAGES, type Formats } from '../../src/i18n/index.js';
import { CASES_MESSAGES } from '../../src/charts/cases/text.js';
import { MAP_MESSAGES } from '../../src/charts/map/text.js';
import { TIMELINE_MESSAGES } from '../../src/charts/timeline/text.js';
import { TREND_MESSAGES } from '../../src/charts/trend/messages.js';
import { COMPARE_MESSAGES } from '../../src/charts/comparison-text.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

const FILES = ['src', 'components', 'embed'].flatMap((d) => sources(join(ROOT, d)));
const TEXT = new Map(FILES.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')]));

/** An inline language choice: `es ? …`, `es\n ? …`, `lang === 'es' ? …`. */
const TERNARY = /\bes\s*\?(?!\?|\.)|\blang\s*[!=]==?\s*['"]es['"]\s*\?(?!\?|\.)/g;

test('no text is chosen by an inline es ? … : … (texts come from message catalogues)', () => {
  const found: string[] = [];
  for (const [file, text] of TEXT)
    for (const m of text.matchAll(TERNARY)) found.push(`${file}:${text.slice(0, m.index).split('\n').length}: ${m[0].trim()}`);
  assert.deepEqual(found, []);
});

/** Keys of a catalogue's texts, nested objects' keys as `outer.inner`. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? [`${prefix}${k}`, ...keys(v as object, `${prefix}${k}.`)] : [`${prefix}${k}`],
  );
}

/** A key is used where the code reads it: `text.key`, `t(lang, 'key')`. Its definition (`key:`) is not a use. */
function used(key: string): boolean {
  const last = key.split('.').pop()!;
  const use = new RegExp(`\\.${last}\\b|['"]${last}['"]`);
  return [...TEXT.values()].some((text) => use.test(text));
}

const CATALOGUES: Readonly<Record<string, (f: Formats) => object>> = {
  'src/charts/cases/text.ts': CASES_MESSAGES.en,
  'src/charts/map/text.ts': MAP_MESSAGES.en,
  'src/charts/timeline/text.ts': TIMELINE_MESSAGES.en,
  'src/charts/trend/messages.ts': TREND_MESSAGES.en,
  'src/charts/comparison-text.ts': COMPARE_MESSAGES.en,
};

test('every key of the shared catalogue is used', () => {
  assert.deepEqual(
    Object.keys(MESSAGES.en).filter((k) => !used(k)),
    [],
  );
  assert.deepEqual(Object.keys(MESSAGES.es).sort(), Object.keys(MESSAGES.en).sort());
});

for (const [file, en] of Object.entries(CATALOGUES)) {
  test(`every key of ${file}'s catalogue is used`, () => {
    assert.deepEqual(
      keys(en(formats('en'))).filter((k) => !used(k)),
      [],
    );
  });
}
