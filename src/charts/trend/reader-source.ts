/**
 * Reading the file a reader's `src` names, before papaparse sees it. A reader's page can point
 * `src` anywhere, so three failures get a message of their own rather than a generic one:
 *
 * - **another site without CORS**: the browser refuses to hand the file over and says only
 *   "Failed to fetch"; when the URL is on another origin, the message names the URL and CORS;
 * - **a huge file**: refused once it passes `READER_CSV_MAX_BYTES`, before it is parsed — by its
 *   `Content-Length` when the server declares one, else by counting the bytes as they stream in
 *   and cancelling the download at the limit — so a wrong link to a 50 MB export cannot freeze
 *   the page;
 * - **not UTF-8**: a file saved as Windows-1252 ("CSV" in Excel on Windows) or UTF-16
 *   ("Unicode text") would parse into garbled names or NUL-ridden cells; the bytes are decoded
 *   with `TextDecoder(…, { fatal: true })` and the message says which line and byte, and how to
 *   save the file as UTF-8.
 *
 * Error codes (docs/ERRORS.md): `load-failed`, `too-large`, `bad-encoding`, all on `src`.
 */
import { FpkError } from '../../errors.js';
import { fetchPolicy, withDeadline } from '../../fetch.js';

/**
 * The largest reader CSV accepted: 5 MiB. A monthly series is a few KB and a daily one over a
 * century under 1 MB; 5 MiB parses in well under a second on a phone, and a larger `src` is
 * almost certainly the wrong file.
 */
export const READER_CSV_MAX_BYTES = 5 * 1024 * 1024;

/** Reads a file the `src` attribute names: relative to the page in a browser, a path or URL in Node. */
export type ReadText = (src: string) => Promise<string>;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const sized = (bytes: number) => `${megabytes(bytes)} (${bytes.toLocaleString('en')} bytes)`;

function tooLarge(src: string, size: string): FpkError {
  return new FpkError(
    'too-large',
    `src="${src}" is ${size}; a reader CSV may be at most ${sized(READER_CSV_MAX_BYTES)}. Keep only the date and value columns and the months you need.`,
    'src',
  );
}

function loadFailed(src: string, reason: string): FpkError {
  return new FpkError('load-failed', `Could not load src="${src}": ${reason}`, 'src');
}

/** The URL as the browser resolves it, or null where `src` is not a URL at all. */
function resolve(src: string): URL | null {
  try {
    return typeof document !== 'undefined' ? new URL(src, document.baseURI) : new URL(src);
  } catch {
    return null;
  }
}

/**
 * The reader's file, under the same deadline as the library's own data files (`setFetchPolicy`):
 * a server that never finishes must end in a message, not a chart that loads forever. Not retried:
 * the file is someone else's, and a second request could double its server's load.
 */
function fetchBytes(src: string): Promise<Uint8Array> {
  const controller = new AbortController();
  const { timeout } = fetchPolicy();
  return withDeadline(fetchBytesOnce(src, controller.signal), timeout, () => {
    controller.abort();
    return loadFailed(src, `no complete answer within ${timeout / 1000} s.`);
  });
}

async function fetchBytesOnce(src: string, signal: AbortSignal): Promise<Uint8Array> {
  const url = resolve(src);
  if (!url) throw loadFailed(src, 'it is not a valid URL.');
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    const page = typeof location !== 'undefined' ? location.origin : undefined;
    if (page && url.origin !== page && /^https?:$/.test(url.protocol)) {
      throw loadFailed(
        src,
        `${url.href} is on another site (${url.origin}), and a browser lets this page read it only if that site allows it with CORS (an Access-Control-Allow-Origin header), which it did not send — or the site could not be reached. Serve the CSV from this site, or ask ${url.host} to allow cross-origin requests.`,
      );
    }
    throw loadFailed(src, `${(error as Error).message}. Check the URL.`);
  }
  if (!response.ok)
    throw loadFailed(src, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url.href}.`);
  // Content-Length counts the bytes on the wire (compressed, if so), never more than the file's.
  const declared = Number(response.headers.get('content-length'));
  if (declared > READER_CSV_MAX_BYTES) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(src, sized(declared));
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > READER_CSV_MAX_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(src, `more than ${megabytes(READER_CSV_MAX_BYTES)}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

async function readFileBytes(src: string): Promise<Uint8Array> {
  // Node: fetch() cannot read files. The specifier is a variable so bundlers leave it alone.
  const fsModule = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
  try {
    const { size } = await fs.stat(src);
    if (size > READER_CSV_MAX_BYTES) throw tooLarge(src, sized(size));
    return new Uint8Array(await fs.readFile(src));
  } catch (error) {
    if (error instanceof FpkError) throw error;
    throw loadFailed(src, `${(error as Error).message}.`);
  }
}

/** Where the first byte that is not UTF-8 is: 1-based line and byte within it, and the byte. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      lineStart = ++i;
      continue;
    }
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // Sequences the quick check passes but a strict decoder refuses (overlong, surrogates) are
    // found by decoding the sequence itself.
    if (ok && length > 2) ok = decodesStrictly(bytes.subarray(i, i + length));
    if (!ok) return { line, column: i - lineStart + 1, byte: b };
    i += length;
  }
  return { line, column: 1, byte: 0 };
}

function decodesStrictly(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Windows-1252's letters in 0x80–0x9F that a spreadsheet writes most (0xA0–0xFF are Latin-1's). */
const WINDOWS_1252: Readonly<Record<number, string>> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
};

const SAVE_AS_UTF8 =
  'Save it as UTF-8 (in Excel: Save As → "CSV UTF-8 (Comma delimited)"; in LibreOffice: Character set "Unicode (UTF-8)").';

/** The file's text, or `bad-encoding` when it is not UTF-8 (a UTF-8 byte-order mark is fine). */
export function decodeReaderCSV(bytes: Uint8Array, src: string): string {
  const bad = (what: string) => new FpkError('bad-encoding', `src="${src}" ${what} ${SAVE_AS_UTF8}`, 'src');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw bad('is UTF-16 text (it starts with a UTF-16 byte-order mark, as Excel\'s "Unicode Text" does); a reader CSV must be UTF-8.');
  }
  // No CSV holds a NUL byte; UTF-16 without a byte-order mark puts one beside every ASCII letter.
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw bad(
      `contains NUL bytes (the first at byte ${nul + 1}): it looks like UTF-16 text without a byte-order mark, or not a text file at all.`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column, byte } = firstInvalidByte(bytes);
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const char = byte >= 0xa0 ? String.fromCharCode(byte) : WINDOWS_1252[byte];
    const as1252 = char ? ` (in Windows-1252 that byte is "${char}")` : '';
    throw bad(
      `is not UTF-8 text: line ${line}, byte ${column} is ${hex}${as1252}, so the file was probably saved as Windows-1252 or Latin-1.`,
    );
  }
}

export const readSourceText: ReadText = async (src) => {
  const remote = typeof document !== 'undefined' || /^https?:\/\//i.test(src);
  const bytes = remote ? await fetchBytes(src) : await readFileBytes(src);
  return decodeReaderCSV(bytes, src);
};
