import { css } from 'lit';
import { property } from 'lit/decorators.js';
import { FpkElement } from '../shared/base.js';
import type { Lang } from '../../src/i18n/index.js';
import type { ChartModel, ModelAttributes } from '../../src/charts/contract.js';
import { CHART_ATTRIBUTES } from '../../src/charts/chart/attributes.js';

/**
 * A chart the other elements do not draw: a vega-lite spec, written by a developer or an NGO,
 * drawn from one of the package's datasets. The spec names the dataset as its data
 * (`"data": {"name": "overdoses"}`); `query` (the SDK's filter options as JSON) or the shorthand
 * attributes choose the rows, which are loaded and validated as `loadDataset` loads them. The
 * chart gets everything the other elements have: the theme's colours and fonts, the tooltip, the
 * table view and downloads of the rows it was given, the source line with their releases, and
 * the same clear error in the widget for a bad spec or query. vega-lite is loaded only by pages
 * that have an `<fpk-chart>` (its model chunk), and the compiled chart is drawn by the same
 * CSP-safe vega as every chart.
 *
 * @summary A vega-lite chart of a dataset query, with the library's source line, table and theme.
 * @tag fpk-chart
 *
 * @attr dataset - The dataset whose rows the spec draws (default `overdoses`): the spec names it as its data, `"data": {"name": "overdoses"}`.
 * @attr spec - A vega-lite spec as JSON (or, without the attribute, the JSON of a `<script type="application/json">` child, or the `spec` property as an object). Its data is the dataset, by name; no `url` or inline `values`.
 * @attr query - The rows to draw, as JSON of the SDK's filter options (`loadDataset` in the README), e.g. `{"jurisdictions": ["OH", "WV"], "indicators": ["synthetic-opioids"]}`.
 * @attr jurisdictions - Comma list of jurisdiction codes, added to `query` (datasets with a jurisdiction).
 * @attr drugs - Comma list of drugs, added to `query`: indicator slugs for overdoses, drug slugs for seizures.
 * @attr from - First month drawn, YYYY-MM (added to `query`).
 * @attr to - Last month drawn, YYYY-MM (added to `query`).
 * @attr heading - Heading shown above the chart.
 * @attr description - One line under the heading.
 * @attr lang - `en` or `es`.
 * @attr theme - `auto`, `light` or `dark`.
 * @attr view - `chart` or `table`.
 * @attr actions - Actions offered: `csv json png svg cite`.
 * @attr data - With a static fallback: `pinned` (keep its data) or `live` (redraw with the newest).
 * @attr loading - `lazy` (load when near the viewport) or `eager`.
 *
 * @fires fpk-ready - The chart (or table) is shown; detail `{rowCount, summary}` (`rows`: deprecated name of `rowCount`).
 * @fires fpk-error - The spec or an attribute is wrong, or data failed to load; detail `{code, message, attribute?}`.
 * @fires fpk-download - Before a download (cancelable); detail `{format, filename}`.
 *
 * @csspart header - Heading and description.
 * @csspart chart - The chart container.
 * @csspart table - The table view.
 * @csspart summary - The generated summary.
 * @csspart source - The source line (always shown).
 * @csspart actions - View toggle, download and cite buttons.
 * @csspart error - The error message.
 *
 * @cssprop --fpk-font - Font family.
 * @cssprop --fpk-fg - Text colour.
 * @cssprop --fpk-bg - Background colour.
 * @cssprop --fpk-muted - Secondary text colour.
 * @cssprop --fpk-accent - Link and accent colour.
 * @cssprop --fpk-grid - Grid and rule colour.
 * @cssprop --fpk-focus-ring - Focus outline colour.
 * @cssprop --fpk-series-1 - Colour of marks without a colour encoding, and the first of the palette (`--fpk-series-1` … `--fpk-series-8`).
 * @cssprop --fpk-chart-height - Space reserved for the chart before it is drawn.
 */
export class FpkChart extends FpkElement {
  static override styles = [
    ...FpkElement.styles,
    css`
      /* A spec's height is known only once it is drawn: the reserve holds the place until then, and
         an author who knows the height sets --fpk-chart-height for no shift at all. */
      [part='chart']:has(.fpk-vega) {
        min-height: var(--fpk-chart-height, 0);
      }
    `,
  ];

  protected static override readonly attributeTable = CHART_ATTRIBUTES;

  // The `dataset` attribute: `HTMLElement.dataset` is the element's data-* map, so the property has another name.
  @property({ attribute: 'dataset' }) datasetName?: string;
  // The vega-lite spec: JSON text (the attribute) or an object (set as a property).
  @property() spec?: string | Readonly<Record<string, unknown>>;
  @property() query?: string;
  @property() jurisdictions?: string;
  @property() drugs?: string;
  @property() from?: string;
  @property() to?: string;

  /**
   * The spec as JSON text, from the property (an object is written as JSON) or, without one, the
   * element's `<script type="application/json">` child: a CMS can hold a long spec there
   * without escaping it into an attribute (read when the element loads; set `spec` to change it).
   */
  protected override modelAttributes(): ModelAttributes {
    const attributes = super.modelAttributes();
    const own = this.spec;
    const spec =
      typeof own === 'object' && own !== null
        ? JSON.stringify(own)
        : (own ?? this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined);
    return { ...attributes, spec };
  }

  // The model code (spec checks, data loading, the vega-lite compiler) is a lazy chunk: pages without an <fpk-chart> never load vega-lite.
  protected async buildModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
    const { buildChartModel } = await import('../../src/charts/chart/model.js');
    return buildChartModel(attributes, lang);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fpk-chart': FpkChart;
  }
}
