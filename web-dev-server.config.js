// `npm start`: serves the examples gallery straight from source (TypeScript stripped by esbuild),
// so every example runs the same code the tests run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cjsShim } from './scripts/wds-cjs-shim.js';

export default {
  rootDir: '.',
  open: false,
  appIndex: undefined,
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? '127.0.0.1',
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  middleware: [
    // The gallery lives in examples/; `/` goes there.
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/examples/');
      return next();
    },
    // The strict-CSP example is served under the policy it demonstrates, as a real header. Not
    // in watch mode, the server injects no inline script, so the page keeps to the policy.
    async (ctx, next) => {
      await next();
      if (ctx.path === '/examples/strict-csp.html') ctx.set('Content-Security-Policy', "script-src 'self'; style-src 'self'");
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), cjsShim()],
};
