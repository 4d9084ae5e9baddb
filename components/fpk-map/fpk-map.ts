import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FpkElement } from '../shared/base.js';
import { dataTable } from '../shared/table.js';
import type { Lang } from '../../src/i18n/index.js';
import { MAP_ATTRIBUTES, MAP_NOT_TAKEN } from '../../src/charts/map/attributes.js';
import type { ChartModel, ModelAttributes } from '../../src/charts/contract.js';
import type { mapText } from '../../src/charts/map/text.js';

/**
 * A US state choropleth of CDC provisional overdose deaths for one 12-month period: deaths per
 * 100,000 residents (default), reported deaths, or the percent change from 12 months earlier.
 * States without a value (CDC hides it, publishes no data for the drug, or no rate can be
 * computed, as for CDC's New York without New York City) are drawn as "No data" with the reason
 * in the tooltip and the table. The table view lists all 50 states and DC (tiny DC included), and
 * its state names are buttons: the keyboard way to select a state.
 *
 * The source line names the CDC release the values come from and the month shown ("release of
 * Feb 14, 2026, data through September 2025"), and the Census vintage of the rates. A value CDC
 * marks underreported, or whose predicted count is more than 10% above the reported one, carries
 * the flag and the predicted count in its tooltip and table note. The year-over-year summary ranks
 * changes on CDC's predicted counts (quoting the reported change beside a lead where they differ by
 * a point or more) and never leads with a state that had fewer than 20 deaths a year earlier
 * (src/headlines.ts; docs/ARCHITECTURE.md "Honest source lines and headlines").
 *
 * The state shapes (us-atlas, pre-projected) are a separate module loaded with a dynamic
 * `import()` when the map is first built (`buildMapModel`), so bundlers split them into their own chunk.
 *
 * @summary US state map of overdose deaths, rates or year-over-year change, with a linked table.
 * @tag fpk-map
 *
 * @attr dataset - `overdoses` (the only one for now; default).
 * @attr measure - `per100k` (default: per-capita rates are the honest map), `reported` or `yoy` (percent change vs 12 months earlier).
 * @attr drugs - One indicator slug (default `all-drugs`).
 * @attr to - The period, YYYY-MM (12 months ending that month); default the latest period CDC published for every state with data (for `per100k`, within the population estimates).
 * @attr heading - Heading shown above the map.
 * @attr description - One line under the heading.
 * @attr lang - `en` or `es`.
 * @attr theme - `auto`, `light` or `dark`.
 * @attr view - `chart` or `table`.
 * @attr actions - Actions offered: `csv json png svg cite`.
 * @attr data - With a static fallback: `pinned` (keep its data) or `live` (redraw with the newest).
 * @attr loading - `lazy` (load when near the viewport) or `eager`.
 * @attr controls - Reader controls: any of `drugs period measure` (all when empty).
 * @attr permalink - Keeps the reader's choices in the URL (needs an `id`) and offers Share.
 *
 * @fires fpk-ready - The map (or table) is shown; detail `{rowCount, summary}` (`rows`: deprecated name of `rowCount`).
 * @fires fpk-error - An attribute is wrong or data failed to load; detail `{code, message, attribute?}`.
 * @fires fpk-select - A reader clicked a state on the map or its name in the table; detail `{datum}` (the table row).
 * @fires fpk-download - Before a download (cancelable); detail `{format, filename}`.
 * @fires fpk-change - A reader changed a control (cancelable: the chart then stays as it was); detail `{attributes}`, the new values (`null`: removed).
 *
 * @csspart header - Heading and description.
 * @csspart chart - The map container.
 * @csspart table - The table region (table view).
 * @csspart summary - The generated summary.
 * @csspart source - The source line (always shown).
 * @csspart actions - View toggle, download and cite buttons.
 * @csspart error - The error message.
 *
 * @cssprop --fpk-font - Font family.
 * @cssprop --fpk-fg - Text colour; also state outlines and, faded, the "No data" fill.
 * @cssprop --fpk-bg - Background colour.
 * @cssprop --fpk-muted - Secondary text colour.
 * @cssprop --fpk-accent - Link and accent colour.
 * @cssprop --fpk-grid - Rule colour.
 * @cssprop --fpk-focus-ring - Focus outline colour.
 * @cssprop --fpk-chart-height - Space reserved for the map before it is drawn.
 */
export class FpkMap extends FpkElement {
  static override styles = [
    ...FpkElement.styles,
    css`
      /* The map's height follows its width: the space kept before it is drawn follows it too
         (the map and its legend are about two thirds as tall as wide), not a fixed 320 px that
         left a phone's map in an empty band. --fpk-chart-height still sets it. */
      [part='chart'],
      .placeholder {
        min-height: var(--fpk-chart-height, 0);
      }
      .placeholder,
      [part='chart'] .vega:empty {
        aspect-ratio: 3 / 2;
      }
      button.state {
        font: inherit;
        color: var(--_accent);
        background: none;
        border: 0;
        padding: 0;
        text-align: start;
        text-decoration: underline;
        cursor: pointer;
      }
      button.state:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
    `,
  ];

  protected static override readonly attributeTable = MAP_ATTRIBUTES;
  protected static override readonly notTaken = MAP_NOT_TAKEN;

  // The `dataset` attribute: `HTMLElement.dataset` is the element's data-* map, so the property has another name.
  @property({ attribute: 'dataset' }) datasetName?: string;
  @property() measure?: string;
  @property() drugs?: string;
  @property() to?: string;
  @property() controls?: string;
  @property() permalink?: string;

  /** Texts of the table's state buttons, loaded with the model (the table needs one). */
  private text: typeof mapText | undefined;

  // The model code (settings, data loading, spec, texts) is a lazy chunk in bundles.
  protected async buildModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
    const [{ buildMapModel }, { mapText }] = await Promise.all([
      import('../../src/charts/map/model.js'),
      import('../../src/charts/map/text.js'),
    ]);
    this.text = mapText;
    return buildMapModel(attributes, lang);
  }

  /** A state on the map selects its table row. */
  protected override selectionOf(datum: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> | null {
    return this.model?.rows.find((r) => r['code'] === datum['code']) ?? null;
  }

  /** The shared table, with each state's name as a button that selects it (the row's header). */
  protected override renderTable(lang: Lang, model: ChartModel): TemplateResult {
    const text = this.text?.(lang);
    if (!text) return super.renderTable(lang, model);
    return dataTable({
      lang,
      model,
      rowHeader: 'name',
      cells: {
        name: (row) =>
          html`<button type="button" class="state" aria-label=${text.selectState(String(row['name']))} @click=${() => this.select(row)}>${row['name']}</button>`,
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fpk-map': FpkMap;
  }
}
