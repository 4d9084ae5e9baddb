// Browser tests run in Debian's Chromium (no downloaded browser). Sources are served as they are:
// esbuild strips TypeScript, a small shim serves papaparse's UMD build as an ES module.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cjsShim } from './scripts/wds-cjs-shim.js';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { strictCspPages } from './test/browser/csp-middleware.js';
import { networkFaults } from './test/browser/fault-middleware.js';
import { elementScreenshots } from './test/browser/screenshot-plugin.js';
import { staticFirstPages } from './test/browser/static-first-plugin.js';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  // test/browser/csp-page.html is served with a strict Content-Security-Policy header.
  // Network faults on demand (404, 500, stalls, truncated or empty bodies…): test/browser/fault-middleware.js.
  middleware: [strictCspPages({ match: /^\/test\/browser\/csp-(page|elements)\.html$/ }), networkFaults()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    cjsShim(),
    // Screenshots of an element's area, for the hostile-CSS comparisons.
    elementScreenshots(),
    // Static-first pages made by `fpk embed --static`, and visits with JavaScript on or off.
    staticFirstPages(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  ],
};
