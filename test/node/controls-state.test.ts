/**
 * The pure part of the reader controls (src/charts/controls.ts): the state string the permalink,
 * `fpk render --state` and `render(…, { state })` share, and the URL fragment it is kept in,
 * beside the page's own fragment and other elements' keys.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyState,
  fragmentKey,
  parseControls,
  parseState,
  readFragment,
  stateString,
  withState,
  writeFragment,
} from '../../src/charts/controls.js';
import { FpkError } from '../../src/errors.js';

test('a state string reads into attribute values; an empty value removes the attribute', () => {
  assert.deepEqual(parseState('fpk-trend', 'jurisdictions:US,OH;measure:per100k;from:'), {
    jurisdictions: 'US,OH',
    measure: 'per100k',
    from: null,
  });
  assert.deepEqual(parseState('fpk-map', ''), {});
  assert.deepEqual(applyState({ jurisdictions: 'US', from: '2020-01', heading: 'Deaths' }, { jurisdictions: 'US,OH', from: null }), {
    jurisdictions: 'US,OH',
    heading: 'Deaths',
  });
});

test('a state string that is not name:value pairs of the controlled attributes is a bad-attribute error saying why', () => {
  const cases: [string, string, RegExp][] = [
    ['fpk-trend', 'garbage', /"garbage" has no ":"/],
    ['fpk-map', 'jurisdictions:OH', /<fpk-map> has no control for "jurisdictions"/],
    ['fpk-trend', 'measure:yoy;measure:per100k', /measure is given twice/],
    ['fpk-trend', 'heading:<b>hi</b>', /has no control for "heading"/],
    ['fpk-trend', 'drugs:"><script>', /holds characters no code, slug or month has/],
  ];
  for (const [tag, text, message] of cases) {
    assert.throws(
      () => parseState(tag as 'fpk-trend', text, 'permalink'),
      (e: unknown) => e instanceof FpkError && e.code === 'bad-attribute' && e.attribute === 'permalink' && message.test(e.message),
      text,
    );
  }
  assert.throws(() => withState('fpk-cases', {}, 'to:2024-01'), /<fpk-cases> has no reader controls/);
});

test('the state written is what differs from the page: removed attributes as empty values', () => {
  const initial = { jurisdictions: 'US', from: '2020-01' };
  assert.equal(stateString('fpk-trend', initial, initial), '');
  assert.equal(
    stateString('fpk-trend', { jurisdictions: 'US,OH', from: null, measure: 'per100k' }, initial),
    'jurisdictions:US,OH;from:;measure:per100k',
  );
  // Written, then read: the same attributes.
  const state = stateString('fpk-trend', { jurisdictions: 'US,OH', from: null }, initial);
  assert.deepEqual(applyState(initial, parseState('fpk-trend', state)), { jurisdictions: 'US,OH' });
});

test("the fragment: one key per element, the page's own part and other keys kept in place", () => {
  const a = fragmentKey('a');
  const b = fragmentKey('b');
  let hash = '#section-2';
  hash = writeFragment(hash, a, 'jurisdictions:US,OH');
  assert.equal(hash, 'section-2&fpk-a=jurisdictions:US,OH');
  hash = writeFragment(hash, b, 'measure:yoy');
  assert.equal(hash, 'section-2&fpk-a=jurisdictions:US,OH&fpk-b=measure:yoy');
  hash = writeFragment(hash, a, 'jurisdictions:US');
  assert.equal(hash, 'section-2&fpk-a=jurisdictions:US&fpk-b=measure:yoy');
  assert.equal(readFragment(hash, a), 'jurisdictions:US');
  assert.equal(readFragment(hash, b), 'measure:yoy');
  assert.equal(readFragment(hash, fragmentKey('c')), null);
  hash = writeFragment(hash, a, '');
  assert.equal(hash, 'section-2&fpk-b=measure:yoy');
  assert.equal(writeFragment('', a, null), '');
  // A router's fragment is never read as ours, nor rewritten.
  assert.equal(writeFragment('#/story?x=1&y=2', a, 'to:2024-01'), '/story?x=1&y=2&fpk-a=to:2024-01');
  // Ids with characters a fragment cannot hold as they are.
  assert.equal(fragmentKey('chart 1&2'), 'fpk-chart%201%262');
  // Percent-encoding that does not decode is returned as written, for the parser to refuse.
  assert.equal(readFragment('#fpk-a=%E0%A4%A', a), '%E0%A4%A');
});

test('controls: tokens by space or comma; empty is every control the element has; others are an error', () => {
  assert.deepEqual(parseControls('fpk-trend', ''), ['jurisdictions', 'drugs', 'period', 'measure']);
  assert.deepEqual(parseControls('fpk-map', null), ['drugs', 'period', 'measure']);
  assert.deepEqual(parseControls('fpk-compare', 'measure, jurisdictions'), ['jurisdictions', 'measure']);
  assert.throws(
    () => parseControls('fpk-map', 'jurisdictions'),
    /Unknown control "jurisdictions" in controls="jurisdictions". Allowed: drugs, period, measure\./,
  );
});
