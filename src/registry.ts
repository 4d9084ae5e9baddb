/** The datasets this package ships, by contract name, and the row type of each. */
import type { CaseEvent } from './dataset-schemas/cases.js';
import type { Designation } from './dataset-schemas/designations.js';
import type { Organization } from './dataset-schemas/organizations.js';
import type { OverdoseRecord } from './dataset-schemas/overdoses.js';
import type { FinalOverdoseRecord } from './dataset-schemas/overdoses-final.js';
import type { PopulationRecord } from './dataset-schemas/population.js';
import type { SanctionEntry, SanctionEvent } from './dataset-schemas/sanctions.js';
import type { SeizureRecord } from './dataset-schemas/seizures.js';

export const DATASET_NAMES = [
  'overdoses',
  'overdoses-final',
  'seizures',
  'designations',
  'organizations',
  'sanctions',
  'sanctions-events',
  'cases',
  'population',
] as const;

export type DatasetName = (typeof DATASET_NAMES)[number];

/**
 * The slice files of the datasets the build splits (scripts/dataset-builds/*: `sliceBy`), level by
 * level: the query option that names each level's values and the values it may take. Files are
 * `slices/<jurisdiction>/<indicator>.json` for overdoses (every combination exists) and
 * `slices/<drug>.json` for seizures. `loadDataset` requests them while `meta.json` is still on its
 * way. test/node/sdk.test.ts checks this against every meta.json, so a rebuilt dataset cannot
 * leave it stale. The older releases' values of overdoses (`slices/superseded/…`, only where a
 * newer release replaced some) are listed in `meta.slices.superseded` alone: only a `release`
 * query reads them, after meta.json (src/releases.ts).
 */
export const SLICES: Partial<
  Record<DatasetName, readonly { readonly option: 'jurisdictions' | 'indicators' | 'drugs'; readonly names: readonly string[] }[]>
> = {
  overdoses: [
    {
      option: 'jurisdictions',
      names:
        'AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR PA PR RI SC SD TN TX US UT VA VT WA WI WV WY YC'.split(
          ' ',
        ),
    },
    {
      option: 'indicators',
      names:
        'all-deaths all-drugs cocaine heroin methadone natural-semisynthetic-opioids natural-semisynthetic-opioids-methadone natural-semisynthetic-synthetic-opioids opioids pct-drugs-specified psychostimulants synthetic-opioids'.split(
          ' ',
        ),
    },
  ],
  seizures: [{ option: 'drugs', names: 'cocaine ecstasy fentanyl heroin ketamine khat lsd marijuana methamphetamine other'.split(' ') }],
};

export interface DatasetRows {
  overdoses: OverdoseRecord;
  'overdoses-final': FinalOverdoseRecord;
  seizures: SeizureRecord;
  designations: Designation;
  organizations: Organization;
  sanctions: SanctionEntry;
  'sanctions-events': SanctionEvent;
  cases: CaseEvent;
  population: PopulationRecord;
}

export type DatasetRow<N extends DatasetName> = DatasetRows[N];
