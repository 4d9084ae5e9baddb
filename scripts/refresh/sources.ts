/**
 * Where `data:refresh` downloads each raw file from: the official publisher's address as recorded
 * in ../shared/data/raw/<folder>/PROVENANCE.md. Files that were compiled by hand, derived by a
 * script or have no documented download address are listed in NOT_REFRESHED with the reason.
 */
import {
  CBP_NATIONWIDE_COLUMNS,
  CENSUS_V2019_COLUMNS,
  CENSUS_V2025_COLUMNS,
  OFAC_ADD_COLUMNS,
  OFAC_ALT_COLUMNS,
  OFAC_SDN_COLUMNS,
  VSRR_API_COLUMNS,
  VSRR_CSV_COLUMNS,
} from './columns.js';

/** How a file lays out its columns. */
export type Layout =
  | { readonly kind: 'header'; readonly columns: readonly string[] }
  /**
   * No header row: every record must have `columns.length` fields, and the file ends in a line
   * holding only `\x1a` (Ctrl-Z), OFAC's end-of-file marker; its absence suggests a cut-off file.
   */
  | { readonly kind: 'headerless'; readonly columns: readonly string[] };

/** A file whose current address is linked from a publisher page rather than fixed. */
export interface Discovery {
  readonly page: string;
  /** The file name's shape, for messages before the link is known. */
  readonly placeholder: string;
  /** Matches a link on the page; group 1 must be the sortable upload folder (YYYY-MM). */
  readonly link: RegExp;
  /** Orders two matched links, newest first (negative when `a` is newer). */
  readonly newestFirst: (a: RegExpExecArray, b: RegExpExecArray) => number;
}

export type SourceGroup = 'overdoses' | 'designations' | 'seizures' | 'population';

export interface RefreshSource {
  /** Key for `--only` and `--url <name>=<url>`. */
  readonly name: string;
  /** Folder under the output directory, named like the folders of ../shared/data/raw. */
  readonly group: SourceGroup;
  /** File name in the output folder; for a discovered file, the name the link carries. */
  readonly fileName?: string;
  /** Official download address; absent when it must be discovered. */
  readonly url?: string;
  readonly discover?: Discovery;
  /** Page that documents the file, named in messages when the address stops working. */
  readonly landing: string;
  readonly layout: Layout;
  /** An API page size: a file with this many rows may have been cut off. */
  readonly rowLimit?: number;
  /** Other official addresses that served the same file (shown in --help; use with --url). */
  readonly alternates?: readonly string[];
  readonly note?: string;
}

