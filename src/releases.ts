/**
 * Releases as versions, for datasets that keep every release (`meta.releases`; overdoses). The
 * default view holds the newest value of each cell; the values an older release published and a
 * newer one replaced live in `slices/superseded/`. A release view puts the two back together:
 * `release: '2025-01-08'` is the data exactly as that release published it, `release: 'all'` every
 * release's rows (one per cell and release, each naming its release).
 */
import { FpkError, UnknownValueError } from './errors.js';
import type { DatasetMeta } from './meta.js';

/** The `release` option value that asks for every release's rows. */
export const ALL_RELEASES = 'all';

/** Checks a `release` option against the dataset's releases; returns it, or undefined for the default view. */
export function checkRelease(meta: DatasetMeta, release: unknown): string | undefined {
  if (release === undefined) return undefined;
  const dates = meta.releases?.map((r) => r.date);
  if (!dates)
    throw new FpkError(
      'unknown-value',
      `${meta.name} has one release; the "release" option applies to datasets that keep every release (overdoses).`,
      'release',
    );
  if (typeof release !== 'string' || (release !== ALL_RELEASES && !dates.includes(release))) {
    throw new UnknownValueError('release', String(release), [...dates, ALL_RELEASES]);
  }
  return release;
}

/** The superseded-slice files to read beside the default slices of these keys. */
export function supersededFiles(meta: DatasetMeta, keys: readonly string[]): string[] {
  const older = meta.slices.superseded ?? {};
  return keys.flatMap((k) => (older[k] ? [older[k].file] : []));
}

/**
 * The rows of one release (or of every release), from the default rows and the superseded ones,
 * in key order and, within a cell, oldest release first.
 */
export function releaseRows<R>(meta: DatasetMeta, current: readonly R[], superseded: readonly R[], release: string): R[] {
  const keep = (r: R) => release === ALL_RELEASES || (r as Record<string, unknown>)['release'] === release;
  const key = [...meta.key, 'release'];
  const compare = (a: R, b: R) => {
    for (const k of key) {
      const x = String((a as Record<string, unknown>)[k]);
      const y = String((b as Record<string, unknown>)[k]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  return [...current.filter(keep), ...superseded.filter(keep)].sort(compare);
}
