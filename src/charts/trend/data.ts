/**
 * What `<fpk-trend>` reads for its settings: only the slices it needs (one per jurisdiction for
 * overdoses, one per drug for seizures), population for rates, the event datasets for markers,
 * and the reader's CSV. The only I/O of the element; runs in browsers and in Node.
 */
import type { CaseEvent } from '../../dataset-schemas/cases.js';
import type { Designation } from '../../dataset-schemas/designations.js';
import type { Organization } from '../../dataset-schemas/organizations.js';
import type { OverdoseRecord } from '../../dataset-schemas/overdoses.js';
import type { PopulationRecord } from '../../dataset-schemas/population.js';
import type { SanctionEvent } from '../../dataset-schemas/sanctions.js';
import type { SeizureRecord } from '../../dataset-schemas/seizures.js';
import { loadDataset } from '../../load.js';
import type { DatasetMeta } from '../../meta.js';
import { addMonths } from '../../query.js';
import type { ReaderPoint } from './reader.js';
// Reading `src` (size limit, CORS and encoding checks) has its own module.
import { readSourceText, type ReadText } from './reader-source.js';
import type { TrendSettings } from './settings.js';

export interface TrendData {
  /** The dataset the series come from. */
  readonly meta: DatasetMeta;
  readonly overdoses: readonly OverdoseRecord[];
  readonly seizures: readonly SeizureRecord[];
  readonly sanctions: readonly SanctionEvent[];
  readonly population: { readonly rows: readonly PopulationRecord[]; readonly meta: DatasetMeta } | null;
  /** With the organizations, whose display names the markers show. */
  readonly designations: {
    readonly rows: readonly Designation[];
    readonly meta: DatasetMeta;
    readonly organizations: readonly Organization[];
  } | null;
  readonly cases: { readonly rows: readonly CaseEvent[]; readonly meta: DatasetMeta } | null;
  readonly reader: readonly ReaderPoint[] | null;
}

export type { ReadText };

const rangeOf = (s: TrendSettings) => ({ ...(s.from ? { from: s.from } : {}), ...(s.to ? { to: s.to } : {}) });

export async function loadTrendData(settings: TrendSettings, readText: ReadText = readSourceText): Promise<TrendData> {
  const range = rangeOf(settings);
  const main = (async () => {
    if (settings.dataset === 'overdoses') {
      // Year-over-year change at `from` needs the value twelve months earlier.
      const from = settings.measure === 'yoy' && settings.from ? addMonths(settings.from, -12) : settings.from;
      const { rows, meta } = await loadDataset('overdoses', {
        jurisdictions: [...settings.jurisdictions],
        indicators: [...settings.indicators],
        // Revisions need every release's rows, not only the newest value of each month.
        ...(settings.measure === 'revisions' ? { release: 'all' as const } : {}),
        ...(from ? { from } : {}),
        ...(settings.to ? { to: settings.to } : {}),
      });
      return { meta, overdoses: rows, seizures: [], sanctions: [] };
    }
    if (settings.dataset === 'seizures') {
      // OFO + USBP only: CBP's nationwide totals leave AMO out, and adding it could double count (see meta caveats).
      const { rows, meta } = await loadDataset('seizures', {
        drugs: [...settings.seizureDrugs],
        components: ['ofo', 'usbp'],
        ...(settings.regions.length ? { regions: [...settings.regions] } : {}),
        ...range,
      });
      return { meta, overdoses: [], seizures: rows, sanctions: [] };
    }
    // All additions, whatever the range: the gap before the 2026 copies is read from the undated ones (one file either way).
    const { rows, meta } = await loadDataset('sanctions-events', { events: ['added'] });
    return { meta, overdoses: [], seizures: [], sanctions: rows };
  })();
  const [series, population, designations, cases, reader] = await Promise.all([
    main,
    settings.measure === 'per100k' ? loadDataset('population') : null,
    settings.events.includes('designations')
      ? Promise.all([loadDataset('designations'), loadDataset('organizations')]).then(([d, o]) => ({ ...d, organizations: o.rows }))
      : null,
    settings.events.includes('cases') ? loadDataset('cases') : null,
    // The CSV parser (papaparse) is loaded only for a reader's file: a lazy chunk in bundles.
    settings.reader
      ? Promise.all([readText(settings.reader.src), import('./reader.js')]).then(([text, { parseReaderCSV }]) =>
          parseReaderCSV(text, settings.reader!),
        )
      : null,
  ]);
  return { ...series, population, designations, cases, reader };
}
