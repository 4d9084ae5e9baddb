import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows, meta } from '../../datasets/organizations/index.js';
import { rows as designations } from '../../datasets/designations/index.js';
import { rows as cases } from '../../datasets/cases/index.js';
import { rows as sanctions } from '../../datasets/sanctions/index.js';
import { cases as casesBuild } from '../../scripts/dataset-builds/cases.js';
import { designations as designationsBuild } from '../../scripts/dataset-builds/designations.js';
import { ORGANIZATION_DECISIONS } from '../../scripts/dataset-builds/organization-table.js';
import { organizations } from '../../scripts/dataset-builds/organizations.js';
import { BuildContext } from '../../scripts/pipeline/context.js';
import { findOrganization, foldName, organizationName } from '../../src/dataset-schemas/organizations.js';
import { loadDataset } from '../../src/index.js';

const org = (id: string) => {
  const o = rows.find((r) => r.id === id);
  assert.ok(o, `no organization ${id}`);
  return o;
};

test('one row per organization: unique ids, unique display names in each language, unique OFAC entries', () => {
  assert.equal(rows.length, ORGANIZATION_DECISIONS.length);
  assert.equal(meta.rowCount, rows.length);
  for (const key of ['id', 'name', 'nameEs'] as const) assert.equal(new Set(rows.map((r) => r[key])).size, rows.length, key);
  const ents = rows.flatMap((r) => r.ofacEntNums);
  assert.equal(new Set(ents).size, ents.length);
});

test('every designation (but the six individuals) and every case organization joins to an organization; no organization goes by two names', () => {
  const ids = new Set(rows.map((r) => r.id));
  for (const d of designations) {
    if (d.partyKind === 'individual') assert.equal(d.organizationId, null, d.id);
    else assert.ok(d.organizationId && ids.has(d.organizationId), d.id);
  }
  assert.equal(designations.filter((d) => d.organizationId === null).length, 6);
  for (const c of cases) {
    assert.equal(c.organizationIds.length, c.organizations.length, c.id);
    for (const id of c.organizationIds) assert.ok(ids.has(id), `${c.id}: ${id}`);
  }
  // The names the standards desk found split.
  const idOfCase = (written: string) => new Set(cases.flatMap((c) => c.organizationIds.filter((_, i) => c.organizations[i] === written)));
  assert.deepEqual(idOfCase('ELN'), new Set(['eln']));
  assert.deepEqual(idOfCase('ELN (National Liberation Army)'), new Set(['eln']));
  assert.deepEqual(idOfCase('Sinaloa Cartel'), new Set(['sinaloa-cartel']));
  assert.deepEqual(
    new Set(designations.filter((d) => d.party === 'Cartel de Sinaloa').map((d) => d.organizationId)),
    new Set(['sinaloa-cartel']),
  );
  assert.equal(org('sinaloa-cartel').name, 'Sinaloa Cartel');
  assert.equal(org('sinaloa-cartel').nameEs, 'Cártel de Sinaloa');
  assert.equal(organizationName(org('eln'), 'es'), 'Ejército de Liberación Nacional (ELN)');
});

test('Los Zetas and Cartel del Noreste are one OFAC entry (11438, renamed) and one organization; the two Familias stay apart', () => {
  const cdn = org('cartel-del-noreste');
  assert.deepEqual(cdn.ofacEntNums, [11438]);
  assert.deepEqual(
    new Set(designations.filter((d) => d.party === 'Los Zetas' || d.party === 'Cartel del Noreste').map((d) => d.organizationId)),
    new Set(['cartel-del-noreste']),
  );
  assert.ok(cdn.aliases.includes('Los Zetas'));
  assert.deepEqual(org('la-familia-michoacana').ofacEntNums, [11439]);
  assert.deepEqual(org('la-nueva-familia-michoacana').ofacEntNums, [39376]);
});

test('the three FinCEN-2313a parties are financial institutions in Mexico, not criminal groups', () => {
  const banks = designations.filter((d) => d.type === 'FinCEN-2313a').map((d) => org(d.organizationId!));
  assert.deepEqual(
    banks.map((b) => [b.name, b.kind, b.countries]),
    [
      ['CIBanco', 'financial-institution', ['Mexico']],
      ['Intercam', 'financial-institution', ['Mexico']],
      ['Vector Casa de Bolsa', 'financial-institution', ['Mexico']],
    ],
  );
  assert.deepEqual(
    rows.filter((r) => r.kind === 'financial-institution').map((r) => r.id),
    ['cibanco', 'intercam', 'vector'],
  );
});

