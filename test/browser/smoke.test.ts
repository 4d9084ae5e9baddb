import { expect } from '@open-wc/testing';
import { parseCSV } from '../../src/csv.js';
import { defineSchema } from '../../src/schema-engine.js';

it('parses a CSV in the browser with papaparse', () => {
  const s = defineSchema({ name: 't', fields: { a: { type: 'integer', thousands: true, description: '' } } });
  const r = parseCSV('a\n"5,496"\n', s);
  expect(r.rows).to.deep.equal([{ a: 5496 }]);
});
