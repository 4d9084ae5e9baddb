/**
 * `data:refresh` against local HTTP servers on 127.0.0.1 only: a mirror of the official paths
 * serving the shared raw files, a file with a changed header, a closed port, and servers that
 * never answer. No test touches the internet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnOf } from '../../src/csv.js';
import { rawVsrrApiSchema, rawVsrrCsvSchema } from '../../scripts/dataset-builds/overdoses.js';
import { VINTAGES } from '../../scripts/dataset-builds/population.js';
import { rawNationwideSchema } from '../../scripts/dataset-builds/seizures.js';
import { parseRefreshArgs, helpText } from '../../scripts/refresh/args.js';
import { checkTable } from '../../scripts/refresh/check.js';
import { newestLink } from '../../scripts/refresh/discover.js';
import { applyMirror, parseMirror } from '../../scripts/refresh/mirror.js';
import { MANIFEST_NAME, refresh, UsageError, type RefreshManifest } from '../../scripts/refresh/refresh.js';
import { SOURCES, type RefreshSource } from '../../scripts/refresh/sources.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RAW = resolve(process.env.FPK_RAW ?? join(root, '../shared/data/raw'));
const NO_RAW = existsSync(RAW) ? false : `shared raw folder ${RAW} is absent (set FPK_RAW to run this test)`;

const source = (name: string): RefreshSource => SOURCES.find((s) => s.name === name)!;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const tempOut = () => mkdtempSync(join(tmpdir(), 'fpk-refresh-'));
/** Every file under `dir`, relative, sorted. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

async function serve(handler: RequestListener): Promise<{ server: Server; base: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Serves fixed bodies by path (query ignored, as a static mirror would) and records each request. */
async function serveRoutes(routes: Readonly<Record<string, Buffer | string>>) {
  const requests: string[] = [];
  const mirror = await serve((req, res) => {
    requests.push(req.url!);
    const body = routes[new URL(req.url!, 'http://mirror').pathname];
    if (body === undefined) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/csv', 'last-modified': 'Fri, 13 Nov 2026 12:00:00 GMT' }).end(body);
  });
  return { ...mirror, requests };
}

const CBP_PAGE = '/document/stats/nationwide-drug-seizures';
/** The CBP document page as the refresh sees it: several vintages, newest not listed first. */
const cbpPage = (links: readonly string[]) =>
  `<html><body><h1>Nationwide Drug Seizures</h1>${links.map((l) => `<a href="${l}">CSV</a>`).join('\n')}</body></html>`;

