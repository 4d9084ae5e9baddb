/**
 * `fpk embed`'s preload hints (src/cli/preload.ts): snippet 1 names the data files the element's
 * own model code asks for (recorded while the embed builds the chart) and the CDN chunks of the
 * build's manifest, before the script, so the page fetches them at once. A static-first snippet
 * hints nothing: a page the reader never touches loads no vega. The real manifest is checked
 * against the build in test/package/cdn.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedSnippets } from '../../src/cli/embed.js';
import { recordDataFiles, loadDataset } from '../../src/load.js';
import type { PreloadManifest } from '../../src/cli/preload.js';

const manifest: PreloadManifest = {
  version: 'test',
  tags: { 'fpk-trend': ['cdn/model-aaaa.js', 'cdn/vega-bbbb.js'], 'fpk-cases': ['cdn/fpk-cases-model-cccc.js'] },
};
const base = 'https://example.org/fpk/dist';
const hrefs = (links: readonly string[], rel: string) =>
  links.map((l) => new RegExp(`^<link rel="${rel}"(?: as="fetch" crossorigin)? href="([^"]+)">$`).exec(l)?.[1]).filter(Boolean);

test('snippet 1 hints the data files its chart loads (meta.json first) and the manifest chunks, before the script', async () => {
  const s = await embedSnippets('fpk-trend', { jurisdictions: 'US,OH', drugs: 'synthetic-opioids' }, { baseUrl: base, preload: manifest });
  assert.deepEqual(hrefs(s.preload, 'preload'), [
    `${base}/datasets/overdoses/meta.json`,
    `${base}/datasets/overdoses/slices/US/synthetic-opioids.json`,
    `${base}/datasets/overdoses/slices/OH/synthetic-opioids.json`,
  ]);
  assert.deepEqual(hrefs(s.preload, 'modulepreload'), [`${base}/cdn/model-aaaa.js`, `${base}/cdn/vega-bbbb.js`]);
  assert.ok(
    s.script.startsWith(`${s.preload.join('\n')}\n<script type="module" src="${base}/cdn/fpk.js"></script>\n<fpk-trend `),
    s.script,
  );
});

test('per 100,000 with markers: the population and designations files are hinted too', async () => {
  const s = await embedSnippets(
    'fpk-trend',
    { jurisdictions: 'WV', drugs: 'synthetic-opioids', measure: 'per100k', events: 'designations' },
    { baseUrl: base, preload: null },
  );
  const data = hrefs(s.preload, 'preload').map((h) => h!.slice(`${base}/datasets/`.length));
  for (const file of [
    'overdoses/meta.json',
    'overdoses/slices/WV/synthetic-opioids.json',
    'population/meta.json',
    'designations/meta.json',
  ])
    assert.ok(data.includes(file), `${file} in ${data.join(', ')}`);
  assert.deepEqual(hrefs(s.preload, 'modulepreload'), [], 'no manifest: no module hints, and no error');
});

test('the static-first snippet hints nothing; run from source there is no manifest, so no module hints', async () => {
  const s = await embedSnippets('fpk-trend', { jurisdictions: 'US' }, { baseUrl: base, static: true });
  assert.doesNotMatch(s.static!, /rel="(module)?preload"/);
  assert.deepEqual(hrefs(s.preload, 'modulepreload'), []);
});

test('recordDataFiles names files that come from the cache too', async () => {
  await loadDataset('overdoses', { jurisdictions: ['NY'], indicators: ['heroin'] });
  const { files } = await recordDataFiles(() => loadDataset('overdoses', { jurisdictions: ['NY'], indicators: ['heroin'] }));
  assert.deepEqual(files.sort(), ['overdoses/meta.json', 'overdoses/slices/NY/heroin.json']);
});
