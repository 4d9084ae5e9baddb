import { css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FpkElement } from '../shared/base.js';
import { COMPARE_ATTRIBUTES } from '../../src/charts/compare/attributes.js';
import type { ChartModel, ModelAttributes } from '../../src/charts/contract.js';
import type { Lang } from '../../src/i18n/index.js';

/**
 * One period of CDC provisional overdose deaths across jurisdictions (one drug) or across drugs
 * (one jurisdiction), as ranked horizontal bars labelled with their values; or two periods as a
 * dumbbell or percent-change bars. Counts, CDC's predicted counts, or deaths per 100,000
 * residents (Census July 1 estimates). Values CDC hides are listed in the table as not shown,
 * with CDC's reason, and never drawn as 0.
 *
 * The source line names the CDC releases of the values shown and the period. In the two-period
 * modes the summary ranks changes on CDC's predicted counts when a compared value is provisional,
 * and never leads with a base under 20 deaths (src/headlines.ts).
 *
 * @summary Ranked bars, dumbbells or percent change of overdose deaths by jurisdiction or drug.
 * @tag fpk-compare
 *
 * @attr dataset - `overdoses` (the only one for now; default).
 * @attr jurisdictions - Comma list of codes (default: the 50 states and DC; add `US`, `YC`, `PR` to show them). `NY` is New York State excluding New York City.
 * @attr drugs - Indicator slug (default `all-drugs`); several slugs with one jurisdiction compare drugs.
 * @attr to - The period, YYYY-MM (12 months ending that month); default the latest period CDC published for every requested series.
 * @attr from - An earlier period, YYYY-MM: compares two periods (mode `change` unless `dumbbell`).
 * @attr measure - `reported` (default), `predicted` or `per100k`. (`change` still works and means `mode="change"`; deprecated.)
 * @attr mode - `bars` (default; `change` with `from`), `dumbbell` (needs `from`) or `change` (percent change bars; needs `from`).
 * @attr highlight - Comma list of the compared codes or drugs to draw in the highlight colour.
 * @attr heading - Heading shown above the chart.
 * @attr description - One line under the heading.
 * @attr lang - `en` or `es`.
 * @attr theme - `auto`, `light` or `dark`.
 * @attr view - `chart` or `table`.
 * @attr actions - Actions offered: `csv json png svg cite`.
 * @attr data - With a static fallback: `pinned` (keep its data) or `live` (redraw with the newest).
 * @attr loading - `lazy` (load when near the viewport) or `eager`.
 * @attr controls - Reader controls: any of `jurisdictions drugs period measure` (all when empty).
 * @attr permalink - Keeps the reader's choices in the URL (needs an `id`) and offers Share.
 *
 * @fires fpk-ready - The chart (or table) is shown; detail `{rowCount, summary}` (`rows`: deprecated name of `rowCount`).
 * @fires fpk-error - An attribute is wrong or data failed to load; detail `{code, message, attribute?}`.
 * @fires fpk-select - A reader clicked a bar or a point; detail `{datum}` (the table row).
 * @fires fpk-download - Before a download (cancelable); detail `{format, filename}`.
 * @fires fpk-change - A reader changed a control (cancelable: the chart then stays as it was); detail `{attributes}`, the new values (`null`: removed).
 *
 * @csspart header - Heading and description.
 * @csspart chart - The chart container.
 * @csspart table - The table region (table view).
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
 * @cssprop --fpk-grid - Grid line colour.
 * @cssprop --fpk-series-1 - Bar colour; falls in change mode; the earlier period of a dumbbell.
 * @cssprop --fpk-series-2 - Highlighted bars; rises in change mode; the later period of a dumbbell.
 * @cssprop --fpk-focus-ring - Focus outline colour.
 * @cssprop --fpk-chart-height - Space reserved for the chart before it is drawn.
 */
export class FpkCompare extends FpkElement {
  static override styles = [
    ...FpkElement.styles,
    css`
      /* Reserve the height the bars will take (set in updated()), not a fixed 320px. */
      [part='chart'] {
        min-height: var(--fpk-chart-height, var(--_bars-height, 320px));
      }
    `,
  ];

  protected static override readonly attributeTable = COMPARE_ATTRIBUTES;

  // The `dataset` attribute: `HTMLElement.dataset` is the element's data-* map, so the property has another name.
  @property({ attribute: 'dataset' }) datasetName?: string;
  @property() jurisdictions?: string;
  @property() drugs?: string;
  @property() to?: string;
  @property() from?: string;
  @property() measure?: string;
  @property() mode?: string;
  @property() highlight?: string;
  @property() controls?: string;
  @property() permalink?: string;

  // The model code (settings, data loading, spec, texts) is a lazy chunk in bundles.
  protected async buildModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
    const { buildCompareModel } = await import('../../src/charts/compare/model.js');
    return buildCompareModel(attributes, lang);
  }

  /** A bar or a point selects its table row. */
  protected override selectionOf(datum: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> | null {
    return this.model?.rows.find((r) => r['code'] === datum['key']) ?? null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // One 20px step per drawn item plus axis and legend. Set through the CSSOM: CSP-safe, and on
    // an element inside the shadow root, so the host's own style attribute is left alone.
    const drawn = this.model?.rows.filter((r) => r['rank'] !== null).length;
    if (drawn !== undefined)
      this.renderRoot.querySelector<HTMLElement>('[part="chart"]')?.style.setProperty('--_bars-height', `${drawn * 20 + 70}px`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fpk-compare': FpkCompare;
  }
}
