/** `<fpk-timeline>`'s attributes: the one list the element, its model, the CLI and the embed page read. */
import { attributeTable, chromeAttributes } from '../attributes.js';

export const TIMELINE_SOURCES = ['designations', 'cases'] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

export const TIMELINE_ATTRIBUTES = attributeTable({
  events: {
    kind: 'list',
    values: TIMELINE_SOURCES,
    description: 'Sources shown: `designations`, `cases` or both, comma-separated (default both).',
  },
  types: {
    kind: 'list',
    description:
      'Comma list of types to keep: designation tags (FTO, SDGT, SDNTK, TCO, ILLICIT-DRUGS-EO14059, FinCEN-2313a) and case event types (indictment, plea, sentence, …).',
  },
  terrorism: {
    kind: 'enum',
    values: ['only', 'all'],
    default: 'all',
    description:
      '`only`: terrorism-related events only (FTO and SDGT designations; cases flagged terrorism-related). `all` (default) shows every event.',
  },
  organizations: {
    kind: 'list',
    description:
      'Comma list of organizations to show: a row name as the chart shows it, or any other name of the organization (its id, its name in the other language, an alias, the name a record writes, e.g. "Cartel de Sinaloa").',
  },
  from: { kind: 'month', description: 'First month shown, YYYY-MM. With `from` or `to`, undated events are left out.' },
  to: { kind: 'month', description: 'Last month shown, YYYY-MM.' },
  ...chromeAttributes('chart'),
});
