/** The shape of one dataset's build step (scripts/dataset-builds/<name>.ts). */
import type { DatasetMeta } from '../../src/meta.js';
import type { RowOf, Schema } from '../../src/schema-engine.js';
import type { BuildContext } from './context.js';

/** Meta the build step writes; the framework adds name, key, fields, rowCount, coverage, freshness, version, slices. */
export type MetaInput = Omit<
  DatasetMeta,
  'name' | 'key' | 'fields' | 'rowCount' | 'coverage' | 'freshness' | 'timeField' | 'version' | 'slices'
>;

export interface DatasetBuild<S extends Schema = Schema> {
  readonly name: string;
  readonly schema: S;
  /** Name of the row type and the module exporting it, for the generated `index.d.ts`. */
  readonly rowType: { readonly name: string; readonly module: string };
  /**
   * Field(s) whose values split rows into slice files for `loadDataset` (`slices/<a>.json`, or
   * `slices/<a>/<b>.json` for two fields); omit for one slice.
   */
  readonly sliceBy?: (keyof S['fields'] & string) | readonly (keyof S['fields'] & string)[];
  /** Field giving each row's date or period, for `meta.coverage`. */
  readonly coverageField?: keyof S['fields'] & string;
  /**
   * Field naming the release of each row, for datasets that keep every release: `build` then also
   * returns the `superseded` rows (older releases' values of cells a newer release replaced),
   * unique by key + this field, written as `slices/superseded/*.json`.
   */
  readonly releaseField?: keyof S['fields'] & string;
  build(ctx: BuildContext): { rows: RowOf<S>[]; superseded?: RowOf<S>[]; meta: MetaInput };
}

export function defineDataset<S extends Schema>(build: DatasetBuild<S>): DatasetBuild<S> {
  return build;
}
