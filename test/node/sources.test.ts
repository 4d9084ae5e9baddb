import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rows as cases, meta as casesMeta } from '../../datasets/cases/index.js';
import { rows as designations } from '../../datasets/designations/index.js';
import { classifySource, mergeLinks, SOURCE_RULES, sourceLinks } from '../../src/dataset-schemas/sources.js';
import { linkLabel, officialTextLine } from '../../src/charts/links.js';

test('the rule table: government sites are official, known reposting sites copies, named outlets publishers, any other domain a labelled site', () => {
  const kind = (url: string) => classifySource(url).kind;
  assert.equal(kind('https://www.justice.gov/opa/pr/x'), 'official');
  assert.equal(kind('https://home.treasury.gov/news/press-releases/jy0535'), 'official');
  assert.equal(kind('https://obamawhitehouse.archives.gov/the-press-office/x'), 'official');
  assert.equal(classifySource('https://www.fincen.gov/news/x').name, 'FinCEN (Treasury)');
  assert.equal(kind('https://fraser.stlouisfed.org/title/x'), 'copy');
  assert.equal(kind('https://supreme.justia.com/cases/federal/us/604/24a931/'), 'copy');
  assert.equal(kind('https://www.einpresswire.com/article/1'), 'copy');
  assert.equal(kind('https://www.reuters.com/world/x'), 'publisher');
  assert.equal(kind('https://sanctionsnews.bakermckenzie.com/x'), 'publisher');
  // github.com hosts anything: only the two OFAC list copies are classified.
  assert.equal(kind('https://github.com/kindrat86/ofac-sdn-json/blob/3186e89/data/ofac-sdn.csv'), 'copy');
  assert.equal(kind('https://github.com/someone/else'), 'site');
  // A domain no rule names is a site, never a publisher, and a page on a look-alike domain is not official.
  assert.deepEqual(classifySource('https://neeews.com/x'), {
    url: 'https://neeews.com/x',
    domain: 'neeews.com',
    kind: 'site',
    name: null,
    nameEs: null,
    primary: false,
  });
  assert.equal(kind('https://justice.gov.example.com/x'), 'site');
  assert.equal(kind('https://notjustia.com/x'), 'site');
  // Every rule names what it is in both languages.
  for (const r of SOURCE_RULES) assert.ok(r.name && r.nameEs, r.domain);
});

test('reading order: official site, primary-check copy, named publisher, other copy, other site; each URL once', () => {
  const links = sourceLinks(
    [{ url: 'https://supreme.justia.com/a' }],
    [
      { url: 'https://neeews.com/b' },
      { url: 'https://www.einpresswire.com/c' },
      { url: 'https://www.reuters.com/d' },
      { url: 'https://www.justice.gov/e' },
      { url: 'https://supreme.justia.com/a' },
    ],
  );
  assert.deepEqual(
    links.map((l) => [l.domain, l.kind, l.primary]),
    [
      ['justice.gov', 'official', false],
      ['supreme.justia.com', 'copy', true],
      ['reuters.com', 'publisher', false],
      ['einpresswire.com', 'copy', false],
      ['neeews.com', 'site', false],
    ],
  );
  // Merging the links of several records keeps that order and marks a URL primary if any record read it so.
  const merged = mergeLinks([[classifySource('https://www.reuters.com/d')], links]);
  assert.deepEqual(
    merged.map((l) => l.domain),
    ['justice.gov', 'supreme.justia.com', 'reuters.com', 'einpresswire.com', 'neeews.com'],
  );
});

test('every curated record carries its links: all its URLs, classified, in reading order', () => {
  const rank = (l: { kind: string; primary: boolean }) =>
    l.kind === 'official' ? 0 : l.primary ? 1 : { publisher: 2, copy: 3, site: 4 }[l.kind]!;
  for (const r of [...designations, ...cases]) {
    const urls = new Set([...r.primarySources, ...r.sources].map((s) => s.url));
    assert.deepEqual(new Set(r.links.map((l) => l.url)), urls, r.id);
    assert.equal(r.links.length, urls.size, r.id);
    const ranks = r.links.map(rank);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
      r.id,
    );
  }
  // The Tren de Aragua FTO record: the Supreme Court opinion (Justia copy) read in the check leads, labelled as a copy.
  const tda = designations.find((d) => d.id === 'tren-de-aragua-fto-2025-02-20')!;
  assert.deepEqual(linkLabel(tda.links[0]!, 'en'), { text: 'copy of a court opinion at supreme.justia.com', tag: 'primary source' });
  assert.deepEqual(linkLabel(tda.links[0]!, 'es'), {
    text: 'copia de una resolución judicial en supreme.justia.com',
    tag: 'fuente primaria',
  });
  // The meta names the domains no rule classifies.
  assert.ok(casesMeta.caveats.some((c) => c.startsWith('links classifies') && c.includes('aztecwire.com')));
});

test('the count line', () => {
  assert.equal(officialTextLine('en', 15, 53), '15 of 53 events rest on an official text (confirmed in the primary-source check).');
  assert.equal(
    officialTextLine('es', 1, 1),
    '1 de 1 evento se basa en un texto oficial (confirmado en la verificación de fuentes primarias).',
  );
});
