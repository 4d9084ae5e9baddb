/**
 * Random attribute sets for the five elements, each labelled with what must happen:
 *
 * - `ready`: built from a known-good configuration of the element (codes, drugs and periods the
 *   data covers), with its free-text and presentation attributes drawn from hostile values
 *   (empty, 100 KB, unicode and right-to-left text, markup, formula text);
 * - `error`: a `ready` set with one data attribute replaced by a value that is wrong whatever the
 *   others say (an unknown code, an impossible period, markup where a code belongs, a reversed
 *   range), named in `why`;
 * - `either`: any attribute of the element with any value from all the pools, valid or not,
 *   where only the structural properties are checked (one outcome, in time, nothing executed).
 *
 * The labels come from the attributes' documentation (the elements' JSDoc), not from the
 * elements' code, so a disagreement between the two is a finding.
 */
import fc from 'fast-check';
import { ATTRIBUTE_TABLES } from '../../../src/charts/elements.js';

export type Tag = 'fpk-trend' | 'fpk-compare' | 'fpk-map' | 'fpk-timeline' | 'fpk-cases';
export type Expectation = 'ready' | 'error' | 'either';

export interface AttributeSet {
  readonly tag: Tag;
  readonly attributes: Readonly<Record<string, string>>;
  readonly expect: Expectation;
  /** For `error`: the attribute made wrong and how. */
  readonly why?: string;
}

/** A payload that sets this global if any markup or script from an attribute or a CSV cell ever runs. */
export const PWNED = '__fpkFuzzPwned';
const payloads = [
  `<img src=x onerror="window.top.${PWNED}=1">`,
  `"><script>window.top.${PWNED}=1</script>`,
  `'><svg onload=window.top.${PWNED}=1>`,
  `<iframe srcdoc="<script>parent.${PWNED}=1</script>">`,
  `javascript:window.top.${PWNED}=1`,
  `{{constructor.constructor('window.top.${PWNED}=1')()}}`,
  `\${window.top.${PWNED}=1}`,
  `'+(window.top.${PWNED}=1)+'`,
  `" + (window.top.${PWNED}=1) + "`,
  '=HYPERLINK("https://evil.example/","x")',
];
const unicode = [
  'ñandú — “curly” ‘quotes’',
  '🧪💊🇺🇸👩🏽‍⚕️',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil\u202C',
  'a\u0301\u0301\u0301',
  '\u200B\u200D\uFEFF',
  '\u0000nul',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'İstanbul ß',
];
/**
 * 100 KB values, written as `{{text*count}}` and expanded by `expand()` when applied, so that a
 * failing case prints short. (Not emoji: Chromium takes seconds to lay out 25,000 of them, which
 * measures the browser's text shaping, not the elements.)
 */
const huge = ['{{x*100000}}', '{{ab,*34000}}', '{{ñandú *17000}}', '{{مرحبا *17000}}'];
/** The value an attribute set stands for, `{{text*count}}` expanded. */
export function expand(value: string): string {
  return value.replace(/\{\{(.+?)\*(\d+)\}\}/gs, (_, text: string, count: string) => text.repeat(Number(count)));
}
const numbers = ['0', '-1', '1e309', 'NaN', 'Infinity', '-0', '999999999999', '3.14', '0x10'];
const periodsBad = ['2024-13', '0000-00', '2024-1', '2024-00', '99999-01', '2024-02-30', '2024/01', '24-01', '2024-01-01T00', ' 2024-01'];

/** Free text that any text attribute must show as text: the hostile pool. */
const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...payloads) },
  { weight: 3, arbitrary: fc.constantFrom(...unicode) },
  { weight: 1, arbitrary: fc.constantFrom(...huge) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

const months = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (
    let [y, m] = from.split('-').map(Number) as [number, number];
    `${y}-${String(m).padStart(2, '0')}` <= to;
    m === 12 ? ((y += 1), (m = 1)) : (m += 1)
  ) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out;
};

/** An ordered pair of months within [from, to], at least `gap` months apart. */
function range(from: string, to: string, gap = 0): fc.Arbitrary<[string, string]> {
  const all = months(from, to);
  return fc
    .tuple(fc.integer({ min: 0, max: all.length - 1 - gap }), fc.integer({ min: gap, max: all.length - 1 }))
    .filter(([a, b]) => b - a >= gap)
    .map(([a, b]) => [all[a]!, all[b]!]);
}

const list = (items: readonly string[], min: number, max: number) => fc.subarray([...items], { minLength: min, maxLength: max });
const commaList = (items: readonly string[], min: number, max: number) =>
  fc
    .tuple(list(items, min, max), fc.boolean(), fc.boolean())
    .map(([xs, spaced, doubled]) => (doubled ? [...xs, ...xs] : xs).join(spaced ? ' , ' : ','));

