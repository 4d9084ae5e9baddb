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
  const urls = urlCell
    .split(' ; ')
    .map((u) => u.trim())
    .filter(Boolean);
  const quotes = quoteCell
    .split(' | ')
    .map((q) => q.trim())
    .filter(Boolean);
  if (urls.length === quotes.length) return { sources: urls.map((url, i) => ({ url, quote: quotes[i]! })), unpairedQuote: null };
  if (urls.length === 1) return { sources: [{ url: urls[0]!, quote: quotes.join(' | ') || null }], unpairedQuote: null };
  return { sources: urls.map((url) => ({ url, quote: null })), unpairedQuote: quoteCell.trim() || null };
}

/**
 * What a cited page is, for a reader deciding how far to trust it:
 * - official: the official text on a US government site (.gov, .mil, White House archives);
 * - publisher: a named news organisation, law firm or research body, reporting in its own name;
 * - copy: a page reposting someone else's text (an official release, a court opinion, a Federal
 *   Register document, OFAC's list, a wire story): labelled "copy of <what> at <domain>";
 * - site: any other site, shown by its domain and labelled as not a named publisher. A domain the
 *   rule table does not know is a `site`: a clearly labelled default rather than a failed build, so
 *   a new record's source is never presented as more than it is (the dataset's meta counts them).
 */
