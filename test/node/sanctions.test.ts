import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rows as allEntries, meta } from '../../datasets/sanctions/index.js';
import { rows as allEvents, meta as eventsMeta } from '../../datasets/sanctions-events/index.js';
import { sanctions, sanctionsEvents } from '../../scripts/dataset-builds/sanctions.js';
import { buildAll } from '../../scripts/pipeline/build.js';
import { BuildContext, BuildFailed } from '../../scripts/pipeline/context.js';
import { SANCTION_LIST_DATES, SANCTION_PROGRAMS } from '../../src/dataset-schemas/sanctions.js';
import { sanctionStateOn, sanctionStates } from '../../src/sanction-status.js';

// The 2024-05-03 snapshot and the changes the scraper saw, 2021-08-18 … 2024-05-03.
const entries = allEntries.filter((e) => e.asOf === '2024-05-03');
const events = allEvents.filter((e) => e.dateSource === 'scrape');
const entry = (entNum: number) => {
  const e = allEntries.find((r) => r.entNum === entNum);
  assert.ok(e, `no entry ${entNum}`);
  return e;
};
const count = <T>(list: readonly T[], pick: (t: T) => boolean) => list.filter(pick).length;

test('894 Mexico-linked entries as of 2024-05-03, by rule', () => {
  assert.equal(entries.length, 894);
  assert.equal(meta.rowCount, 894 + 297);
  assert.equal(meta.timeField, null);
  assert.equal(
    count(entries, (e) => e.entryType === 'individual'),
    547,
  );
  assert.equal(
    count(entries, (e) => e.entryType === 'entity'),
    347,
  );
  // PROVENANCE §4: A alone 793, B 817, both 716.
  assert.equal(
    count(entries, (e) => e.mexicoInRemarks === true),
    793,
  );
  assert.equal(
    count(entries, (e) => e.mexicoAddress2026),
    817,
  );
  assert.equal(
    count(entries, (e) => e.mexicoInRemarks === true && e.mexicoAddress2026),
    716,
  );
});

test('program counts of the subset; every entry has known, normalised programs', () => {
  const tally = Object.fromEntries(SANCTION_PROGRAMS.map((p) => [p, count(entries, (e) => e.programs.includes(p))]));
  assert.deepEqual(tally, {
    SDNTK: 669,
    'ILLICIT-DRUGS-EO14059': 195,
    SDNT: 10,
    TCO: 14,
    GLOMAG: 8,
    CUBA: 9,
    'VENEZUELA-EO13850': 6,
    FTO: 0,
    SDGT: 0,
  });
  for (const e of entries) {
    assert.ok(e.programs.length > 0, String(e.entNum));
    for (const p of e.programs) assert.ok(SANCTION_PROGRAMS.includes(p), p);
  }
});

test('aliases and addresses from the June-2026 files; null for the 23 entries gone by then', () => {
  assert.deepEqual(entry(11440).aliases, [{ name: 'CARTEL DE SINALOA', type: 'aka' }]);
  assert.equal(entry(11440).name, 'SINALOA CARTEL');
  assert.deepEqual(
    entry(17671).aliases?.map((a) => a.name),
    ['NEW GENERATION CARTEL OF JALISCO', 'CJNG', 'JALISCO NEW GENERATION CARTEL'],
  );
  // LOS ZETAS no longer carries the CDN / NORTHEAST CARTEL aliases in 2026.
  assert.ok(!entry(11438).aliases?.some((a) => /NORESTE|NORTHEAST|CDN/.test(a.name)));
  assert.deepEqual(entry(11440).addresses, [{ address: null, cityStateZip: null, country: 'Mexico' }]);
  const gone = allEntries.filter((e) => e.addresses === null);
  assert.equal(gone.length, 23);
  // Gone by June 2026 means gone from the first 2026 copy too.
  for (const e of gone) assert.equal(e.states[1]!.listed, false, String(e.entNum));
  for (const e of gone) {
    assert.equal(e.aliases, null);
    assert.equal(e.mexicoAddress2026, false);
  }
  for (const e of entries.filter((x) => x.mexicoAddress2026))
    assert.ok(
      e.addresses?.some((a) => a.country === 'Mexico'),
      String(e.entNum),
    );
});

