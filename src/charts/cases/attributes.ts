/** `<fpk-cases>`'s attributes: the one list the element, the CLI and the embed page read. */
import { attributeTable, chromeAttributes } from '../attributes.js';

export const CASES_ATTRIBUTES = attributeTable({
  from: { kind: 'month', description: 'First month shown, YYYY-MM.' },
  to: { kind: 'month', description: 'Last month shown, YYYY-MM.' },
  'event-types': { kind: 'list', description: 'Comma list of event types to show (indictment, plea, sentence, appellate_ruling, …).' },
  terrorism: {
    kind: 'enum',
    values: ['only', 'all'],
    default: 'all',
    description: '`only` to show terrorism-related events only (default `all`).',
  },
  // The search box's text: typing filters the loaded rows, the data stay.
  query: { kind: 'text', description: 'Initial search text.', change: 'render' },
  ...chromeAttributes('table'),
});
