/** The machine-readable description every dataset ships in `meta.json` and its module. */

export interface SourceFile {
  /** Path of the raw file inside the raw folder, e.g. "overdoses/…csv". */
  readonly path: string;
  /** SHA-256 of the bytes the build read (unpacked for .gz). */
  readonly sha256: string;
  /** Where the copy came from when it was not downloaded from the publisher directly. */
  readonly retrievedFrom: string;
}

export interface Source {
  readonly title: string;
  readonly publisher: string;
  /** Official page or download address. */
  readonly url: string;
  /** Release or as-of date of what the dataset holds from this source (YYYY-MM-DD or YYYY-MM). */
  readonly released?: string;
  readonly files: readonly SourceFile[];
}

export interface FieldMeta {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly unit?: string;
  readonly nullable: boolean;
  readonly values?: readonly string[];
}

export interface SliceManifest {
  /**
   * The fields a slice file holds one value (or one combination of values) of; empty when there
   * is one slice of all rows.
   */
  readonly by: readonly string[];
  /** Slice key (the values, `/`-separated, in the order of `by`) → file relative to the dataset folder, and its row count. */
  readonly files: Readonly<Record<string, { readonly file: string; readonly rows: number }>>;
  /**
   * Datasets that keep every release (`meta.releases`): slice key → file of the rows an older
   * release published and a newer one replaced (`slices/superseded/<key>.json`), listed only where
   * there are any. `loadDataset(name, { release })` reads them with the slices above.
   */
  readonly superseded?: Readonly<Record<string, { readonly file: string; readonly rows: number }>>;
}

/** What one release (or one of its files) holds: the ranges its rows span. */
export interface ReleaseCoverage {
  readonly jurisdictions: readonly string[];
  readonly indicators: readonly string[];
  /** First and last period (YYYY-MM). */
  readonly start: string;
  readonly end: string;
  readonly rows: number;
}

/** One release of a dataset that keeps every release; rows name it in their `release` field. */
export interface ReleaseMeta extends ReleaseCoverage {
  /** The release's date (YYYY-MM-DD), the value of `release` on its rows and of the `release` query option. */
  readonly date: string;
  readonly title: string;
  readonly url: string;
  /** Rows of this release in the default view (the newest value of their cell); the others were replaced by a newer release. */
  readonly current: number;
  /** The release's raw file(s) (paths as in `sources[].files`) and what each holds. */
  readonly files: readonly (ReleaseCoverage & { readonly path: string })[];
}

/** How fresh a dataset is, computed by the build from its rows (README and gallery freshness tables). */
export interface Freshness {
  /** The latest period or date any row covers (`coverage.end`); a snapshot without a time field: its release date. */
  readonly latestPeriod: string;
  /** Release date(s) of the rows at the latest period (a row's own `release`, else the dataset's `released`). */
  readonly releases: readonly string[];
  /**
   * Series (rows sharing the key except the period and the release, e.g. jurisdiction × indicator) and how
   * many reach the latest period; null for tables whose period is not part of the key (event lists).
   */
  readonly series: number | null;
  readonly seriesAtLatest: number | null;
  /** The period the most series end at (later on a tie), and how many; null where there are no series. */
  readonly mostSeriesEnd: { readonly period: string; readonly series: number } | null;
}

export interface DatasetMeta {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly publisher: string;
  readonly license: string;
  /** Short credit line for a chart's source line. */
  readonly credit: string;
  /** Suggested citation text. */
  readonly citation: string;
  /** Release or as-of date of the newest source data (YYYY-MM-DD). */
  readonly released: string;
  /** Dataset version: package data version + content hash, changes whenever any row changes. */
  readonly version: string;
  readonly sources: readonly Source[];
  readonly rowCount: number;
  /** First and last date or period the rows cover. */
  readonly coverage: { readonly start: string | null; readonly end: string | null };
  /** Latest period, its release(s) and how many series reach it. */
  readonly freshness?: Freshness;
  /** The field that dates each row (`from`/`to` filter on it), or null. */
  readonly timeField: string | null;
  readonly fields: readonly FieldMeta[];
  readonly key: readonly string[];
  readonly caveats: readonly string[];
  /** Notes on how the source changed between files or releases, and how the build resolved it. */
  readonly revisions: readonly string[];
  /** Footnote texts by code, where rows carry footnote codes. */
  readonly footnotes?: Readonly<Record<string, string>>;
  /** Every release the dataset keeps, oldest first (overdoses); absent where a dataset has one. */
  readonly releases?: readonly ReleaseMeta[];
  readonly slices: SliceManifest;
}
