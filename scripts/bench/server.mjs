/**
 * A static file server on 127.0.0.1 that compresses text with brotli (as a CDN would) and counts
 * the bytes it actually writes per response, so "compressed JS transferred" is what went over
 * the wire, not a file size. Compressed bodies are cached: quality 11 is slow to compute, and
 * compression time must not count against the page being measured.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.map']);

/** The kind a response counts under in the results. */
export function kindOf(path) {
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.json' || ext === '.csv') return 'data';
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  return 'other';
}

/**
 * Serves `root` (never anything outside it) on 127.0.0.1, adding `headers` to every file sent
 * (the strict-CSP check sends a Content-Security-Policy). `log` holds one entry per response:
 * `{path, kind, status, encoding, bytes, raw}` with `bytes` the body bytes written.
 */
export async function startServer(root, { quality = 11, headers = {} } = {}) {
  const base = resolve(root);
  const cache = new Map();
  const log = [];
  let inflight = 0;
  let lastActivity = Date.now();

  async function body(file, encoding) {
    const { mtimeMs, size } = await stat(file);
    const key = `${file}\0${encoding}\0${mtimeMs}\0${size}`;
    let hit = cache.get(key);
    if (!hit) {
      const raw = await readFile(file);
      const data =
        encoding === 'br'
          ? brotliCompressSync(raw, {
              params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
            })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw;
      hit = { data, raw: raw.length };
      cache.set(key, hit);
    }
    return hit;
  }

  const server = createServer(async (req, res) => {
    inflight++;
    lastActivity = Date.now();
    res.on('close', () => {
      inflight--;
      lastActivity = Date.now();
    });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const entry = { path, kind: kindOf(path), status: 200, encoding: 'identity', bytes: 0, raw: 0 };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw Object.assign(new Error('method'), { status: 405 });
      const file = resolve(base, `.${path}`);
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside root'), { status: 403 });
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw Object.assign(new Error('not found'), { status: 404 });
      const ext = extname(file);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = COMPRESSIBLE.has(ext)
        ? /\bbr\b/.test(accepts)
          ? 'br'
          : /\bgzip\b/.test(accepts)
            ? 'gzip'
            : 'identity'
        : 'identity';
      const { data, raw } = await body(file, encoding);
      Object.assign(entry, { encoding, raw, bytes: req.method === 'HEAD' ? 0 : data.length });
      res.writeHead(200, {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'content-length': data.length,
        'cache-control': 'no-store',
        ...headers,
        ...(encoding === 'identity' ? {} : { 'content-encoding': encoding, vary: 'accept-encoding' }),
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch (error) {
      entry.status = error.status ?? 500;
      res.writeHead(entry.status, { 'content-type': 'text/plain' });
      res.end(String(error.message));
    } finally {
      log.push(entry);
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    /** Resolves once no response has been in flight for `quietMs`, or after `timeoutMs`. */
    async quiet(quietMs = 500, timeoutMs = 10000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (inflight === 0 && Date.now() - lastActivity >= quietMs) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      return false;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}