/** Presentation attributes: valid values only (their wrong values are tried in `either` sets). */
const presentation = fc.record(
  {
    heading: hostileText,
    description: hostileText,
    theme: fc.constantFrom('auto', 'light', 'dark'),
    lang: fc.constantFrom('en', 'es'),
    view: fc.constantFrom('chart', 'table'),
    actions: commaList(['csv', 'json', 'png', 'svg', 'cite'], 0, 5).map((s) => s.replaceAll(',', ' ')),
    loading: fc.constantFrom('eager', 'lazy'),
  },
  { requiredKeys: [] },
);

// ——— known-good configurations (from the JSDoc and the data's coverage) ———

// States whose every listed drug has data from 2019-10 to 2023-10 (Pennsylvania publishes all-drugs only).
const STATES = ['US', 'OH', 'WV', 'KY', 'CA', 'FL', 'TX'];
const OVERDOSE_DRUGS = ['all-drugs', 'opioids', 'synthetic-opioids', 'heroin', 'cocaine', 'psychostimulants'];
const SEIZURE_DRUGS = ['cocaine', 'fentanyl', 'heroin', 'marijuana', 'methamphetamine'];
const REGIONS = ['southwest-border', 'northern-border', 'coastal-interior'];
const DESIGNATION_TYPES = ['FTO', 'SDGT', 'SDNTK', 'TCO'];
const CASE_TYPES = ['indictment', 'plea', 'sentence', 'conviction', 'appellate_ruling'];

const trendValid = fc.oneof(
  fc
    .record(
      {
        jurisdictions: commaList(STATES, 1, 2),
        drugs: commaList(OVERDOSE_DRUGS, 1, 2),
        measure: fc.constantFrom('reported', 'predicted', 'per100k', 'yoy'),
        period: range('2021-01', '2023-09', 6),
        events: commaList(['designations', 'cases'], 0, 2),
        terrorism: fc.constantFrom('only', 'all'),
        reader: fc.boolean(),
        'src-label': hostileText.filter((s) => s.trim() !== '' && s.length < 1000),
      },
      { requiredKeys: ['period'] },
    )
    .map(({ period, reader, 'src-label': label, ...a }) => ({
      ...a,
      from: period[0],
      to: period[1],
      ...(reader
        ? {
            src: '/test/browser/fixtures/trend-reader.csv',
            'src-date': 'month',
            'src-value': 'deaths',
            ...(label ? { 'src-label': label } : {}),
          }
        : {}),
    })),
  fc
    .record(
      {
        dataset: fc.constant('seizures'),
        drugs: commaList(SEIZURE_DRUGS, 1, 2),
        measure: fc.constantFrom('pounds', 'events'),
        regions: commaList(REGIONS, 0, 1),
        period: range('2019-01', '2025-12', 3),
      },
      { requiredKeys: ['dataset', 'period'] },
    )
    .map(({ period, ...a }) => ({ ...a, from: period[0], to: period[1] })),
  fc
    .record(
      { dataset: fc.constant('sanctions'), measure: fc.constant('additions'), period: range('2021-09', '2024-03', 6) },
      { requiredKeys: ['dataset', 'period'] },
    )
    .map(({ period, ...a }) => ({ ...a, from: period[0], to: period[1] })),
);

const compareValid = fc.oneof(
  fc
    .record(
      {
        jurisdictions: commaList(STATES.slice(1), 2, 6),
        drugs: fc.constantFrom('all-drugs', 'opioids', 'synthetic-opioids'),
        measure: fc.constantFrom('reported', 'predicted', 'per100k'),
        to: fc.constantFrom(...months('2020-01', '2023-09')),
        highlight: fc.boolean(),
      },
      { requiredKeys: ['jurisdictions'] },
    )
    // Highlight one of the compared states.
    .map(({ highlight, ...a }) => ({ ...a, ...(highlight ? { highlight: a.jurisdictions.split(',')[0]!.trim() } : {}) })),
  fc.record(
    {
      jurisdictions: fc.constantFrom('US', 'OH', 'WV'),
      drugs: commaList(OVERDOSE_DRUGS, 2, 4),
      to: fc.constantFrom(...months('2020-01', '2023-09')),
    },
    { requiredKeys: ['jurisdictions', 'drugs'] },
  ),
  fc
    .record(
      {
        jurisdictions: commaList(STATES.slice(1), 2, 6),
        drugs: fc.constantFrom('all-drugs', 'synthetic-opioids'),
        mode: fc.constantFrom('dumbbell', 'change'),
        period: range('2020-01', '2023-09', 12),
      },
      { requiredKeys: ['mode', 'period'] },
    )
    .map(({ period, ...a }) => ({ ...a, from: period[0], to: period[1] })),
);

