/**
 * What an embed URL may ask for. The query string comes from whoever wrote the link, so only the
 * element tags and attribute names listed here are used; everything else is ignored (and named,
 * so a newsroom sees why a parameter had no effect). Values only ever reach `setAttribute`, and
 * every element validates its own attributes and shows what was wrong.
 */

export const EMBED_TAGS = ['fpk-trend', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-cases'] as const;
export type EmbedTag = (typeof EMBED_TAGS)[number];

/**
 * The shared element attributes (DESIGN §4) except `src`: a reader's CSV URL in the query string
 * would let any link show a third party's numbers inside a page served from this library's
 * origin, under its source line. Pages that want a reader series use the script embed.
 */
const SHARED = [
  'dataset',
  'measure',
  'jurisdictions',
  'drugs',
  'from',
  'to',
  'events',
  'heading',
  'description',
  'lang',
  'theme',
  'view',
  'actions',
  'loading',
] as const;

/** Attributes one element has beyond the shared ones (its JSDoc `@attr` list). */
const OWN: Record<EmbedTag, readonly string[]> = {
  // `src`, `src-date`, `src-value`, `src-label` are left out on purpose: see the note on SHARED.
  'fpk-trend': ['regions', 'terrorism'],
  'fpk-compare': ['mode', 'highlight'],
  'fpk-map': [],
  'fpk-timeline': ['types', 'organizations', 'terrorism'],
  'fpk-cases': ['event-types', 'terrorism', 'query'],
};

export function isEmbedTag(tag: string | null): tag is EmbedTag {
  return (EMBED_TAGS as readonly (string | null)[]).includes(tag);
}

export function allowedAttributes(tag: EmbedTag): readonly string[] {
  return [...SHARED, ...OWN[tag]];
}

export type EmbedRequest =
  | {
      readonly ok: true;
      readonly tag: EmbedTag;
      readonly attributes: ReadonlyArray<readonly [string, string]>;
      readonly ignored: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/** Reads `?tag=…&name=value…`; the first value of a repeated name wins, the rest are ignored. */
export function readEmbedQuery(search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const tag = params.get('tag');
  if (!tag) return { ok: false, message: `No chart named. Add ?tag= with one of: ${EMBED_TAGS.join(', ')}.` };
  if (!isEmbedTag(tag)) return { ok: false, message: `Unknown chart "${tag}". Use one of: ${EMBED_TAGS.join(', ')}.` };
  const allowed = allowedAttributes(tag);
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (seen.has(name) || (name !== 'tag' && !allowed.includes(name))) ignored.push(name);
    else if (name !== 'tag') attributes.push([name, value]);
    seen.add(name);
  }
  return { ok: true, tag, attributes, ignored };
}
