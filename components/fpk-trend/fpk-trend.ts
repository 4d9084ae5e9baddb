import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FpkElement } from '../shared/base.js';
import type { Lang } from '../../src/i18n/index.js';
import type { ChartModel, ModelAttributes } from '../../src/charts/contract.js';
import type { MarkerInfo } from '../../src/charts/trend/markers.js';
import type { TrendModel } from '../../src/charts/trend/model.js';
import type { trendText } from '../../src/charts/trend/text.js';
import { sourceList } from '../shared/source-links.js';
import { parseList } from '../../src/charts/attributes.js';
import { prefetchDataset } from '../../src/load.js';
import { TREND_ATTRIBUTES } from '../../src/charts/trend/attributes.js';
import { DEFAULT_INDICATORS, DEFAULT_JURISDICTIONS, DEFAULT_SEIZURE_DRUGS } from '../../src/charts/trend/defaults.js';

/**
 * A measure over time with several series compared: CDC's 12-month-ending overdose deaths by
 * jurisdiction and drug (reported, with the predicted value as a band; predicted; per 100,000;
 * or year-over-year change), CBP drug seizures per month, or Mexico-linked additions to OFAC's SDN
 * list per month. Designations and court case events can be marked on the time axis, and a
 * reader's own CSV series drawn alongside. Hidden values are gaps, never zeros.
 *
 * Without `to`, every series ends at the latest month all of them have, and the source line says
 * which series go further; with `to` past a series' end, the series is labelled where it ends and
 * the summary says why. The source line names the releases of the values drawn and the last month
 * shown. A provisional value (CDC's underreported flag, or a predicted count more than 10% above the
 * reported one) shows the flag in its tooltip and the gap in the table; the summary tells a change
 * on CDC's predicted counts where it differs from the reported change by a point or more, and a
 * change from a tiny base (under 20 deaths, 100 pounds, 20 seizure events or 20 list additions) as
 * the two values, never as a percent (src/headlines.ts).
 *
 * @summary Line (or bar) chart of overdose deaths, seizures or sanctions over time, with event markers.
 * @tag fpk-trend
 *
 * @attr dataset - `overdoses` (default), `seizures` or `sanctions`.
 * @attr measure - overdoses: `reported` (default), `predicted`, `per100k`, `yoy`, `revisions` (one line per CDC release for one jurisdiction and drug, labelled by release date: how provisional counts were revised; default from 24 months before the oldest release's last month); seizures: `pounds` (default), `events`; sanctions: `additions`.
 * @attr jurisdictions - overdoses: comma list of jurisdiction codes (default `US`), e.g. `US,OH,WV`.
 * @attr drugs - overdoses: indicator slugs (default `all-drugs`), e.g. `synthetic-opioids,cocaine`; seizures: drug slugs (default `fentanyl`).
 * @attr regions - seizures: comma list of regions (`southwest-border`, `northern-border`, `coastal-interior`), one series each; default all regions summed.
 * @attr from - First month shown, YYYY-MM.
 * @attr to - Last month shown, YYYY-MM.
 * @attr events - Event markers: `designations`, `cases` or both, comma-separated.
 * @attr terrorism - Case markers: `only` terrorism-related events (default) or `all`.
 * @attr src - URL of a CSV with a series of your own to compare: UTF-8, at most 5 MB, from this site or one that allows CORS (docs/ERRORS.md).
 * @attr src-date - Its date column (YYYY-MM or YYYY-MM-DD; default `date`).
 * @attr src-value - Its value column (numbers, thousands separators allowed; default `value`).
 * @attr src-label - Its name in the legend (default "your data").
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
 * @fires fpk-download - Before a download (cancelable); detail `{format, filename}`.
 * @fires fpk-change - A reader changed a control (cancelable: the chart then stays as it was); detail `{attributes}`, the new values (`null`: removed).
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
 * @cssprop --fpk-muted - Secondary text colour; also the event markers.
 * @cssprop --fpk-predicted - Legend swatch of the predicted band.
 * @cssprop --fpk-accent - Link and accent colour.
 * @cssprop --fpk-grid - Grid and rule colour.
 * @cssprop --fpk-focus-ring - Focus outline colour.
 * @cssprop --fpk-series-1 - Colours of the series, in legend order (`--fpk-series-1` … `--fpk-series-8`).
 * @cssprop --fpk-chart-height - Space reserved for the chart before it is drawn.
 */
