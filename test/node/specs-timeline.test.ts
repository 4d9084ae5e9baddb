import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSnapshot } from './snapshot.js';
import { rows as cases } from '../../datasets/cases/index.js';
import { rows as designations } from '../../datasets/designations/index.js';
import { timelineLabels, timelineNaming } from '../../src/charts/timeline/text.js';
import { rows as organizations } from '../../datasets/organizations/index.js';
import { filterTimeline, timelineEvents, timelineOrganizations, type TimelineEvent } from '../../src/specs/timeline-events.js';
import { timelineSpec } from '../../src/specs/timeline.js';
import { dataValues, VEGA_SCHEMA } from '../../src/specs/vega.js';

const events = (lang: 'en' | 'es' = 'en') => timelineEvents(designations, cases, organizations, timelineNaming(lang));

test('every designated organization and every case organization joins to one organizations row, so each is one timeline row', () => {
  const all = events();
  const byRow = new Map<string, Set<string>>();
  for (const e of all) if (e.organizationId) byRow.set(e.organization, (byRow.get(e.organization) ?? new Set()).add(e.organizationId));
  // One id per row name and one row name per id.
  for (const [row, ids] of byRow) assert.equal(ids.size, 1, `${row}: ${[...ids].join(', ')}`);
  const names = new Map<string, string>();
  for (const e of all) if (e.organizationId) names.set(e.organizationId, e.organization);
  assert.equal(new Set(names.values()).size, names.size);
  // The names the issue found split are one row each.
  const rowOf = (written: string) =>
    new Set(all.filter((e) => e.organizationAsWritten.split('; ').includes(written)).map((e) => e.organization));
  assert.deepEqual(rowOf('ELN'), new Set(['National Liberation Army (ELN)']));
  assert.deepEqual(rowOf('ELN (National Liberation Army)'), new Set(['National Liberation Army (ELN)']));
  assert.deepEqual(rowOf('Cartel de Sinaloa'), new Set(['Sinaloa Cartel']));
  assert.deepEqual(rowOf('Sinaloa Cartel (Chapitos faction)'), new Set(['Sinaloa Cartel']));
  assert.deepEqual(rowOf('Los Zetas'), new Set(['Cartel del Noreste (formerly Los Zetas)']));
  // In Spanish the same rows carry the Spanish names.
  assert.deepEqual(
    new Set(
      events('es')
        .filter((e) => e.organizationId === 'sinaloa-cartel')
        .map((e) => e.organization),
    ),
    new Set(['Cártel de Sinaloa']),
  );
});

test('rows: designated parties, case names joined through the aliases, individuals grouped by partyKind', () => {
  const all = events();
  const individuals = designations.filter((d) => d.partyKind === 'individual');
  assert.equal(individuals.length, 6);
  const row = all.filter((e) => individuals.some((d) => d.id === e.eventId));
  assert.deepEqual(new Set(row.map((e) => e.organization)), new Set(['Kingpin Act individuals (2000)']));
  assert.deepEqual(new Set(row.map((e) => e.title)), new Set(individuals.map((d) => d.party)));
  assert.equal(
    timelineEvents(designations, [], organizations, timelineNaming('es')).find((e) => e.eventId === individuals[0]!.id)!.organization,
    'Personas, Ley Kingpin (2000)',
  );

  // "Juárez Cartel" and "La Línea" are one OFAC entry (ent_num 8237): one mark for the Miller judgment.
  const miller = all.filter((e) => e.eventId === 'miller-v-juarez-cartel-2022');
  assert.deepEqual(
    miller.map((e) => [e.organization, e.organizationAsWritten]),
    [['Juárez Cartel', 'Juárez Cartel; La Línea']],
  );
  // The Feb. 2025 transfer names seven organizations: one mark on each row.
  const transfer = all.filter((e) => e.eventId === 'mexico-transfer-29-2025-02-27').map((e) => e.organization);
  assert.deepEqual(transfer.sort(), [
    'Beltrán Leyva Organization',
    'Cartel del Noreste (formerly Los Zetas)',
    'Gulf Cartel',
    'Jalisco New Generation Cartel (CJNG)',
    'Juárez Cartel',
    'La Nueva Familia Michoacana',
    'Sinaloa Cartel',
  ]);
  const placements = cases.reduce((n, c) => n + new Set(c.organizationIds).size, 0);
  assert.equal(all.length, designations.length + placements);
  // Undated events sort last, by row.
  assert.deepEqual(
    all.filter((e) => e.date === null).map((e) => [e.organization, e.eventId]),
    [
      // Inzunza Coronel's death is dated 2025-11-30 since the corrections of 2026-12-02; the undated designations rest on OFAC list data or lack an FR date.
      ['Barrio 18', 'barrio-18-fto-undated'],
      ['Clan del Golfo', 'clan-del-golfo-sdgt-undated'],
      ['Juárez Cartel', 'juarez-cartel-fto-undated'],
      ['Juárez Cartel', 'juarez-cartel-sdgt-undated'],
      ['Los Choneros', 'los-choneros-fto-undated'],
      ['Los Lobos', 'los-lobos-fto-undated'],
      ['Los Viagras', 'los-viagras-fto-undated'],
      ['MS-13 (Mara Salvatrucha)', 'lopez-larios-dismissal-2025'],
    ],
  );
  assert.ok(all.slice(-8).every((e) => e.date === null));
});

