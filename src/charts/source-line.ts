/**
 * The source line under every chart, in the element's language: for each dataset its credit,
 * then the releases of the rows on show ("releases of Jan 8, 2025 and Feb 14, 2026"), the
 * Census vintage of the population used ("Vintage 2025 release, population on July 1, 2025"),
 * the last month shown ("data through September 2025") and the data version. The element renders
 * the parts (the credit is a link); images, downloads and the Node renderer use the same words as
 * plain text. No DOM.
 */
import type { ShownByDataset, ShownData } from '../cite.js';
import type { DatasetMeta } from '../meta.js';
import { formatDate, formatMonth, t, type Lang } from '../i18n/index.js';
import { creditName } from '../i18n/credits.js';

export interface SourceEntry {
  readonly credit: string;
  /** Where the credit links to: the dataset's first source. */
  readonly url: string;
  /** What follows the credit: ", releases of <dates>, data through <month> (data version <v>)". */
  readonly details: string;
}

/** What the source line is made from: a chart model's datasets, what it shows of each, its notes. */
export interface SourceInput {
  readonly metas: readonly DatasetMeta[];
  readonly shown?: ShownByDataset;
  readonly notes?: readonly string[];
}

function andList(lang: Lang, items: readonly string[]): string {
  const and = t(lang, 'and');
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}` : (items[0] ?? '');
}

/** "releases of Jan 8, 2025 and Feb 14, 2026" / "publicaciones del 8 ene 2025 y del 14 feb 2026". */
export function releasesPhrase(lang: Lang, releases: readonly string[]): string {
  const dates = releases.map((d) => formatDate(lang, d));
  if (lang === 'es')
    return `${releases.length > 1 ? 'publicaciones' : 'publicación'} ${andList(
      lang,
      dates.map((d) => `del ${d}`),
    )}`;
  return `${releases.length > 1 ? 'releases' : 'release'} of ${andList(lang, dates)}`;
}

/** Consecutive years as runs: [2015, 2016, 2017, 2020] → ["2015–2017", "2020"]. */
function yearRuns(years: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(j > i + 1 ? `${years[i]}–${years[j]}` : j === i + 1 ? `${years[i]}, ${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return runs;
}

/**
 * "Vintage 2025 release, population on July 1, 2024 and 2025": a vintage is Census's release; the
 * July 1 dates are what it estimates, not when it was published.
 */
function vintagesPhrase(lang: Lang, vintages: NonNullable<ShownData['vintages']>): string {
  const es = lang === 'es';
  const names = andList(
    lang,
    vintages.map((v) => v.vintage),
  );
  const years = andList(lang, yearRuns([...new Set(vintages.flatMap((v) => v.years))].sort((a, b) => a - b)));
  if (es) return `${vintages.length > 1 ? 'publicaciones' : 'publicación'} Vintage ${names}, población al 1 de julio de ${years}`;
  return `Vintage ${names} ${vintages.length > 1 ? 'releases' : 'release'}, population on July 1, ${years}`;
}

function details(meta: DatasetMeta, shown: ShownData | undefined, lang: Lang): string {
  const when = shown?.releases?.length
    ? releasesPhrase(lang, shown.releases)
    : shown?.vintages?.length
      ? vintagesPhrase(lang, shown.vintages)
      : `${t(lang, 'released')} ${formatDate(lang, meta.released)}`;
  const through = shown?.through ? `, ${t(lang, 'dataThrough')} ${formatMonth(lang, shown.through)}` : '';
  return `, ${when}${through} (${t(lang, 'version')} ${meta.version})`;
}

export function sourceParts(input: SourceInput, lang: Lang): { label: string; entries: SourceEntry[] } {
  return {
    label: t(lang, 'source'),
    entries: input.metas.map((m) => ({
      credit: creditName(lang, m),
      url: m.sources[0]?.url ?? '#',
      details: details(m, input.shown?.[m.name], lang),
    })),
  };
}

/** One dataset's credit and details as plain text: "CDC NCHS, … (VSRR), release of Feb 14, 2026 (data version …)". */
export function sourceEntryText(meta: DatasetMeta, shown: ShownData | undefined, lang: Lang): string {
  return `${creditName(lang, meta)}${details(meta, shown, lang)}`;
}

/** The source line as the reader sees it, notes included (the text of the element's `[part=source]`). */
export function sourceText(input: SourceInput, lang: Lang): string {
  // The credits are a sentence of their own (the notes that follow start new sentences); '…' while loading.
  const credits = input.metas.length ? `${input.metas.map((m) => sourceEntryText(m, input.shown?.[m.name], lang)).join('; ')}.` : '…';
  return [`${t(lang, 'source')}: ${credits}`, ...(input.notes ?? [])].join(' ');
}

/**
 * The data a chart was drawn from, as `name@version` of each dataset, space-separated
 * (`overdoses@2026-06-27+25cada7c7f`): the `data-version` of a static fallback, which the element
 * compares with the data it loads (components/shared/adopt.ts).
 */
export function dataVersion(input: Pick<SourceInput, 'metas'>): string {
  return input.metas.map((m) => `${m.name}@${m.version}`).join(' ');
}

/**
 * One dataset's citation as the Cite box shows it: the dataset's suggested reference, which is the
 * source's own English text (titles of English publications stay as published, and the element
 * marks them `lang="en"`), then our part in the element's language.
 */
export interface CitationPart {
  /** The source's reference, in English. */
  readonly reference: string;
  /** " Via fentanyl-policy-kit, dataset "overdoses", version …. <urls>. Accessed …" in the element's language. */
  readonly via: string;
}

/** The citations of a chart's datasets; `accessed` is the day (YYYY-MM-DD) the reader cites it. */
export function citationParts(metas: readonly DatasetMeta[], lang: Lang, accessed: string): CitationPart[] {
  return metas.map((m) => {
    const urls = [...new Set(m.sources.map((s) => s.url))].join(' ; ');
    return {
      reference: m.citation,
      // The English words are citeDataset's (src/cite.ts), so a copied English citation is the SDK's.
      // English writes the ISO day as citeDataset does; Spanish the day in words ("Consultado el 3 dic 2026").
      via: t(lang, 'citeVia', { name: m.name, version: m.version, urls, accessed, accessedDate: formatDate(lang, accessed) }),
    };
  });
}

/** The citations as plain text, one dataset a line: what Cite copies to the clipboard. */
export function citationText(parts: readonly CitationPart[]): string {
  return parts.map((p) => `${p.reference}${p.via}`).join('\n');
}
