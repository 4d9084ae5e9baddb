/** `population`: Census Bureau July 1 resident population estimates for the US, states, DC and Puerto Rico. */
import { JURISDICTION_CODES, type Jurisdiction } from '../jurisdictions.js';
import { defineSchema, type RowOf } from '../schema-engine.js';

/** Census PEP vintages the rows come from; each year is taken from the newest vintage that has it. */
export const POPULATION_VINTAGES = ['2019', '2025'] as const;
export type PopulationVintage = (typeof POPULATION_VINTAGES)[number];

/** Only July 1 estimates are shipped (not the April 1 census counts or estimates bases). */
export const POPULATION_KINDS = ['july-estimate'] as const;
export type PopulationKind = (typeof POPULATION_KINDS)[number];

/** Jurisdictions Census publishes a total for: every code except New York City (`YC`). */
export const POPULATION_JURISDICTIONS = JURISDICTION_CODES.filter((c): c is Exclude<Jurisdiction, 'YC'> => c !== 'YC');

export const populationSchema = defineSchema({
  name: 'population',
  key: ['jurisdiction', 'year'],
  fields: {
    jurisdiction: {
      type: 'enum',
      values: POPULATION_JURISDICTIONS,
      description:
        'USPS code (US = United States, SUMLEV 010; the 50 states, DC and PR = SUMLEV 040), matched to the Census row by its two-digit FIPS STATE code and NAME. No row for YC (New York City): Census state totals have none.',
    },
    year: { type: 'integer', description: 'Calendar year of the estimate; the estimate is for July 1 of that year.' },
    population: {
      type: 'integer',
      unit: 'persons',
      min: 0,
      description: 'Resident population on July 1 (Census column POPESTIMATE<year>), as published.',
    },
    vintage: {
      type: 'enum',
      values: POPULATION_VINTAGES,
      description:
        'Census Population Estimates Program vintage the value comes from: 2019 = NST-EST2019-ALLDATA (2010–2019, postcensal), 2025 = NST-EST2025-ALLDATA (2020–2025). Each vintage revises all earlier years of its decade.',
    },
    kind: { type: 'enum', values: POPULATION_KINDS, description: 'july-estimate: a July 1 postcensal estimate (POPESTIMATE<year>).' },
  },
});

/** One jurisdiction's July 1 population in one year. */
export type PopulationRecord = RowOf<typeof populationSchema>;
