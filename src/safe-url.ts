/**
 * The one check every rendered link goes through. Link targets come from data (a dataset's source
 * URLs, a case's or designation's sources), and data can come from elsewhere than this package:
 * `setDataBaseURL()` points the elements at any server. A `javascript:` URL in an `href` runs
 * script in the host page when clicked, and a `data:` URL opens a document an attacker wrote, so
 * only `http:` and `https:` links are made; anything else is shown as text without a link.
 *
 * The check uses the WHATWG URL parser, the one the browser follows a link with, so the tricks
 * aimed at naive prefix tests (`JaVaScRiPt:`, a leading space or control character, `java\tscript:`,
 * entity-like text) are judged exactly as the browser would read them.
 */

const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * `url` as an absolute http(s) URL (normalised, as the browser would follow it), or `undefined`
 * when it is not one. A relative reference is accepted only with a `base` to resolve it against
 * (and the result must be http(s) too); without one it is refused, because data links are absolute.
 */
export function safeURL(url: unknown, base?: string | URL): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return undefined;
  }
  return LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}
