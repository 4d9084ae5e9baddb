/** src/i18n: the one names table and the formatters every element's text goes through. */
import assert from 'node:assert/strict';
import test from 'node:test';
import { formatNumber, formatPercent } from '../../src/i18n/index.js';
import { DRUG_INDICATORS, drugName, placeName } from '../../src/i18n/names.js';
import { trendText } from '../../src/charts/trend/text.js';
import { deathsPhrase } from '../../src/charts/comparison-text.js';

test('negative numbers read with a true minus sign (U+2212) in both languages, as the charts draw them', () => {
  assert.equal(formatPercent('en', -22.8), '\u221222.8%');
  assert.equal(formatPercent('es', -22.8), '\u221222,8\u00a0%');
  assert.equal(formatNumber('en', -1204), '\u22121,204');
  assert.equal(formatNumber('es', -1204.5, 1), '\u22121.204,5');
  assert.equal(formatPercent('en', 12.5), '+12.5%');
  for (const lang of ['en', 'es'] as const) assert.doesNotMatch(formatPercent(lang, -0.4) + formatNumber(lang, -3), /-/);
});

test('one drug wording: the trend legend, the compare/map sentences and the names table say the same', () => {
  assert.equal(drugName('en', 'synthetic-opioids'), 'synthetic opioids (mainly fentanyl)');
  assert.equal(drugName('es', 'synthetic-opioids'), 'opioides sintéticos (sobre todo fentanilo)');
  assert.match(drugName('en', 'synthetic-opioids', { form: 'long' }), /^synthetic opioids other than methadone \(ICD-10 T40\.4/);
  for (const lang of ['en', 'es'] as const) {
    for (const drug of DRUG_INDICATORS) {
      const name = drugName(lang, drug);
      assert.equal(trendText(lang).overdoseSeries('OH', drug), `Ohio — ${name}`);
      if (drug !== 'all-drugs') assert.ok(deathsPhrase(lang, 'reported', drug).includes(name), `${lang} ${drug}`);
      // A name is never a hyphenated code ("synthetic-opioids").
      for (const form of ['short', 'long'] as const)
        assert.ok(!drugName(lang, drug, { form }).includes('-opioids'), `${lang} ${drug} ${form}`);
    }
  }
});

test('place names never fall back to a code; CDC’s NY says it excludes New York City', () => {
  assert.equal(placeName('en', 'YC'), 'New York City');
  assert.equal(placeName('es', 'YC'), 'Ciudad de Nueva York');
  assert.equal(placeName('en', 'NY'), 'New York excl. NYC');
  assert.equal(placeName('es', 'NY', { form: 'long' }), 'estado de Nueva York sin la ciudad de Nueva York');
});
