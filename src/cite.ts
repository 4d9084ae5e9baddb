/** Citation and source-line text for a dataset, as every chart and download shows it. */
import type { DatasetMeta } from './meta.js';

/** "Source: CDC NCHS, VSRR … · Released 2026-02-14 · Dataset version …" */
export function sourceLine(meta: DatasetMeta): string {
  return `Source: ${meta.credit}. Released ${meta.released}. Data version ${meta.version}.`;
}

/** A full citation: the dataset's suggested citation, the package and version, and the access date. */
export function citeDataset(meta: DatasetMeta, options: { accessed?: string } = {}): string {
  const urls = [...new Set(meta.sources.map((s) => s.url))].join(' ; ');
  const accessed = options.accessed ? ` Accessed ${options.accessed}.` : '';
  return `${meta.citation} Via fentanyl-policy-kit, dataset "${meta.name}", version ${meta.version}. ${urls}.${accessed}`;
}
