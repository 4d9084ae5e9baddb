/**
 * `fpk render` and `fpk embed` as a user runs them: the CLI's `main()` with the arguments a user
 * types, its files, stdout, stderr and exit code. Most cases run in this process (one vega load
 * instead of one per case); a child process of the real bin (source, via tsx) checks what only a
 * process shows: the exit status and the printed `fpk render …` line run by a shell. Expected
 * figures come from the committed datasets, not from the renderer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/fpk.js';
import { loadDataset } from '../../src/index.js';
import { render } from '../../src/render/index.js';

const root = resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const BIN = join(root, 'src/cli/bin.ts');
// Resolved here: the CLI runs in a scratch directory, where `--import tsx` would not find it.
const TSX = import.meta.resolve('tsx');
const dir = mkdtempSync(join(tmpdir(), 'fpk-cli-render-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `fpk <args>` in this process: what main() writes and returns. Paths in `args` are absolute. */
async function run(args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** A child process in the scratch directory: a shell command line (for the printed `fpk render …`), or the bin with `args`. */
function spawnRun(args: readonly string[], { shell = false } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = shell
      ? spawn('sh', ['-c', `fpk() { "${process.execPath}" --import "${TSX}" "${BIN}" "$@"; }; ${args[0]}`], { cwd: dir })
      : spawn(process.execPath, ['--import', TSX, BIN, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(Buffer.from(png.subarray(12, 16)).toString('latin1'), 'IHDR');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function svgSize(svg: string): { width: number; height: number } {
  const m = /^<svg\b[^>]*?\swidth="(\d+(?:\.\d+)?)"[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  assert.ok(m, 'the SVG has a width and height');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The direct `<path>` children of vega's `<g class="mark-<type> role-mark …">` groups. */
function markPaths(svg: string, type: string): number {
  let count = 0;
  for (const g of svg.matchAll(new RegExp(`<g class="mark-${type} role-mark[^"]*"[^>]*>(.*?)</g>`, 'gs')))
    count += (g[1]!.match(/<path\b/g) ?? []).length;
  return count;
}

const htmlUnescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const COMPARE = ['--jurisdictions', 'OH,WV,KY,PA,DC', '--to', '2023-12'];

test(
  'fpk render … -o x.svg writes the compare chart with one bar per jurisdiction CDC gives a value for',
  { timeout: 90_000 },
  async () => {
    const { rows } = await loadDataset('overdoses', {
      jurisdictions: ['OH', 'WV', 'KY', 'PA', 'DC'],
      indicators: ['all-drugs'],
      from: '2023-12',
      to: '2023-12',
    });
    const withValue = rows.filter((r) => r.reported !== null);
    assert.ok(withValue.length >= 4, 'the fixture selection has values');

    const out = join(dir, 'compare.svg');
    const r = await run(['render', 'fpk-compare', ...COMPARE, '--heading', 'Overdose deaths, 2023', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '', 'the file, not stdout');
    const svg = readFileSync(out, 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal(markPaths(svg, 'rect'), withValue.length, 'one bar per jurisdiction with a value');
    assert.ok(svg.includes('>Overdose deaths, 2023</text>'), 'the heading');
    assert.ok(svg.includes('>Ohio</text>') && svg.includes('>District of Columbia</text>'), 'bar labels');
    const { width, height } = svgSize(svg);
    assert.match(r.stderr, new RegExp(`wrote .*compare\\.svg \\(SVG, ${width} × ${height} px\\)`));

    // Without -o, the same SVG goes to stdout.
    const piped = await run(['render', 'fpk-compare', ...COMPARE, '--heading', 'Overdose deaths, 2023']);
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(piped.stdout, `${svg}\n`);
  },
);

test('fpk render … -o x.png writes a PNG of the requested width and scale', { timeout: 90_000 }, async () => {
  const args = [
    'render',
    'fpk-trend',
    '--jurisdictions',
    'US,OH',
    '--drugs',
    'synthetic-opioids',
    '--from',
    '2022-01',
    '--lang',
    'es',
    '--width',
    '500',
  ];
  const svg = await run(args);
  assert.equal(svg.code, 0, svg.stderr);
  const size = svgSize(svg.stdout);
  assert.equal(size.width, 500);
  assert.match(svg.stdout, /\slang="es"/);

  const out = join(dir, 'trend.png');
  const png = await run([...args, '--scale', '1.5', '-o', out]);
  assert.equal(png.code, 0, png.stderr);
  assert.deepEqual(pngSize(readFileSync(out)), { width: 750, height: Math.round(size.height * 1.5) });
  assert.match(png.stderr, /\(PNG, 750 × \d+ px\)/);

  const dflt = join(dir, 'trend2.png');
  assert.equal((await run([...args.slice(0, -2), '-o', dflt])).code, 0);
  assert.equal(pngSize(readFileSync(dflt)).width, 1280, 'default width 640, scale 2');
});

test('bad attributes and options exit 2 with the message that says what is wrong', { timeout: 120_000 }, async () => {
  const cases: [string[], RegExp][] = [
    // An attribute the tag does not take: the element's and the embed page's message (src/charts/attributes.ts), then the options.
    // First: the spawned bin below runs it too, for the process's exit status.
    [
      ['render', 'fpk-map', '--events', 'designations'],
      /^fpk: <fpk-map> has no attribute "events": event markers are drawn on <fpk-trend>\. Its attributes: dataset, measure, drugs, to, heading, description, lang, theme, view, actions, data, loading, controls, permalink\.\nOptions of this command: --output, --scale, --width, --state\.\n$/,
    ],
    // The builder's own messages.
    [['render', 'fpk-compare', '--jurisdictions', 'OH,XX'], /^fpk: Unknown jurisdiction "XX" in jurisdictions="OH,XX"\. Allowed: US, AL, /],
    [['render', 'fpk-compare', '--mode', 'dumbbell'], /^fpk: mode="dumbbell" compares two periods: set from="YYYY-MM"/],
    [['render', 'fpk-timeline', '--types', 'FTO,nope'], /^fpk: Unknown type "nope"/],
    [['render', 'fpk-trend', '--from', '2024-13'], /^fpk: .*2024-13/],
    [['render', 'fpk-trend', '--lang', 'fr'], /^fpk: Unknown lang "fr"\. Allowed: en, es\./],
    // The CLI's: names, options, tags.
    [
      ['render', 'fpk-compare', '--jurisdiction', 'OH'],
      /^fpk: <fpk-compare> has no attribute "jurisdiction"\. Its attributes: .*jurisdictions/,
    ],
    [
      ['render', 'fpk-map', '--jurisdictions', 'OH'],
      /^fpk: <fpk-map> has no attribute "jurisdictions": the map always draws the 50 states and DC \(use <fpk-compare> for a selection\)\. Its attributes: /,
    ],
    [
      ['embed', 'fpk-timeline', '--dataset', 'overdoses'],
      /^fpk: <fpk-timeline> has no attribute "dataset"\. Its attributes: events, types, /,
    ],
    [['render', 'fpk-compare', '-o', 'chart.gif'], /^fpk: -o chart\.gif: the format comes from the extension, \.svg or \.png\./],
    [['render', 'fpk-compare', '--scale', '2'], /^fpk: --scale sizes a PNG/],
    [['render', 'fpk-compare', '--width', 'wide'], /^fpk: --width must be a number; got "wide"\./],
    [['render', 'fpk-compare', '--width', '50'], /^fpk: The width must be a number of px from 100 to 4000; got 50\./],
    [['render', 'fpk-compare', '--to'], /^fpk: --to needs a value\./],
    [['render', 'fpk-compare', '--to', '2023-12', '--to', '2024-01'], /^fpk: --to is given twice\./],
    [
      ['render', 'fpk-nope'],
      /^fpk: Unknown tag "fpk-nope"\. Allowed: fpk-trend, fpk-compare, fpk-map, fpk-timeline, fpk-cases, fpk-chart\./,
    ],
    [
      ['render', 'fpk-cases'],
      /^fpk: fpk-cases is a table, not a chart, so there is no image to render; use `fpk data cases` for its rows\./,
    ],
    [['embed', 'fpk-compare', '--jurisdictions', 'ZZ'], /^fpk: Unknown jurisdiction "ZZ"/],
    [['embed', 'fpk-compare', '--image', 'chart.gif'], /^fpk: --image chart\.gif: the image must be a \.png or \.svg file\./],
  ];
  const results = await Promise.all(cases.map(([args]) => run(args)));
  // The process itself exits with that status (bin.ts sets it from main()'s return): `fpk render fpk-map --events designations`.
  results.push(await spawnRun(cases[0]![0]));
  results.forEach((r, i) => {
    const [args, message] = cases[i % cases.length]!;
    assert.equal(r.code, 2, `${args.join(' ')}: exit 2 (got ${r.code}; ${r.stderr})`);
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '', `${args.join(' ')}: nothing on stdout`);
  });
});

test(
  'fpk embed prints the script + element with a noscript image, the iframe and the static image, escaped',
  { timeout: 120_000 },
  async () => {
    const heading = `Deaths & "rates" <by state>, it's 2023`;
    const attributes = { jurisdictions: 'OH,WV', to: '2023-12', heading, lang: 'es' };
    const { model, width, height } = await render('fpk-compare', attributes);
    const alt = `${model.label}. ${model.summary}`;
    const esc = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

    const r = await run(['embed', 'fpk-compare', '--jurisdictions', 'OH,WV', '--to', '2023-12', '--heading', heading, '--lang', 'es']);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout;
    const base = `https://cdn.jsdelivr.net/npm/fentanyl-policy-kit@${version}/dist`;
    const image = `${model.filename}.png`;
    const img = `<img src="${image}" alt="${esc(alt)}" width="${width}" height="${height}">`;

    // 1. Script and element, the attributes escaped, the image inside <noscript>.
    const element = `<fpk-compare jurisdictions="OH,WV" to="2023-12" heading="Deaths &amp; &quot;rates&quot; &lt;by state&gt;, it&#39;s 2023" lang="es">\n  <noscript>${img}</noscript>\n</fpk-compare>`;
    assert.ok(out.includes(`<script type="module" src="${base}/cdn/fpk.js"></script>\n${element}`), out);

    // 2. The iframe: only the embed's attributes, URL-encoded, then HTML-escaped.
    const iframe = /<iframe src="([^"]+)" data-fpk-embed width="100%" height="(\d+)" loading="lazy" title="([^"]+)"><\/iframe>/.exec(out);
    assert.ok(iframe, out);
    const url = new URL(htmlUnescape(iframe[1]!));
    assert.equal(`${url.origin}${url.pathname}`, `${base}/embed/embed.html`);
    assert.deepEqual(
      [...url.searchParams],
      [
        ['tag', 'fpk-compare'],
        ['jurisdictions', 'OH,WV'],
        ['to', '2023-12'],
        ['heading', heading],
        ['lang', 'es'],
      ],
    );
    assert.doesNotMatch(iframe[1]!, /[ "'<>]/, 'the URL carries no raw space, quote or bracket');
    assert.ok(iframe[1]!.includes('&amp;jurisdictions=OH,WV&amp;'), '& escaped in the attribute, commas readable');
    assert.equal(htmlUnescape(iframe[3]!), heading, 'title = the heading');
    assert.ok(Number(iframe[2]) > height, 'the fallback height holds the chart and the text under it');
    assert.ok(out.includes(`<script type="module" src="${base}/embed/host.js"></script>`));

    // 3. The static image, and the exact command that writes it — run as printed.
    assert.equal(out.split(img).length - 1, 2, 'the same <img> in the noscript and the static snippet');
    const command = /^ {2}(fpk render .*)$/m.exec(out)?.[1];
    assert.equal(
      command,
      `fpk render fpk-compare --jurisdictions OH,WV --to 2023-12 --heading 'Deaths & "rates" <by state>, it'\\''s 2023' --lang es -o ${image}`,
    );
    const made = await spawnRun([command!], { shell: true });
    assert.equal(made.code, 0, made.stderr);
    assert.deepEqual(pngSize(readFileSync(join(dir, image))), { width: width * 2, height: height * 2 });
  },
);

test(
  'fpk embed: --base-url and --image; attributes the iframe does not take are named on stderr; a table has no image',
  { timeout: 90_000 },
  async () => {
    const csv = resolve(root, 'test/browser/fixtures/trend-reader.csv');
    const r = await run([
      'embed',
      'fpk-trend',
      '--jurisdictions',
      'US',
      '--from',
      '2023-01',
      '--to',
      '2023-12',
      '--src',
      csv,
      '--src-date',
      'month',
      '--src-value',
      'deaths',
      '--base-url',
      'https://example.org/fpk/dist/',
      '--image',
      'https://example.org/img/trend.png',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /left out of the iframe URL \(the embed page does not accept them\): src, src-date, src-value\n/);
    assert.ok(r.stdout.includes('<script type="module" src="https://example.org/fpk/dist/cdn/fpk.js"></script>'));
    assert.ok(r.stdout.includes(`src="${csv}" src-date="month" src-value="deaths">`), 'the script embed keeps the reader series');
    const src = htmlUnescape(/<iframe src="([^"]+)"/.exec(r.stdout)![1]!);
    assert.equal(src, 'https://example.org/fpk/dist/embed/embed.html?tag=fpk-trend&jurisdictions=US&from=2023-01&to=2023-12');
    assert.match(
      r.stdout,
      /<noscript><img src="https:\/\/example\.org\/img\/trend\.png" alt="[^"]+" width="640" height="\d+"><\/noscript>/,
    );
    assert.match(r.stdout, /-o trend\.png {3}# then serve it at https:\/\/example\.org\/img\/trend\.png$/m);

    const cases = await run(['embed', 'fpk-cases', '--terrorism', 'only', '--lang', 'es']);
    assert.equal(cases.code, 0, cases.stderr);
    assert.ok(cases.stdout.includes('<fpk-cases terrorism="only" lang="es">\n</fpk-cases>'));
    assert.match(
      cases.stdout,
      /embed\.html\?tag=fpk-cases&amp;terrorism=only&amp;lang=es" data-fpk-embed width="100%" height="600" loading="lazy" title="Eventos judiciales: /,
    );
    assert.match(cases.stdout, /None: <fpk-cases> is a table, not a chart\. Its rows: fpk data cases/);
    assert.doesNotMatch(cases.stdout, /<img|fpk render/);
  },
);

test("fpk render|embed <tag> --help lists the tag's attributes from its table, exit 0", async () => {
  const map = await run(['render', 'fpk-map', '--help']);
  assert.equal(map.code, 0);
  assert.match(map.stdout, /^Usage: fpk render <tag> /);
  assert.match(
    map.stdout,
    /\n {2}--measure {6}`per100k` \(default: per-capita rates are the honest map\).* \[one of per100k, reported, yoy; default per100k\]\n/,
  );
  assert.ok(!/--events|--jurisdictions|--from/.test(map.stdout.split('Attributes of <fpk-map>:')[1]!), 'only the attributes the map takes');
  const trend = await run(['embed', 'fpk-trend', '-h']);
  assert.equal(trend.code, 0);
  assert.match(trend.stdout, /\n {2}--src {12}URL of a CSV .*\[not in the iframe embed\]\n/);
  const none = await run(['render', '--help']);
  assert.equal(none.code, 0);
  assert.match(none.stdout, /Elements: fpk-trend, fpk-compare, fpk-map, fpk-timeline, fpk-cases/);
});

test(
  "fpk render --state draws a permalink's view: the state's attributes over the flags; a bad state exits 2",
  { timeout: 90_000 },
  async () => {
    const out = join(dir, 'state.svg');
    // The page's compare (OH, WV) as a reader left it: Kentucky added, per 100,000.
    const r = await run([
      'render',
      'fpk-compare',
      ...COMPARE.slice(2),
      '--jurisdictions',
      'OH,WV',
      '--state',
      'jurisdictions:OH,WV,KY;measure:per100k',
      '-o',
      out,
    ]);
    assert.equal(r.code, 0, r.stderr);
    const svg = readFileSync(out, 'utf8');
    assert.equal(markPaths(svg, 'rect'), 3, 'one bar each for Ohio, West Virginia and Kentucky');
    assert.ok(svg.includes('>Kentucky</text>'), 'the added state is labelled');
    assert.match(svg, /per 100,000/, 'the rate the state asks for');
    // The same through the API: renderPNG/render take the state string as an option.
    const api = await render('fpk-compare', { jurisdictions: 'OH,WV', to: '2023-12' }, { state: 'jurisdictions:OH,WV,KY;measure:per100k' });
    assert.equal(api.model.rows.length, 3, 'three bars');
    assert.match(JSON.stringify(api.model.rows), /"KY"/, 'Kentucky among the rows');
    // An empty value removes the attribute: `to:` is the latest period again, not December 2023.
    const pinned = await render('fpk-compare', { jurisdictions: 'OH', to: '2023-12' });
    const latest = await render('fpk-compare', { jurisdictions: 'OH', to: '2023-12' }, { state: 'to:' });
    assert.match(pinned.model.label, /December 2023/);
    assert.doesNotMatch(latest.model.label, /December 2023/);

    for (const [state, message] of [
      ['garbage', /The chart state "garbage" cannot be read: "garbage" has no ":"/],
      ['events:cases', /<fpk-compare> has no control for "events"/],
      ['jurisdictions:ZZ', /Unknown jurisdiction "ZZ"/],
      ['from:2024-01;to:2023-01', /from="2024-01" is after to="2023-01"/],
    ] as const) {
      const bad = await run(['render', 'fpk-compare', '--state', state]);
      assert.equal(bad.code, 2, `${state}: exit 2 (${bad.stderr})`);
      assert.match(bad.stderr, message);
    }
    const timeline = await run(['render', 'fpk-timeline', '--state', 'to:2024-01']);
    assert.equal(timeline.code, 2);
    assert.match(timeline.stderr, /<fpk-timeline> has no reader controls/);
  },
);