export class FpkTrend extends FpkElement {
  static override styles = [
    ...FpkElement.styles,
    css`
      .markers {
        margin: 0.5em 0 0;
        font-size: 0.85em;
      }
      .markers summary {
        cursor: pointer;
        color: var(--_muted);
      }
      .markers ol {
        margin: 0.4em 0 0;
        padding-left: 1.4em;
      }
      .markers li {
        margin: 0.2em 0;
      }
      .markers a {
        color: var(--_accent);
        overflow-wrap: anywhere;
      }
    `,
  ];

  protected static override readonly attributeTable = TREND_ATTRIBUTES;

  // The `dataset` attribute: `HTMLElement.dataset` is the element's data-* map, so the property has another name.
  @property({ attribute: 'dataset' }) datasetName?: string;
  @property() measure?: string;
  @property() jurisdictions?: string;
  @property() drugs?: string;
  @property() regions?: string;
  @property() from?: string;
  @property() to?: string;
  @property() events?: string;
  @property() terrorism?: string;
  @property() src?: string;
  @property({ attribute: 'src-date' }) srcDate?: string;
  @property({ attribute: 'src-value' }) srcValue?: string;
  @property({ attribute: 'src-label' }) srcLabel?: string;
  @property() controls?: string;
  @property() permalink?: string;

  /** Texts of the marker list, loaded with the model (the list only shows once there is one). */
  private text: typeof trendText | undefined;

  // The model code (settings, data loading, spec, texts) is a lazy chunk in bundles. Colours are
  // not the model's: markers and the predicted band take theirs from the theme's vega config.
  protected async buildModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
    // The series' data start loading with the model code, not after it.
    const jurisdictions = parseList(attributes['jurisdictions']);
    const drugs = parseList(attributes['drugs']);
    prefetchDataset(attributes['dataset'] ?? 'overdoses', {
      jurisdictions: jurisdictions.length ? jurisdictions : DEFAULT_JURISDICTIONS,
      indicators: drugs.length ? drugs : DEFAULT_INDICATORS,
      drugs: drugs.length ? drugs : DEFAULT_SEIZURE_DRUGS,
    });
    const [{ buildTrendModel }, { trendText }] = await Promise.all([
      import('../../src/charts/trend/model.js'),
      import('../../src/charts/trend/text.js'),
    ]);
    this.text = trendText;
    return buildTrendModel(attributes, lang);
  }

  /** The chart or table, then the marked events as a list: the keyboard and screen-reader way to them. */
  protected override renderBody(lang: Lang): TemplateResult {
    const markers = (this.model as TrendModel | null)?.markers ?? [];
    return html`${super.renderBody(lang)}${markers.length && this.text ? this.renderMarkers(this.text(lang), markers) : nothing}`;
  }

  private renderMarkers(text: ReturnType<typeof trendText>, markers: readonly MarkerInfo[]): TemplateResult {
    return html`<details class="markers">
      <summary>${text.markersTitle(markers.length)}</summary>
      <ol>
        ${markers.map((m) => {
          // Case names exist only in English: marked so, for screen readers and for Spanish pages.
          const parties = m.parties.length
            ? html`: <span lang=${ifDefined(m.partiesLang && m.partiesLang !== this.language ? m.partiesLang : undefined)}>${sentence(m.parties.join(', '))}</span>`
            : '.';
          return html`<li>
              <time datetime=${m.date}>${m.dateText}</time> — ${m.lead}${parties}
              <span class="marker-sources">${sourceList(this.language, m.links.slice(0, MARKER_LINKS), undefined, 'space')}${m.links.length > MARKER_LINKS ? ` ${text.andMore(m.links.length - MARKER_LINKS)}` : ''}</span>
            </li>`;
        })}
      </ol>
    </details>`;
  }
}

/** Links listed per marker (official first); the rest are counted. */
const MARKER_LINKS = 4;

/** Ends with one full stop ("… et al." stays as it is). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

declare global {
  interface HTMLElementTagNameMap {
    'fpk-trend': FpkTrend;
  }
}
