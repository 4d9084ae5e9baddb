/**
 * What an embed URL may ask for. The query string comes from whoever wrote the link, so only the
 * element tags and the attributes their tables mark embeddable are used; any other parameter is
 * the same error the element and the CLI give (the frame shows it), so a newsroom sees why a
 * link does not draw what it asked. Values only ever reach `setAttribute`, and every element
 * validates its own attributes and shows what was wrong.
 */
import { FpkError } from '../errors.js';
import { unknownAttributeError, type AttributeTable } from './attributes.js';
import { ATTRIBUTE_TABLES, ELEMENT_TAGS, NOT_TAKEN, isElementTag, type ElementTag } from './elements.js';

/** Every tag but `<fpk-chart>`, whose spec (a page's own vega-lite chart) an embed URL may not carry. */
export const EMBED_TAGS: readonly ElementTag[] = ELEMENT_TAGS.filter((t) => t !== 'fpk-chart');
export type EmbedTag = ElementTag;

export function isEmbedTag(tag: string | null): tag is EmbedTag {
  return isElementTag(tag) && EMBED_TAGS.includes(tag);
}

/** The attributes of `tag` an embed URL may set, in table order. */
export function allowedAttributes(tag: EmbedTag): readonly string[] {
  return Object.values(ATTRIBUTE_TABLES[tag] as AttributeTable)
    .filter((spec) => spec.embeddable)
    .map((spec) => spec.name);
}

/** Why a parameter of an embed URL is refused: not an attribute of the tag, or one only a page's own script may set. */
export function embedParameterError(tag: EmbedTag, name: string): FpkError {
  const table: AttributeTable = ATTRIBUTE_TABLES[tag];
  if (!Object.hasOwn(table, name)) return unknownAttributeError(tag, name, table, NOT_TAKEN[tag]);
  return new FpkError(
    'not-embeddable',
    `${name} cannot be set in an embed URL: ${name === 'src' || name.startsWith('src-') ? "a reader's own CSV" : 'a chart of anyone’s making'} would appear under this library's source line on any site. Use the script embed (fpk embed prints it).`,
    name,
  );
}

export type EmbedRequest =
  | {
      readonly ok: true;
      readonly tag: EmbedTag;
      readonly attributes: ReadonlyArray<readonly [string, string]>;
      readonly ignored: readonly string[];
    }
  | { readonly ok: false; readonly message: string; readonly code?: FpkError['code'] };

/**
 * Reads `?tag=…&name=value…`. A parameter that is not an embeddable attribute of the tag is an
 * error; the first value of a repeated name wins, the rest are ignored (and named).
 */
export function readEmbedQuery(search: string): EmbedRequest {
  const params = new URLSearchParams(search);
  const tag = params.get('tag');
  if (!tag) return { ok: false, message: `No chart named. Add ?tag= with one of: ${EMBED_TAGS.join(', ')}.` };
  // An element of its own page only (<fpk-chart>'s spec is that page's): said as such, not as an unknown chart.
  if (isElementTag(tag) && !EMBED_TAGS.includes(tag))
    return {
      ok: false,
      code: 'not-embeddable',
      message: `${tag} draws a page’s own vega-lite spec, which an embed URL may not carry: use the script embed (fpk embed ${tag} prints it).`,
    };
  if (!isEmbedTag(tag)) return { ok: false, message: `Unknown chart "${tag}". Use one of: ${EMBED_TAGS.join(', ')}.` };
  const allowed = allowedAttributes(tag);
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (name !== 'tag' && !allowed.includes(name)) {
      const error = embedParameterError(tag, name);
      return { ok: false, message: error.message, code: error.code };
    }
    if (seen.has(name)) ignored.push(name);
    else if (name !== 'tag') attributes.push([name, value]);
    seen.add(name);
  }
  return { ok: true, tag, attributes, ignored };
}
