/**
 * The change report (`datasets/CHANGES.md`) a maintainer reviews after a refresh. Builds the
 * datasets into a temporary folder twice: first from an older state of the raw folder, then from
 * the raw folder as it is, and reads what the report says changed. Then builds once more and
 * checks that the report (and every file) stays byte for byte the same.
 *
 * The older state is made of real published files only (links into the raw folder, nothing
 * copied into the project): CBP's December vintage of the FY2023–FY2026 seizure file stands in for
 * the April vintage, and the newest CDC and OFAC files (the 2026-02-14 state excerpt, the 2026 OFAC
 * list parses) are left out where the build can do without them, or kept as a header without rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildAll } from '../../scripts/pipeline/build.js';
import { parseReport } from '../../scripts/pipeline/changes.js';
import { BuildFailed } from '../../scripts/pipeline/context.js';
import { BUILDS } from '../../scripts/dataset-builds/index.js';

const root = resolve(import.meta.dirname, '../..');
const raw = resolve(process.env.FPK_RAW ?? join(root, '../shared/data/raw'));

const SEIZURES_APRIL = 'seizures/nationwide-drugs-fy23-fy26-apr.csv';
const SEIZURES_DECEMBER = 'seizures/nationwide-drugs-fy23-fy26-dec.csv';
const NEWEST = [
  'overdoses/VSRR_Provisional_Drug_Overdose_Death_Counts_20260214__states_alldrug_2022-12_2025-09_excerpt.csv',
  'designations/ofac-sdn-derived-2026',
];

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

/**
 * A raw folder of links to the real files, with `replace` (path → path it links to), without
 * `omit`, and with `empty` reduced to their header line: a file the build reads by name but that did
 * not exist yet (a release's excerpt that came later) then holds no rows, and nothing is invented.
 */
function rawFolder(dir: string, replace: Record<string, string>, omit: readonly string[], empty: readonly string[]): string {
  rmSync(dir, { recursive: true, force: true });
  for (const path of files(raw)) {
    if (omit.some((o) => path === o || path.startsWith(`${o}/`))) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (empty.includes(path)) writeFileSync(join(dir, path), `${readFileSync(join(raw, path), 'utf8').split('\n')[0]}\n`);
    else symlinkSync(join(raw, replace[path] ?? path), join(dir, path));
  }
  return dir;
}

function write(out: string, built: Map<string, string>): void {
  for (const [path, text] of built) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
}

/**
 * Builds the older state, leaving out each of NEWEST where the build does without it; where the
 * build reads it by name, a CSV is kept with its header only, and anything else is kept whole.
 */
function buildOlder(work: string, out: string): { built: Map<string, string>; left: string[] } {
  const state = new Map<string, 'omit' | 'empty' | 'keep'>(NEWEST.map((f) => [f, 'omit']));
  for (;;) {
    const pick = (s: string) => [...state].filter(([, v]) => v === s).map(([f]) => f);
    const dir = rawFolder(join(work, 'raw-older'), { [SEIZURES_APRIL]: SEIZURES_DECEMBER }, pick('omit'), pick('empty'));
    try {
      return { built: buildAll(dir, BUILDS, { previousRoot: out }), left: [...pick('omit'), ...pick('empty')] };
    } catch (error) {
      if (!(error instanceof BuildFailed)) throw error;
      const needed = [...state].filter(([f, v]) => v !== 'keep' && error.problems.some((p) => p.file === f || p.file.startsWith(`${f}/`)));
      assert.ok(needed.length, `the older build failed for another reason: ${JSON.stringify(error.problems.slice(0, 5))}`);
      for (const [f, v] of needed) state.set(f, v === 'omit' && f.endsWith('.csv') ? 'empty' : 'keep');
    }
  }
}

function sectionOf(report: string, name: string): string {
  const s = parseReport(report).get(name);
  assert.ok(s, `the report has a section for ${name}`);
  return s.text;
}

