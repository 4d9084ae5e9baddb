/**
 * How a cited page is shown to readers, the same in every element: its publisher's domain always,
 * what kind of page it is (src/dataset-schemas/sources.ts), and "copy of … at <domain>" for a page that
 * reposts someone else's text. URLs pass through safeURL where they become links (the elements).
 */
import { formatNumber, t, type Lang } from '../i18n/index.js';
import type { SourceLink } from '../dataset-schemas/sources.js';
import { safeURL } from '../safe-url.js';

/** A source link's visible text: the site it points to ("justice.gov"), or the URL itself if it has no host or cannot be parsed. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/**
 * The link's text and a short tag after it: "justice.gov" (official text); "Reuters (reuters.com)";
 * "copy of a Treasury release at fhox.org"; "neeews.com" (site, not a named publisher). A text read
 * in the primary-source check is tagged so, whatever site it is on.
 */
export function linkLabel(link: SourceLink, lang: Lang): { text: string; tag: string | null } {
  // What the reader sees comes from the URL itself, not from what the data says about it: a URL that
  // cannot be a link (javascript:, data:, …) is shown as it is, with no claim about its kind.
  if (!safeURL(link.url)) return { text: link.url, tag: null };
  const domain = hostOf(link.url);
  if (domain !== link.domain) return { text: domain, tag: null };
  // The publisher's name as the reader's language writes it (the sources table holds both).
  const name = { en: link.name, es: link.nameEs }[lang];
  const primaryTag = t(lang, 'primarySource');
  switch (link.kind) {
    case 'official':
      return {
        text: link.domain,
        tag: t(lang, link.primary ? 'officialTextPrimary' : 'officialText'),
      };
    case 'publisher':
      return { text: `${name} (${link.domain})`, tag: link.primary ? primaryTag : null };
    case 'copy':
      return {
        text: t(lang, 'copyOf', { name: String(name), domain: link.domain }),
        tag: link.primary ? primaryTag : null,
      };
    default:
      return { text: link.domain, tag: t(lang, 'unnamedSite') };
  }
}

/** The one line each element shows: "12 of 40 events rest on an official text." */
export function officialTextLine(lang: Lang, confirmed: number, total: number): string {
  return t(lang, total === 1 ? 'officialTextOne' : 'officialTextMany', {
    confirmed: formatNumber(lang, confirmed),
    total: formatNumber(lang, total),
  });
}
