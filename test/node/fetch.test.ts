/**
 * The SDK's fetch layer against a loopback HTTP server that misbehaves on purpose: each way a
 * data file can fail to arrive is a LoadError with its own code, naming the file, after exactly
 * as many attempts as the policy promises (one retry where a retry can help, none where it
 * cannot), and a stalled server is given up on at the timeout.
 */
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { DEFAULT_FETCH_POLICY, LoadError, isLoadFailure, loadDataset, setDataBaseURL, setFetchPolicy } from '../../src/index.js';
import { endsEarly, worstCaseFetchTime } from '../../src/fetch.js';

const META = readFileSync(new URL('../../datasets/cases/meta.json', import.meta.url), 'utf8');
const SLICE = readFileSync(new URL('../../datasets/cases/slices/all.json', import.meta.url), 'utf8');

type Fault = (res: ServerResponse, hit: number) => void;

/** What the server does for each path of the current test, and how often each path was asked for. */
let faults: Record<string, Fault> = {};
const hits = new Map<string, number>();

const json =
  (body: string): Fault =>
  (res) =>
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
const status =
  (code: number): Fault =>
  (res) =>
    res.writeHead(code, { 'content-type': 'text/plain' }).end(`error ${code}`);

let server: Server;
let origin = '';
let run = 0;

before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/run-\d+/, '');
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    (faults[path] ?? status(404))(res, n);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  setFetchPolicy(DEFAULT_FETCH_POLICY);
  server.closeAllConnections();
  return new Promise<void>((ok) => server.close(() => ok()));
});

beforeEach(() => {
  // A fresh URL prefix per test: loadDataset caches what loaded, per URL.
  setDataBaseURL(`${origin}/run-${++run}/`);
  setFetchPolicy({ timeout: 400, retries: 1, backoff: 50 });
  hits.clear();
  faults = { '/cases/meta.json': json(META), '/cases/slices/all.json': json(SLICE) };
});

async function failure(): Promise<LoadError> {
  const error = await loadDataset('cases').then(
    () => assert.fail('loadDataset resolved'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof LoadError, `a LoadError, got ${String(error)}`);
  assert.ok(isLoadFailure(error.code));
  return error;
}

test('the happy path: meta.json and the slice, one request each', async () => {
  const { rows, meta } = await loadDataset('cases');
  assert.equal(rows.length, meta.rowCount);
  assert.deepEqual(Object.fromEntries(hits), { '/cases/meta.json': 1, '/cases/slices/all.json': 1 });
});

test('404: load-not-found naming the file, not retried', async () => {
  faults['/cases/slices/all.json'] = status(404);
  const e = await failure();
  assert.equal(e.code, 'load-not-found');
  assert.equal(e.status, 404);
  assert.equal(e.file, 'cases/slices/all.json');
  assert.match(e.message, /^Could not load cases\/slices\/all\.json: the server answered HTTP 404/);
  assert.equal(hits.get('/cases/slices/all.json'), 1);
});

test('500: load-http-error after one retry', async () => {
  faults['/cases/meta.json'] = status(500);
  const e = await failure();
  assert.equal(e.code, 'load-http-error');
  assert.equal(e.attempts, 2);
  assert.match(e.message, /cases\/meta\.json: the server answered HTTP 500 .*\(2 attempts\)/);
  assert.equal(hits.get('/cases/meta.json'), 2);
});

test('a 503 that clears: the retry loads the data', async () => {
  faults['/cases/meta.json'] = (res, hit) => (hit === 1 ? status(503)(res, hit) : json(META)(res, hit));
  const { rows } = await loadDataset('cases');
  assert.ok(rows.length > 0);
  assert.equal(hits.get('/cases/meta.json'), 2);
});

test('a stalled server: load-timeout after timeout × 2 + backoff, never longer', async () => {
  faults['/cases/meta.json'] = () => undefined; // headers never come
  const start = performance.now();
  const e = await failure();
  const took = performance.now() - start;
  assert.equal(e.code, 'load-timeout');
  assert.match(e.message, /no answer within 0\.4 s \(2 attempts\)/);
  assert.equal(hits.get('/cases/meta.json'), 2);
  assert.ok(took >= 850 && took < worstCaseFetchTime() + 400, `${Math.round(took)} ms`);
});

test('a body that stalls after the headers is a timeout too', async () => {
  faults['/cases/meta.json'] = (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(META) });
    res.write(META.slice(0, 100));
  };
  const e = await failure();
  assert.equal(e.code, 'load-timeout');
  assert.match(e.message, /had not fully arrived within 0\.4 s/);
});