test(
  'the change report says what a refresh changed, and a rebuild leaves it as it is',
  { skip: !existsSync(raw) && `no raw folder at ${raw}`, timeout: 180_000 },
  (t) => {
    const work = mkdtempSync(join(tmpdir(), 'fpk-changes-'));
    try {
      const out = join(work, 'out');
      mkdirSync(out);
      const older = buildOlder(work, out);
      write(out, older.built);
      t.diagnostic(`older build without the rows of: ${older.left.join(', ') || '(none of the newest files: the build needs them)'}`);
      const first = older.built.get('datasets/CHANGES.md')!;
      assert.match(sectionOf(first, 'seizures'), /First build of this dataset/, 'an empty folder: every dataset is a first build');

      const current = buildAll(raw, BUILDS, { previousRoot: out });
      const report = current.get('datasets/CHANGES.md')!;
      write(out, current);

      const versionOf = (built: Map<string, string>, name: string) =>
        JSON.parse(built.get(`datasets/${name}/meta.json`)!).version as string;
      const seizures = sectionOf(report, 'seizures');
      assert.ok(
        seizures.includes(`<!-- seizures from=${versionOf(older.built, 'seizures')} to=${versionOf(current, 'seizures')} -->`),
        'the section records both versions',
      );
      assert.match(seizures, /coverage 2018-10 – 2025-12 → 2018-10 – 2026-04/);
      const span = /- 2026-01 – 2026-04 \(4\): (\d+) series/.exec(seizures);
      assert.ok(span && Number(span[1]) >= 50, `January–April 2026 are new in many series:\n${seizures}`);
      const revised = /- Values revised: ([\d,]+) in ([\d,]+) rows/.exec(seizures);
      assert.ok(revised && Number(revised[1]!.replace(/,/g, '')) > 0, 'the April vintage revises December values');
      assert.match(seizures, /- Rows added: [1-9][\d,]*/);
      assert.ok(seizures.includes(`Raw file changed: \`${SEIZURES_APRIL}\``));
      for (const name of ['population', 'overdoses-final']) {
        assert.equal(
          sectionOf(report, name),
          sectionOf(first, name),
          `${name} did not change: its section stays as the build that made its version wrote it`,
        );
      }

      // What the newest files changed, where the current build reads them and the older one could do without.
      const read = new Set(
        [...current]
          .filter(([path]) => path.endsWith('/meta.json'))
          .flatMap(([, text]) => (JSON.parse(text).sources as { files: { path: string }[] }[]).flatMap((s) => s.files.map((f) => f.path))),
      );
      const tested = (newest: string) => older.left.includes(newest) && [...read].some((p) => p === newest || p.startsWith(`${newest}/`));
      t.diagnostic(`newest files the current build reads: ${NEWEST.filter((f) => tested(f)).join(', ') || 'none yet'}`);
      if (tested(NEWEST[0]!)) {
        const overdoses = sectionOf(report, 'overdoses');
        const states = /- 2024-08 – 2025-09 \(14\): (\d+) series/.exec(overdoses);
        assert.ok(states && Number(states[1]) >= 50, `state all-drug series gain Aug 2024 – Sep 2025:\n${overdoses}`);
        const reported = /`reported`: ([\d,]+)/.exec(overdoses);
        assert.ok(
          reported && Number(reported[1]!.replace(/,/g, '')) >= 400,
          'hundreds of reported counts revised by the 2026-02-14 release',
        );
      }
      if (tested(NEWEST[1]!)) {
        assert.doesNotMatch(sectionOf(report, 'sanctions'), /no change recorded/, 'the 2026 OFAC status changes sanctions');
      }

      // Building again from the same files: nothing changes, the report included.
      const again = buildAll(raw, BUILDS, { previousRoot: out });
      assert.equal(again.get('datasets/CHANGES.md'), report, 'the report is stable across rebuilds');
      const differ = [...again].filter(([path, text]) => current.get(path) !== text).map(([path]) => path);
      assert.deepEqual(differ, []);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
);
