/**
 * A reader's own CSV (`<fpk-trend src>`) that cannot be used is explained, never a frozen page or
 * a garbled chart: another site without CORS, a file over the documented size limit (by its
 * Content-Length, and by counting a download that declares none), and bytes that are not UTF-8.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/fpk-trend/define.js';
import { READER_CSV_MAX_BYTES } from '../../src/charts/trend/reader-source.js';
import { expectErrorShown, settled, shadowText } from './helpers.js';

type Trend = HTMLElement & { status: string; csv: string | null };

const FIXTURES = '/test/browser/fixtures';

function trend(src: string, extra: Record<string, string> = {}): Promise<Trend> {
  const el = document.createElement('fpk-trend') as Trend;
  for (const [name, value] of Object.entries({
    loading: 'eager',
    view: 'table',
    jurisdictions: 'US',
    drugs: 'synthetic-opioids',
    from: '2022-06',
    to: '2023-06',
    'src-date': 'month',
    'src-value': 'deaths',
    src,
    ...extra,
  })) {
    el.setAttribute(name, value);
  }
  return fixture<Trend>(html`${el}`);
}

describe('reader CSV: another site without CORS', function () {
  this.timeout(20000);

  it('names the URL and CORS', async () => {
    // The same test server under the other loopback name: another origin, which sends no CORS header.
    const other = new URL(location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const src = new URL(`${FIXTURES}/trend-reader.csv`, other).href;
    const el = await trend(src);
    await expectErrorShown(el, 'load-failed', 'src', `Could not load src="${src}": ${src} is on another site (${other.origin})`);
    expect(shadowText(el, '[part="error"]')).to.contain('CORS (an Access-Control-Allow-Origin header)');
  });

  it('a same-site file that is missing is an HTTP error, not a CORS one', async () => {
    const el = await trend(`${FIXTURES}/no-such-file.csv`);
    await expectErrorShown(el, 'load-failed', 'src', 'HTTP 404');
    expect(shadowText(el, '[part="error"]')).to.not.contain('CORS');
  });
});

describe('reader CSV: size limit', function () {
  this.timeout(30000);
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it(`refuses a 40 MB file by its Content-Length (limit ${READER_CSV_MAX_BYTES} bytes), before reading it`, async () => {
    const csv = `month,deaths\n${'2023-01,1\n'.repeat(4_000_000)}`;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    let bodyRead = false;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await realFetch(input, init);
      if (String(input) !== url) return response;
      expect(Number(response.headers.get('content-length'))).to.equal(csv.length);
      // The same response, but reading its body is noticed.
      const body = response.body!;
      return new Proxy(response, {
        get(target, key) {
          if (key === 'body')
            return new ReadableStream({
              start: () => void 0,
              pull: (c) => {
                bodyRead = true;
                return body
                  .getReader()
                  .read()
                  .then((r) => (r.done ? c.close() : c.enqueue(r.value)));
              },
            });
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    };
    const el = await trend(url);
    await expectErrorShown(
      el,
      'too-large',
      'src',
      `src="${url}" is 38.1 MB (40,000,013 bytes); a reader CSV may be at most 5.0 MB (5,242,880 bytes).`,
    );
    expect(bodyRead).to.equal(false);
    URL.revokeObjectURL(url);
  });

  it('without a Content-Length, counts the bytes as they arrive and stops the download at the limit', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode('2023-01,1\n'.repeat(6554)); // 64 KB
    window.fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          // An endless download: only the reader's limit ends it.
          pull(controller) {
            pulled += chunk.byteLength;
            controller.enqueue(chunk);
          },
          cancel() {
            cancelled = true;
          },
        }),
        { headers: { 'content-type': 'text/csv' } },
      );
    const el = await trend('/endless.csv');
    await expectErrorShown(el, 'too-large', 'src', 'src="/endless.csv" is more than 5.0 MB; a reader CSV may be at most 5.0 MB');
    expect(cancelled).to.equal(true);
    // Read up to the limit and not beyond (the stream may have queued a chunk or two ahead).
    expect(pulled).to.be.within(READER_CSV_MAX_BYTES, READER_CSV_MAX_BYTES + 3 * chunk.byteLength);
  });

  it('a file just under the limit is read', async () => {
    // Valid rows, then padding the parser skips (blank lines), up to 1 KB under the limit.
    const rows = 'month,deaths\n2023-01,1210\n2023-02,1185\n';
    const csv = rows + '\n'.repeat(READER_CSV_MAX_BYTES - 1024 - rows.length);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const el = await trend(url, { 'src-label': 'Mine' });
    expect((await settled(el)).type).to.equal('fpk-ready');
    expect(el.csv).to.contain('Mine,,,2023-02,1185,');
    URL.revokeObjectURL(url);
  });
});

/**
 * Served from blob: URLs, byte for byte: the test server decodes and re-encodes text files as
 * UTF-8 (turning the bytes under test into U+FFFD), while a real web server sends them as stored.
 */
function bytesURL(bytes: Uint8Array): string {
  return URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'text/csv' }));
}
/** A string whose every character is one byte (Windows-1252 here). */
const singleBytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16le = (text: string) => Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));

describe('reader CSV: text encoding', function () {
  this.timeout(20000);

  it('a Windows-1252 file is explained: the line, the byte, and how to save UTF-8', async () => {
    const src = bytesURL(singleBytes('month,deaths,note\n2023-01,1210,Condado de Pe\xF1uelas\n2023-02,1185,\x93provisional\x94\n'));
    const el = await trend(src);
    await expectErrorShown(
      el,
      'bad-encoding',
      'src',
      `src="${src}" is not UTF-8 text: line 2, byte 27 is 0xF1 (in Windows-1252 that byte is "ñ"), so the file was probably saved as Windows-1252 or Latin-1. Save it as UTF-8 (in Excel: Save As → "CSV UTF-8 (Comma delimited)"`,
    );
    const quotes = await trend(bytesURL(singleBytes('month,deaths,note\n2023-02,1185,\x93provisional\x94\n')));
    await expectErrorShown(quotes, 'bad-encoding', 'src', 'line 2, byte 14 is 0x93 (in Windows-1252 that byte is "“")');
  });

  it('UTF-16, with or without a byte-order mark, is explained', async () => {
    const text = 'month,deaths\n2023-01,1210\n2023-02,1185\n';
    const bom = await trend(bytesURL(Uint8Array.from([0xff, 0xfe, ...utf16le(text)])));
    await expectErrorShown(
      bom,
      'bad-encoding',
      'src',
      'is UTF-16 text (it starts with a UTF-16 byte-order mark, as Excel\'s "Unicode Text" does); a reader CSV must be UTF-8. Save it as UTF-8',
    );
    const bare = await trend(bytesURL(utf16le(text)));
    await expectErrorShown(
      bare,
      'bad-encoding',
      'src',
      'contains NUL bytes (the first at byte 2): it looks like UTF-16 text without a byte-order mark',
    );
  });

  it('UTF-8 with a byte-order mark and non-ASCII column names is read', async () => {
    const src = bytesURL(new TextEncoder().encode('\ufeffaño,muertes\n2023-01,1210\n2023-02,1185\n'));
    const el = await trend(src, { 'src-date': 'año', 'src-value': 'muertes', 'src-label': 'Condado' });
    expect((await settled(el)).type).to.equal('fpk-ready');
    expect(el.csv).to.contain('Condado,,,2023-01,1210,');
  });
});