test('the 2025 FTO records carry the OFAC entity number of their organization, and join to the sanctions entries', async () => {
  const fto = designations.filter((d) => d.type === 'FTO' && d.date === '2025-02-20');
  assert.equal(fto.length, 8);
  const joined: string[] = [];
  const maxIn2024 = Math.max(...sanctions.filter((s) => s.asOf === '2024-05-03').map((s) => s.entNum));
  for (const d of fto) {
    assert.ok(d.ofacEntNum, `${d.id}: no OFAC entity number`);
    assert.deepEqual(org(d.organizationId!).ofacEntNums, [d.ofacEntNum], d.id);
    const entry = sanctions.find((s) => s.entNum === d.ofacEntNum);
    if (entry) {
      // The sanctions entry is the same organization: its OFAC name is one of the organization's names.
      const o = org(d.organizationId!);
      assert.ok(
        [o.name, o.nameEs, ...o.aliases].some((n) => foldName(n) === foldName(entry.name)),
        `${d.id}: ${entry.name}`,
      );
      joined.push(d.party);
    } else {
      // Not in the 2024-05-03 Mexico-linked snapshot: listed after it (a higher entity number than any there).
      assert.ok(d.ofacEntNum > maxIn2024, `${d.id}: ${d.ofacEntNum} missing from sanctions`);
    }
  }
  assert.ok(joined.length >= 6, joined.join(', '));
  // The typed SDK loads it like every dataset.
  const loaded = await loadDataset('organizations');
  assert.equal(loaded.rows.length, rows.length);
});

test("a reader's name finds its organization: id, either display name, an alias, a record's spelling, accents aside", () => {
  for (const name of ['sinaloa-cartel', 'Sinaloa Cartel', 'Cártel de Sinaloa', 'Cartel de Sinaloa', 'cartel de sinaloa', 'SINALOA CARTEL'])
    assert.equal(findOrganization(rows, name)?.id, 'sinaloa-cartel', name);
  assert.equal(findOrganization(rows, 'ELN')?.id, 'eln');
  assert.equal(findOrganization(rows, 'Los Zetas')?.id, 'cartel-del-noreste');
  assert.equal(findOrganization(rows, 'Los Pinos'), undefined);
});

test('countries come from OFAC addresses, or from a quoted source with a note; display names are names the sources give', () => {
  assert.deepEqual(org('tren-de-aragua').countries.slice(0, 1), ['Venezuela']);
  assert.deepEqual(org('farc').countries, ['Colombia']);
  assert.ok(org('farc').note);
  assert.deepEqual(org('eln').countries, []);
  for (const r of rows) if (r.countries.length === 0) assert.ok(r.note, r.id);
  assert.ok(meta.caveats.some((c) => c.startsWith('Merged:')));
});

test("a name the table does not list, or an OFAC number not on OFAC's list, fails the build with the row named", () => {
  const raw = 'test/fixtures/raw-organizations';
  const d = new BuildContext(raw);
  designationsBuild.build(d);
  assert.deepEqual(
    d.problems.filter((p) => p.column === 'organization').map((p) => [p.row, p.value]),
    [[3, 'Cartel de Nadie']],
  );
  const c = new BuildContext(raw);
  casesBuild.build(c);
  assert.deepEqual(
    c.problems.filter((p) => p.column === 'organization').map((p) => [p.row, p.value]),
    [[2, 'Banda Inventada']],
  );
  const o = new BuildContext(raw);
  const { rows: built } = organizations.build(o);
  // ent_num 99999 is cited by the fixture's Tren de Aragua record but is not on the fixture's OFAC list.
  assert.ok(
    o.problems.some((p) => p.column === 'tren-de-aragua.ofacEntNums' && p.value === '99999'),
    JSON.stringify(o.problems.slice(0, 3)),
  );
  // The record cites only 99999, which has no OFAC address: no country, and the row has no note saying why.
  assert.ok(o.problems.some((p) => p.column === 'tren-de-aragua.countries'));
  assert.equal(built.find((r) => r.id === 'tren-de-aragua')!.name, 'Tren de Aragua');
});