const mapValid = fc.record(
  {
    drugs: fc.constantFrom('all-drugs', 'opioids', 'synthetic-opioids'),
    measure: fc.constantFrom('per100k', 'reported', 'yoy'),
    to: fc.constantFrom(...months('2020-06', '2023-09')),
  },
  { requiredKeys: [] },
);

const timelineValid = fc
  .record(
    {
      events: commaList(['designations', 'cases'], 1, 2),
      terrorism: fc.constantFrom('only', 'all'),
      period: fc.option(range('2015-01', '2025-12', 12), { nil: undefined }),
    },
    { requiredKeys: [] },
  )
  .map(({ period, ...a }) => ({ ...a, ...(period ? { from: period[0], to: period[1] } : {}) }));

const casesValid = fc
  .record(
    {
      'event-types': commaList(CASE_TYPES, 0, 3),
      terrorism: fc.constantFrom('only', 'all'),
      query: hostileText,
      period: fc.option(range('2009-01', '2025-12', 24), { nil: undefined }),
    },
    { requiredKeys: [] },
  )
  .map(({ period, ...a }) => ({ ...a, ...(period ? { from: period[0], to: period[1] } : {}) }));

const VALID: Record<Tag, fc.Arbitrary<Record<string, string>>> = {
  'fpk-trend': trendValid as fc.Arbitrary<Record<string, string>>,
  'fpk-compare': compareValid as fc.Arbitrary<Record<string, string>>,
  'fpk-map': mapValid as fc.Arbitrary<Record<string, string>>,
  'fpk-timeline': timelineValid as fc.Arbitrary<Record<string, string>>,
  'fpk-cases': casesValid as fc.Arbitrary<Record<string, string>>,
};

// ——— certainly wrong values, per attribute and element ———

const unknownCode = fc.constantFrom('XX', 'ZZ', 'U S', 'USA', '<b>US</b>', ...payloads.slice(0, 4), huge[0]!);
const badPeriod = fc.constantFrom(...periodsBad, ...payloads.slice(0, 3), huge[0]!, '', ...numbers.slice(1, 4)).filter((p) => p !== '');
/** Where a value is a list, an unknown item among known ones is as wrong as a wrong list. */
const withUnknown = (known: readonly string[]) =>
  fc.tuple(list(known, 0, Math.min(2, known.length)), unknownCode, fc.nat()).map(([xs, bad, at]) => {
    const out = [...xs];
    out.splice(at % (xs.length + 1), 0, bad);
    return out.join(',');
  });

type Breaker = (valid: Record<string, string>) => fc.Arbitrary<[string, Record<string, string>]>;

const replace =
  (name: string, value: fc.Arbitrary<string>, why: string): Breaker =>
  (valid) =>
    value.map((v) => [`${name}: ${why}`, { ...valid, [name]: v }]);
const reversed: Breaker = (valid) =>
  range('2016-01', '2025-06', 1).map(([a, b]) => {
    const { from: _f, to: _t, ...rest } = valid;
    return ['from after to', { ...rest, from: b, to: a }];
  });

const BREAKERS: Record<Tag, readonly Breaker[]> = {
  'fpk-trend': [
    (v) =>
      v.dataset
        ? fc.constant(['dataset: unknown', { ...v, dataset: 'overdose' }])
        : replace('jurisdictions', withUnknown(STATES), 'unknown code')(v),
    replace('measure', fc.constantFrom('bogus', 'REPORTED', 'pounds ', ...numbers.slice(0, 2), payloads[0]!), 'unknown measure'),
    replace('from', badPeriod, 'impossible period'),
    replace('to', badPeriod, 'impossible period'),
    replace('events', withUnknown(['designations', 'cases']), 'unknown event kind'),
    replace('dataset', fc.constantFrom('bogus', 'OVERDOSES', payloads[1]!), 'unknown dataset'),
    reversed,
  ],
  'fpk-compare': [
    replace('jurisdictions', withUnknown(STATES.slice(1)), 'unknown code'),
    replace('drugs', withUnknown(['all-drugs', 'opioids']), 'unknown drug'),
    replace('measure', fc.constantFrom('bogus', 'yoy', payloads[0]!), 'unknown measure'),
    replace('mode', fc.constantFrom('pie', 'BARS', payloads[2]!), 'unknown mode'),
    replace('to', badPeriod, 'impossible period'),
    replace('dataset', fc.constantFrom('seizures', 'bogus'), 'unknown dataset'),
  ],
  'fpk-map': [
    replace('drugs', withUnknown([]), 'unknown drug'),
    replace('measure', fc.constantFrom('bogus', 'predicted-ish', payloads[0]!), 'unknown measure'),
    replace('to', badPeriod, 'impossible period'),
    replace('dataset', fc.constantFrom('seizures', 'bogus'), 'unknown dataset'),
  ],
  'fpk-timeline': [
    replace('events', withUnknown(['designations', 'cases']), 'unknown event kind'),
    replace('types', withUnknown(DESIGNATION_TYPES), 'unknown type'),
    replace('terrorism', fc.constantFrom('yes', 'ONLY', payloads[0]!), 'unknown terrorism value'),
    replace('organizations', fc.constantFrom('No Such Cartel', payloads[0]!), 'unknown organization'),
    replace('from', badPeriod, 'impossible period'),
    reversed,
  ],
  'fpk-cases': [
    replace('event-types', withUnknown(CASE_TYPES), 'unknown event type'),
    replace('terrorism', fc.constantFrom('yes', 'ONLY', payloads[0]!), 'unknown terrorism value'),
    replace('to', badPeriod, 'impossible period'),
    reversed,
  ],
};

