/** Finds the current address of a file that a publisher links from a page under a moving name. */
import type { Discovery } from './sources.js';

/**
 * The newest link on `html` matching `discovery.link`, as an absolute URL resolved against the
 * official page address (so a mirror can be applied to it afterwards); null when none matches.
 */
export function newestLink(html: string, discovery: Discovery): string | null {
  const found = [...html.matchAll(discovery.link)];
  if (found.length === 0) return null;
  found.sort(discovery.newestFirst);
  return new URL(found[0]![0], discovery.page).href;
}