test('a connection closed before Content-Length is met: load-truncated, retried', async () => {
  faults['/cases/slices/all.json'] = (res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(SLICE) });
    res.write(SLICE.slice(0, 200), () => res.destroy());
  };
  const e = await failure();
  assert.equal(e.code, 'load-truncated');
  assert.match(e.message, /cases\/slices\/all\.json: it arrived incomplete/);
  assert.equal(hits.get('/cases/slices/all.json'), 2);
});

test('a response that ends cleanly in the middle of the JSON: load-truncated', async () => {
  faults['/cases/slices/all.json'] = (res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(SLICE.slice(0, SLICE.length / 2));
  const e = await failure();
  assert.equal(e.code, 'load-truncated');
  assert.match(e.message, /the JSON stops before its end/);
});

test('an HTML page (a fallback page for a missing file): load-wrong-type, not retried', async () => {
  faults['/cases/meta.json'] = (res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not here</title>');
  const e = await failure();
  assert.equal(e.code, 'load-wrong-type');
  assert.match(e.message, /cases\/meta\.json: it arrived as text\/html \(a web page/);
  assert.equal(hits.get('/cases/meta.json'), 1);
});

test('HTML served as text/plain is still refused as a web page', async () => {
  faults['/cases/meta.json'] = (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('<html><body>Sign in</body></html>');
  assert.equal((await failure()).code, 'load-wrong-type');
});

test('an empty body: load-empty, not retried', async () => {
  faults['/cases/meta.json'] = json('');
  const e = await failure();
  assert.equal(e.code, 'load-empty');
  assert.match(e.message, /cases\/meta\.json: the file arrived empty/);
  assert.equal(hits.get('/cases/meta.json'), 1);
});

test("a complete body that is not JSON: load-bad-json with the parser's reason", async () => {
  faults['/cases/meta.json'] = json('{"name": "cases",, }');
  const e = await failure();
  assert.equal(e.code, 'load-bad-json');
  assert.match(e.message, /cases\/meta\.json: it is not valid JSON \(.+\)/);
});

test('nobody listening: load-network-error after one retry', async () => {
  const closed = createServer();
  await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((ok) => closed.close(() => ok()));
  setDataBaseURL(`http://127.0.0.1:${port}/`);
  const e = await failure();
  assert.equal(e.code, 'load-network-error');
  assert.equal(e.attempts, 2);
});

test('a failed file is not cached: the next load asks again and succeeds', async () => {
  faults['/cases/meta.json'] = (res, hit) => (hit <= 2 ? status(500)(res, hit) : json(META)(res, hit));
  await failure();
  const { rows } = await loadDataset('cases');
  assert.ok(rows.length > 0);
  assert.equal(hits.get('/cases/meta.json'), 3);
});

test('the policy is validated and the defaults are the documented ones', () => {
  assert.deepEqual({ ...DEFAULT_FETCH_POLICY }, { timeout: 15_000, retries: 1, backoff: 800 });
  assert.equal(worstCaseFetchTime(DEFAULT_FETCH_POLICY), 30_800);
  assert.throws(() => setFetchPolicy({ timeout: Number.NaN }), RangeError);
  assert.throws(() => setFetchPolicy({ retries: -1 }), RangeError);
});

test('endsEarly tells a cut-off JSON text from a malformed one', () => {
  assert.equal(endsEarly('{"rows": [[1, "a'), true);
  assert.equal(endsEarly('{"rows": [[1, 2]'), true);
  assert.equal(endsEarly('{"a": "b\\"}'), true);
  assert.equal(endsEarly('{"a": 1,, }'), false);
  assert.equal(endsEarly('{"a": "[{"}'), false);
});
