/** A source link's visible text: the site it points to ("justice.gov"), or the URL itself if it has no host or cannot be parsed. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
