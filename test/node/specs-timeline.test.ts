import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSnapshot } from './snapshot.js';
import { rows as cases } from '../../datasets/cases/index.js';
import { rows as designations } from '../../datasets/designations/index.js';
import { timelineLabels, timelineNaming } from '../../components/fpk-timeline/text.js';
import {
  filterTimeline,
  foldOrganizationName,
  ORGANIZATION_ALIASES,
  timelineEvents,
  timelineOrganizations,
  timelineSpec,
  type TimelineEvent,
} from '../../src/specs/timeline.js';
import { dataValues, VEGA_SCHEMA } from '../../src/specs/vega.js';



const events = (lang: 'en' | 'es' = 'en') => timelineEvents(designations, cases, timelineNaming(lang));

test('every organization alias is justified by the designations data: the evidence is one of the party’s aliases (or its name) and names the same organization', () => {
  for (const alias of ORGANIZATION_ALIASES) {
    const parties = designations.filter((d) => d.party === alias.party);
    assert.ok(parties.length > 0, `${alias.written}: no designated party "${alias.party}"`);
    const names = new Set(parties.flatMap((d) => [d.party, ...d.aliases]));
    assert.ok(names.has(alias.evidence), `${alias.written}: "${alias.evidence}" is not among the aliases of ${alias.party}`);
    assert.equal(foldOrganizationName(alias.written), foldOrganizationName(alias.evidence), alias.written);
    assert.ok(
      cases.some((c) => c.organizations.includes(alias.written)),
      `${alias.written}: no case names it (a dead entry)`,
    );
  }
});

test('the alias map is complete: no case organization matches a party’s name or alias without being joined to it', () => {
  const partiesByName = new Map<string, Set<string>>();
  for (const d of designations) {
    for (const name of [d.party, ...d.aliases]) {
      const key = foldOrganizationName(name);
      partiesByName.set(key, (partiesByName.get(key) ?? new Set()).add(d.party));
    }
  }
  const mapped = new Set(ORGANIZATION_ALIASES.map((a) => a.written));
  const partyNames = new Set(designations.map((d) => d.party));
  const unmatched: string[] = [];
  for (const written of new Set(cases.flatMap((c) => c.organizations))) {
    const parties = partiesByName.get(foldOrganizationName(written));
    if (partyNames.has(written) || mapped.has(written)) continue;
    if (parties) assert.fail(`case organization "${written}" matches ${[...parties].join(' / ')} but is not in ORGANIZATION_ALIASES`);
    unmatched.push(written);
  }
  // Names no designation ties to a party stay as written, each on its own row.
  assert.deepEqual(unmatched.sort(), ['ELN', 'ELN (National Liberation Army)', 'FARC', 'Guadalajara Cartel', 'Norte del Valle Cartel']);
});

test('rows: designated parties, case names joined through the aliases, individuals grouped by partyKind', () => {
  const all = events();
  const individuals = designations.filter((d) => d.partyKind === 'individual');
  assert.equal(individuals.length, 6);
  const row = all.filter((e) => individuals.some((d) => d.id === e.eventId));
  assert.deepEqual(new Set(row.map((e) => e.organization)), new Set(['Kingpin Act individuals (2000)']));
  assert.deepEqual(new Set(row.map((e) => e.title)), new Set(individuals.map((d) => d.party)));
  assert.equal(timelineEvents(designations, [], timelineNaming('es')).find((e) => e.eventId === individuals[0]!.id)!.organization, 'Personas, Ley Kingpin (2000)');

  // "Juárez Cartel" and "La Línea" are one OFAC entry (ent_num 8237): one mark for the Miller judgment.
  const miller = all.filter((e) => e.eventId === 'miller-v-juarez-cartel-2022');
  assert.deepEqual(
    miller.map((e) => [e.organization, e.organizationAsWritten]),
    [['Juarez Cartel', 'Juárez Cartel; La Línea']],
  );
  // The Feb. 2025 transfer names seven organizations: one mark on each row.
  const transfer = all.filter((e) => e.eventId === 'mexico-transfer-29-2025-02-27').map((e) => e.organization);
  assert.deepEqual(transfer.sort(), ['Beltran Leyva Organization', 'Cartel de Jalisco Nueva Generacion', 'Cartel de Sinaloa', 'Cartel del Golfo', 'Cartel del Noreste', 'Juarez Cartel', 'La Nueva Familia Michoacana']);
  const placements = cases.reduce((n, c) => n + new Set(c.organizations.map((o) => ORGANIZATION_ALIASES.find((a) => a.written === o)?.party ?? o)).size, 0);
  assert.equal(all.length, designations.length + placements);
  // Undated events sort last, by row.
  assert.deepEqual(
    all.filter((e) => e.date === null).map((e) => [e.organization, e.eventId]),
    [
      // Inzunza Coronel's death is dated 2025-11-30 since the corrections of 2026-12-02; the undated designations rest on OFAC list data or lack an FR date.
      ['Barrio 18', 'barrio-18-fto-undated'],
      ['Clan del Golfo', 'clan-del-golfo-sdgt-undated'],
      ['Juarez Cartel', 'juarez-cartel-fto-undated'],
      ['Juarez Cartel', 'juarez-cartel-sdgt-undated'],
      ['Los Choneros', 'los-choneros-fto-undated'],
      ['Los Lobos', 'los-lobos-fto-undated'],
      ['Los Viagras', 'los-viagras-fto-undated'],
      ['Mara Salvatrucha', 'lopez-larios-dismissal-2025'],
    ],
  );
  assert.ok(all.slice(-8).every((e) => e.date === null));
});

