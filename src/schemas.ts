/** The output schema of every dataset, by name: for `toCSV(rows, schema)` and `parseCSV`. */
import { casesSchema } from './datasets/cases.js';
import { designationsSchema } from './datasets/designations.js';
import { organizationsSchema } from './datasets/organizations.js';
import { overdosesSchema } from './datasets/overdoses.js';
import { overdosesFinalSchema } from './datasets/overdoses-final.js';
import { populationSchema } from './datasets/population.js';
import { sanctionEventsSchema, sanctionsSchema } from './datasets/sanctions.js';
import { seizuresSchema } from './datasets/seizures.js';
import type { DatasetName } from './registry.js';
import type { Schema } from './schema.js';

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
