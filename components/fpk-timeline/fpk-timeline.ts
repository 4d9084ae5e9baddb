import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FpkElement } from '../shared/base.js';
import { dataTable } from '../shared/table.js';
import { formatDate, type Lang } from '../../src/i18n/index.js';
import { TIMELINE_ATTRIBUTES } from '../../src/charts/timeline/attributes.js';
import type { ChartModel, ModelAttributes } from '../../src/charts/contract.js';
import type { TimelineRow } from '../../src/charts/timeline/model.js';
import type { timelineText } from '../../src/charts/timeline/text.js';
import { sourceList } from '../shared/source-links.js';

/**
 * US designations of cartels (FTO, SDGT, Kingpin Act, TCO, E.O. 14059) and the court case events
 * that followed, on one time axis with a row per organization. Each symbol links to its source;
 * the table view lists every event, undated ones included, with real links.
 *
 * Rows are the organizations of the `organizations` dataset, under its display name in the
 * reader's language, so a group is one row whatever the records call it. A case naming several
 * organizations appears on each of their rows (one mark, one table row each). FinCEN section
 * 2313a orders name banks, not groups: their own kind (square marks, the last legend entry,
 * "FinCEN order" in the table), counted apart in the summary. Each event's links are listed
 * official text first, with their domains; a page reposting someone else's text says "copy of …",
 * and the source line says how many events rest on an official text.
 *
 * @summary Timeline of designations and court case events by organization.
 * @tag fpk-timeline
 *
 * @attr events - Sources shown: `designations`, `cases` or both, comma-separated (default both).
 * @attr types - Comma list of types to keep: designation tags (FTO, SDGT, SDNTK, TCO, ILLICIT-DRUGS-EO14059, FinCEN-2313a) and case event types (indictment, plea, sentence, …).
 * @attr terrorism - `only`: terrorism-related events only (FTO and SDGT designations; cases flagged terrorism-related). `all` (default) shows every event.
 * @attr organizations - Comma list of organizations to show: a row name as the chart shows it, or any other name of the organization (its id, its name in the other language, an alias, the name a record writes, e.g. "Cartel de Sinaloa").
 * @attr from - First month shown, YYYY-MM. With `from` or `to`, undated events are left out.
 * @attr to - Last month shown, YYYY-MM.
 * @attr heading - Heading shown above the chart.
 * @attr description - One line under the heading.
 * @attr lang - `en` or `es`.
 * @attr theme - `auto`, `light` or `dark`.
 * @attr view - `chart` or `table`.
 * @attr actions - Actions offered: `csv json png svg cite`.
 * @attr data - With a static fallback: `pinned` (keep its data) or `live` (redraw with the newest).
 * @attr loading - `lazy` (load when near the viewport) or `eager`.
 *
 * @fires fpk-ready - The timeline is shown; detail `{rowCount, summary}` (the count includes undated events; `rows`: deprecated name of `rowCount`).
 * @fires fpk-error - An attribute is wrong or data failed to load; detail `{code, message, attribute?}`.
 * @fires fpk-select - A reader followed an event's link (symbol or table); detail `{datum}`.
 * @fires fpk-download - Before a download (cancelable); detail `{format, filename}`.
 *
 * @csspart header - Heading and description.
 * @csspart chart - The chart container.
 * @csspart table - The table region.
 * @csspart summary - The generated summary.
 * @csspart source - The source line (always shown), with the undated-events note.
 * @csspart actions - View toggle, download and cite buttons.
 * @csspart error - The error message.
 * @csspart tooltip - The chart tooltip.
 *
 * @cssprop --fpk-font - Font family.
 * @cssprop --fpk-fg - Text colour.
 * @cssprop --fpk-bg - Background colour.
 * @cssprop --fpk-muted - Secondary text colour.
 * @cssprop --fpk-accent - Link and accent colour.
 * @cssprop --fpk-grid - Grid and rule colour.
 * @cssprop --fpk-focus-ring - Focus outline colour.
 * @cssprop --fpk-series-1 - Colour of the first type group (… `--fpk-series-7` for the seventh).
 */
export class FpkTimeline extends FpkElement {
  protected static override readonly attributeTable = TIMELINE_ATTRIBUTES;

  @property() events?: string;
  @property() types?: string;
  @property() terrorism?: string;
  @property() organizations?: string;
  @property() from?: string;
  @property() to?: string;

  /** Texts of the table, loaded with the model (the table needs one). */
  private text: typeof timelineText | undefined;

  // The model code (settings, data loading, spec, texts) is a lazy chunk in bundles.
  protected async buildModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
    const [{ buildTimelineModel }, { timelineText }] = await Promise.all([
      import('../../src/charts/timeline/model.js'),
      import('../../src/charts/timeline/text.js'),
    ]);
    this.text = timelineText;
    return buildTimelineModel(attributes, lang);
  }

  /** vega follows a mark's link itself; the host page also hears which event was opened. */
  protected override selectionOf(datum: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> | null {
    return datum['url'] ? datum : null;
  }

  /** The shared table; the sources column lists each event's links (opening one is an `fpk-select`). */
  protected override renderTable(lang: Lang, model: ChartModel): TemplateResult {
    const text = this.text?.(lang);
    if (!text) return super.renderTable(lang, model);
    return dataTable({
      lang,
      model: { ...model, rows: model.rows as unknown as readonly TimelineRow[] },
      empty: model.summary,
      cells: {
        date: (r) => (r.date ? formatDate(lang, r.date) : text.undated),
        sources: (r) => sourceList(lang, r.links, () => this.select(r)),
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fpk-timeline': FpkTimeline;
  }
}
