/** What an element computes from its attributes: everything the chrome shows and exports. */
import type { ShownByDataset } from '../cite.js';
import type { DatasetMeta } from '../meta.js';
import type { Lang } from '../i18n/index.js';
import type { ThemeToken } from '../theme.js';
import type { NarrowLayout } from '../specs/vega.js';

export type CellFormat = 'text' | 'number' | 'rate' | 'percent' | 'month' | 'date' | 'link' | 'list';

export interface Column {
  /** Field of the displayed rows. */
  readonly key: string;
  /** Header text, already in the element's language. */
  readonly label: string;
  readonly format?: CellFormat;
  /**
   * A code column for programs (`jurisdiction: "OH"`, `indicator: "synthetic-opioids"`): in the CSV
   * and JSON downloads, not in the table a reader sees, whose other columns already name it.
   */
  readonly downloadOnly?: boolean;
  /** "en" for data that exists only in English (case summaries, court names): the cells are marked lang="en". */
  readonly sourceLang?: 'en';
}

export interface ChartModel {
  /** Exactly the rows the chart draws: the table view shows them and CSV/JSON downloads hold them. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  readonly columns: readonly Column[];
  /** Vega spec (src/specs/), or null for elements without a chart (`<fpk-cases>`). */
  readonly spec: Record<string, unknown> | null;
  /** The chart's layout for narrow containers (the trend's small multiples), drawn below its width: `layoutFor` in src/specs/vega.ts. */
  readonly narrow?: NarrowLayout;
  /**
   * The spec may use any of vega's transforms (a vega-lite compile: stack, bin, window…), not only
   * those the lean vega of the other charts registers: the drawer loads the rest first.
   */
  readonly fullVega?: boolean;
  /** Accessible name of the chart image. */
  readonly label: string;
  /**
   * The heading used when the author gives none (what, where, when: "Overdose deaths, 12 months
   * ending — all drugs, United States, January 2015 – September 2025"), for PNG/SVG exports and
   * `fpk render`. Without it, the label is the heading. See `headingOf()` in src/charts/heading.ts.
   */
  readonly heading?: string;
  /** One generated paragraph saying what the chart shows, in the element's language. */
  readonly summary: string;
  /** Datasets the rows come from, for the source line, downloads and citation. */
  readonly metas: readonly DatasetMeta[];
  /**
   * What the rows shown hold of each dataset (by name): the releases or vintages they come from
   * and the last month shown. The source line and downloads name these, never only the dataset's
   * newest release.
   */
  readonly shown?: ShownByDataset;
  /** Base name for downloaded files, e.g. "fpk-trend-US-OH-synthetic-opioids". */
  readonly filename: string;
  /** Extra source notes (a reader's CSV, a footnote), shown after the source line. */
  readonly notes?: readonly string[];
  /** What the arrow keys step through in the drawn chart, and what each item says (navigation.ts). */
  readonly navigation?: ChartNavigation;
}

/**
 * Attribute values by HTML attribute name, exactly as written on the element
 * (`{ dataset: 'overdoses', jurisdictions: 'US,OH', from: '2020-01' }`); absent = undefined.
 */
export type ModelAttributes = Readonly<Record<string, string | undefined>>;

/** What an element reads from its page besides attributes. */
export interface ModelContext {
  /** Resolved design tokens, as the element's `--_<name>` custom properties hold them. */
  readonly tokens: Readonly<Record<ThemeToken, string>>;
}

/** Builds what an element shows; throws `FpkError` (code and `attribute`) for a bad attribute. */
export type ModelBuilder = (attributes: ModelAttributes, lang: Lang, context: ModelContext) => Promise<ChartModel>;

// ——— keyboard navigation of the drawn data (src/charts/navigation.ts moves through it) ———

/** Which drawn mark an item is: vega mark names and the datum fields that single it out. */
export interface MarkRef {
  /** Names of the vega marks (spec `name`) the item may be drawn by, first found wins. */
  readonly marks: readonly string[];
  /** Datum fields and the values they must have, e.g. `{ series: 'Ohio — all drugs', date: 1577836800000 }`. */
  readonly match: Readonly<Record<string, string | number>>;
  /** Where the focus mark goes when no mark is drawn (a hidden value: a gap): this x scale value. */
  readonly x?: number;
}

export interface NavItem {
  /** What the live region says when the item is reached: period, series, value with unit, flags. */
  readonly sentence: string;
  readonly mark: MarkRef;
  /** Whether Enter or Space selects it (fpk-select, as a click on its mark does). */
  readonly selectable?: boolean;
  /** A source that Enter opens (timeline events), beside the page. */
  readonly href?: string;
}

export interface ChartNavigation {
  /** Lists of items: Left/Right move within one, Up/Down to the same place in the next. Never empty lists. */
  readonly lists: readonly (readonly NavItem[])[];
  /** Said with the chart's name when it gets focus: how to step through it. */
  readonly hint: string;
}
