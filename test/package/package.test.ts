/**
 * The published package works as a consumer sees it: the build (built.ts) emits every `exports`
 * target and the `bin`, the packed tarball holds them, and the built `fpk` prints real rows and
 * clear errors.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBuilt, root } from './built.js';

const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

before(ensureBuilt, { timeout: 600_000 });

test('the build emits every exports target and the packed tarball holds them', { timeout: 60_000 }, () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  const files = new Set<string>(packed.files.map((f: { path: string }) => f.path));
  const targets: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') targets.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(pkg.exports);
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const names = path.startsWith('dist/components/')
        ? ['fpk-trend', 'fpk-cases', 'fpk-map']
        : ['overdoses', 'cases', 'sanctions-events'];
      for (const name of names) assert.ok(files.has(path.replace('*', name)), `${path} for ${name}`);
    } else assert.ok(files.has(path), path);
  }
  assert.ok(files.has(pkg.bin.fpk.replace(/^\.\//, '')), 'bin');
});

test('the built fpk data prints CSV rows of a query, and names the allowed values on a bad one', () => {
  // The bin as a consumer's `npx fpk` runs it: plain Node, no TypeScript loader.
  const run = (...args: string[]) => spawnSync(process.execPath, [resolve(root, pkg.bin.fpk), ...args], { cwd: root, encoding: 'utf8' });
  const ok = run('data', 'seizures', '--drugs', 'fentanyl', '--from', '2018-10', '--to', '2018-10', '--components', 'ofo');
  assert.equal(ok.status, 0, ok.stderr);
  const lines = ok.stdout.trim().split('\n');
  assert.match(
    lines[0]!,
    /^month,fiscalYear,fiscalYearToDate,component,region,landFilter,area,drug,pounds,events,file,source,release,version$/,
  );
  assert.ok(lines.length > 1 && lines.slice(1).every((l) => l.startsWith('2018-10,2019,false,ofo,') && l.includes(',fentanyl,')));
  const json = run('data', 'designations', '--types', 'FTO', '--format', 'json');
  // 17 FTO records: the eight of 2025-02-20, Cartel de los Soles, Clan del Golfo, Comando Vermelho, PCC, and five undated (Los Choneros, Los Lobos, Barrio 18, Juárez Cartel, Los Viagras).
  const fto = JSON.parse(json.stdout).rows as { date: string | null }[];
  assert.equal(fto.length, 17);
  assert.equal(fto.filter((r) => r.date === null).length, 5);
  const bad = run('data', 'overdoses', '--jurisdictions', 'XX');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^fpk: Unknown jurisdiction "XX". Allowed: US, AL, /);
  const unknown = run('data', 'overdose');
  assert.match(unknown.stderr, /Unknown dataset "overdose". Allowed: overdoses, overdoses-final, /);
});
