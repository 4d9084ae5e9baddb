import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows as entries, meta } from '../../datasets/sanctions/index.js';
import { rows as events, meta as eventsMeta } from '../../datasets/sanctions-events/index.js';
import { sanctions, sanctionsEvents } from '../../scripts/datasets/sanctions.js';
import { BuildContext } from '../../scripts/pipeline/context.js';
import { SANCTION_PROGRAMS } from '../../src/datasets/sanctions.js';

const entry = (entNum: number) => {
  const e = entries.find((r) => r.entNum === entNum);
  assert.ok(e, `no entry ${entNum}`);
  return e;
};
const count = <T>(list: readonly T[], pick: (t: T) => boolean) => list.filter(pick).length;

test('894 Mexico-linked entries as of 2024-05-03, by rule', () => {
  assert.equal(entries.length, 894);
  assert.equal(meta.rowCount, 894);
  assert.ok(entries.every((e) => e.asOf === '2024-05-03'));
  assert.equal(meta.released, '2024-05-03');
  assert.equal(meta.timeField, null);
  assert.equal(count(entries, (e) => e.entryType === 'individual'), 547);
  assert.equal(count(entries, (e) => e.entryType === 'entity'), 347);
  // PROVENANCE §4: A alone 793, B 817, both 716.
  assert.equal(count(entries, (e) => e.mexicoInRemarks), 793);
  assert.equal(count(entries, (e) => e.mexicoAddress2026), 817);
  assert.equal(count(entries, (e) => e.mexicoInRemarks && e.mexicoAddress2026), 716);
});

test('program counts of the subset; every entry has known, normalised programs', () => {
  const tally = Object.fromEntries(SANCTION_PROGRAMS.map((p) => [p, count(entries, (e) => e.programs.includes(p))]));
  assert.deepEqual(tally, { SDNTK: 669, 'ILLICIT-DRUGS-EO14059': 195, SDNT: 10, TCO: 14, GLOMAG: 8, CUBA: 9, 'VENEZUELA-EO13850': 6 });
  for (const e of entries) {
    assert.ok(e.programs.length > 0, String(e.entNum));
    for (const p of e.programs) assert.ok(SANCTION_PROGRAMS.includes(p), p);
  }
});

test('aliases and addresses from the 2026 files; null for the 23 entries gone by then', () => {
  assert.deepEqual(entry(11440).aliases, [{ name: 'CARTEL DE SINALOA', type: 'aka' }]);
  assert.equal(entry(11440).name, 'SINALOA CARTEL');
  assert.deepEqual(entry(17671).aliases?.map((a) => a.name), ['NEW GENERATION CARTEL OF JALISCO', 'CJNG', 'JALISCO NEW GENERATION CARTEL']);
  // LOS ZETAS no longer carries the CDN / NORTHEAST CARTEL aliases in 2026.
  assert.ok(!entry(11438).aliases?.some((a) => /NORESTE|NORTHEAST|CDN/.test(a.name)));
  assert.deepEqual(entry(11440).addresses, [{ address: null, cityStateZip: null, country: 'Mexico' }]);
  const gone = entries.filter((e) => e.addresses === null);
  assert.equal(gone.length, 23);
  for (const e of gone) {
    assert.equal(e.aliases, null);
    assert.equal(e.mexicoAddress2026, false);
  }
  for (const e of entries.filter((x) => x.mexicoAddress2026)) assert.ok(e.addresses?.some((a) => a.country === 'Mexico'), String(e.entNum));
});

test('firstSeen is null for entries listed on 2021-08-18 and matches each added event', () => {
  const seen = entries.filter((e) => e.firstSeen !== null);
  assert.equal(seen.length, 204);
  const added = new Map(events.filter((e) => e.event === 'added').map((e) => [e.entNum, e.date]));
  for (const e of seen) assert.equal(added.get(e.entNum), e.firstSeen, String(e.entNum));
  assert.equal(added.size, 204);
});

test('events: 308 changes, no baseline rows, no old ILLICIT-DRUGS-EO tag left', () => {
  assert.equal(events.length, 308);
  const by = (t: string) => count(events, (e) => e.event === t);
  assert.deepEqual([by('added'), by('removed'), by('programs_changed'), by('name_changed')], [204, 58, 42, 4]);
  assert.deepEqual(eventsMeta.coverage, { start: '2021-09-22', end: '2024-03-22' });
  const tags = new Set(events.flatMap((e) => [...e.programsBefore, ...e.programsAfter]));
  assert.ok(!tags.has('ILLICIT-DRUGS-EO' as never));
  for (const t of tags) assert.ok(SANCTION_PROGRAMS.includes(t));
  const inSnapshot = new Set(entries.map((e) => e.entNum));
  for (const e of events) assert.equal(inSnapshot.has(e.entNum), e.inSnapshot, String(e.entNum));
  // Delisted before the snapshot: seen only through their remarks.
  assert.equal(count(events, (e) => !e.inSnapshot), 58);
  assert.ok(events.filter((e) => !e.inSnapshot).every((e) => e.event === 'removed' && e.mexicoInRemarks));
});