test('firstSeen is null for entries listed on 2021-08-18 and matches each added event', () => {
  const seen = entries.filter((e) => e.firstSeen !== null);
  assert.equal(seen.length, 204);
  const added = new Map(events.filter((e) => e.event === 'added').map((e) => [e.entNum, e.date]));
  for (const e of seen) assert.equal(added.get(e.entNum), e.firstSeen, String(e.entNum));
  assert.equal(added.size, 204);
});

test('events: 308 scraped changes, no baseline rows, no old ILLICIT-DRUGS-EO tag left', () => {
  assert.equal(events.length, 308);
  const by = (t: string) => count(events, (e) => e.event === t);
  assert.deepEqual([by('added'), by('removed'), by('programs_changed'), by('name_changed')], [204, 58, 42, 4]);
  assert.equal(events[events.length - 1]!.date, '2024-03-22');
  assert.ok(events.every((e) => !e.inGap && e.scrapedAt !== null && e.changedAfter <= e.date));
  // The E.O. 14059 wave's scrape follows the one of 2021-12-10.
  assert.equal(events.find((e) => e.entNum === 11440 && e.date === '2021-12-16')?.changedAfter, '2021-12-10');
  const tags = new Set(events.flatMap((e) => [...e.programsBefore, ...e.programsAfter]));
  assert.ok(!tags.has('ILLICIT-DRUGS-EO' as never));
  for (const t of tags) assert.ok(SANCTION_PROGRAMS.includes(t));
  const inSnapshot = new Set(entries.map((e) => e.entNum));
  for (const e of allEvents) assert.equal(inSnapshot.has(e.entNum), e.inSnapshot, String(e.entNum));
  // Delisted before the snapshot: seen only through their remarks.
  assert.equal(
    count(events, (e) => !e.inSnapshot),
    58,
  );
  assert.ok(events.filter((e) => !e.inSnapshot).every((e) => e.event === 'removed' && e.mexicoInRemarks));
});

