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
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), cjsShim()],
};
