/**
 * What a summary may lead with (src/headlines.ts), on the committed data: a percent change from a
 * tiny base is never said, provisional values are flagged where CDC marks them or where the
 * predicted count is far above the reported one, and changes are told on CDC's predicted counts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows as overdoses } from '../../datasets/overdoses/index.js';
import { rows as seizures } from '../../datasets/seizures/index.js';
import { buildTrendModel } from '../../src/charts/trend/model.js';
import { buildMapModel } from '../../src/charts/map/model.js';
import { meaningfulBase, PREDICTED_GAP, provisionalFlag, TINY_BASE } from '../../src/headlines.js';

const overdose = (j: string, indicator: string, period: string) =>
  overdoses.find((r) => r.jurisdiction === j && r.indicator === indicator && r.period === period)!;

test('seizures at the northern border: the summary gives both months, never "-99.4%" from a few pounds', async () => {
  const m = await buildTrendModel({ dataset: 'seizures', drugs: 'fentanyl', regions: 'northern-border' }, 'en');
  const pounds = (period: string) =>
    seizures
      .filter(
        (r) =>
          r.drug === 'fentanyl' &&
          r.region === 'northern-border' &&
          (r.component === 'ofo' || r.component === 'usbp') &&
          r.month === period,
      )
      .reduce((s, r) => s + r.pounds, 0);
  const base = pounds('2025-04');
  assert.ok(base > 0 && base < TINY_BASE.pounds, `${base} pounds a year earlier is a tiny base`);
  assert.match(
    m.summary,
    new RegExp(
      `^Fentanyl — Northern border: ${pounds('2026-04').toFixed(1)} pounds in April 2026 \\(${base.toFixed(1)} pounds a year earlier\\); peak `,
    ),
  );
  assert.doesNotMatch(m.summary, /%/);
  // Nationwide, the base is large: the percent change is the lead.
  const all = await buildTrendModel({ dataset: 'seizures', drugs: 'fentanyl' }, 'en');
  assert.match(all.summary, /^Fentanyl: [\d,.]+ pounds in April 2026, [−+][\d.]+% compared with a year earlier; /);
});

test('OFAC additions: 21 entries against 8 a year earlier is told as two counts, not "+162.5%"', async () => {
  const m = await buildTrendModel({ dataset: 'sanctions', to: '2024-03' }, 'en');
  assert.match(
    m.summary,
    /^Mexico-linked entries added to the SDN list: 21 entries added in March 2024 \(8 entries added a year earlier\); peak /,
  );
  const es = await buildTrendModel({ dataset: 'sanctions', to: '2024-03' }, 'es');
  assert.match(es.summary, /: 21 entradas añadidas en marzo de 2024 \(8 entradas añadidas un año antes\); máximo/);
});

test('a value is provisional-flagged by CDC’s underreported mark, or by a predicted count more than 10% above the reported one', () => {
  // North Carolina, 12 months ending July 2024, in the 2026-02-14 release (2,269 / 2,996 when first reported on 2025-01-08).
  const nc = provisionalFlag(overdose('NC', 'all-drugs', '2024-07'))!;
  assert.deepEqual(
    { ...nc, gap: Math.round(nc.gap! * 1000) / 1000 },
    { underreported: true, wideGap: true, gap: 0.225, predicted: 3507, reported: 2864 },
  );
  // Massachusetts 2015: a closed year CDC no longer marks, but its predicted count is 18% higher.
  const ma = overdose('MA', 'all-drugs', '2015-01');
  assert.equal(ma.footnotes.includes('underreported'), false);
  assert.ok((ma.predicted! - ma.reported!) / ma.reported! > PREDICTED_GAP);
  assert.equal(provisionalFlag(ma)!.wideGap, true);
  // A closed month with predicted close to reported is not flagged.
  assert.equal(provisionalFlag(overdose('US', 'all-drugs', '2019-12')), null);
  assert.equal(meaningfulBase('deaths', 19), false);
  assert.equal(meaningfulBase('deaths', 20), true);
});

test('North Carolina’s trend tells the change on CDC’s predicted counts, with the reported change beside it', async () => {
  const m = await buildTrendModel({ jurisdictions: 'NC', from: '2023-01', to: '2024-07' }, 'en');
  assert.match(
    m.summary,
    /^North Carolina — all drugs: 2,864 deaths in the 12 months ending July 2024, −24\.2% compared with a year earlier on CDC’s predicted counts \(−33\.1% on reported counts, which CDC marks incomplete\); peak /,
  );
});

test('the year-over-year map leads with changes on predicted counts and leaves out bases under 20 deaths', async () => {
  const m = await buildMapModel({ measure: 'yoy', drugs: 'cocaine', to: '2024-07' }, 'en');
  const bases = overdoses.filter(
    (r) => r.indicator === 'cocaine' && r.period === '2023-07' && r.jurisdiction !== 'US' && r.reported !== null && r.reported < 20,
  );
  assert.ok(bases.length > 0, 'some states had fewer than 20 cocaine deaths a year earlier');
  assert.match(
    m.summary,
    new RegExp(
      ` ${bases.filter((b) => overdose(b.jurisdiction, 'cocaine', '2024-07').reported !== null).length} jurisdictions? with fewer than 20 deaths in the earlier period (is|are) not ranked: a percent change from so few deaths says little\\.`,
    ),
  );
  assert.match(m.summary, /Changes are ranked on CDC’s predicted counts, which adjust for reporting delay/);
});

test('Oklahoma, 12 months ending September 2025: 642 reported against CDC’s predicted 856; the trend and the map tell both changes', async () => {
  const now = overdose('OK', 'all-drugs', '2025-09');
  const before = overdose('OK', 'all-drugs', '2024-09');
  assert.deepEqual([now.reported, now.predicted, now.release, now.footnotes.includes('underreported')], [642, 856, '2026-02-14', true]);
  assert.deepEqual([before.reported, before.predicted], [1089, 1109]);
  const trend = await buildTrendModel({ jurisdictions: 'OK', from: '2024-01' }, 'en');
  assert.match(
    trend.summary,
    /^Oklahoma — all drugs: 642 deaths in the 12 months ending September 2025, −22\.8% compared with a year earlier on CDC’s predicted counts \(−41\.0% on reported counts, which CDC marks incomplete\); peak /,
  );
  const es = await buildTrendModel({ jurisdictions: 'OK', from: '2024-01' }, 'es');
  assert.match(
    es.summary,
    /^Oklahoma — todas las drogas: 642 muertes en los 12 meses hasta septiembre de 2025, −22,8\s% respecto a un año antes según las muertes previstas por la CDC \(−41,0\s% según las notificadas, que la CDC da por incompletas\)/,
  );
  // The map: on reported counts Oklahoma would be the third-largest fall; ranked on predicted counts it is not a lead.
  const map = await buildMapModel({ measure: 'yoy' }, 'en');
  const row = map.rows.find((r) => r['code'] === 'OK')!;
  assert.equal((row['changePercent'] as number).toFixed(1), '-41.0');
  assert.equal((row['changePredicted'] as number).toFixed(1), '-22.8');
  assert.match(String(row['note']), /^Underreported \(CDC: data still incomplete\); predicted 856, 33% above reported\./);
  assert.doesNotMatch(map.summary, /Oklahoma/);
});
