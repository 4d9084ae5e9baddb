/** A cited source of a curated record: the page read and a verbatim excerpt from it. */
export interface SourceQuote {
  readonly url: string;
  /** Verbatim excerpt(s) from the page; `null` when the source file does not tie a quote to this URL. */
  readonly quote: string | null;
}

/** Checks a decoded `sources` cell: a non-empty list of {url, quote} with http(s) URLs. */
export function checkSources(value: unknown, { allowEmpty = false } = {}): string | null {
  if (!Array.isArray(value)) return 'a JSON list of {url, quote}';
  if (!allowEmpty && value.length === 0) return 'at least one source with a URL';
  for (const s of value) {
    if (typeof s !== 'object' || s === null) return 'objects {url, quote}';
    const { url, quote } = s as Record<string, unknown>;
    if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) return `an http(s) URL (got ${JSON.stringify(url)})`;
    if (quote !== null && typeof quote !== 'string') return 'a quote that is text or null';
  }
  return null;
}

/**
 * Pairs a ` ; `-separated URL cell with its ` | `-separated quote cell, as the hand-compiled
 * files write them. Where the counts differ and there are several URLs, the file does not say
 * which excerpt belongs to which page, so quotes are not guessed: each URL gets `null` and the
 * caller keeps the whole quote text elsewhere.
 */
export function pairSources(urlCell: string, quoteCell: string): { sources: SourceQuote[]; unpairedQuote: string | null } {
  const urls = urlCell.split(' ; ').map((u) => u.trim()).filter(Boolean);
  const quotes = quoteCell.split(' | ').map((q) => q.trim()).filter(Boolean);
  if (urls.length === quotes.length) return { sources: urls.map((url, i) => ({ url, quote: quotes[i]! })), unpairedQuote: null };
  if (urls.length === 1) return { sources: [{ url: urls[0]!, quote: quotes.join(' | ') || null }], unpairedQuote: null };
  return { sources: urls.map((url) => ({ url, quote: null })), unpairedQuote: quoteCell.trim() || null };
}
