/**
 * Preload hints for snippet 1 of `fpk embed`: without them a page learns what it needs in a chain
 * (fpk.js, then the element's model chunk and data files, then vega); with them it asks for all of
 * it at once while the HTML is parsed. The chunk names are hashed, so they come from the manifest
 * the CDN build writes (dist/cdn/preload.json, scripts/build/cdn.mjs); the data files are the ones
 * the element's own model code asked for when `fpk embed` built the chart (recordDataFiles).
 */
import { readFileSync } from 'node:fs';
import { escapeHTML } from '../render/html.js';

/** Per element, the CDN chunks (paths under dist/, e.g. `cdn/vega-….js`) a page with it loads besides fpk.js. */
export interface PreloadManifest {
  readonly version: string;
  readonly tags: Readonly<Record<string, readonly string[]>>;
}

/**
 * The manifest of the installed package (dist/src/cli/ → dist/cdn/); null when there is none or
 * it is of another version (its hashed names would be wrong on the CDN): the snippet then has no
 * module hints, which costs speed, not correctness. Run from source (src/cli/) there is none, so
 * the output does not depend on whether a build happens to lie in dist/.
 */
export function readPreloadManifest(version: string): PreloadManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../cdn/preload.json', import.meta.url), 'utf8')) as PreloadManifest;
    return manifest.version === version && manifest.tags && typeof manifest.tags === 'object' ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * `<link>` hints for `<tag>` served from `base` (where dist/ is): the data files first (`fetch`,
 * `crossorigin` so the element's fetch() reuses them), then its chunks as `modulepreload`.
 */
export function preloadLinks(base: string, tag: string, dataFiles: readonly string[], manifest: PreloadManifest | null): string[] {
  // meta.json first: the element reads it before its slices.
  const ordered = [...dataFiles].sort((a, b) => Number(b.endsWith('/meta.json')) - Number(a.endsWith('/meta.json')));
  const data = ordered.map((file) => `<link rel="preload" as="fetch" crossorigin href="${escapeHTML(`${base}/datasets/${file}`)}">`);
  const chunks = (manifest?.tags[tag] ?? []).map((file) => `<link rel="modulepreload" href="${escapeHTML(`${base}/${file}`)}">`);
  return [...data, ...chunks];
}
