/** Small specs and a minimal host element shared by the browser tests of the vega core. */
import { LitElement, css, html } from 'lit';
import { useVega } from '../../components/shared/use-vega.js';
import { VegaController, type ChartError } from '../../components/shared/vega-controller.js';
import { FIT_X, PLACEHOLDER_WIDTH, tooltipSignal, VEGA_SCHEMA, type VegaSpec } from '../../src/specs/vega.js';

export const DEATHS = [
  { state: 'OH', deaths: 5174 },
  { state: 'WV', deaths: 1454 },
  { state: 'KY', deaths: 2250 },
  { state: 'TN', deaths: 3814 },
] as const;

/** A bar per row, with tooltips and axis titles, in Vega (what src/specs/ builders emit). */
export function barSpec(rows: readonly { state: string; deaths: number }[] = DEATHS): VegaSpec {
  return {
    $schema: VEGA_SCHEMA,
    autosize: FIT_X,
    width: PLACEHOLDER_WIDTH,
    height: 200,
    data: [{ name: 'table', values: rows.map((r) => ({ ...r })) }],
    scales: [
      { name: 'x', type: 'band', domain: rows.map((r) => r.state), range: 'width', padding: 0.1 },
      { name: 'y', type: 'linear', domain: { data: 'table', field: 'deaths' }, range: 'height', nice: true, zero: true },
      // One series: the theme's first colour (--fpk-series-1).
      { name: 'color', type: 'ordinal', domain: ['deaths'], range: 'category' },
    ],
    axes: [
      { scale: 'x', orient: 'bottom', title: 'Jurisdiction' },
      { scale: 'y', orient: 'left', title: 'Deaths' },
    ],
    marks: [
      {
        type: 'rect',
        name: 'bars_marks',
        aria: false,
        from: { data: 'table' },
        encode: {
          update: {
            x: { scale: 'x', field: 'state' },
            width: { scale: 'x', band: 1 },
            y: { scale: 'y', field: 'deaths' },
            y2: { scale: 'y', value: 0 },
            fill: { scale: 'color', value: 'deaths' },
            tooltip: tooltipSignal([
              ['Jurisdiction', 'datum.state'],
              ['Deaths', 'datum.deaths'],
            ]),
          },
        },
      },
    ],
  };
}

/** The same bars in Vega-Lite, as a newsroom would hand them to plain vega-embed. */
export function barSpecVegaLite(rows: readonly { state: string; deaths: number }[] = DEATHS): Record<string, unknown> {
  return {
    data: { values: rows },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: 'state', type: 'nominal', title: 'Jurisdiction', sort: null },
      y: { field: 'deaths', type: 'quantitative', title: 'Deaths' },
    },
  };
}

/** The smallest host: a container in its shadow root and a controller, failures collected. */
export class TestChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  errors: ChartError[] = [];
  eager = false;
  readonly vega = new VegaController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.chart'),
    eager: () => this.eager,
    onError: (error) => this.errors.push(error),
  });

  protected override render() {
    return html`<div class="chart"></div>`;
  }
}
// As a chart element's define module does: register vega's lazy chunk.
useVega();
if (!customElements.get('test-chart')) customElements.define('test-chart', TestChart);

declare global {
  interface HTMLElementTagNameMap {
    'test-chart': TestChart;
  }
}