test('the E.O. 14059 wave of 2021-12-15 is dated 2021-12-16 (scrape at 01:42:52 UTC)', () => {
  const wave = events.filter(
    (e) =>
      e.date === '2021-12-16' &&
      e.event !== 'name_changed' &&
      e.programsAfter.includes('ILLICIT-DRUGS-EO14059') &&
      !e.programsBefore.includes('ILLICIT-DRUGS-EO14059'),
  );
  assert.equal(wave.length, 17);
  assert.ok(wave.every((e) => e.scrapedAt === '2021-12-16T01:42:52Z'));
  const names = wave.map((e) => e.name);
  for (const n of [
    'SINALOA CARTEL',
    'CARTEL DE JALISCO NUEVA GENERACION',
    'GULF CARTEL',
    'LOS ZETAS',
    'BELTRAN LEYVA ORGANIZATION',
    'JUAREZ CARTEL',
    'LA FAMILIA MICHOACANA',
  ]) {
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
  for (const e of events.filter((x) => x.event === 'programs_changed' && !x.renameOnly))
    assert.notDeepEqual([...e.programsBefore].sort(), [...e.programsAfter].sort());
});

test('additions per month sum to the total and show the 2023 peaks', () => {
  const perMonth = new Map<string, number>();
  for (const e of events.filter((x) => x.event === 'added')) perMonth.set(e.date.slice(0, 7), (perMonth.get(e.date.slice(0, 7)) ?? 0) + 1);
  assert.equal(
    [...perMonth.values()].reduce((a, b) => a + b, 0),
    204,
  );
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
  // The events build reads the subset and add.csv too (which entries are Mexico-linked).
  assert.deepEqual(
    events.problems.map((p) => [p.file, p.row, p.column, p.value]),
    [
      [`${dir}ofac-add-alt-csv-2026-06/add.csv`, undefined, undefined, '"nited States\\",-0- \\r\\n"'],
      [`${dir}derived/sdn_mexico_linked_2024-05-03.csv`, 4, 'programs', 'XYZ'],
      [history, 7, 'programs_after', 'XYZ'],
      [history, 9, 'date', '2022-09-22'],
    ],
  );
});

test('status on 2026-08-20: 852 of the 894 snapshot entries listed, 42 delisted (23 by 2026-07-23, 19 after)', () => {
  assert.equal(meta.released, '2026-08-20');
  assert.deepEqual(
    meta.sources.map((s) => s.released),
    ['2024-05-03', '2026-06-02', '2024-05-03', '2026-07-23', '2026-08-20'],
  );
  assert.match(meta.title, /snapshot 2024-05-03 and status on 2026-08-20/);
  assert.ok(allEntries.every((e) => e.statusAsOf === '2026-08-20'));
  const delisted = entries.filter((e) => e.status === 'delisted');
  assert.equal(delisted.length, 42);
  assert.equal(
    count(delisted, (e) => !e.states[1]!.listed),
    23,
  );
  assert.equal(
    count(delisted, (e) => e.states[1]!.listed),
    19,
  );
  for (const e of delisted) {
    assert.equal(e.currentName, null);
    assert.deepEqual(e.currentPrograms, []);
  }
  // One of the six Kingpin individuals of 2000, removed by a publication between the two copies.
  assert.deepEqual(
    sanctionStates(allEntries, 6706)?.map((s) => s.listed),
    [true, true, false],
  );
  for (const e of allEntries) {
    assert.deepEqual(
      e.states.map((s) => s.date),
      [...SANCTION_LIST_DATES],
    );
    const now = e.states[2]!;
    assert.equal(e.status === 'listed', now.listed, String(e.entNum));
    assert.equal(e.currentName, now.name);
    assert.deepEqual(e.currentPrograms, now.programs);
  }
});

test('current names and programs: the 2025 FTO/SDGT tags and the rename of 11438', () => {
  assert.equal(entry(11438).name, 'LOS ZETAS');
  assert.equal(entry(11438).currentName, 'CARTEL DEL NORESTE');
  assert.deepEqual(entry(11438).currentPrograms, ['SDNTK', 'FTO', 'SDGT', 'TCO', 'ILLICIT-DRUGS-EO14059']);
  for (const n of [11440, 17671]) {
    assert.deepEqual(entry(n).programs, ['SDNTK', 'ILLICIT-DRUGS-EO14059']);
    assert.deepEqual(entry(n).currentPrograms, ['SDNTK', 'FTO', 'SDGT', 'ILLICIT-DRUGS-EO14059']);
  }
  const renamed = entries.filter((e) => e.currentName !== null && e.currentName !== e.name).map((e) => e.entNum);
  assert.deepEqual(renamed, [11438, 13148, 17674, 45690]);
  const retagged = entries.filter((e) => e.status === 'listed' && [...e.programs].sort().join() !== [...e.currentPrograms].sort().join());
  assert.equal(retagged.length, 20);
  assert.ok(retagged.every((e) => e.currentPrograms.includes('SDGT')));
  const fto = entries.filter((e) => e.currentPrograms.includes('FTO')).map((e) => e.currentName);
  assert.deepEqual(fto, [
    'JUAREZ CARTEL',
    'GULF CARTEL',
    'CARTEL DEL NORESTE',
    'SINALOA CARTEL',
    'MS-13',
    'CARTEL DE JALISCO NUEVA GENERACION',
    'LA NUEVA FAMILIA MICHOACANA',
  ]);
  // The SDK helper answers by ent num and date.
  assert.deepEqual(sanctionStateOn(allEntries, 11438, '2024-05-03'), {
    date: '2024-05-03',
    listed: true,
    name: 'LOS ZETAS',
    programs: ['SDNTK', 'TCO', 'ILLICIT-DRUGS-EO14059'],
  });
  assert.equal(sanctionStateOn(allEntries, 11438, '2026-07-23')?.name, 'CARTEL DEL NORESTE');
  // Not Mexico-linked by the dataset's rules (Tren de Aragua): unknown here, not "never listed".
  assert.equal(sanctionStates(allEntries, 49756), undefined);
  // @ts-expect-error: only the dated copies can be asked for.
  sanctionStateOn(allEntries, 11438, '2025-01-01');
});

test('297 entries listed since 2024 join by a Mexico address only; what the 2026 copies cannot tell stays null', () => {
  const since = allEntries.filter((e) => e.asOf !== '2024-05-03');
  assert.equal(since.length, 297);
  for (const e of since) {
    assert.equal(e.asOf, '2026-07-23');
    assert.equal(e.firstSeen, '2026-07-23');
    assert.equal(e.mexicoInRemarks, null);
    assert.equal(e.mexicoAddress2026, true);
    assert.ok(
      e.addresses?.some((a) => a.country === 'Mexico'),
      String(e.entNum),
    );
    assert.equal(e.states[0]!.listed, false);
    assert.equal(e.status, 'listed');
  }
  // 278 have a number above the 2024 maximum (PROVENANCE); 19 just below it were not listed on 2024-05-03 either.
  assert.equal(
    count(since, (e) => e.entNum > 48907),
    278,
  );
  assert.deepEqual(sanctionStateOn(allEntries, 54417, '2026-08-20'), {
    date: '2026-08-20',
    listed: true,
    name: 'LOS CHAPITOS',
    programs: ['SDGT', 'ILLICIT-DRUGS-EO14059'],
  });
  assert.deepEqual(entry(52435).currentPrograms, ['FTO', 'SDGT', 'ILLICIT-DRUGS-EO14059']);
  const caveats = meta.caveats.join(' ');
  assert.match(caveats, /419 entries on the 2026-08-20 copy, not listed on 2024-05-03, are not in the June-2026 add\.csv/);
  assert.match(caveats, /none is guessed from a name/);
  // The PROVENANCE check against the whole 2024 list, reproduced by the build.
  assert.match(
    caveats,
    /Of the 14965 entries of the whole list on 2024-05-03, 14061 are on the 2026-07-23 copy and 13957 are on the 2026-08-20 copy\./,
  );
});

test('2026 events: dated by the copy that first shows them, with the gap flagged, never a date inside it', () => {
  const status = allEvents.filter((e) => e.dateSource === 'publication');
  const by = (list: typeof status, t: string) => count(list, (e) => e.event === t);
  const gap = status.filter((e) => e.inGap);
  const between = status.filter((e) => !e.inGap);
  assert.deepEqual([by(gap, 'added'), by(gap, 'removed'), by(gap, 'programs_changed'), by(gap, 'name_changed')], [297, 23, 20, 4]);
  assert.deepEqual(
    [by(between, 'added'), by(between, 'removed'), by(between, 'programs_changed'), by(between, 'name_changed')],
    [0, 19, 0, 0],
  );
  for (const e of gap) assert.deepEqual([e.date, e.changedAfter, e.scrapedAt, e.mexicoInRemarks], ['2026-07-23', '2024-05-03', null, null]);
  for (const e of between) assert.deepEqual([e.date, e.changedAfter], ['2026-08-20', '2026-07-23']);
  assert.ok(!allEvents.some((e) => e.date > '2024-05-03' && e.date < '2026-07-23'));
  assert.deepEqual(eventsMeta.coverage, { start: '2021-09-22', end: '2026-08-20' });
  assert.equal(eventsMeta.released, '2026-08-20');
  const zetas = status.filter((e) => e.entNum === 11438).map((e) => [e.event, e.nameBefore, e.name]);
  assert.deepEqual(zetas, [
    ['name_changed', 'LOS ZETAS', 'CARTEL DEL NORESTE'],
    ['programs_changed', null, 'CARTEL DEL NORESTE'],
  ]);
  // Every 2026 removal is a snapshot entry delisted on the status copy, and vice versa.
  const removed = status
    .filter((e) => e.event === 'removed')
    .map((e) => e.entNum)
    .sort((a, b) => a - b);
  assert.deepEqual(
    removed,
    entries.filter((e) => e.status === 'delisted').map((e) => e.entNum),
  );
});

test('a status copy with missing columns or unknown program tags fails the build, every problem listed', () => {
  const raw = mkdtempSync(join(tmpdir(), 'fpk-ofac-status-'));
  try {
    cpSync('test/fixtures/raw-bad-designations', raw, { recursive: true });
    const copy = (date: string) => join(raw, `designations/ofac-sdn-derived-2026/published-${date}`);
    writeFileSync(join(copy('2026-07-23'), 'ofac-sdn.csv'), 'uid,name,alternate_names\r\n100,ALPHA CARTEL,CARTEL ALFA\r\n');
    writeFileSync(
      join(copy('2026-08-20'), 'ofac-sdn.csv'),
      [
        'uid,name,type,programs,alternate_names',
        '100,ALPHA CARTEL,entity,SDNTK; NARCO-EO99999,',
        '200,"BETA, Juan",individual,,',
        '200,"BETA, Juan",individual,SDNTK,',
        'x1,GAMMA,entity,SDNTK,',
        '700,OMEGA,entity,SDNTK] [TCO,',
        '',
      ].join('\r\n'),
    );
    writeFileSync(join(copy('2026-08-20'), 'metadata.json'), '{"published": "2026-08-21", "counts": {"entries": 5}}');
    assert.throws(() => buildAll(raw, [sanctions, sanctionsEvents] as never), BuildFailed);

    const ctx = new BuildContext(raw);
    sanctions.build(ctx);
    const dir = 'designations/ofac-sdn-derived-2026/';
    const found = ctx.problems
      .filter((p) => p.file.startsWith(dir))
      .map((p) => [p.file.slice(dir.length), p.row, p.column, p.value, p.expected]);
    assert.deepEqual(found, [
      ['published-2026-07-23/ofac-sdn.csv', 1, undefined, 'uid,name,alternate_names', 'columns "type", "programs" in the header'],
      ['published-2026-08-20/ofac-sdn.csv', 5, 'uid', 'x1', 'a whole number'],
      ['published-2026-08-20/ofac-sdn.csv', 4, 'uid', '200', 'a unique key (first seen at row 3)'],
      ['published-2026-08-20/ofac-sdn.csv', 3, 'programs', '', 'at least one program tag (every SDN entry has one)'],
      // Not a Mexico-linked entry, but a tag no OFAC code looks like: the parse is broken.
      [
        'published-2026-08-20/ofac-sdn.csv',
        6,
        'programs',
        'SDNTK] [TCO',
        'an OFAC program code (/^[A-Z0-9]+(?:(?: - |[ -])[A-Z0-9]+)*$/), tags separated by "; "',
      ],
      [
        'published-2026-08-20/metadata.json',
        undefined,
        'published',
        '2026-08-21',
        "OFAC's publication date 2026-08-20 (the folder's date)",
      ],
      [
        'published-2026-08-20/metadata.json',
        undefined,
        'counts.entries',
        '5',
        'the 4 entries of designations/ofac-sdn-derived-2026/published-2026-08-20/ofac-sdn.csv',
      ],
      [
        'published-2026-08-20/ofac-sdn.csv',
        2,
        'programs',
        'NARCO-EO99999',
        'a known program tag (SDNTK, ILLICIT-DRUGS-EO14059, SDNT, TCO, GLOMAG, CUBA, VENEZUELA-EO13850, FTO, SDGT; ILLICIT-DRUGS-EO is read as ILLICIT-DRUGS-EO14059)',
      ],
    ]);
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
});
