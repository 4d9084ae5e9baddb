/** The meta caveat on a curated dataset's links: how many of each kind, and which domains no rule names. */
import type { SourceLink } from '../../src/dataset-schemas/sources.js';

export function linksNote(rows: readonly { readonly links: readonly SourceLink[] }[]): string {
  const links = rows.flatMap((r) => r.links);
  const count = (kind: SourceLink['kind']) => links.filter((l) => l.kind === kind).length;
  const sites = [...new Set(links.filter((l) => l.kind === 'site').map((l) => l.domain))].sort();
  return (
    `links classifies every cited page by the rule table of src/dataset-schemas/sources.ts: ${count('official')} on official government sites, ${count('publisher')} from named publishers, ${count('copy')} copies of someone else's text (official releases, court opinions, Federal Register documents, OFAC data, wire stories), ${count('site')} on ${sites.length} other sites that no rule names (labelled as such, not as publishers)` +
    (sites.length ? `: ${sites.join(', ')}.` : '.')
  );
}