const FISCAL_MONTHS = ['oct', 'nov', 'dec', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep'];
// PROVENANCE names the Sanctions List Service host; the export path under it is the one OFAC's
// SLS publishes its SDN.CSV/ADD.CSV/ALT.CSV at. The legacy treasury.gov path served an empty
// sdn.csv from 2024-05-04 on (designations/PROVENANCE.md §1).
const OFAC_SLS = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/';
const OFAC_LEGACY = 'https://www.treasury.gov/ofac/downloads/';
const OFAC_FORMATS = 'https://ofac.treasury.gov/specially-designated-nationals-list-data-formats-data-schemas';
const VSRR_LANDING = 'https://data.cdc.gov/NCHS/VSRR-Provisional-Drug-Overdose-Death-Counts/xkb8-kh2a';
const T40_4_LIMIT = 50000;

export const SOURCES: readonly RefreshSource[] = [
  {
    name: 'vsrr',
    group: 'overdoses',
    fileName: 'VSRR_Provisional_Drug_Overdose_Death_Counts.csv',
    url: 'https://data.cdc.gov/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD',
    landing: VSRR_LANDING,
    layout: { kind: 'header', columns: VSRR_CSV_COLUMNS },
    note: 'every jurisdiction and indicator of the current release (about 17 MB)',
  },
  {
    name: 'vsrr-t40-4',
    group: 'overdoses',
    fileName: 'vsrr_api_synthetic_opioids_t40_4.csv',
    // The committed extract came from the JSON form of this query, written out by pandas; the CSV
    // form returns the same fields as Socrata publishes them, so it is kept byte for byte.
    url: `https://data.cdc.gov/resource/xkb8-kh2a.csv?indicator=${encodeURIComponent('Synthetic opioids, excl. methadone (T40.4)')}&$limit=${T40_4_LIMIT}`,
    landing: VSRR_LANDING,
    layout: { kind: 'header', columns: VSRR_API_COLUMNS },
    rowLimit: T40_4_LIMIT,
    note: 'Socrata API, indicator T40.4 only, all jurisdictions',
  },
  {
    name: 'ofac-sdn',
    group: 'designations',
    fileName: 'sdn.csv',
    url: `${OFAC_SLS}SDN.CSV`,
    alternates: [`${OFAC_LEGACY}sdn.csv`],
    landing: OFAC_FORMATS,
    layout: { kind: 'headerless', columns: OFAC_SDN_COLUMNS },
  },
  {
    name: 'ofac-add',
    group: 'designations',
    fileName: 'add.csv',
    url: `${OFAC_SLS}ADD.CSV`,
    alternates: [`${OFAC_LEGACY}add.csv`],
    landing: OFAC_FORMATS,
    layout: { kind: 'headerless', columns: OFAC_ADD_COLUMNS },
  },
  {
    name: 'ofac-alt',
    group: 'designations',
    fileName: 'alt.csv',
    url: `${OFAC_SLS}ALT.CSV`,
    alternates: [`${OFAC_LEGACY}alt.csv`],
    landing: OFAC_FORMATS,
    layout: { kind: 'headerless', columns: OFAC_ALT_COLUMNS },
  },
  {
    name: 'cbp-seizures',
    group: 'seizures',
    // CBP replaces this file every month under a new name and upload folder, e.g.
    // /sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv, and links it from this page.
    discover: {
      page: 'https://www.cbp.gov/document/stats/nationwide-drug-seizures',
      placeholder: 'nationwide-drugs-fy23-fy26-<mon>.csv',
      link: /(?:https?:\/\/[a-z0-9.-]+)?\/sites\/default\/files\/(\d{4}-\d{2})\/nationwide-drugs-fy(\d{2})-fy(\d{2})-([a-z]{3})\.csv/gi,
      newestFirst: (a, b) =>
        b[1]!.localeCompare(a[1]!) ||
        Number(b[3]) - Number(a[3]) ||
        FISCAL_MONTHS.indexOf(b[4]!.toLowerCase()) - FISCAL_MONTHS.indexOf(a[4]!.toLowerCase()),
    },
    landing: 'https://www.cbp.gov/newsroom/stats/drug-seizure-statistics',
    layout: { kind: 'header', columns: CBP_NATIONWIDE_COLUMNS },
    note: 'newest nationwide-drugs-fy23-fy26-<mon>.csv linked from the CBP document page',
  },
  {
    name: 'census-2025',
    group: 'population',
    fileName: 'NST-EST2025-ALLDATA.csv',
    url: 'https://www2.census.gov/programs-surveys/popest/datasets/2020-2025/state/totals/NST-EST2025-ALLDATA.csv',
    landing: 'https://www.census.gov/data/tables/time-series/demo/popest/2020s-state-total.html',
    layout: { kind: 'header', columns: CENSUS_V2025_COLUMNS },
  },
  {
    name: 'census-2019',
    group: 'population',
    fileName: 'nst-est2019-alldata.csv',
    url: 'https://www2.census.gov/programs-surveys/popest/datasets/2010-2019/national/totals/nst-est2019-alldata.csv',
    landing: 'https://www2.census.gov/programs-surveys/popest/datasets/2010-2019/national/totals/',
    layout: { kind: 'header', columns: CENSUS_V2019_COLUMNS },
  },
];

export interface NotRefreshed {
  /** Path under ../shared/data/raw. */
  readonly file: string;
  readonly reason: string;
}

const CURATED = 'curated, not refreshed: compiled by hand from the pages quoted in each row';
const DERIVED = 'derived, not refreshed';

export const NOT_REFRESHED: readonly NotRefreshed[] = [
  { file: 'designations/fto-cartel-designations.csv', reason: CURATED },
  { file: 'rulings/cases.csv', reason: CURATED },
  { file: 'overdoses/nchs_final_annual_us_by_drug__handcompiled.csv', reason: CURATED },
  {
    file: 'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214__US_8indicators_excerpt.csv',
    reason: `${DERIVED}: re-run extract_vsrr_us_subset.py on the refreshed VSRR CSV`,
  },
  {
    file: 'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20250108__states_all_drugs_excerpt.csv',
    reason: `${DERIVED}: re-run extract_vsrr_state_alldrug_subset.py on the refreshed VSRR CSV`,
  },
  {
    file: 'overdoses/CDC_WONDER_Provisional_Mortality_2018_through_Last_Week__drug_overdose_by_residence_state_month__query_20250107.txt',
    reason: 'not refreshed: a CDC WONDER query result (run the query in PROVENANCE.md §5 by hand), not a file with an address',
  },
  {
    file: 'designations/derived/sdn_history_events_2021-08-18_2024-05-03.csv',
    reason: `${DERIVED}: built from the git history of a third-party scrape by scripts/build_sdn_history.py`,
  },
  {
    file: 'designations/derived/sdn_mexico_linked_2024-05-03.csv',
    reason: `${DERIVED}: built by scripts/build_mexico_subset.py from sdn.csv and add.csv`,
  },
  {
    file: 'seizures/nationwide-drugs-fy19-fy22.csv',
    reason: 'not refreshed: closed fiscal years, and PROVENANCE.md records no official address for it',
  },
  {
    file: 'seizures/amo-drug-seizures-fy19-fy22.csv',
    reason: 'not refreshed: PROVENANCE.md says the AMO document address was not verified',
  },
  {
    file: 'seizures/amo-drug-seizures-fy23-fy26-dec.csv',
    reason: 'not refreshed: PROVENANCE.md says the AMO document address was not verified',
  },
  {
    file: 'population/NST-EST2024-POP.xlsx',
    reason: 'not refreshed: formatted table kept for Vintage 2024 reproducibility; its address was recalled, not verified',
  },
];

/** Sources picked by `--only`: source names or folder names; unknown names are an error. */
export function selectSources(only: readonly string[] | undefined, sources: readonly RefreshSource[] = SOURCES): RefreshSource[] {
  if (!only || only.length === 0) return [...sources];
  const unknown = only.filter((n) => !sources.some((s) => s.name === n || s.group === n));
  if (unknown.length) {
    const names = [...new Set(sources.flatMap((s) => [s.name, s.group]))].join(', ');
    throw new RangeError(`unknown source ${unknown.map((n) => `"${n}"`).join(', ')} in --only; known: ${names}`);
  }
  return sources.filter((s) => only.includes(s.name) || only.includes(s.group));
}
