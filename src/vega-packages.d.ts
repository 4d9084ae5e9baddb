// vega's packages ship no types of their own (the `vega` package declares them all, through
// vega-typings): what src/vega-runtime.ts and src/render/vega-node.ts import from them.
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-parser' {
  export { parse } from 'vega-typings';
}
declare module 'vega-view' {
  export { View } from 'vega-typings';
}
declare module 'vega-loader' {
  export { loader } from 'vega-typings';
}
declare module 'vega-transforms';
declare module 'vega-encode';
declare module 'vega-view-transforms';
