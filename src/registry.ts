/** The datasets this package ships, by contract name, and the row type of each. */
import type { CaseEvent } from './datasets/cases.js';
import type { Designation } from './datasets/designations.js';
import type { OverdoseRecord } from './datasets/overdoses.js';
import type { FinalOverdoseRecord } from './datasets/overdoses-final.js';
import type { PopulationRecord } from './datasets/population.js';
import type { SanctionEntry, SanctionEvent } from './datasets/sanctions.js';
import type { SeizureRecord } from './datasets/seizures.js';

export const DATASET_NAMES = [
  'overdoses',
  'overdoses-final',
  'seizures',
  'designations',
  'sanctions',
  'sanctions-events',
  'cases',
  'population',
] as const;

export type DatasetName = (typeof DATASET_NAMES)[number];

export interface DatasetRows {
  overdoses: OverdoseRecord;
  'overdoses-final': FinalOverdoseRecord;
  seizures: SeizureRecord;
  designations: Designation;
  sanctions: SanctionEntry;
  'sanctions-events': SanctionEvent;
  cases: CaseEvent;
  population: PopulationRecord;
}

export type DatasetRow<N extends DatasetName> = DatasetRows[N];
