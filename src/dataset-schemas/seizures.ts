/**
 * `seizures`: CBP drug seizures by calendar month × component × region × land filter × area × drug,
 * from CBP's "Drug Seizure Statistics" CSVs (nationwide OFO + USBP, and AMO published separately).
 */
import { defineSchema, type RowOf } from '../schema-engine.js';

/** Drug slugs; CBP's own labels are in `SEIZURE_DRUG_LABELS`. */
export const SEIZURE_DRUGS = [
  'cocaine',
  'ecstasy',
  'fentanyl',
  'heroin',
  'ketamine',
  'khat',
  'lsd',
  'marijuana',
  'methamphetamine',
  'other',
] as const;
export type SeizureDrug = (typeof SEIZURE_DRUGS)[number];

/** CBP's `Drug Type` label for each slug, exactly as the files write it. */
export const SEIZURE_DRUG_LABELS = {
  cocaine: 'Cocaine',
  ecstasy: 'Ecstasy',
  fentanyl: 'Fentanyl',
  heroin: 'Heroin',
  ketamine: 'Ketamine',
  khat: 'Khat (Catha Edulis)',
  lsd: 'Lsd',
  marijuana: 'Marijuana',
  methamphetamine: 'Methamphetamine',
  // The "**" points to a note on CBP's web page; the CSV does not carry the note's text.
  other: 'Other Drugs**',
} as const satisfies Record<SeizureDrug, string>;

export const SEIZURE_COMPONENTS = ['ofo', 'usbp', 'amo'] as const;
export type SeizureComponent = (typeof SEIZURE_COMPONENTS)[number];

/** CBP's `Component` label for each slug. */
export const SEIZURE_COMPONENT_LABELS = {
  ofo: 'Office of Field Operations',
  usbp: 'U.S. Border Patrol',
  amo: 'Air and Marine Operations',
} as const satisfies Record<SeizureComponent, string>;

export const SEIZURE_REGIONS = ['southwest-border', 'northern-border', 'coastal-interior'] as const;
export type SeizureRegion = (typeof SEIZURE_REGIONS)[number];

export const SEIZURE_REGION_LABELS = {
  'southwest-border': 'Southwest Border',
  'northern-border': 'Northern Border',
  'coastal-interior': 'Coastal/Interior',
} as const satisfies Record<SeizureRegion, string>;

export const SEIZURE_LAND_FILTERS = ['land-only', 'other'] as const;
export type SeizureLandFilter = (typeof SEIZURE_LAND_FILTERS)[number];

/** The raw files rows are shipped from (the superseded `-dec` nationwide vintage is read only to measure revisions). */
export const SEIZURE_FILES = [
  'nationwide-drugs-fy19-fy22.csv',
  'nationwide-drugs-fy23-fy26-apr.csv',
  'amo-drug-seizures-fy19-fy22.csv',
  'amo-drug-seizures-fy23-fy26-dec.csv',
] as const;
export type SeizureFile = (typeof SEIZURE_FILES)[number];

const labels = (map: Readonly<Record<string, string>>) =>
  Object.entries(map)
    .map(([slug, label]) => `${slug} = "${label}"`)
    .join('; ');

export const seizuresSchema = defineSchema({
  name: 'seizures',
  key: ['month', 'component', 'region', 'landFilter', 'area', 'drug'],
  fields: {
    month: {
      type: 'month',
      description:
        "Calendar month of the seizures (YYYY-MM), from CBP's fiscal year and month: FY2019 OCT is 2018-10, FY2019 SEP is 2019-09.",
    },
    fiscalYear: {
      type: 'integer',
      description: 'Federal fiscal year (October–September) as CBP labels it: FY2019 runs 2018-10 to 2019-09.',
    },
    fiscalYearToDate: {
      type: 'boolean',
      description:
        'True where the source labels the fiscal year "(FYTD)": the year was still running when the file was made, so its total is partial.',
    },
    component: {
      type: 'enum',
      values: SEIZURE_COMPONENTS,
      description: `CBP component (source column "Component"): ${labels(SEIZURE_COMPONENT_LABELS)}. OFO works at ports of entry, USBP between them; AMO comes from separate files and is not part of the nationwide OFO + USBP totals.`,
    },
    region: { type: 'enum', values: SEIZURE_REGIONS, description: `Source column "Region": ${labels(SEIZURE_REGION_LABELS)}.` },
    landFilter: {
      type: 'enum',
      values: SEIZURE_LAND_FILTERS,
      description:
        'Source column "Land Filter": land-only = "Land Only" in the nationwide files and "Land" in the AMO files (the same column; the AMO files spell it differently); other = "Other".',
    },
    area: {
      type: 'string',
      description:
        'OFO field office or Border Patrol sector ("Area of Responsibility", upper case as written, e.g. "SAN DIEGO FIELD OFFICE", "TUCSON SECTOR"), or AMO branch ("Branch", e.g. "Tucson Air Branch").',
    },
    drug: { type: 'enum', values: SEIZURE_DRUGS, description: `Source column "Drug Type": ${labels(SEIZURE_DRUG_LABELS)}.` },
    pounds: {
      type: 'number',
      unit: 'pounds',
      min: 0,
      description:
        'Weight seized (source column "Sum Qty (lbs)"), the same number the file gives, not rounded. CBP converts pill and dosage-unit counts to weight. The AMO files round to two decimals (some of their values carry float noise, e.g. 13.909999999999998). 0 occurs on rows with one or more events.',
    },
    events: { type: 'integer', unit: 'seizure events', min: 1, description: 'Number of seizure events (source column "Count of Event").' },
    file: { type: 'enum', values: SEIZURE_FILES, description: 'Raw CBP file (and so vintage) the row was read from.' },
  },
});

/** One month × component × region × land filter × area × drug cell of CBP's seizure statistics. */
export type SeizureRecord = RowOf<typeof seizuresSchema>;
