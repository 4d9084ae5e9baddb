/** The output schema of every dataset, by name: for `toCSV(rows, schema)` and `parseCSV`. */
import { casesSchema } from './cases.js';
import { designationsSchema } from './designations.js';
import { organizationsSchema } from './organizations.js';
import { overdosesSchema } from './overdoses.js';
import { overdosesFinalSchema } from './overdoses-final.js';
import { populationSchema } from './population.js';
import { sanctionEventsSchema, sanctionsSchema } from './sanctions.js';
import { seizuresSchema } from './seizures.js';
import type { DatasetName } from '../registry.js';
import type { Schema } from '../schema-engine.js';

export const DATASET_SCHEMAS: { readonly [N in DatasetName]: Schema } = {
  overdoses: overdosesSchema,
  'overdoses-final': overdosesFinalSchema,
  seizures: seizuresSchema,
  designations: designationsSchema,
  organizations: organizationsSchema,
  sanctions: sanctionsSchema,
  'sanctions-events': sanctionEventsSchema,
  cases: casesSchema,
  population: populationSchema,
};
