/**
 * Repository files written from the datasets' meta, next to the datasets themselves, so they
 * cannot fall behind a refresh (`npm run data:build` writes them, `data:check` compares them):
 *
 * - the README's freshness table (between `<!-- freshness:start … -->` and `<!-- freshness:end -->`),
 *   dated: ages are counted to the `as-of` date the block records, kept until a build is given
 *   `--as-of <date|today>` (the release step), so a rebuild never depends on the clock;
 * - `CITATION.cff` (Citation File Format 1.2.0): the package, and each dataset as a reference
 *   with its publisher, release and version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { DatasetMeta } from '../../src/meta.js';
import { freshnessAsOf, withFreshness } from '../../src/freshness.js';

interface PackageJson {
  name: string;
  version: string;
  description: string;
  license: string;
  keywords: string[];
}

/** CITATION.cff for the package at `root`, with every dataset as a reference. */
export function citationCff(root: string, metas: readonly DatasetMeta[]): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  const cff = {
    'cff-version': '1.2.0',
    message:
      'If you use this software or its datasets, please cite it as below, and cite the sources of the data you show: each dataset\'s meta.json gives its citation, and every chart, download and "fpk data" row names its source, release and version.',
    type: 'software',
    title: pkg.name,
    abstract: pkg.description,
    version: pkg.version,
    license: pkg.license,
    keywords: pkg.keywords,
    authors: [{ name: `${pkg.name} contributors` }],
    references: metas.map((m) => ({
      type: 'dataset',
      title: m.title,
      authors: [{ name: m.publisher }],
      'date-released': m.released,
      version: m.version,
      url: m.sources[0]?.url,
      notes: `Dataset "${m.name}" of ${pkg.name}. Suggested citation: ${m.citation}`,
    })),
  };
  return `# Written by npm run data:build from package.json and datasets/*/meta.json; do not edit.\n${stringify(cff, { lineWidth: 0 })}`;
}

/** The date a build ages the README's freshness table to: `--as-of`, else the one the README records. */
export function asOfDate(readme: string, option: string | undefined, today = new Date()): string {
  if (option === 'today') return today.toISOString().slice(0, 10);
  if (option !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(option)) throw new Error(`--as-of: expected YYYY-MM-DD or "today", got "${option}"`);
    return option;
  }
  return freshnessAsOf(readme) ?? today.toISOString().slice(0, 10);
}

/** README.md and CITATION.cff as the datasets' meta says they should read. */
export function generatedDocs(root: string, metas: readonly DatasetMeta[], asOfOption?: string): Map<string, string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return new Map([
    ['README.md', withFreshness(readme, metas, asOfDate(readme, asOfOption))],
    ['CITATION.cff', citationCff(root, metas)],
  ]);
}
