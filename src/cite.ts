/**
 * Citation and source-line facts for a dataset, as every chart and download carries them. A
 * dataset merges several releases (VSRR) or vintages (Census), so a line names the ones the rows
 * on show come from (`ShownData`), never only the dataset's newest release date.
 */
import type { DatasetMeta } from './meta.js';

/** What a chart shows of one dataset: which releases or vintages its rows come from, and up to when. */
export interface ShownData {
  /** Release dates (YYYY-MM-DD) of the rows shown, oldest first: CDC VSRR names each row's release. */
  readonly releases?: readonly string[];
  /**
   * Census vintages of the population values used, with the July 1 years they estimate
   * (a vintage is a release: its reference dates are not release dates).
   */
  readonly vintages?: readonly { readonly vintage: string; readonly years: readonly number[] }[];
  /** The latest period shown (YYYY-MM), the last month every series drawn has data for. */
  readonly through?: string;
}

/** Shown data by dataset name. */
export type ShownByDataset = Readonly<Record<string, ShownData>>;

/** The distinct release dates of rows, oldest first. */
export function releasesOf(rows: Iterable<{ readonly release?: unknown }>): string[] {
  const set = new Set<string>();
  for (const r of rows) {
    // A row drawn from two periods (a change) may name two releases, "a; b".
    if (typeof r.release === 'string') for (const d of r.release.split('; ')) if (d) set.add(d);
  }
  return [...set].sort();
}

/** The vintages behind population lookups ({year, vintage}), each with the years it gave, oldest first. */
export function vintagesOf(lookups: Iterable<{ readonly year: number; readonly vintage: string }>): { vintage: string; years: number[] }[] {
  const years = new Map<string, Set<number>>();
  for (const l of lookups) {
    let set = years.get(l.vintage);
    if (!set) years.set(l.vintage, (set = new Set()));
    set.add(l.year);
  }
  return [...years]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([vintage, set]) => ({ vintage, years: [...set].sort((a, b) => a - b) }));
}

/** "2025-01-08 and 2026-02-14", "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}

/**
 * The plain-text source line of one dataset, in English with ISO dates (the SDK's form; charts
 * use the element's language, src/charts/source-line.ts):
 * "Source: CDC NCHS, … (VSRR). Releases 2025-01-08 and 2026-02-14. Data through 2025-09. Data version …."
 * Without `shown` it names the dataset's newest release.
 */
export function sourceLine(meta: DatasetMeta, shown?: ShownData): string {
  const parts = [`Source: ${meta.credit}.`];
  if (shown?.releases?.length) parts.push(`${shown.releases.length > 1 ? 'Releases' : 'Release'} ${andList(shown.releases)}.`);
  else if (shown?.vintages?.length)
    parts.push(`${andList(shown.vintages.map((v) => `Vintage ${v.vintage} (July 1, ${andList(v.years.map(String))})`))}.`);
  else parts.push(`Released ${meta.released}.`);
  if (shown?.through) parts.push(`Data through ${shown.through}.`);
  parts.push(`Data version ${meta.version}.`);
  return parts.join(' ');
}

/** A full citation: the dataset's suggested citation, the package and version, and the access date. */
export function citeDataset(meta: DatasetMeta, options: { accessed?: string } = {}): string {
  const urls = [...new Set(meta.sources.map((s) => s.url))].join(' ; ');
  const accessed = options.accessed ? ` Accessed ${options.accessed}.` : '';
  return `${meta.citation} Via fentanyl-policy-kit, dataset "${meta.name}", version ${meta.version}. ${urls}.${accessed}`;
}