test(
  'refresh through --mirror: every file byte-identical to the shared copy, manifest ok with the row counts',
  { skip: NO_RAW },
  async () => {
    const files = {
      vsrr: 'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214__US_8indicators_excerpt.csv',
      'vsrr-t40-4': 'overdoses/cdc_api_provisional_overdose_counts.csv',
      'ofac-sdn': 'designations/ofac-sdn-csv-2024-05-03/sdn.csv',
      'ofac-add': 'designations/ofac-add-alt-csv-2026-06/add.csv',
      'ofac-alt': 'designations/ofac-add-alt-csv-2026-06/alt.csv',
      'cbp-seizures': 'seizures/nationwide-drugs-fy23-fy26-apr.csv',
      'census-2025': 'population/NST-EST2025-ALLDATA.csv',
      'census-2019': 'population/nst-est2019-alldata.csv',
    } as const;
    const read = (path: string) => readFileSync(join(RAW, path));
    const mirror = await serveRoutes({
      '/api/views/xkb8-kh2a/rows.csv': read(files.vsrr),
      '/resource/xkb8-kh2a.csv': read(files['vsrr-t40-4']),
      '/api/PublicationPreview/exports/SDN.CSV': read(files['ofac-sdn']),
      '/api/PublicationPreview/exports/ADD.CSV': read(files['ofac-add']),
      '/api/PublicationPreview/exports/ALT.CSV': read(files['ofac-alt']),
      [CBP_PAGE]: cbpPage([
        '/sites/default/files/2026-01/nationwide-drugs-fy23-fy26-dec.csv',
        'https://www.cbp.gov/sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv',
        '/sites/default/files/2023-11/nationwide-encounters-fy20-fy23-aor.csv',
      ]),
      '/sites/default/files/2026-01/nationwide-drugs-fy23-fy26-dec.csv': read('seizures/nationwide-drugs-fy23-fy26-dec.csv'),
      '/sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv': read(files['cbp-seizures']),
      '/programs-surveys/popest/datasets/2020-2025/state/totals/NST-EST2025-ALLDATA.csv': read(files['census-2025']),
      '/programs-surveys/popest/datasets/2010-2019/national/totals/nst-est2019-alldata.csv': read(files['census-2019']),
    });
    const out = tempOut();
    try {
      const { manifest, exitCode, manifestPath } = await refresh({ out, mirror: [mirror.base], timeoutMs: 10_000 });
      assert.equal(
        exitCode,
        0,
        JSON.stringify(
          manifest.files.filter((f) => !f.ok),
          null,
          2,
        ),
      );
      assert.equal(manifest.ok, true);
      assert.deepEqual(JSON.parse(readFileSync(manifestPath, 'utf8')), manifest);

      const rows: Record<keyof typeof files, number> = {
        vsrr: 1_032,
        'vsrr-t40-4': 6_916,
        'ofac-sdn': 14_965,
        'ofac-add': 24_776,
        'ofac-alt': 20_260,
        'cbp-seizures': 8_673,
        'census-2025': 66,
        'census-2019': 57,
      };
      assert.deepEqual(manifest.files.map((f) => f.source).sort(), Object.keys(files).sort());
      for (const entry of manifest.files) {
        const shared = read(files[entry.source as keyof typeof files]);
        const downloaded = readFileSync(join(out, entry.file));
        assert.equal(sha256(downloaded), sha256(shared), `${entry.file} differs from the shared copy`);
        assert.equal(entry.sha256, sha256(shared), entry.file);
        assert.equal(entry.bytes, shared.byteLength, entry.file);
        assert.equal(entry.rows, rows[entry.source as keyof typeof files], entry.file);
        assert.deepEqual(entry.problems, [], entry.file);
        assert.match(entry.retrievedAt!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        assert.equal(entry.lastModified, 'Fri, 13 Nov 2026 12:00:00 GMT');
        assert.ok(entry.url!.startsWith(`${mirror.base}/`), entry.url!);
      }
      // The newest CBP link wins, and the official address is recorded next to the mirrored one.
      const cbp = manifest.files.find((f) => f.source === 'cbp-seizures')!;
      assert.equal(cbp.file, 'seizures/nationwide-drugs-fy23-fy26-apr.csv');
      assert.equal(cbp.officialUrl, 'https://www.cbp.gov/sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv');
      // The query string reaches the mirror unchanged.
      assert.ok(mirror.requests.includes('/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD'), mirror.requests.join('\n'));
      assert.ok(
        mirror.requests.some((r) =>
          r.startsWith('/resource/xkb8-kh2a.csv?indicator=Synthetic%20opioids%2C%20excl.%20methadone%20(T40.4)&$limit=50000'),
        ),
      );
      // Nothing else is left in the folder: no temporary files, no rejected copies.
      assert.deepEqual(filesIn(out), [MANIFEST_NAME, ...manifest.files.map((f) => f.file)].sort());
      assert.ok(manifest.notRefreshed.some((n) => n.file === 'rulings/cases.csv' && /curated, not refreshed/.test(n.reason)));
    } finally {
      await mirror.close();
      rmSync(out, { recursive: true, force: true });
    }
  },
);

test('a file with a missing and an extra column: both listed, exit code 1, the file kept only as .rejected', async () => {
  const header = [
    'FY',
    'Month (abbv)',
    'Component',
    'Region',
    'Land Filter',
    'Area of Responsibility',
    'Drug Type',
    'Count of Event',
    'Notes',
  ];
  const csv = `${header.join(',')}\r\n2026 (FYTD),OCT,Office of Field Operations,Southwest Border,Land Only,SAN DIEGO FIELD OFFICE,Fentanyl,12,note\r\n`;
  const mirror = await serveRoutes({
    [CBP_PAGE]: cbpPage(['/sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv']),
    '/sites/default/files/2026-05/nationwide-drugs-fy23-fy26-apr.csv': csv,
  });
  const out = tempOut();
  try {
    const { manifest, exitCode } = await refresh({ out, only: ['seizures'], mirror: [mirror.base], timeoutMs: 5_000 });
    assert.equal(exitCode, 1);
    const [entry] = manifest.files;
    assert.equal(entry!.ok, false);
    assert.equal(entry!.rows, 1);
    assert.deepEqual(entry!.problems, ['missing column "Sum Qty (lbs)"', 'unexpected column "Notes"']);
    assert.equal(entry!.rejectedFile, 'seizures/nationwide-drugs-fy23-fy26-apr.csv.rejected');
    assert.deepEqual(filesIn(out), [MANIFEST_NAME, 'seizures/nationwide-drugs-fy23-fy26-apr.csv.rejected']);
    const onDisk = JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')) as RefreshManifest;
    assert.equal(onDisk.ok, false);
    assert.deepEqual(onDisk.files[0]!.problems, entry!.problems);
  } finally {
    await mirror.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('an unreachable address: the clear message naming URL, reason and host, and no file left', async () => {
  const closed = await serve(() => {});
  await closed.close(); // the port was just free and nothing listens on it now
  const out = tempOut();
  try {
    const { manifest, exitCode } = await refresh({ out, only: ['census-2019', 'ofac-sdn'], mirror: [closed.base], timeoutMs: 5_000 });
    assert.equal(exitCode, 1);
    const host = closed.base.slice('http://'.length);
    const census = manifest.files.find((f) => f.source === 'census-2019')!;
    assert.deepEqual(census.problems, [
      `could not download ${closed.base}/programs-surveys/popest/datasets/2010-2019/national/totals/nst-est2019-alldata.csv: ` +
        `connection refused (ECONNREFUSED) — data:refresh needs internet access to ${host}; ` +
        'the committed datasets/ still build from ../shared/data/raw with `npm run data:build`',
    ]);
    assert.equal(
      census.officialUrl,
      'https://www2.census.gov/programs-surveys/popest/datasets/2010-2019/national/totals/nst-est2019-alldata.csv',
    );
    assert.deepEqual([census.bytes, census.sha256, census.rows, census.ok], [null, null, null, false]);
    assert.match(manifest.files.find((f) => f.source === 'ofac-sdn')!.problems[0]!, /^could not download .*\/SDN\.CSV: connection refused/);
    assert.deepEqual(filesIn(out), [MANIFEST_NAME]);
    assert.deepEqual(readdirSync(out), [MANIFEST_NAME], 'no empty folders either');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a server that never answers times out within --timeout', async () => {
  const silent = await serve(() => {}); // accepts the request, never responds
  const out = tempOut();
  try {
    const started = Date.now();
    const { manifest, exitCode } = await refresh({ out, only: ['census-2025'], mirror: [silent.base], timeoutMs: 300 });
    const elapsed = Date.now() - started;
    assert.equal(exitCode, 1);
    assert.ok(elapsed >= 290 && elapsed < 3_000, `took ${elapsed} ms`);
    assert.match(
      manifest.files[0]!.problems[0]!,
      /: no response for 300 ms \(--timeout 300\) — data:refresh needs internet access to 127\.0\.0\.1:\d+;/,
    );
    assert.deepEqual(filesIn(out), [MANIFEST_NAME]);
  } finally {
    await silent.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('a download that stalls half-way times out and leaves no partial file', async () => {
  const stalling = await serve((_req, res) => {
    res.writeHead(200, { 'content-length': '100000' });
    res.write('SUMLEV,REGION,DIVISION,STATE,NAME\n010,0,0,00,United States\n'); // then nothing more
  });
  const out = tempOut();
  try {
    const { manifest } = await refresh({ out, only: ['census-2025'], mirror: [stalling.base], timeoutMs: 300 });
    assert.match(manifest.files[0]!.problems[0]!, /no response for 300 ms/);
    assert.deepEqual(filesIn(out), [MANIFEST_NAME]);
  } finally {
    await stalling.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('HTTP errors say the file may have moved; a page without the CBP link says what to pass', async () => {
  const mirror = await serveRoutes({ [CBP_PAGE]: cbpPage(['/sites/default/files/2026-05/nationwide-encounters-fy23-fy26-apr.csv']) });
  const out = tempOut();
  try {
    const { manifest } = await refresh({ out, only: ['cbp-seizures', 'census-2025'], mirror: [mirror.base], timeoutMs: 5_000 });
    const [cbp, census] = manifest.files;
    assert.equal(cbp!.file, 'seizures/nationwide-drugs-fy23-fy26-<mon>.csv');
    assert.match(
      cbp!.problems[0]!,
      /^no link matching .* on http:\/\/127\.0\.0\.1:\d+\/document\/stats\/nationwide-drug-seizures: .*pass --url cbp-seizures=<url>/,
    );
    assert.match(
      census!.problems[0]!,
      /: HTTP 404 Not Found — the publisher may have moved the file \(see https:\/\/www\.census\.gov\/.*\); pass --url census-2025=<url>/,
    );
    assert.deepEqual(filesIn(out), [MANIFEST_NAME]);
  } finally {
    await mirror.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('--url replaces one official address; the CBP file takes the name its address carries', async () => {
  const csv =
    'FY,Month (abbv),Component,Region,Land Filter,Area of Responsibility,Drug Type,Count of Event,Sum Qty (lbs)\n2026 (FYTD),OCT,U.S. Border Patrol,Southwest Border,Land Only,TUCSON SECTOR,Fentanyl,3,1.5\n';
  const mirror = await serveRoutes({ '/files/nationwide-drugs-fy23-fy26-may.csv': csv });
  const out = tempOut();
  try {
    const { manifest, exitCode } = await refresh({
      out,
      only: ['cbp-seizures'],
      urls: { 'cbp-seizures': `${mirror.base}/files/nationwide-drugs-fy23-fy26-may.csv` },
    });
    assert.equal(exitCode, 0, manifest.files[0]!.problems.join('\n'));
    assert.equal(manifest.files[0]!.file, 'seizures/nationwide-drugs-fy23-fy26-may.csv');
    assert.equal(readFileSync(join(out, 'seizures/nationwide-drugs-fy23-fy26-may.csv'), 'utf8'), csv);
    assert.deepEqual(mirror.requests, ['/files/nationwide-drugs-fy23-fy26-may.csv'], 'no page lookup when the address is given');
  } finally {
    await mirror.close();
    rmSync(out, { recursive: true, force: true });
  }
});

test('OFAC headerless checks: field count, a header row that appeared, the missing \\x1a end-of-file line', () => {
  const sdn = source('ofac-sdn').layout;
  const good = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a';
  assert.deepEqual(checkTable(Buffer.from(good), sdn), { rows: 1, problems: [] });

  const bad =
    'ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks\r\n36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\r\n';
  const { rows, problems } = checkTable(Buffer.from(bad), sdn);
  assert.equal(rows, 2);
  assert.equal(problems.length, 3);
  assert.match(problems[0]!, /no end-of-file line \(a single \\x1a\)/);
  assert.match(problems[1]!, /^record 1 starts with "ent_num", not an entry number: this file should have no header row/);
  assert.match(problems[2]!, /^expected 12 fields in every record \(ent_num, SDN_Name, .*Remarks\): record 2 has 4 fields$/);
});

test('table checks: empty file, no data rows, unreadable quoting, the API page limit', () => {
  const census = source('census-2019').layout;
  assert.deepEqual(checkTable(new Uint8Array(), census), { rows: null, problems: ['the file is empty (0 bytes)'] });
  assert.deepEqual(checkTable(Buffer.from(`\ufeff${census.columns.join(',')}\n`), census), { rows: 0, problems: ['no data records'] });
  const api = source('vsrr-t40-4');
  const header = api.layout.columns.join(',');
  const line = 'US,2015,January,12 month-ending,x,100,0,United States,,,1,1';
  assert.deepEqual(checkTable(Buffer.from([header, line, line].join('\n')), api.layout, { rowLimit: 2 }).problems, [
    '2 records reach the API page size of 2: the file may be cut off',
  ]);
  const { problems } = checkTable(Buffer.from(`${header}\n"US,2015`), api.layout);
  assert.ok(
    problems.some((p) => /^papaparse: .*quote/i.test(p)),
    problems.join('\n'),
  );
});

test('every column a build step reads is in the header data:refresh expects', () => {
  const expected = (name: string) => new Set(source(name).layout.columns);
  const read = (schema: { fields: Record<string, unknown> }) => Object.keys(schema.fields).map((f) => columnOf(schema as never, f));
  assert.deepEqual(
    read(rawVsrrCsvSchema).filter((c) => !expected('vsrr').has(c)),
    [],
  );
  assert.deepEqual(
    read(rawVsrrApiSchema).filter((c) => !expected('vsrr-t40-4').has(c)),
    [],
  );
  assert.deepEqual(
    read(rawNationwideSchema).filter((c) => !expected('cbp-seizures').has(c)),
    [],
  );
  for (const v of VINTAGES) {
    const name = `census-${v.vintage}`;
    assert.equal(source(name).url, v.url, `${name}: the build records the address the refresh downloads`);
    const columns = ['SUMLEV', 'STATE', 'NAME', ...v.years.map((y) => `POPESTIMATE${y}`)];
    assert.deepEqual(
      columns.filter((c) => !expected(name).has(c)),
      [],
      name,
    );
  }
});

test('newest CBP link: by upload folder, then fiscal year, then month; relative links resolve to cbp.gov', () => {
  const { discover } = source('cbp-seizures');
  const html = cbpPage([
    '/sites/default/files/2026-08/nationwide-drugs-fy23-fy26-jul.csv',
    'https://www.cbp.gov/sites/default/files/2026-09/nationwide-drugs-fy23-fy26-jul.csv',
    '/sites/default/files/2026-09/nationwide-drugs-fy23-fy26-aug.csv',
    '/sites/default/files/2026-10/nationwide-encounters-fy23-fy26-sep.csv',
  ]);
  assert.equal(newestLink(html, discover!), 'https://www.cbp.gov/sites/default/files/2026-09/nationwide-drugs-fy23-fy26-aug.csv');
  assert.equal(newestLink('<p>no links</p>', discover!), null);
});

test('--mirror forms: one base, a {host} folder, a mapping for one origin', () => {
  const cdc = 'https://data.cdc.gov/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD';
  const cbp = 'https://www.cbp.gov/document/stats/nationwide-drug-seizures';
  assert.equal(
    applyMirror(cdc, parseMirror(['http://127.0.0.1:8080/'])),
    'http://127.0.0.1:8080/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD',
  );
  assert.equal(
    applyMirror(cdc, parseMirror(['http://127.0.0.1:8080/raw/{host}'])),
    'http://127.0.0.1:8080/raw/data.cdc.gov/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD',
  );
  const rules = parseMirror(['https://www.cbp.gov=http://127.0.0.1:9000/cbp,http://127.0.0.1:9001']);
  assert.equal(applyMirror(cbp, rules), 'http://127.0.0.1:9000/cbp/document/stats/nationwide-drug-seizures');
  assert.equal(applyMirror(cdc, rules), 'http://127.0.0.1:9001/api/views/xkb8-kh2a/rows.csv?accessType=DOWNLOAD');
  assert.equal(applyMirror(cdc, parseMirror(['https://www.cbp.gov=http://127.0.0.1:9000'])), cdc, 'other origins stay official');
  assert.throws(() => parseMirror(['ftp://mirror']), /not an http\(s\) URL/);
  assert.throws(() => parseMirror(['http://127.0.0.1:1?x=1']), /query/);
});

test('options: lists, overrides and bad values', async () => {
  const o = parseRefreshArgs([
    '--only',
    'ofac-sdn,population',
    '--only',
    'vsrr',
    '--timeout',
    '500',
    '--cbp-url',
    'https://x.example/a.csv',
    '--url',
    'ofac-sdn=https://www.treasury.gov/ofac/downloads/sdn.csv',
  ]);
  assert.deepEqual(o.only, ['ofac-sdn', 'population', 'vsrr']);
  assert.equal(o.timeoutMs, 500);
  assert.equal(o.out, '.cache/raw');
  assert.deepEqual(o.urls, { 'ofac-sdn': 'https://www.treasury.gov/ofac/downloads/sdn.csv', 'cbp-seizures': 'https://x.example/a.csv' });
  assert.throws(() => parseRefreshArgs(['--timeout', '0']), UsageError);
  assert.throws(() => parseRefreshArgs(['--timeout', 'soon']), UsageError);
  assert.throws(() => parseRefreshArgs(['--url', 'no-equals']), UsageError);
  assert.throws(() => parseRefreshArgs(['--bogus']), UsageError);
  const out = tempOut();
  try {
    await assert.rejects(
      refresh({ out, only: ['sdn'] }),
      (e: Error) => e instanceof UsageError && /unknown source "sdn" in --only; known: vsrr, overdoses/.test(e.message),
    );
    await assert.rejects(refresh({ out, urls: { nope: 'https://x.example' } }), UsageError);
    assert.deepEqual(readdirSync(out), [], 'a bad option downloads and writes nothing');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const help = helpText();
  assert.match(help, /cannot\s+be known offline/);
  for (const s of SOURCES) assert.ok(help.includes(s.name), s.name);
});

test('the CLI: --help, the offline message on the console, exit codes 1 and 2', async () => {
  const closed = await serve(() => {});
  await closed.close();
  const out = tempOut();
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-refresh.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  try {
    const help = cli('--help');
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /--mirror <base>/);
    const offline = cli('--only', 'census-2019', '--mirror', closed.base, '--out', out, '--timeout', '2000');
    assert.equal(offline.status, 1, offline.stderr);
    assert.match(
      offline.stdout,
      /FAIL {2}population\/nst-est2019-alldata\.csv\n {6}could not download http:\/\/127\.0\.0\.1:\d+\/.*: connection refused \(ECONNREFUSED\) — data:refresh needs internet access to 127\.0\.0\.1:\d+/,
    );
    assert.match(offline.stdout, /curated or derived and not refreshed/);
    const bad = cli('--only', 'nope', '--out', out);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown source "nope"/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
