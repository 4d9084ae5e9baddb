/**
 * Where the components' `import()` of vega lives: in the define module of each element that
 * draws a vega chart (fpk-trend, fpk-compare, fpk-map, fpk-timeline), not in vega-loader.ts,
 * which every element reaches through base.ts. A bundler without code splitting inlines every
 * `import()` it can see, so an app that imports only `fentanyl-policy-kit/components/fpk-cases.js`
 * would otherwise carry all of vega for a table that never draws it.
 */
import { provideVega } from './vega-loader.js';

export function useVega(): void {
  provideVega(
    () => import('./vega-lean.js'),
    () => import('./chart-keyboard.js'),
  );
}
