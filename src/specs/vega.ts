/**
 * What every spec builder in src/specs/ shares. The builders emit Vega specs directly: readers'
 * browsers then load only vega's runtime (no vega-lite compiler, no compile step before the first
 * chart), and the Node renderer draws the very same spec. Colours and fonts come from the theme
 * config (src/specs/config.ts `vegaConfigFrom`), never from the spec, so a page restyles every chart
 * with CSS alone.
 *
 * Conventions the builders keep (and where one does not):
 * - `autosize: fit-x` with a placeholder `width`: whoever draws the spec (the chart controller,
 *   the Node renderer) sets the real width, axes and legends included, from its container.
 *   compare, map and timeline start from `chartFrame`; trend writes the same frame itself and adds a
 *   spec-level `config` (legend layout only, no colours) and the plot's `cell` style; the timeline
 *   overrides `height` with a signal (its rows grow taller below the narrow width).
 * - Mark names say what the mark draws and end in `_marks` (`points_marks`, `bar_labels_marks`,
 *   `zero_rule_marks`): vega writes the name into the SVG as a class, which tests and readers'
 *   stylesheets select on.
 * - Data arrive as inline `values` of named data sets; `dataValues(spec, name)` reads them back.
 * - Tooltips are vega `signal` objects built by `tooltipSignal`, read by the element's own
 *   tooltip handler (components/shared/chart-tooltip.ts).
 */
import type { AutoSize, Data, Spec } from 'vega-typings';

export type { Spec as VegaSpec } from 'vega-typings';

export const VEGA_SCHEMA = 'https://vega.github.io/schema/vega/v6.json';

/** Width a spec carries until the drawer sets its own (the Node renderer's default). */
export const PLACEHOLDER_WIDTH = 640;

export const FIT_X: AutoSize = { type: 'fit-x', contains: 'padding' };

/**
 * The top of a spec: schema, accessible description, `fit-x` at the placeholder width, the given
 * height, and vega-lite's default 5 px padding, which the charts kept so they sit where they did.
 */
export function chartFrame(
  description: string,
  height: number,
): Pick<Spec, '$schema' | 'description' | 'autosize' | 'padding' | 'width' | 'height'> {
  return { $schema: VEGA_SCHEMA, description, autosize: FIT_X, padding: 5, width: PLACEHOLDER_WIDTH, height };
}

/** A text as a vega expression string literal. */
export function str(text: string): string {
  return JSON.stringify(text);
}

/** `datum["field"]`, safe for any field name. */
export function field(name: string): string {
  return `datum[${str(name)}]`;
}

/** A value formatted with a d3 format; an empty cell shows as an empty text, never as 0. */
export function formatted(name: string, format: string): string {
  return `isValid(${field(name)}) ? format(${field(name)}, ${str(format)}) : ""`;
}

/** A UTC date field formatted with a d3 time format. */
export function utcFormatted(name: string, format: string): string {
  return `isValid(${field(name)}) ? utcFormat(${field(name)}, ${str(format)}) : ""`;
}

/**
 * A tooltip: entries in order, title → expression, as the object vega hands the tooltip handler.
 * Later entries with a title already used replace earlier ones (vega-lite's behaviour).
 */
export function tooltipSignal(entries: readonly (readonly [title: string, expression: string])[]): { signal: string } {
  return { signal: `{${entries.map(([title, expression]) => `${str(title)}: ${expression}`).join(', ')}}` };
}

/** The inline values of the named data set of a spec built here, or undefined. */
export function dataValues<T = Record<string, unknown>>(spec: Spec, name: string): T[] | undefined {
  const data = (spec.data ?? []).find((d: Data) => d.name === name) as { values?: unknown } | undefined;
  return Array.isArray(data?.values) ? (data.values as T[]) : undefined;
}

/**
 * A chart's second layout for narrow containers (the trend's small multiples,
 * src/specs/trend-multiples.ts): drawn instead of the chart's own spec when the container the
 * chart is drawn into is narrower than `below` CSS px. Decided by the chart's own width, never the
 * viewport, by whoever draws it (the chart controller, the Node renderer), with `layoutFor`.
 */
export interface NarrowLayout {
  readonly below: number;
  readonly spec: Spec;
}

/** The spec to draw `width` px wide: the narrow layout below its width, else the chart's own spec. */
export function layoutFor<S>(chart: { readonly spec: S; readonly narrow?: NarrowLayout | undefined }, width: number): S | Spec {
  return chart.narrow && width < chart.narrow.below ? chart.narrow.spec : chart.spec;
}

/**
 * A copy of `spec` laid out `width` px wide (axes included) when it fits its width to its
 * container (`autosize: fit-x`), else `spec` itself. The `usermeta` of a spec is the host's
 * business and never reaches vega.
 */
export function sizedSpec(spec: Spec, width: number): { spec: Spec; fits: boolean } {
  const { usermeta: _usermeta, ...rest } = spec as Spec & { usermeta?: unknown };
  const autosize = rest.autosize;
  const fits = typeof autosize === 'object' && autosize !== null && 'type' in autosize && autosize.type === 'fit-x';
  return { spec: fits ? { ...rest, width } : rest, fits };
}
