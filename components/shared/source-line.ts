/**
 * The source line under every chart, "Source: <credit>, released <date> (data version <v>)", in
 * the element's language. The element renders the parts (the credit is a link); images and the
 * Node renderer use the same words as plain text. No DOM.
 */
import type { DatasetMeta } from '../../src/meta.js';
import { formatDate, t, type Lang } from './i18n.js';

export interface SourceEntry {
  readonly credit: string;
  /** Where the credit links to: the dataset's first source. */
  readonly url: string;
  /** What follows the credit: ", released <date> (data version <v>)". */
  readonly details: string;
}

export function sourceParts(metas: readonly DatasetMeta[], lang: Lang): { label: string; entries: SourceEntry[] } {
  return {
    label: t(lang, 'source'),
    entries: metas.map((m) => ({
      credit: m.credit,
      url: m.sources[0]?.url ?? '#',
      details: `, ${t(lang, 'released')} ${formatDate(lang, m.released)} (${t(lang, 'version')} ${m.version})`,
    })),
  };
}

/** The source line as the reader sees it, notes included (the text of the element's `[part=source]`). */
export function sourceText(metas: readonly DatasetMeta[], lang: Lang, notes: readonly string[] = []): string {
  const { label, entries } = sourceParts(metas, lang);
  const credits = entries.length ? entries.map((e) => `${e.credit}${e.details}`).join('; ') : '…';
  return [`${label}: ${credits}`, ...notes].join(' ');
}