test('the E.O. 14059 wave of 2021-12-15 is dated 2021-12-16 (scrape at 01:42:52 UTC)', () => {
  const wave = events.filter(
    (e) => e.date === '2021-12-16' && e.event !== 'name_changed' && e.programsAfter.includes('ILLICIT-DRUGS-EO14059') && !e.programsBefore.includes('ILLICIT-DRUGS-EO14059'),
  );
  assert.equal(wave.length, 17);
  assert.ok(wave.every((e) => e.scrapedAt === '2021-12-16T01:42:52Z'));
  const names = wave.map((e) => e.name);
  for (const n of ['SINALOA CARTEL', 'CARTEL DE JALISCO NUEVA GENERACION', 'GULF CARTEL', 'LOS ZETAS', 'BELTRAN LEYVA ORGANIZATION', 'JUAREZ CARTEL', 'LA FAMILIA MICHOACANA']) {
    assert.ok(names.includes(n), n);
  }
});

test('the 2022-09-22 tag rename is flagged renameOnly, and only it', () => {
  const renames = events.filter((e) => e.renameOnly);
  assert.equal(renames.length, 26);
  for (const e of renames) {
    assert.equal(e.event, 'programs_changed');
    assert.equal(e.date, '2022-09-22');
    assert.deepEqual([...e.programsBefore].sort(), [...e.programsAfter].sort());
  }
  for (const e of events.filter((x) => x.event === 'programs_changed' && !x.renameOnly)) assert.notDeepEqual([...e.programsBefore].sort(), [...e.programsAfter].sort());
});

test('additions per month sum to the total and show the 2023 peaks', () => {
  const perMonth = new Map<string, number>();
  for (const e of events.filter((x) => x.event === 'added')) perMonth.set(e.date.slice(0, 7), (perMonth.get(e.date.slice(0, 7)) ?? 0) + 1);
  assert.equal([...perMonth.values()].reduce((a, b) => a + b, 0), 204);
  assert.equal(perMonth.get('2023-11'), 33);
  assert.equal(perMonth.get('2023-04'), 26);
  assert.equal(perMonth.get('2021-12'), 2);
  assert.equal(perMonth.get('2023-10'), undefined);
});

test('bad OFAC and derived input fails both builds with every problem listed', () => {
  const ctx = new BuildContext('test/fixtures/raw-bad-designations');
  sanctions.build(ctx);
  const dir = 'designations/';
  const find = (file: string, column: string | undefined, value?: string) =>
    ctx.problems.find((p) => p.file === dir + file && p.column === column && (value === undefined || p.value === value));
  assert.ok(find('ofac-add-alt-csv-2026-06/add.csv', undefined), 'missing end-of-file marker');
  assert.equal(find('ofac-add-alt-csv-2026-06/alt.csv', 'alt_type')?.row, 2);
  assert.match(find('derived/sdn_mexico_linked_2024-05-03.csv', 'name', 'BETA, Jose')?.expected ?? '', /BETA, Juan/);
  assert.ok(find('derived/sdn_mexico_linked_2024-05-03.csv', 'first_seen_date', '2021-12-16'));
  assert.ok(find('derived/sdn_mexico_linked_2024-05-03.csv', 'programs', 'XYZ'));
  // EPSILON mentions Mexico but is missing from the subset; DELTA ("New Mexico") rightly is.
  assert.ok(find('derived/sdn_mexico_linked_2024-05-03.csv', 'ent_num', '500'));
  assert.ok(!find('derived/sdn_mexico_linked_2024-05-03.csv', 'ent_num', '400'));
  assert.equal(ctx.problems.length, 6, JSON.stringify(ctx.problems, null, 1));

  const events = new BuildContext('test/fixtures/raw-bad-designations');
  sanctionsEvents.build(events);
  const history = `${dir}derived/sdn_history_events_2021-08-18_2024-05-03.csv`;
  assert.deepEqual(
    events.problems.map((p) => [p.file, p.row, p.column, p.value]),
    [
      [history, 7, 'programs_after', 'XYZ'],
      [history, 9, 'date', '2022-09-22'],
    ],
  );
});
