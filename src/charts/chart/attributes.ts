/** `<fpk-chart>`'s attributes: the one list the element, the CLI and the embed page read. */
import { DATASET_NAMES } from '../../registry.js';
import { attributeTable, chromeAttributes } from '../attributes.js';

/**
 * `spec` and `query` are not embeddable: a spec in an embed link would let any link draw any
 * chart (with any title and text marks) inside a page served from this library's origin, under
 * its source line. Pages that draw their own charts use the script.
 */
export const CHART_ATTRIBUTES = attributeTable({
  dataset: {
    property: 'datasetName',
    kind: 'enum',
    values: DATASET_NAMES,
    default: 'overdoses',
    description:
      'The dataset whose rows the spec draws (default `overdoses`): the spec names it as its data, `"data": {"name": "overdoses"}`.',
  },
  spec: {
    kind: 'text',
    embeddable: false,
    description:
      'A vega-lite spec as JSON (or, without the attribute, the JSON of a `<script type="application/json">` child, or the `spec` property as an object). Its data is the dataset, by name; no `url` or inline `values`.',
  },
  query: {
    kind: 'text',
    embeddable: false,
    description:
      'The rows to draw, as JSON of the SDK\'s filter options (`loadDataset` in the README), e.g. `{"jurisdictions": ["OH", "WV"], "indicators": ["synthetic-opioids"]}`.',
  },
  jurisdictions: { kind: 'list', description: 'Comma list of jurisdiction codes, added to `query` (datasets with a jurisdiction).' },
  drugs: { kind: 'list', description: 'Comma list of drugs, added to `query`: indicator slugs for overdoses, drug slugs for seizures.' },
  from: { kind: 'month', description: 'First month drawn, YYYY-MM (added to `query`).' },
  to: { kind: 'month', description: 'Last month drawn, YYYY-MM (added to `query`).' },
  ...chromeAttributes('chart'),
});
