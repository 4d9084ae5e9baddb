/**
 * `loadDataset(name, query)`: fetches only the slices a query needs (one JSON file per
 * jurisdiction and indicator for overdoses, per drug for seizures, one file for the small
 * datasets), resolved
 * relative to this module so a self-hosted copy or any npm CDN path works unchanged. The same
 * code runs in Node, where file: URLs are read from disk.
 */
import { LoadError, UnknownValueError } from './errors.js';
import { fetchJSON } from './fetch.js';
import { applyQuery, validateQuery, type DatasetQuery } from './filter.js';
import type { DatasetMeta } from './meta.js';
import { DATASET_NAMES, SLICES, type DatasetName, type DatasetRow } from './registry.js';
import { checkRelease, releaseRows, supersededFiles } from './releases.js';

/**
 * Beside this module (dist/src/load.js → dist/datasets/). A bundler moves this module into the
 * app's bundle, and then it is beside the bundle: see `setDataBaseURL` and, in Node,
 * `installedDatasets` (load-file.ts). (A CommonJS bundle has no `import.meta.url` at all.)
 */
// Typed as maybe missing: in a CommonJS bundle it is.
const moduleURL: string | undefined = import.meta.url;
const moduleBase = new URL('../datasets/', moduleURL ?? 'file:///');
let base: URL = moduleBase;
/** Whether `setDataBaseURL` chose the folder (then it is the only one tried). */
let chosen = false;

/**
 * Serves data from another folder (must hold `<dataset>/meta.json` and `<dataset>/slices/`): the
 * package's `dist/datasets/` copied to a site's static files, or a CDN's copy of it. An app built
 * with a bundler (Vite, esbuild, webpack, rollup) calls it once before the first load: see README,
 * "Bundlers".
 */
export function setDataBaseURL(url: string | URL): void {
  const href = String(url);
  base = new URL(href.endsWith('/') ? href : `${href}/`, typeof location === 'undefined' ? undefined : location.href);
  chosen = true;
}

const cache = new Map<string, Promise<unknown>>();
/** URLs whose last request failed: asked for again past the HTTP cache (see fetchJSON). */
const failed = new Set<string>();

/** `name` is what an error message calls the file, e.g. `overdoses/meta.json`. */
async function readJSON(url: URL, name: string): Promise<unknown> {
  if (url.protocol === 'file:') {
    // Node: fetch() cannot read file: URLs. Its own module (a lazy chunk the CDN's readers never load).
    const file = await import('./load-file.js');
    try {
      return await file.readFileJSON(url, name, !chosen);
    } catch (error) {
      // A bundled script: the datasets are not beside it, but the installed package has them.
      const found = !chosen && error instanceof LoadError && error.code === 'load-not-found' && url.href.startsWith(moduleBase.href);
      const installed = found ? await file.installedDatasets(moduleBase) : undefined;
      if (!installed || installed.href === moduleBase.href) throw error;
      base = installed;
      return readJSON(new URL(url.href.slice(moduleBase.href.length), installed), name);
    }
  }
  return fetchJSON(url, name, { fresh: failed.has(url.href) });
}

/**
 * Requests a prefetch started that no load has asked for yet, and those of them that failed. A
 * prefetch's failure waits in the cache for the load it was made for, which takes it as its own
 * (one request, not a second one once the element's code has arrived); after that, or when a new
 * prefetch (Retry) asks, the URL is requested again.
 */
const unclaimed = new Set<string>();
const failedUnclaimed = new Set<string>();

/** While `recordDataFiles` runs: the data files asked for, as paths under the datasets folder. */
let recording: Set<string> | undefined;

/**
 * Runs `load` and returns the data files it asked for (`overdoses/meta.json`,
 * `overdoses/slices/US/synthetic-opioids.json`…), cached or not: `fpk embed` names them as preload
 * hints, so a page fetches them beside the script instead of after it. One recording at a time.
 */
export async function recordDataFiles<T>(load: () => Promise<T>): Promise<{ result: T; files: string[] }> {
  const files = new Set<string>();
  recording = files;
  try {
    return { result: await load(), files: [...files] };
  } finally {
    recording = undefined;
  }
}

/**
 * One request per URL for the page's lifetime; a failure (a `LoadError`, see src/fetch.ts) is
 * dropped from the cache so that the next load, e.g. the element's Retry button, asks again.
 */
