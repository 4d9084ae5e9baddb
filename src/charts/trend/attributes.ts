/** `<fpk-trend>`'s attributes: the one list the element, its settings, the CLI and the embed page read. */
import { attributeTable, chromeAttributes, readerAttributes } from '../attributes.js';

export const TREND_DATASETS = ['overdoses', 'seizures', 'sanctions'] as const;
export type TrendDataset = (typeof TREND_DATASETS)[number];

/** The measures of each dataset; the first is its default. */
export const TREND_MEASURES = {
  overdoses: ['reported', 'predicted', 'per100k', 'yoy', 'revisions'],
  seizures: ['pounds', 'events'],
  sanctions: ['additions'],
} as const satisfies Record<TrendDataset, readonly string[]>;

export const EVENT_KINDS = ['designations', 'cases'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * `src` and its columns are not embeddable: a reader's CSV URL in an embed link would let any
 * link show a third party's numbers inside a page served from this library's origin, under its
 * source line. Pages that want a reader series use the script embed.
 */
export const TREND_ATTRIBUTES = attributeTable({
  dataset: {
    property: 'datasetName',
    kind: 'enum',
    values: TREND_DATASETS,
    default: 'overdoses',
    description: '`overdoses` (default), `seizures` or `sanctions`.',
  },
  measure: {
    kind: 'enum',
    values: [...new Set(Object.values(TREND_MEASURES).flat())],
    description:
      "overdoses: `reported` (default), `predicted`, `per100k`, `yoy`, `revisions` (one line per CDC release for one jurisdiction and drug, labelled by release date: how provisional counts were revised; default from 24 months before the oldest release's last month); seizures: `pounds` (default), `events`; sanctions: `additions`.",
  },
  jurisdictions: {
    kind: 'list',
    default: 'US',
    description: 'overdoses: comma list of jurisdiction codes (default `US`), e.g. `US,OH,WV`.',
  },
  drugs: {
    kind: 'list',
    description:
      'overdoses: indicator slugs (default `all-drugs`), e.g. `synthetic-opioids,cocaine`; seizures: drug slugs (default `fentanyl`).',
  },
  regions: {
    kind: 'list',
    description:
      'seizures: comma list of regions (`southwest-border`, `northern-border`, `coastal-interior`), one series each; default all regions summed.',
  },
  from: { kind: 'month', description: 'First month shown, YYYY-MM.' },
  to: { kind: 'month', description: 'Last month shown, YYYY-MM.' },
  events: { kind: 'list', values: EVENT_KINDS, description: 'Event markers: `designations`, `cases` or both, comma-separated.' },
  terrorism: {
    kind: 'enum',
    values: ['only', 'all'],
    default: 'only',
    description: 'Case markers: `only` terrorism-related events (default) or `all`.',
  },
  src: {
    kind: 'url',
    embeddable: false,
    description:
      'URL of a CSV with a series of your own to compare: UTF-8, at most 5 MB, from this site or one that allows CORS (docs/ERRORS.md).',
  },
  'src-date': { kind: 'text', default: 'date', embeddable: false, description: 'Its date column (YYYY-MM or YYYY-MM-DD; default `date`).' },
  'src-value': {
    kind: 'text',
    default: 'value',
    embeddable: false,
    description: 'Its value column (numbers, thousands separators allowed; default `value`).',
  },
  'src-label': { kind: 'text', embeddable: false, description: 'Its name in the legend (default "your data").' },
  ...chromeAttributes('chart'),
  ...readerAttributes(['jurisdictions', 'drugs', 'period', 'measure']),
});
