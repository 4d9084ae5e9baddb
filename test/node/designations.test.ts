import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows, meta } from '../../datasets/designations/index.js';
import { designations, splitAliases } from '../../scripts/dataset-builds/designations.js';
import { BuildContext } from '../../scripts/pipeline/context.js';
import { DESIGNATION_TYPES } from '../../src/dataset-schemas/designations.js';

const byId = (id: string) => {
  const row = rows.find((r) => r.id === id);
  assert.ok(row, `no row ${id}`);
  return row;
};

test('71 designation records (44 + 27 added 2026-12-02) with unique ids, every type a known tag', () => {
  assert.equal(rows.length, 71);
  assert.equal(meta.rowCount, 71);
  assert.equal(new Set(rows.map((r) => r.id)).size, 71);
  for (const r of rows) assert.ok(DESIGNATION_TYPES.includes(r.type), r.id);
  // Newest: Comando Vermelho and PCC, FTO and SDGT effective 2026-06-05 (one copy of the State announcement).
  assert.deepEqual(meta.coverage, { start: '2000-06-01', end: '2026-06-05' });
});

test('the eight organizations designated FTO on 2025-02-20, each also SDGT that day', () => {
  const fto = rows
    .filter((r) => r.type === 'FTO' && r.date === '2025-02-20')
    .map((r) => r.party)
    .sort();
  assert.deepEqual(fto, [
    'Cartel de Jalisco Nueva Generacion',
    'Cartel de Sinaloa',
    'Cartel del Golfo',
    'Cartel del Noreste',
    'Carteles Unidos',
    'La Nueva Familia Michoacana',
    'Mara Salvatrucha',
    'Tren de Aragua',
  ]);
  const sdgt = rows
    .filter((r) => r.type === 'SDGT' && r.date === '2025-02-20')
    .map((r) => r.party)
    .sort();
  assert.deepEqual(sdgt, fto);
  for (const r of rows.filter((x) => x.date === '2025-02-20'))
    assert.match(r.federalRegister ?? '', r.type === 'FTO' ? /FR Doc\. 2025-02873/ : /FR Doc\. 2025-02870/);
});

test('primary-source check: 26 confirmed (23 + the three FinCEN orders), 0 contradicted, 45 not found; confirmed rows cite an official text', () => {
  const count = (s: string) => rows.filter((r) => r.checked === s).length;
  assert.deepEqual([count('confirmed'), count('contradicted'), count('not_found')], [26, 0, 45]);
  for (const r of rows.filter((x) => x.checked === 'confirmed')) assert.ok(r.primarySources.length > 0, r.id);
  // Of the 27 rows added on 2026-12-02, only the three FinCEN orders (fincen.gov) are confirmed.
  assert.deepEqual(
    rows.filter((r) => r.type === 'FinCEN-2313a').map((r) => r.checked),
    ['confirmed', 'confirmed', 'confirmed'],
  );
  assert.ok(meta.caveats.some((c) => c.includes('26 records confirmed') && c.includes('45 not found')));
});

test('every record has at least one http(s) source URL', () => {
  for (const r of rows) {
    assert.ok(r.sources.length >= 1, r.id);
    for (const s of r.sources) assert.match(s.url, /^https?:\/\/\S+$/, r.id);
  }
});

test('seven undated records (null, not guessed): Clan del Golfo SDGT, the FTOs of Los Choneros, Los Lobos and Barrio 18, Juárez Cartel FTO/SDGT and Los Viagras FTO from OFAC list data only', () => {
  assert.deepEqual(
    rows
      .filter((r) => r.date === null)
      .map((r) => r.id)
      .sort(),
    [
      'barrio-18-fto-undated',
      'clan-del-golfo-sdgt-undated',
      'juarez-cartel-fto-undated',
      'juarez-cartel-sdgt-undated',
      'los-choneros-fto-undated',
      'los-lobos-fto-undated',
      'los-viagras-fto-undated',
    ],
  );
  // The caveat names every one of them.
  const caveat = meta.caveats.find((c) => c.startsWith('date is null'));
  for (const r of rows.filter((x) => x.date === null)) assert.ok(caveat?.includes(r.id), r.id);
  const fto = byId('clan-del-golfo-fto-2025-12-17');
  assert.equal(fto.federalRegister, '90 FR 58775; FR Doc. 2025-23133');
});

