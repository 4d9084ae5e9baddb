/**
 * The downloads chunk (downloads.ts: CSV through papaparse, JSON, citation, SVG/PNG composition)
 * is loaded lazily in bundles: a page pays for it after its elements have drawn, not before.
 * Loaded once per page; a failed load is forgotten so a later action can retry.
 */
type Downloads = typeof import('./downloads.js');

let loading: Promise<Downloads> | undefined;
let loaded: Downloads | undefined;

export function loadDownloads(): Promise<Downloads> {
  loading ??= import('./downloads.js').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The downloads module once it has arrived (for synchronous readers such as the `csv` getter). */
export function downloadsLoaded(): Downloads | undefined {
  return loaded;
}
