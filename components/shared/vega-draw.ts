/**
 * What drawing a chart takes besides vega itself: the spec sized to its container, the vega config
 * from the host's theme tokens, the View on an SVG renderer with our tooltip, and the chart's
 * stylesheet. A lazy chunk that `VegaController` imports together with vega (vega-controller.ts):
 * a page whose charts stay static fallbacks, or that shows only tables, never loads it, and the
 * core entry stays within its budget (scripts/size.mjs).
 */
import { chartStyles } from './chart-styles.js';
import { themeTokens } from './chart-theme.js';
import { ChartTooltip } from './chart-tooltip.js';
import type { VegaModules, VegaSpec, View } from './vega-loader.js';
import { sizedSpec } from '../../src/specs/vega.js';
import { vegaConfigFrom } from '../../src/specs/config.js';

export { ChartTooltip };
export { labelSVG } from '../../src/svg-label.js';

/**
 * Marks with an href (timeline events) open their source beside the host page, never in place
 * of it. vega-loader honours `rel` though its typings only list `target`.
 */
const LINK_OPTIONS = { target: '_blank', rel: 'noopener noreferrer' };

export interface ViewInput {
  /** The element whose theme tokens colour the chart. */
  host: Element;
  spec: VegaSpec;
  width: number;
  /** Where vega draws: an element not yet in the page (the controller swaps it in whole). */
  target: HTMLElement;
  tooltip: ChartTooltip;
}

/** A View of the spec at `width`; `fits` when the controller owns the width (the spec's autosize is fit-x). */
export function createView(vega: VegaModules, input: ViewInput): { view: View; fits: boolean } {
  const sized = sizedSpec(input.spec, input.width);
  const view = new vega.View(vega.parse(sized.spec, vegaConfigFrom(themeTokens(input.host)), { ast: true }), {
    renderer: 'svg',
    container: input.target,
    hover: true,
    expr: vega.expressionInterpreter,
    loader: vega.loader(LINK_OPTIONS),
    tooltip: input.tooltip.handler,
  });
  return { view, fits: sized.fits };
}

/** Adopts the chart's stylesheet into the shadow root the chart is drawn in (once). */
export function adoptChartStyles(root: Node): void {
  const sheet = chartStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
