/** `<fpk-map>`'s attributes: the one list the element, its settings, the CLI and the embed page read. */
import { attributeTable, chromeAttributes, readerAttributes, type NotTaken } from '../attributes.js';

export const MAP_DATASETS = ['overdoses'] as const;
export const MAP_MEASURES = ['per100k', 'reported', 'yoy'] as const;

export const MAP_ATTRIBUTES = attributeTable({
  dataset: {
    property: 'datasetName',
    kind: 'enum',
    values: MAP_DATASETS,
    default: 'overdoses',
    description: '`overdoses` (the only one for now; default).',
  },
  measure: {
    kind: 'enum',
    values: MAP_MEASURES,
    default: 'per100k',
    description: '`per100k` (default: per-capita rates are the honest map), `reported` or `yoy` (percent change vs 12 months earlier).',
  },
  drugs: { kind: 'list', default: 'all-drugs', description: 'One indicator slug (default `all-drugs`).' },
  to: {
    kind: 'month',
    description:
      'The period, YYYY-MM (12 months ending that month); default the latest period CDC published for every state with data (for `per100k`, within the population estimates).',
  },
  ...chromeAttributes('map'),
  ...readerAttributes(['drugs', 'period', 'measure']),
});

export const MAP_NOT_TAKEN: NotTaken = {
  jurisdictions: 'the map always draws the 50 states and DC (use <fpk-compare> for a selection)',
  from: 'the map shows one period: use to="YYYY-MM", and measure="yoy" for the change from 12 months earlier',
  events: 'event markers are drawn on <fpk-trend>',
};
