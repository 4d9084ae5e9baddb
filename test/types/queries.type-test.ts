/**
 * Type tests: compiled by `tsc -p .` (the typecheck suite) and never run. Each
 * `@ts-expect-error` line must fail to compile; if it ever compiles, tsc reports the unused
 * directive and the suite fails.
 */
import { compareJurisdictions, loadDataset, overdoseSeries, revisions, selectRows } from '../../src/index.js';
import type { OverdoseRecord } from '../../src/index.js';
import * as overdoses from '../../datasets/overdoses/index.js';

declare const rows: readonly OverdoseRecord[];

export async function typeTests(): Promise<void> {
  overdoseSeries(rows, { jurisdictions: ['US', 'OH', 'WV'], indicators: ['synthetic-opioids'] });
  // @ts-expect-error "XX" is not a jurisdiction
  overdoseSeries(rows, { jurisdictions: ['XX'] });
  // @ts-expect-error "fentanyl" is not a VSRR indicator (CDC's is synthetic-opioids, T40.4)
  overdoseSeries(rows, { indicators: ['fentanyl'] });
  // @ts-expect-error an indicator is required for a comparison
  compareJurisdictions(rows, { period: '2022-12' });

  const loaded = await loadDataset('overdoses', { jurisdictions: ['US'], indicators: ['all-drugs'], from: '2020-01' });
  const first: OverdoseRecord | undefined = loaded.rows[0];
  void first;
  // @ts-expect-error a wrong jurisdiction does not compile for loadDataset either
  await loadDataset('overdoses', { jurisdictions: ['Ohio'] });
  // @ts-expect-error overdoses have no drug field (seizures do)
  await loadDataset('overdoses', { drugs: ['fentanyl'] });
  await loadDataset('seizures', { drugs: ['fentanyl'] });
  // A release of overdoses, or every release; other datasets have one release.
  await loadDataset('overdoses', { release: '2025-01-08' });
  await loadDataset('overdoses', { release: 'all', jurisdictions: ['NC'], indicators: ['all-drugs'] });
  // @ts-expect-error not a release of overdoses
  await loadDataset('overdoses', { release: '2025-01-09' });
  // @ts-expect-error seizures keep one release
  await loadDataset('seizures', { release: 'all' });
  revisions(rows, { jurisdiction: 'NC', indicator: 'all-drugs' }).periods[0]?.values[0]?.release satisfies
    OverdoseRecord['release'] | undefined;
  // @ts-expect-error unknown dataset name
  await loadDataset('overdose', {});

  selectRows(overdoses, { indicators: ['heroin'] });
  // @ts-expect-error wrong indicator on the bundled rows
  selectRows(overdoses, { indicators: ['Heroin (T40.1)'] });
  // @ts-expect-error rows are read-only
  overdoses.rows[0]!.reported = 1;
}