// ——— anything goes ———

const COMMON = ['heading', 'description', 'theme', 'lang', 'view', 'actions', 'loading'];
const COMMON_SET: ReadonlySet<string> = new Set(COMMON);
// Every attribute each tag takes, from its table (src/charts/<chart>/attributes.ts).
const ATTRIBUTES = Object.fromEntries(
  Object.entries(ATTRIBUTE_TABLES).map(([tag, table]) => [tag, Object.keys(table).filter((n) => !COMMON_SET.has(n))]),
) as unknown as Record<Tag, readonly string[]>;
const SOURCES = [
  '/test/browser/fixtures/trend-reader.csv',
  '/test/browser/fixtures/trend-bad.csv',
  '/test/browser/fixtures/trend-markup.csv',
  '/test/browser/fixtures/does-not-exist.csv',
  'data:text/csv,date,value%0A2023-01,5',
  `javascript:window.top.${PWNED}=1`,
  '//',
  'http://[::1',
];
const anyValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...STATES,
      ...OVERDOSE_DRUGS,
      ...SEIZURE_DRUGS,
      ...REGIONS,
      ...DESIGNATION_TYPES,
      ...CASE_TYPES,
      'overdoses',
      'seizures',
      'sanctions',
      'designations',
      'cases',
      'designations,cases',
      'only',
      'all',
      'reported',
      'predicted',
      'per100k',
      'yoy',
      'change',
      'dumbbell',
      'bars',
      'pounds',
      'events',
      'additions',
      'chart',
      'table',
      'dark',
      'light',
      'auto',
      'en',
      'es',
      'fr',
      'eager',
      'lazy',
      'month',
      'deaths',
      'US,US,US',
      'NY,YC',
      'US,OH,WV,KY,CA,FL,TX,PA,NY',
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...months('2014-06', '2026-06')) },
  { weight: 2, arbitrary: fc.constantFrom(...periodsBad, ...numbers) },
  { weight: 2, arbitrary: fc.constantFrom(...SOURCES) },
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...STATES, ...OVERDOSE_DRUGS, 'XX', ''), { maxLength: 12 }).map((xs) => xs.join(',')) },
);
const either = (tag: Tag): fc.Arbitrary<AttributeSet> =>
  fc
    .array(fc.tuple(fc.constantFrom(...ATTRIBUTES[tag], ...COMMON), anyValue), { maxLength: 8 })
    .map((pairs) => ({ tag, attributes: Object.fromEntries(pairs), expect: 'either' as const }));

function forTag(tag: Tag): fc.Arbitrary<AttributeSet> {
  const ready = fc.tuple(VALID[tag], presentation).map(([a, p]) => ({ ...p, ...a }));
  return fc.oneof(
    { weight: 4, arbitrary: ready.map((attributes) => ({ tag, attributes, expect: 'ready' as const })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(ready, fc.constantFrom(...BREAKERS[tag]))
        .chain(([valid, breaker]) => breaker(valid))
        .map(([why, attributes]) => ({ tag, attributes, expect: 'error' as const, why })),
    },
    { weight: 3, arbitrary: either(tag) },
  );
}

export const TAGS: readonly Tag[] = ['fpk-trend', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-cases'];

/**
 * One case of the fuzz run: an element, optionally first given other attributes (whose load is
 * still in flight, `pause` ms later, when the final set replaces them), then its final set.
 */
export interface FuzzCase {
  readonly first?: AttributeSet;
  readonly pause: number;
  readonly final: AttributeSet;
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.constantFrom(...TAGS).chain((tag) =>
  fc.record({
    // One case in four changes its attributes while the previous set is loading.
    first: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: forTag(tag) }),
    pause: fc.constantFrom(0, 0, 1, 5, 20),
    final: forTag(tag),
  }),
);
