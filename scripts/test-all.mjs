#!/usr/bin/env node
/**
 * `npm test`: every suite in order — typecheck (incl. type tests), Node tests, browser tests in
 * Chromium — streaming each suite's output, then one plain closing line `N passed, N failed`
 * over all suites, so a run that executed no test is visible.
 */
import { spawn } from 'node:child_process';

const suites = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', '.'], count: (_out, code) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }) },
  {
    name: 'node',
    cmd: 'sh',
    args: ['-c', 'node --import tsx --test --test-reporter=spec test/node/*.test.ts'],
    count: (out) => ({ passed: num(out, /^ℹ pass (\d+)/m), failed: num(out, /^ℹ fail (\d+)/m) }),
  },
  {
    name: 'browser',
    cmd: 'npx',
    args: ['wtr', '--config', 'web-test-runner.config.js'],
    count: (out) => {
      const all = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
      return { passed: all ? Number(all[1]) : 0, failed: all ? Number(all[2]) : 0 };
    },
  },
];

function num(text, re) {
  const m = re.exec(text);
  return m ? Number(m[1]) : 0;
}

function run({ cmd, args }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on("data", (d) => { out += String(d).replace(/\x1b\[[0-9;]*m/g, ""); process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ out, code: code ?? 1 }));
  });
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n=== ${suite.name} ===`);
  const { out, code } = await run(suite);
  let c = suite.count(out, code);
  // A suite that exited non-zero without reporting a failure (it crashed) counts as one failure.
  if (code !== 0 && c.failed === 0) c = { ...c, failed: 1 };
  passed += c.passed;
  failed += c.failed;
  lines.push(`${suite.name}: ${c.passed} passed, ${c.failed} failed`);
}
console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