export const SOURCE_KINDS = ['official', 'publisher', 'copy', 'site'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Reading order: the official text on its own site; then a copy of an official text that the
 * primary-source check read (the official words, though not on the official site); then named
 * publishers; then other copies; then other sites.
 */
function rank(l: SourceLink): number {
  if (l.kind === 'official') return 0;
  if (l.primary) return 1;
  return { publisher: 2, copy: 3, site: 4 }[l.kind];
}

interface SourceRule {
  /** The host, or a parent domain of it ("justice.gov" covers "www.justice.gov"). */
  readonly domain: string;
  /** Only URLs whose path starts so (a site that hosts many things, like github.com). */
  readonly path?: string;
  readonly kind: Exclude<SourceKind, 'site'>;
  /** Who publishes it (official and publisher), in English; for a copy, what it copies ("a Treasury release"). */
  readonly name: string;
  /** Spanish of `name`. */
  readonly nameEs: string;
}

/**
 * The rule table. Government domains are `official` by rule (below); these are the others the
 * curated records cite, with what the record's quote and the PROVENANCE notes say they are.
 */
export const SOURCE_RULES: readonly SourceRule[] = [
  // Copies of official texts (the primary-source check read several of them as the official text).
  {
    domain: 'fraser.stlouisfed.org',
    kind: 'copy',
    name: 'a Treasury release (FRASER archive)',
    nameEs: 'un comunicado del Tesoro (archivo FRASER)',
  },
  { domain: 'justia.com', kind: 'copy', name: 'a court opinion', nameEs: 'una resolución judicial' },
  { domain: 'casetext.com', kind: 'copy', name: 'a court opinion', nameEs: 'una resolución judicial' },
  { domain: 'vlex.com', kind: 'copy', name: 'a court opinion', nameEs: 'una resolución judicial' },
  { domain: 'ecases.us', kind: 'copy', name: 'a court opinion', nameEs: 'una resolución judicial' },
  { domain: 'cetient.com', kind: 'copy', name: 'a court opinion', nameEs: 'una resolución judicial' },
  { domain: 'elawyers.us', kind: 'copy', name: 'a court opinion', nameEs: 'una resolución judicial' },
  { domain: 'uniset.ca', kind: 'copy', name: 'a court opinion', nameEs: 'una resolución judicial' },
  { domain: 'scribd.com', kind: 'copy', name: 'a court filing', nameEs: 'un escrito judicial' },
  { domain: 'lexbuild.dev', kind: 'copy', name: 'a Federal Register document', nameEs: 'un documento del Federal Register' },
  {
    domain: 'usregs.ai',
    kind: 'copy',
    name: 'a Federal Register document (with AI summaries)',
    nameEs: 'un documento del Federal Register (con resúmenes de IA)',
  },
  { domain: 'frtracker.app', kind: 'copy', name: 'a Federal Register document', nameEs: 'un documento del Federal Register' },
  {
    domain: 'github.com',
    path: '/jackdwyer/specially-designated-nationals-list/',
    kind: 'copy',
    name: "OFAC list data (a scrape of OFAC's sdn.csv, 2021–2024)",
    nameEs: 'datos de la lista de la OFAC (copias de su sdn.csv, 2021–2024)',
  },
  {
    domain: 'github.com',
    path: '/kindrat86/ofac-sdn-json/',
    kind: 'copy',
    name: "OFAC list data (a daily parse of OFAC's files)",
    nameEs: 'datos de la lista de la OFAC (copia diaria de sus archivos)',
  },
  {
    domain: 'capitollabsllc.com',
    kind: 'copy',
    name: 'a Congressional Research Service report',
    nameEs: 'un informe del Servicio de Investigación del Congreso',
  },
  {
    domain: 'hsdl.org',
    kind: 'copy',
    name: 'a government document (catalogue record)',
    nameEs: 'un documento oficial (ficha de catálogo)',
  },
  { domain: 'einpresswire.com', kind: 'copy', name: 'an official release', nameEs: 'un comunicado oficial' },
  { domain: 'pubt.io', kind: 'copy', name: 'an official release', nameEs: 'un comunicado oficial' },
  { domain: 'fhox.org', kind: 'copy', name: 'a Treasury release', nameEs: 'un comunicado del Tesoro' },
  { domain: 'defesanet.com.br', kind: 'copy', name: 'a Treasury release', nameEs: 'un comunicado del Tesoro' },
  { domain: 'globalindepth.com', kind: 'copy', name: 'a State Department statement', nameEs: 'un comunicado del Departamento de Estado' },
  // Copies of news stories.
  { domain: 'dnyuz.com', kind: 'copy', name: 'a New York Times story', nameEs: 'una nota del New York Times' },
  { domain: 'socastsrm.com', kind: 'copy', name: 'a Reuters story', nameEs: 'una nota de Reuters' },
  { domain: 'banderasnews.com', kind: 'copy', name: 'an AP story', nameEs: 'una nota de AP' },
  { domain: 'daily8.com', kind: 'copy', name: 'a news story', nameEs: 'una nota de prensa' },
  // Named publishers.
  { domain: 'reuters.com', kind: 'publisher', name: 'Reuters', nameEs: 'Reuters' },
  { domain: 'apnews.com', kind: 'publisher', name: 'AP', nameEs: 'AP' },
  { domain: 'cbsnews.com', kind: 'publisher', name: 'CBS News', nameEs: 'CBS News' },
  { domain: 'latimes.com', kind: 'publisher', name: 'Los Angeles Times', nameEs: 'Los Angeles Times' },
  { domain: 'bostonglobe.com', kind: 'publisher', name: 'The Boston Globe', nameEs: 'The Boston Globe' },
  { domain: 'the-independent.com', kind: 'publisher', name: 'The Independent', nameEs: 'The Independent' },
  { domain: 'newsday.com', kind: 'publisher', name: 'Newsday', nameEs: 'Newsday' },
  { domain: 'courier-journal.com', kind: 'publisher', name: 'Courier Journal', nameEs: 'Courier Journal' },
  { domain: 'upi.com', kind: 'publisher', name: 'UPI', nameEs: 'UPI' },
  { domain: 'aljazeera.com', kind: 'publisher', name: 'Al Jazeera', nameEs: 'Al Jazeera' },
  { domain: 'channelnewsasia.com', kind: 'publisher', name: 'CNA', nameEs: 'CNA' },
  { domain: 'fox4news.com', kind: 'publisher', name: 'FOX 4 News', nameEs: 'FOX 4 News' },
  { domain: 'borderreport.com', kind: 'publisher', name: 'Border Report', nameEs: 'Border Report' },
  { domain: 'newsnationnow.com', kind: 'publisher', name: 'NewsNation', nameEs: 'NewsNation' },
  { domain: 'courthousenews.com', kind: 'publisher', name: 'Courthouse News Service', nameEs: 'Courthouse News Service' },
  { domain: 'lawfaremedia.org', kind: 'publisher', name: 'Lawfare', nameEs: 'Lawfare' },
  { domain: 'mexiconewsdaily.com', kind: 'publisher', name: 'Mexico News Daily', nameEs: 'Mexico News Daily' },
  { domain: 'laopinion.com', kind: 'publisher', name: 'La Opinión', nameEs: 'La Opinión' },
  { domain: 'eluniversal.com.mx', kind: 'publisher', name: 'El Universal', nameEs: 'El Universal' },
  { domain: 'elfinanciero.com.mx', kind: 'publisher', name: 'El Financiero', nameEs: 'El Financiero' },
  { domain: 'cronica.com.mx', kind: 'publisher', name: 'La Crónica de Hoy', nameEs: 'La Crónica de Hoy' },
  { domain: 'elheraldo.hn', kind: 'publisher', name: 'El Heraldo (Honduras)', nameEs: 'El Heraldo (Honduras)' },
  { domain: 'elhorizonte.mx', kind: 'publisher', name: 'El Horizonte', nameEs: 'El Horizonte' },
  { domain: 'noroeste.com.mx', kind: 'publisher', name: 'Noroeste', nameEs: 'Noroeste' },
  { domain: 'nmas.com.mx', kind: 'publisher', name: 'N+', nameEs: 'N+' },
  { domain: 'wradio.com.mx', kind: 'publisher', name: 'W Radio', nameEs: 'W Radio' },
  { domain: 'borderlandbeat.com', kind: 'publisher', name: 'Borderland Beat', nameEs: 'Borderland Beat' },
  { domain: 'elsalvadornow.org', kind: 'publisher', name: 'El Salvador Now', nameEs: 'El Salvador Now' },
  { domain: 'justthenews.com', kind: 'publisher', name: 'Just the News', nameEs: 'Just the News' },
  { domain: 'anews.com.tr', kind: 'publisher', name: 'A News', nameEs: 'A News' },
  { domain: 'bakermckenzie.com', kind: 'publisher', name: 'Baker McKenzie', nameEs: 'Baker McKenzie' },
  { domain: 'jdsupra.com', kind: 'publisher', name: 'JD Supra (law-firm notes)', nameEs: 'JD Supra (notas de bufetes)' },
  { domain: 'mondaq.com', kind: 'publisher', name: 'Mondaq (law-firm notes)', nameEs: 'Mondaq (notas de bufetes)' },
  { domain: 'americascreditunions.org', kind: 'publisher', name: "America's Credit Unions", nameEs: "America's Credit Unions" },
  {
    domain: 'ielr.com',
    kind: 'publisher',
    name: 'International Enforcement Law Reporter',
    nameEs: 'International Enforcement Law Reporter',
  },
];

/** Publishers of the government domains the records cite, by domain; another .gov site is named by its domain. */
const GOVERNMENT: Readonly<Record<string, readonly [string, string]>> = {
  'justice.gov': ['U.S. Department of Justice', 'Departamento de Justicia de EE. UU.'],
  'treasury.gov': ['U.S. Department of the Treasury', 'Departamento del Tesoro de EE. UU.'],
  'state.gov': ['U.S. Department of State', 'Departamento de Estado de EE. UU.'],
  'fincen.gov': ['FinCEN (Treasury)', 'FinCEN (Tesoro)'],
  'federalregister.gov': ['Federal Register', 'Federal Register'],
  'whitehouse.gov': ['The White House', 'La Casa Blanca'],
  'archives.gov': ['The White House (National Archives)', 'La Casa Blanca (Archivo Nacional)'],
  'supremecourt.gov': ['Supreme Court of the United States', 'Corte Suprema de EE. UU.'],
  'uscourts.gov': ['U.S. Courts', 'Tribunales federales de EE. UU.'],
  'irs.gov': ['IRS Criminal Investigation', 'IRS, Investigación Criminal'],
  'ice.gov': ['U.S. Immigration and Customs Enforcement', 'Servicio de Inmigración y Control de Aduanas (ICE)'],
};

/** A cited page, classified: what the elements list and how they label it. */
export interface SourceLink {
  readonly url: string;
  /** The host without "www.": what every link shows. */
  readonly domain: string;
  readonly kind: SourceKind;
  /** official/publisher: who publishes it; copy: what it copies; site: null. English and Spanish. */
  readonly name: string | null;
  readonly nameEs: string | null;
  /** Read in the primary-source check (an official text, or a copy of one, that confirms the record). */
  readonly primary: boolean;
}

const matches = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The rule for one URL (see SOURCE_KINDS); never throws: a URL without a host is a `site` named by itself. */
export function classifySource(url: string, primary = false): SourceLink {
  let host: string;
  let path: string;
  try {
    ({ hostname: host, pathname: path } = new URL(url));
    host = host.toLowerCase();
  } catch {
    return { url, domain: url, kind: 'site', name: null, nameEs: null, primary };
  }
  // A URL without a host (javascript:, data:) is named by itself, as hostOf does.
  const domain = host.replace(/^www\./, '') || url;
  if (/\.(gov|mil)$/.test(host)) {
    const known = Object.entries(GOVERNMENT).find(([d]) => matches(host, d));
    return { url, domain, kind: 'official', name: known?.[1][0] ?? domain, nameEs: known?.[1][1] ?? domain, primary };
  }
  const rule = SOURCE_RULES.find((r) => matches(host, r.domain) && (!r.path || path.startsWith(r.path)));
  if (!rule) return { url, domain, kind: 'site', name: null, nameEs: null, primary };
  return { url, domain, kind: rule.kind, name: rule.name, nameEs: rule.nameEs, primary };
}

/**
 * A record's links for readers: its primary-check texts and cited pages, each URL once, classified
 * and in reading order (see `rank`); within a rank, the record's own order.
 */
export function sourceLinks(primarySources: readonly { url: string }[], sources: readonly { url: string }[]): SourceLink[] {
  const seen = new Set<string>();
  const links: SourceLink[] = [];
  for (const [list, primary] of [
    [primarySources, true],
    [sources, false],
  ] as const) {
    for (const { url } of list) {
      if (seen.has(url)) continue;
      seen.add(url);
      links.push(classifySource(url, primary));
    }
  }
  return links
    .map((l, i) => [l, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([l]) => l);
}

/** Links of several records as one list: each URL once, in reading order (a marker that stands for several events). */
export function mergeLinks(lists: readonly (readonly SourceLink[])[]): SourceLink[] {
  const seen = new Map<string, SourceLink>();
  for (const l of lists.flat()) {
    const had = seen.get(l.url);
    if (!had || (l.primary && !had.primary)) seen.set(l.url, had ? { ...had, primary: true } : l);
  }
  return [...seen.values()]
    .map((l, i) => [l, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([l]) => l);
}

/** Checks a decoded `links` cell. */
export function checkLinks(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return 'a non-empty JSON list of classified links';
  for (const l of value) {
    const { url, domain, kind } = (l ?? {}) as Record<string, unknown>;
    if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) return `an http(s) URL (got ${JSON.stringify(url)})`;
    if (typeof domain !== 'string' || !(SOURCE_KINDS as readonly unknown[]).includes(kind)) return 'a domain and a kind of SOURCE_KINDS';
  }
  return null;
}

/** The `links` field of the curated datasets' schemas (designations, cases). */
export const linksField = {
  type: 'json',
  check: checkLinks,
  description:
    'Every page of `primarySources` and `sources`, once each, as a reader should weigh them (src/dataset-schemas/sources.ts): [{url, domain, kind, name, nameEs, primary}] in reading order: the official text on a government site, a copy of an official text read in the primary-source check, named publishers, other copies, other sites. kind: official, publisher, copy ("copy of <name> at <domain>") or site (not a named publisher).',
} as { type: 'json'; description: string; check: (v: unknown) => string | null; __type?: readonly SourceLink[] };