test('Cartel de los Soles: FTO 2025-11-24 with 90 FR 53045; SDGT 2025-07-25 without an FR citation', () => {
  const fto = byId('cartel-de-los-soles-fto-2025-11-24');
  assert.equal(fto.type, 'FTO');
  assert.equal(fto.federalRegister, '90 FR 53045; FR Doc. 2025-20750');
  assert.equal(fto.checked, 'confirmed');
  // Five excerpts from one page stay together on that page.
  assert.equal(fto.sources.length, 1);
  assert.equal(fto.sources[0]!.quote!.split(' | ').length, 5);
  assert.equal(byId('cartel-de-los-soles-sdgt-2025-07-25').federalRegister, null);
});

test('90 FR 10030 is on the Tren de Aragua FTO record only', () => {
  assert.deepEqual(
    rows.filter((r) => r.federalRegister?.includes('90 FR 10030')).map((r) => r.id),
    ['tren-de-aragua-fto-2025-02-20'],
  );
});

test('individuals of the 2000 Kingpin list: marker removed from the name, partyKind set', () => {
  const people = rows.filter((r) => r.partyKind === 'individual');
  assert.equal(people.length, 6);
  for (const r of people) {
    assert.equal(r.date, '2000-06-01');
    assert.equal(r.type, 'SDNTK');
    assert.doesNotMatch(r.party, /individual/);
  }
  assert.equal(byId('rafael-caro-quintero-sdntk-2000-06-01').ofacEntNum, 6707);
  assert.ok(rows.every((r) => !r.party.includes('(individual)')));
});

test('quotes that cannot be paired with URLs are kept whole in quoteText', () => {
  const unpaired = rows
    .filter((r) => r.quoteText !== null)
    .map((r) => r.id)
    .sort();
  assert.deepEqual(unpaired, [
    'cartel-de-sinaloa-sdntk-2009-04-15',
    'cartel-del-golfo-sdntk-2007-06-01',
    'la-familia-michoacana-sdntk-2009-04-15',
    'los-zetas-sdntk-2009-04-15',
  ]);
  const gulf = byId('cartel-del-golfo-sdntk-2007-06-01');
  assert.equal(gulf.sources.length, 2);
  assert.ok(gulf.sources.every((s) => s.quote === null));
  assert.match(gulf.quoteText!, /five individuals and one entity/);
  assert.match(gulf.quoteText!, /Gulf cartel/);
  // Elsewhere every source carries its quote.
  for (const r of rows.filter((x) => x.quoteText === null))
    assert.ok(
      r.sources.every((s) => s.quote),
      r.id,
    );
});

test('aliases split on "; " outside parentheses', () => {
  // The 2026-12-02 corrections: the 2026 OFAC primary name joins the aliases (corrections file rows 17 and 20).
  assert.deepEqual(byId('tren-de-aragua-tco-2024-07-11').aliases, [
    'TdA',
    'TREN DE ARAGUA (OFAC primary name of ent_num 49756 in the 2026 list)',
    'EL TREN DE ARAGUA (OFAC alias)',
  ]);
  assert.deepEqual(byId('clan-del-golfo-fto-2025-12-17').aliases, [
    'CLAN DEL GOLFO (OFAC primary name, ent_num 15871)',
    'BANDA CRIMINAL DE URABA',
    'LOS AUTODEFENSAS GAITANISTAS DE COLOMBIA',
    'CLAN USUGA',
    'LOS URABENOS',
    'GULF CLAN (OFAC aliases)',
  ]);
  assert.equal(byId('clan-del-golfo-fto-2025-12-17').ofacEntNum, 15871);
  assert.deepEqual(splitAliases('A (x; y); B'), ['A (x; y)', 'B']);
  assert.equal(splitAliases('A (x; B'), null);
});

test('bad input fails the build with every problem listed', () => {
  const ctx = new BuildContext('test/fixtures/raw-bad-designations');
  designations.build(ctx);
  const file = 'designations/fto-cartel-designations.csv';
  const at = (row: number, column: string) => ctx.problems.find((p) => p.file === file && p.row === row && p.column === column);
  assert.equal(at(3, 'organization+designation_type+date')?.value, 'cartel-de-los-soles-fto-2025-11-24');
  assert.equal(at(4, 'designation_type')?.value, 'XYZ');
  assert.equal(at(5, 'date')?.value, '2025-02-30');
  assert.match(at(6, 'source_url')?.expected ?? '', /empty/);
  assert.equal(ctx.problems.length, 4, JSON.stringify(ctx.problems, null, 1));
});
