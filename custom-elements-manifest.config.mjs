// Custom Elements Manifest from the elements' JSDoc (@summary, @attr, @fires, @csspart, @cssprop).
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/text.ts', 'components/**/define.ts', 'components/index.ts', 'components/react/**', 'components/jsx/**'],
  outdir: '.',
  litelement: true,
};