test("links: the record's classified links, official text first, no URL twice; FinCEN orders are their own kind", () => {
  const fto = events().find((e) => e.eventId === 'cartel-de-jalisco-nueva-generacion-fto-2025-02-20')!;
  const record = designations.find((d) => d.id === fto.eventId)!;
  // The IRS-CI release read in the primary-source check comes first.
  assert.deepEqual(fto.links[0], {
    url: record.primarySources[0]!.url,
    domain: 'irs.gov',
    kind: 'official',
    name: 'IRS Criminal Investigation',
    nameEs: 'IRS, Investigación Criminal',
    primary: true,
  });
  assert.equal(fto.links.length, new Set([...record.primarySources, ...record.sources].map((s) => s.url)).size);
  const orders = events().filter((e) => e.type === 'FinCEN-2313a');
  assert.deepEqual(
    orders.map((e) => [e.kind, e.group, e.organization]),
    [
      ['order', 'financial-measure', 'CIBanco'],
      ['order', 'financial-measure', 'Intercam'],
      ['order', 'financial-measure', 'Vector Casa de Bolsa'],
    ],
  );
});

test('filters: types across both sources, terrorism, organizations, from/to (undated out)', () => {
  const all = events();
  const fto = filterTimeline(all, { types: ['FTO', 'indictment'] });
  assert.equal(fto.filter((e) => e.kind === 'designation').length, designations.filter((d) => d.type === 'FTO').length);
  assert.ok(fto.every((e) => e.type === 'FTO' || e.type === 'indictment'));
  const terror = filterTimeline(all, { terrorismOnly: true });
  assert.equal(
    terror.filter((e) => e.kind === 'designation').length,
    designations.filter((d) => d.type === 'FTO' || d.type === 'SDGT').length,
  );
  assert.equal(new Set(terror.filter((e) => e.kind === 'case').map((e) => e.eventId)).size, cases.filter((c) => c.terrorismRelated).length);
  const ranged = filterTimeline(all, { from: '2025-02', to: '2025-02' });
  assert.ok(ranged.length > 0 && ranged.every((e) => e.date !== null && e.date.startsWith('2025-02')));
  assert.deepEqual(
    new Set(filterTimeline(all, { organizations: ['Tren de Aragua'] }).map((e) => e.organization)),
    new Set(['Tren de Aragua']),
  );
});

test('the spec: one datum per dated event, rows in order of first event, lanes keep close marks apart', () => {
  const all = events();
  const spec = timelineSpec(all, { labels: timelineLabels('en') });
  assert.equal(spec.$schema, VEGA_SCHEMA);
  const values = dataValues<{ organization: string; date: string; time: number; lane: number; url: string }>(spec, 'events')!;
  assert.equal(values.length, all.filter((e) => e.date).length);
  assert.ok(values.every((v) => v.time === Date.parse(`${v.date}T00:00:00Z`)));
  const y = spec.scales!.find((s) => s.name === 'y') as { domain: string[] };
  assert.deepEqual(y.domain, timelineOrganizations(all));
  assert.equal(y.domain[0], 'Kingpin Act individuals (2000)');
  const plot = spec.marks!.find((m) => m.name === 'plot') as { marks: { name: string }[] };
  const mark = plot.marks.find((m) => m.name === 'events_marks') as unknown as {
    type: string;
    encode: { update: { href: { field: string } } };
  };
  assert.equal(mark.type, 'symbol');
  assert.equal(mark.encode.update.href.field, 'url');
  assert.ok(values.every((v) => /^https?:\/\//.test(v.url)));
  // The Feb. 20, 2025 FTO and SDGT designations of one party are not drawn on top of each other.
  const sinaloa = values.filter((v) => v.organization === 'Sinaloa Cartel' && v.date === '2025-02-20');
  assert.equal(sinaloa.length, 2);
  assert.notEqual(sinaloa[0]!.lane, sinaloa[1]!.lane);
  // No data transforms: everything is worked out in TypeScript.
  assert.ok((spec.data ?? []).every((d) => !('transform' in d)));
});

test('snapshot: Sinaloa and CJNG in 2025, English', () => {
  const shown = filterTimeline(events(), {
    organizations: ['Sinaloa Cartel', 'Jalisco New Generation Cartel (CJNG)'],
    from: '2025-01',
    to: '2025-12',
  });
  matchSnapshot('timeline-sinaloa-cjng-2025', timelineSpec(shown, { labels: timelineLabels('en'), from: '2025-01', to: '2025-12' }));
});

test('snapshot: terrorism-related events of Tren de Aragua and Cartel de los Soles, Spanish', () => {
  const shown: TimelineEvent[] = filterTimeline(events('es'), {
    terrorismOnly: true,
    organizations: ['Tren de Aragua', 'Cartel de los Soles'],
  });
  matchSnapshot('timeline-terrorism-es', timelineSpec(shown, { labels: timelineLabels('es') }));
});
