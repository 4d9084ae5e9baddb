/**
 * A chart image is never untitled: without a heading attribute, `fpk render` and the PNG/SVG
 * exports (the same composeSVG) carry a heading derived from the model (what, where, when), in the
 * element's language; `heading=""` turns it off; an author's heading is used as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '../../src/render/index.js';
import { headingOf } from '../../src/charts/heading.js';

/** The bold text lines of a composed image: its heading. */
const headingLines = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))),
  );

test('a trend rendered without a heading is titled with what, where and when, in English and Spanish', async () => {
  const en = await render('fpk-trend', { jurisdictions: 'US,OH', drugs: 'synthetic-opioids', from: '2020-01', to: '2025-09' });
  const heading = headingLines(en.svg).join(' ');
  assert.match(heading, /^Overdose deaths/);
  assert.match(heading, /synthetic opioids \(mainly fentanyl\)/);
  assert.match(heading, /United States, Ohio, January 2020 – September 2025$/);
  assert.doesNotMatch(heading, /Line chart/, 'the kind of chart is for screen readers (the label), not the heading');
  const es = await render('fpk-trend', { jurisdictions: 'US,OH', drugs: 'synthetic-opioids', from: '2020-01', to: '2025-09', lang: 'es' });
  const headingEs = headingLines(es.svg).join(' ');
  assert.match(headingEs, /^Muertes por sobredosis/);
  assert.match(headingEs, /Estados Unidos, Ohio, enero de 2020 – septiembre de 2025$/);
});

test('compare and map images are titled by their label; heading="" leaves the image untitled; an author heading wins', async () => {
  const compare = await render('fpk-compare', { to: '2025-09' });
  assert.equal(headingLines(compare.svg).join(' '), compare.model.label);
  const map = await render('fpk-map', { to: '2025-09' });
  assert.equal(headingLines(map.svg).join(' '), 'Drug overdose deaths per 100,000 residents, 12 months ending September 2025, by state');
  const none = await render('fpk-map', { to: '2025-09', heading: '' });
  assert.deepEqual(headingLines(none.svg), []);
  const own = await render('fpk-map', { to: '2025-09', heading: 'Deaths by state' });
  assert.deepEqual(headingLines(own.svg), ['Deaths by state']);
});

test('headingOf: the attribute as written, "" (or spaces) for none, else the model’s heading, else its label', () => {
  assert.equal(headingOf('Mine', { heading: 'Model', label: 'Label' }), 'Mine');
  assert.equal(headingOf('', { heading: 'Model', label: 'Label' }), undefined);
  assert.equal(headingOf('  ', { heading: 'Model', label: 'Label' }), undefined);
  assert.equal(headingOf(undefined, { heading: 'Model', label: 'Label' }), 'Model');
  assert.equal(headingOf(null, { label: 'Label' }), 'Label');
});
