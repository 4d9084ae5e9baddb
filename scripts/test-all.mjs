#!/usr/bin/env node
/**
 * `npm test`: every suite, then one plain closing line `N passed, N failed` over all of them (so a
 * run that executed no test is visible; .ci/run relies on that line).
 *
 * Two kinds of suite that share no file they write, so they can run side by side:
 * - unit: the typecheck (incl. type tests), lint (ESLint + Prettier), test/node/ (Node's runner)
 *   and test/browser/ (web test runner, Chromium). They run from source and write nothing outside temp folders.
 * - package: `npm run build` once, then test/package/ against that one build (the packed
 *   tarball, the built CLI, the CDN bundle in Chromium) and the examples gallery. Those tests see
 *   FPK_BUILT=1 and use dist/ as it is; run alone, they build first if dist/ is stale.
 *
 * At most FPK_TEST_JOBS suites (default 2, the cores of the machine this is tuned on) run at
 * once; each suite's output is printed whole when it ends, so outputs never interleave.
 * `npm test -- unit:node package` runs only the named suites (a suite's `after` comes along).
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const nodeCount = (out) => ({ passed: num(out, /^ℹ pass (\d+)/m), failed: num(out, /^ℹ fail (\d+)/m) });
const exitCount = (_out, code) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
const nodeTests = (glob, concurrency) => [
  'sh',
  ['-c', `node --import tsx --test --test-reporter=spec --test-concurrency=${concurrency} ${glob}`],
];

/** `after`: suites that must have finished (and passed) first. Listed longest first: the order they start in. */
const suites = [
  { name: 'build', cmd: 'npm', args: ['run', 'build', '--silent'], count: exitCount },
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', '.'], count: exitCount },
  // ESLint (eslint.config.js) and Prettier's check: one pass or one failure, like the typecheck.
  { name: 'lint', cmd: 'npm', args: ['run', 'lint', '--silent'], count: exitCount },
  // Files are independent (temp folders only), and several wait on child processes or Chromium.
  { name: 'unit:node', ...cmd(nodeTests('test/node/*.test.ts', 2)), count: nodeCount },
  {
    name: 'unit:browser',
    cmd: 'npx',
    args: ['wtr', '--config', 'web-test-runner.config.js'],
    count: (out) => {
      const all = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
      return { passed: all ? Number(all[1]) : 0, failed: all ? Number(all[2]) : 0 };
    },
  },
  // package, cdn and gallery open their own Chromium pages and wait on them much more than they compute.
  { name: 'package', after: ['build'], ...cmd(nodeTests('test/package/*.test.ts', 2)), env: { FPK_BUILT: '1' }, count: nodeCount },
];

function cmd([command, args]) {
  return { cmd: command, args };
}

function num(text, re) {
  const m = re.exec(text);
  return m ? Number(m[1]) : 0;
}

function run({ cmd, args, env }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d).replace(/\x1b\[[0-9;]*m/g, '')));
    child.stderr.on('data', (d) => (out += String(d).replace(/\x1b\[[0-9;]*m/g, '')));
    child.on('close', (code) => resolve({ out, code: code ?? 1 }));
  });
}

const only = process.argv.slice(2);
const wanted = new Set(only.length ? only : suites.map((s) => s.name));
for (const name of [...wanted]) for (const dep of suites.find((s) => s.name === name)?.after ?? []) wanted.add(dep);
const unknown = only.filter((name) => !suites.some((s) => s.name === name));
if (unknown.length) {
  console.error(`Unknown suite ${unknown.join(', ')}. Suites: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const jobs = Math.max(1, Number(process.env.FPK_TEST_JOBS ?? Math.min(2, availableParallelism())));
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** name → { passed, failed, ms } once finished */
const results = new Map();
const pending = suites.filter((s) => wanted.has(s.name));
const running = new Set();

await new Promise((allDone) => {
  const next = () => {
    if (!pending.length && !running.size) return allDone();
    while (running.size < jobs) {
      const i = pending.findIndex((s) => (s.after ?? []).every((dep) => results.has(dep)));
      if (i < 0) break;
      const [suite] = pending.splice(i, 1);
      const failedDep = (suite.after ?? []).find((dep) => results.get(dep).failed > 0);
      if (failedDep) {
        // Nothing to test against: count the suite as one failure and say why.
        results.set(suite.name, { passed: 0, failed: 1, ms: 0, note: `not run: ${failedDep} failed` });
        continue;
      }
      running.add(suite.name);
      console.log(`▶ ${suite.name} started at ${seconds(Date.now() - started)}`);
      const t0 = Date.now();
      run(suite).then(({ out, code }) => {
        let c = suite.count(out, code);
        // A suite that exited non-zero without reporting a failure (it crashed) counts as one failure.
        if (code !== 0 && c.failed === 0) c = { ...c, failed: 1 };
        const ms = Date.now() - t0;
        results.set(suite.name, { ...c, ms });
        running.delete(suite.name);
        console.log(`\n=== ${suite.name} (${seconds(ms)}, exit ${code}) ===\n${out.trimEnd()}\n`);
        next();
      });
    }
    if (!running.size) {
      // Nothing runs and nothing more can start (every suite left waits on one that never ran).
      for (const s of pending.splice(0)) results.set(s.name, { passed: 0, failed: 1, ms: 0, note: 'not run' });
      allDone();
    }
  };
  next();
});

let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites.filter((s) => results.has(s.name))) {
  const r = results.get(suite.name);
  passed += r.passed;
  failed += r.failed;
  lines.push(`${suite.name}: ${r.passed} passed, ${r.failed} failed (${r.note ?? seconds(r.ms)})`);
}
console.log(`\n${lines.join('\n')}\nwall time ${seconds(Date.now() - started)} with up to ${jobs} suites at once`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
