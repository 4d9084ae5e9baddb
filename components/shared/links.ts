/** A source link's visible text: the site it points to ("justice.gov"), or the URL if unparseable. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
