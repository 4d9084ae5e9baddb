import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { READER_CSV_MAX_BYTES, decodeReaderCSV, readSourceText } from '../../src/charts/trend/reader-source.js';
import { FpkError } from '../../src/errors.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof FpkError ? `${error.code} on ${error.attribute}: ${error.message}` : String(error);
  }
  return 'no error';
};

test('UTF-8 text is returned as it is; its byte-order mark is dropped', () => {
  assert.equal(decodeReaderCSV(new TextEncoder().encode('\ufeffmes,año\n2023-01,5\n'), 'x.csv'), 'mes,año\n2023-01,5\n');
});

test('bytes that are not UTF-8 are bad-encoding, with the line and the byte', () => {
  assert.match(
    code(() => decodeReaderCSV(Uint8Array.from([0x61, 0x0a, 0x62, 0xe9, 0x0a]), 'x.csv')),
    /^bad-encoding on src: src="x.csv" is not UTF-8 text: line 2, byte 2 is 0xE9 \(in Windows-1252 that byte is "é"\)/,
  );
  // An overlong encoding of "/" (C0 AF) and a lone continuation byte are not UTF-8 either.
  assert.match(
    code(() => decodeReaderCSV(Uint8Array.from([0x61, 0xc0, 0xaf]), 'x.csv')),
    /line 1, byte 2 is 0xC0/,
  );
  assert.match(
    code(() => decodeReaderCSV(Uint8Array.from([0x80]), 'x.csv')),
    /line 1, byte 1 is 0x80 \(in Windows-1252 that byte is "€"\)/,
  );
  assert.match(
    code(() => decodeReaderCSV(Uint8Array.from([0xed, 0xa0, 0x80]), 'x.csv')),
    /line 1, byte 1 is 0xED/,
  );
  assert.match(
    code(() => decodeReaderCSV(Uint8Array.from([0xfe, 0xff, 0, 0x61]), 'x.csv')),
    /^bad-encoding on src: src="x.csv" is UTF-16 text/,
  );
  assert.match(
    code(() => decodeReaderCSV(Uint8Array.from([0x61, 0, 0x62, 0]), 'x.csv')),
    /contains NUL bytes \(the first at byte 2\)/,
  );
});

test('in Node, a file over the limit is refused by its size, before it is read', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fpk-reader-'));
  try {
    const big = join(dir, 'big.csv');
    await writeFile(big, Buffer.alloc(READER_CSV_MAX_BYTES + 1, 0x31));
    await assert.rejects(
      readSourceText(big),
      (e: FpkError) =>
        e.code === 'too-large' &&
        e.attribute === 'src' &&
        /is 5\.0 MB \(5,242,881 bytes\); a reader CSV may be at most 5\.0 MB \(5,242,880 bytes\)\. Keep only the date and value columns/.test(
          e.message,
        ),
    );
    const ok = join(dir, 'ok.csv');
    await writeFile(ok, 'date,value\n2023-01,5\n');
    assert.equal(await readSourceText(ok), 'date,value\n2023-01,5\n');
    await assert.rejects(
      readSourceText(join(dir, 'missing.csv')),
      (e: FpkError) => e.code === 'load-failed' && /Could not load src=".*missing\.csv": ENOENT/.test(e.message),
    );
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('a reader CSV whose server never finishes ends in a message after the fetch deadline, not a load that never ends', async () => {
  const { createServer } = await import('node:http');
  const { setFetchPolicy, DEFAULT_FETCH_POLICY } = await import('../../src/fetch.js');
  // Headers and half a file, then nothing: the stalled download the deadline is for.
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.write('period,value\n2024-01,');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  setFetchPolicy({ timeout: 300 });
  try {
    await assert.rejects(readSourceText(`http://127.0.0.1:${port}/stall.csv`), (error: unknown) => {
      assert.ok(error instanceof FpkError);
      assert.equal(error.code, 'load-failed');
      assert.match(error.message, /^Could not load src="http:\/\/127\.0\.0\.1:\d+\/stall\.csv": no complete answer within 0\.3 s\.$/);
      return true;
    });
  } finally {
    setFetchPolicy(DEFAULT_FETCH_POLICY);
    server.closeAllConnections();
    server.close();
  }
});
