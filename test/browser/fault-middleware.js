/**
 * Test-server middleware: a bad network on demand, for the browser tests of network faults.
 *
 * - `/__data/<run>/<path>` serves `datasets/<path>`: a test points `setDataBaseURL` at a fresh
 *   run so that nothing loaded by an earlier test is served from the SDK's cache.
 * - `POST /__faults` with `[{ match, kind, times? }]` arms faults: the next `times` requests (all,
 *   without it) whose path contains `match` get `kind` instead of the file:
 *   `404`, `500`, `stall` (no answer until the client gives up), `stall-body` (headers, then
 *   silence), `truncated` (half the file, then the connection closes short of Content-Length),
 *   `html` (a web page with 200, as a server's fallback page), `empty` (200 and no body).
 * - `GET /__faults` answers `{ hits: { <path>: <requests that matched a fault> } }`;
 *   `DELETE /__faults` disarms everything, forgets the hits and closes stalled connections.
 *
 * Faults are page-wide state of the test server; browser tests run one file at a time
 * (concurrency 1), and each fault test disarms in `afterEach`.
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const root = resolve(process.cwd());
/** @type {{ match: string, kind: string, times: number }[]} */
let armed = [];
/** @type {Map<string, number>} */
const hits = new Map();
/** Stalled requests, ended (connection closed) when the faults are disarmed. */
const held = new Set();

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

export function networkFaults() {
  return async function faults(context, next) {
    if (context.path === '/__faults') {
      if (context.method === 'POST') {
        const list = JSON.parse(await readBody(context.req));
        armed.push(...list.map((f) => ({ match: String(f.match), kind: String(f.kind), times: f.times ?? Infinity })));
        context.status = 204;
      } else if (context.method === 'DELETE') {
        armed = [];
        hits.clear();
        for (const end of held) end();
        context.status = 204;
      } else {
        context.body = { hits: Object.fromEntries(hits) };
      }
      return;
    }
    const original = context.path;
    const run = /^\/__data\/[\w-]+\/(.*)$/.exec(original);
    if (run) context.path = `/datasets/${run[1]}`;
    const fault = armed.find((f) => f.times > 0 && original.includes(f.match));
    if (!fault) return next();
    fault.times--;
    hits.set(original, (hits.get(original) ?? 0) + 1);
    const res = context.res;
    switch (fault.kind) {
      case '404':
      case '500':
        context.status = Number(fault.kind);
        context.type = 'text/plain';
        context.body = `test fault ${fault.kind}`;
        return;
      case 'html':
        context.status = 200;
        context.type = 'text/html';
        context.body = '<!doctype html><title>Page not found</title><p>Try our home page.';
        return;
      case 'empty':
        context.status = 200;
        context.type = original.endsWith('.js') ? 'text/javascript' : 'application/json';
        context.body = '';
        return;
      case 'stall':
      case 'stall-body': {
        context.respond = false;
        if (fault.kind === 'stall-body') {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
          res.write('{"columns": [');
        }
        // Held until the browser gives up (its timeout aborts the request) or a minute passes.
        await new Promise((done) => {
          const end = () => (clearTimeout(timer), held.delete(end), done());
          const timer = setTimeout(end, 60_000);
          held.add(end);
          context.req.on('close', end);
        });
        res.destroy();
        return;
      }
      case 'truncated': {
        const file = resolve(root, `.${context.path}`);
        if (!file.startsWith(root + sep)) throw new Error(`outside the root: ${context.path}`);
        const body = await readFile(file);
        context.respond = false;
        res.writeHead(200, {
          'content-type': original.endsWith('.js') ? 'text/javascript' : 'application/json',
          'content-length': String(body.length),
        });
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
        return;
      }
      default:
        throw new Error(`unknown fault kind ${fault.kind}`);
    }
  };
}
