/** Small specs and a minimal host element shared by the browser tests of the vega core. */
import { LitElement, css, html } from 'lit';
import { VegaController, type ChartError } from '../../components/shared/vega-controller.js';

export const DEATHS = [
  { state: 'OH', deaths: 5174 },
  { state: 'WV', deaths: 1454 },
  { state: 'KY', deaths: 2250 },
  { state: 'TN', deaths: 3814 },
] as const;

/** A bar per row, with tooltips, in Vega-Lite. */
export function barSpec(rows: readonly { state: string; deaths: number }[] = DEATHS): Record<string, unknown> {
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
if (!customElements.get('test-chart')) customElements.define('test-chart', TestChart);

declare global {
  interface HTMLElementTagNameMap {
    'test-chart': TestChart;
  }
}
