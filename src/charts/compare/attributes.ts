/** `<fpk-compare>`'s attributes: the one list the element, its settings, the CLI and the embed page read. */
import { attributeTable, chromeAttributes, readerAttributes } from '../attributes.js';

export const COMPARE_DATASETS = ['overdoses'] as const;
/** The value read at each period. */
export const COMPARE_MEASURES = ['reported', 'predicted', 'per100k'] as const;
export type CompareMeasure = (typeof COMPARE_MEASURES)[number];
/** How the values are drawn: one period ranked, or two as dumbbells or percent change bars. */
export const COMPARE_MODES = ['bars', 'dumbbell', 'change'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/**
 * `measure="change"` was the first spelling of percent change bars; `mode="change"` is the one
 * documented now (the measure says which value, the mode how it is drawn). The old one still works.
 */
export const DEPRECATED_MEASURES = { change: 'mode="change" (with measure reported, the default)' } as const;

export const COMPARE_ATTRIBUTES = attributeTable({
  dataset: {
    property: 'datasetName',
    kind: 'enum',
    values: COMPARE_DATASETS,
    default: 'overdoses',
    description: '`overdoses` (the only one for now; default).',
  },
  jurisdictions: {
    kind: 'list',
    description:
      'Comma list of codes (default: the 50 states and DC; add `US`, `YC`, `PR` to show them). `NY` is New York State excluding New York City.',
  },
  drugs: {
    kind: 'list',
    default: 'all-drugs',
    description: 'Indicator slug (default `all-drugs`); several slugs with one jurisdiction compare drugs.',
  },
  to: {
    kind: 'month',
    description: 'The period, YYYY-MM (12 months ending that month); default the latest period CDC published for every requested series.',
  },
  from: { kind: 'month', description: 'An earlier period, YYYY-MM: compares two periods (mode `change` unless `dumbbell`).' },
  measure: {
    kind: 'enum',
    values: COMPARE_MEASURES,
    default: 'reported',
    description: '`reported` (default), `predicted` or `per100k`. (`change` still works and means `mode="change"`; deprecated.)',
  },
  mode: {
    kind: 'enum',
    values: COMPARE_MODES,
    description: '`bars` (default; `change` with `from`), `dumbbell` (needs `from`) or `change` (percent change bars; needs `from`).',
  },
  highlight: { kind: 'list', description: 'Comma list of the compared codes or drugs to draw in the highlight colour.' },
  ...chromeAttributes('chart'),
  ...readerAttributes(['jurisdictions', 'drugs', 'period', 'measure']),
});
