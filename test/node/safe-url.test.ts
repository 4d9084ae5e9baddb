import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeURL } from '../../src/safe-url.js';

test('http and https links are kept, as the browser would follow them', () => {
  assert.equal(safeURL('https://www.justice.gov/opa/pr/x'), 'https://www.justice.gov/opa/pr/x');
  assert.equal(safeURL('HTTP://Example.COM/a b'), 'http://example.com/a%20b');
  assert.equal(safeURL('  https://example.com/\n'), 'https://example.com/');
});

test('script, data and other schemes never become links, however they are spelled', () => {
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/0b2f',
    'ftp://example.com/x',
    'mailto:a@example.com',
    '',
    '   ',
    'not a url',
    '/relative/without/base',
    '//example.com/protocol-relative-without-base',
  ];
  for (const url of hostile) assert.equal(safeURL(url), undefined, JSON.stringify(url));
  for (const value of [null, undefined, 42, {}, ['https://example.com/']]) assert.equal(safeURL(value), undefined, String(value));
});

test('relative links are resolved only against a given base, and must still be http(s)', () => {
  assert.equal(safeURL('/datasets/cases/meta.json', 'https://example.com/page.html'), 'https://example.com/datasets/cases/meta.json');
  assert.equal(safeURL('//cdn.example/x', 'https://example.com/'), 'https://cdn.example/x');
  assert.equal(safeURL('javascript:alert(1)', 'https://example.com/'), undefined);
  assert.equal(safeURL('x', 'file:///tmp/'), undefined);
});
