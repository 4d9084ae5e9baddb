// `npm run fuzz`: the browser fuzz test (test/browser/fuzz.test.ts) with a random seed and more
// runs than `npm test`'s fixed-seed run. Replay a run with FPK_FUZZ_SEED=<seed>; FPK_FUZZ_RUNS
// sets the number of cases (default 5000).
import base from './web-test-runner.config.js';

const seed = Number(process.env.FPK_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(process.env.FPK_FUZZ_RUNS ?? 5000);
console.log(`fuzz: seed ${seed}, ${runs} cases (replay: FPK_FUZZ_SEED=${seed} npm run fuzz)`);

export default {
  ...base,
  files: ['test/browser/fuzz.test.ts'],
  testsFinishTimeout: 3_600_000,
  testFramework: { config: { timeout: 0 } },
  // The settings reach the test page before mocha starts (the test runner's page has no CSP).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>window.FPK_FUZZ = ${JSON.stringify({ seed, runs })};</script><script type="module" src="${testFramework}"></script></body></html>`,
};