test('links: official primary texts first, then the other sources, no URL twice', () => {
  const fto = events().find((e) => e.eventId === 'cartel-de-jalisco-nueva-generacion-fto-2025-02-20')!;
  const record = designations.find((d) => d.id === fto.eventId)!;
  assert.deepEqual(fto.links[0], { url: record.primarySources[0]!.url, official: true });
  assert.equal(fto.links.length, new Set([...record.primarySources, ...record.sources].map((s) => s.url)).size);
  assert.ok(fto.links.slice(1).every((l) => !l.official));
});

test('filters: types across both sources, terrorism, organizations, from/to (undated out)', () => {
  const all = events();
  const fto = filterTimeline(all, { types: ['FTO', 'indictment'] });
  assert.equal(fto.filter((e) => e.kind === 'designation').length, designations.filter((d) => d.type === 'FTO').length);
  assert.ok(fto.every((e) => e.type === 'FTO' || e.type === 'indictment'));
  const terror = filterTimeline(all, { terrorismOnly: true });
  assert.equal(terror.filter((e) => e.kind === 'designation').length, designations.filter((d) => d.type === 'FTO' || d.type === 'SDGT').length);
  assert.equal(new Set(terror.filter((e) => e.kind === 'case').map((e) => e.eventId)).size, cases.filter((c) => c.terrorismRelated).length);
  const ranged = filterTimeline(all, { from: '2025-02', to: '2025-02' });
  assert.ok(ranged.length > 0 && ranged.every((e) => e.date !== null && e.date.startsWith('2025-02')));
  assert.deepEqual(new Set(filterTimeline(all, { organizations: ['Tren de Aragua'] }).map((e) => e.organization)), new Set(['Tren de Aragua']));
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
  const mark = spec.marks!.find((m) => m.name === 'marks') as { type: string; encode: { update: { href: { field: string } } } };
  assert.equal(mark.type, 'symbol');
  assert.equal(mark.encode.update.href.field, 'url');
  assert.ok(values.every((v) => /^https?:\/\//.test(v.url)));
  // The Feb. 20, 2025 FTO and SDGT designations of one party are not drawn on top of each other.
  const sinaloa = values.filter((v) => v.organization === 'Cartel de Sinaloa' && v.date === '2025-02-20');
  assert.equal(sinaloa.length, 2);
  assert.notEqual(sinaloa[0]!.lane, sinaloa[1]!.lane);
  // No data transforms: everything is worked out in TypeScript.
  assert.ok((spec.data ?? []).every((d) => !('transform' in d)));
});

test('snapshot: Sinaloa and CJNG in 2025, English', () => {
  const shown = filterTimeline(events(), { organizations: ['Cartel de Sinaloa', 'Cartel de Jalisco Nueva Generacion'], from: '2025-01', to: '2025-12' });
  matchSnapshot('timeline-sinaloa-cjng-2025', timelineSpec(shown, { labels: timelineLabels('en'), from: '2025-01', to: '2025-12' }));
});

test('snapshot: terrorism-related events of Tren de Aragua and Cartel de los Soles, Spanish', () => {
  const shown: TimelineEvent[] = filterTimeline(events('es'), { terrorismOnly: true, organizations: ['Tren de Aragua', 'Cartel de los Soles'] });
  matchSnapshot('timeline-terrorism-es', timelineSpec(shown, { labels: timelineLabels('es') }));
});