function fetchOnce(url: URL, prefetch = false): Promise<unknown> {
  const key = url.href;
  if (recording && key.startsWith(base.href)) recording.add(key.slice(base.href.length));
  let p = cache.get(key);
  if (p && failedUnclaimed.has(key)) {
    failedUnclaimed.delete(key);
    unclaimed.delete(key);
    cache.delete(key);
    if (!prefetch) return p;
    p = undefined;
  }
  if (!p) {
    const name = key.startsWith(base.href) ? key.slice(base.href.length) : url.pathname;
    const request: Promise<unknown> = readJSON(url, name).then(
      (value) => (failed.delete(key), unclaimed.delete(key), value),
      (error: unknown) => {
        failed.add(key);
        if (cache.get(key) === request) {
          if (unclaimed.has(key)) failedUnclaimed.add(key);
          else cache.delete(key);
        }
        throw error;
      },
    );
    p = request;
    cache.set(key, p);
    if (prefetch) unclaimed.add(key);
  } else if (!prefetch) unclaimed.delete(key);
  return p;
}

const metaURL = (name: DatasetName) => new URL(`${name}/meta.json`, base);

function assertDataset(name: string): asserts name is DatasetName {
  if (!(DATASET_NAMES as readonly string[]).includes(name)) throw new UnknownValueError('dataset', name, DATASET_NAMES);
}

/** The metadata of a dataset, fetched once (title, sources, release date, version, fields…). */
export async function loadMeta(name: DatasetName): Promise<DatasetMeta> {
  assertDataset(name);
  return (await fetchOnce(metaURL(name))) as DatasetMeta;
}

interface SliceFile {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

function decode<R>(slice: SliceFile): R[] {
  const { columns } = slice;
  return slice.rows.map((t) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = t[i];
    return row as R;
  });
}

/**
 * Requests the slices a query names (`slices/US/synthetic-opioids.json` for `jurisdictions:
 * ['US'], indicators: ['synthetic-opioids']`) in parallel with meta.json instead of after it: one
 * round trip less before a chart's data arrive (150 ms on a slow phone network). Only names the
 * registry knows are requested (every combination has a file), and only when the query names a
 * value for each level and the files are few; loadDataset does the rest once meta.json has arrived.
 */
function prefetchSlices(name: DatasetName, query: Readonly<Record<string, unknown>>): void {
  const levels = SLICES[name];
  if (!levels) return;
  let paths: string[] = [''];
  for (const { option, names } of levels) {
    const values = query[option];
    if (!Array.isArray(values)) return;
    const known = values.filter((v): v is string => typeof v === 'string' && names.includes(v));
    paths = paths.flatMap((p) => known.map((v) => (p ? `${p}/${v}` : v)));
  }
  if (paths.length > 60) return;
  for (const path of paths) fetchOnce(new URL(`${name}/slices/${path}.json`, base), true).catch(() => undefined);
}

/**
 * Starts fetching what `loadDataset(name, query)` will ask for (meta.json and the slices the
 * query names) and returns at once, reporting nothing: an element calls it while its model code
 * is still on its way, and loadDataset then finds the files already loading. Anything that is not
 * a dataset or a slice is ignored here and reported by loadDataset.
 */
export function prefetchDataset(name: string, query: Readonly<Record<string, readonly string[]>> = {}): void {
  if (!(DATASET_NAMES as readonly string[]).includes(name)) return;
  fetchOnce(metaURL(name as DatasetName), true).catch(() => undefined);
  prefetchSlices(name as DatasetName, query);
}

export interface Loaded<R> {
  readonly rows: R[];
  readonly meta: DatasetMeta;
}

/**
 * Loads the rows of a dataset that match a query. Invalid names (a jurisdiction "XX", a period
 * "2024-13", `from` after `to`) reject with an `FpkError` naming what is allowed.
 */
export async function loadDataset<N extends DatasetName>(name: N, query: DatasetQuery<DatasetRow<N>> = {}): Promise<Loaded<DatasetRow<N>>> {
  prefetchSlices(name, query);
  const meta = await loadMeta(name);
  const valid = validateQuery(meta, query);
  const { by, files } = meta.slices;
  // A slice is needed when each of its values is one the query asks for (or the query leaves that field open).
  const wanted = by.map((field) => valid.values.get(field));
  const keys = Object.keys(files).filter((k) => files[k]!.rows > 0 && k.split('/').every((v, i) => !wanted[i] || wanted[i].has(v)));
  const read = (file: string) => fetchOnce(new URL(`${name}/${file}`, base)) as Promise<SliceFile>;
  const release = checkRelease(meta, (query as { release?: unknown }).release);
  const [slices, older] = await Promise.all([
    Promise.all(keys.map((k) => read(files[k]!.file))),
    Promise.all(release ? supersededFiles(meta, keys).map(read) : []),
  ]);
  let rows = slices.flatMap((s) => decode<DatasetRow<N>>(s));
  if (release)
    rows = releaseRows(
      meta,
      rows,
      older.flatMap((s) => decode<DatasetRow<N>>(s)),
      release,
    );
  return { rows: applyQuery(meta, rows, valid), meta };
}
