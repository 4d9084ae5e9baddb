import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FpkError } from '../../src/errors.js';
import { loadDataset } from '../../src/load.js';
import type { DatasetMeta } from '../../src/meta.js';
import {
  filterTimeline,
  ORGANIZATION_ALIASES,
  TIMELINE_TYPES,
  timelineEvents,
  timelineSpec,
  type TimelineEvent,
  type TimelineLink,
} from '../../src/specs/timeline.js';
import { parseList, pickAll, pickRange } from '../shared/attributes.js';
import { FpkElement } from '../shared/base.js';
import { emit } from '../shared/events.js';
import { formatDate, type Lang } from '../shared/i18n.js';
import type { ChartModel, Column } from '../shared/model.js';
import { timelineLabels, timelineNaming, timelineText, typeLabel } from './text.js';

const SOURCES = ['designations', 'cases'] as const;
type Source = (typeof SOURCES)[number];

/** A displayed row: the table and the CSV download hold exactly these. */
type TimelineRow = {
  readonly date: string | null;
  readonly organization: string;
  readonly kind: string;
  readonly type: string;
  readonly description: string;
  readonly checked: string;
  /** Source URLs, official ones first, separated by " ; " (the CSV cell). */
  readonly sources: string;
  readonly links: readonly TimelineLink[];
  /** `id` of the designation or case event (a case on several rows repeats it). */
  readonly eventId: string;
};

/**
 * US designations of cartels (FTO, SDGT, Kingpin Act, TCO, E.O. 14059) and the court case events
 * that followed, on one time axis with a row per organization. Each symbol links to its source;
 * the table view lists every event, undated ones included, with real links.
 *
 * A case naming several organizations appears on each of their rows (one mark, one table row
 * each). Case names are joined to a designated party only where the designations data lists the
 * name among the party's aliases (see `ORGANIZATION_ALIASES` in `src/specs/timeline.ts`).
 *
 * @summary Timeline of designations and court case events by organization.
 * @tag fpk-timeline
 *
 * @attr events - Sources shown: `designations`, `cases` or both, comma-separated (default both).
 * @attr types - Comma list of types to keep: designation tags (FTO, SDGT, SDNTK, TCO, ILLICIT-DRUGS-EO14059) and case event types (indictment, plea, sentence, …).
 * @attr terrorism - `only`: terrorism-related events only (FTO and SDGT designations; cases flagged terrorism-related). `all` (default) shows every event.
 * @attr organizations - Comma list of organization rows to show, as the chart names them (a case dataset's name for a joined party also works).
 * @attr from - First month shown, YYYY-MM. With `from` or `to`, undated events are left out.
 * @attr to - Last month shown, YYYY-MM.
 * @attr heading - Heading shown above the chart.
 * @attr description - One line under the heading.
 * @attr lang - `en` or `es`.
 * @attr theme - `auto`, `light` or `dark`.
 * @attr view - `chart` or `table`.
 * @attr actions - Actions offered: `csv json png svg cite`.
 * @attr loading - `lazy` (draw when near the viewport) or `eager`.
 *
 * @fires fpk-ready - The timeline is shown; detail `{rows, summary}` (rows include undated events).
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
  protected static override readonly dataAttributes = ['from', 'to', 'events', 'types', 'terrorism', 'organizations', 'lang'];

  @property() types?: string;
  @property() terrorism?: string;
  @property() organizations?: string;

  /** Views that already report mark clicks as `fpk-select`. */
  private readonly listening = new WeakSet<object>();

  protected async buildModel(): Promise<ChartModel> {
    const lang = this.language;
    const text = timelineText(lang);
    const range = pickRange(this.from, this.to);
    const asked = pickAll('events', parseList(this.events), SOURCES, 'event source');
    const sources: readonly Source[] = asked.length ? asked : SOURCES;
    const types = pickAll('types', parseList(this.types), TIMELINE_TYPES, 'type');
    if (this.terrorism && this.terrorism !== 'only' && this.terrorism !== 'all') {
      throw new FpkError('unknown-value', `Unknown terrorism="${this.terrorism}". Allowed: only, all.`, 'terrorism');
    }
    const [designations, cases] = await Promise.all([
      sources.includes('designations') ? loadDataset('designations') : null,
      sources.includes('cases') ? loadDataset('cases') : null,
    ]);
    const all = timelineEvents(designations?.rows ?? [], cases?.rows ?? [], timelineNaming(lang));
    const organizations = this.pickOrganizations(all);
    const events = filterTimeline(all, { types, terrorismOnly: this.terrorism === 'only', organizations, ...range });
    const dated = events.filter((e) => e.date !== null);
    const undated = events.length - dated.length;
    const labels = timelineLabels(lang);
    const rows: TimelineRow[] = events.map((e) => ({
      date: e.date,
      organization: e.organization,
      kind: labels.kinds[e.kind],
      type: typeLabel(lang, e.type),
      description: e.description,
      checked: labels.checked[e.checked],
      sources: e.links.map((l) => l.url).join(' ; '),
      links: e.links,
      eventId: e.eventId,
    }));
    const columns: Column[] = [
      { key: 'date', label: text.date, format: 'date' },
      { key: 'organization', label: text.organization },
      { key: 'kind', label: text.kind },
      { key: 'type', label: text.type },
      { key: 'description', label: text.description },
      { key: 'checked', label: text.checked },
      { key: 'sources', label: text.sources },
    ];
    const metas: DatasetMeta[] = [designations?.meta, cases?.meta].filter((m): m is DatasetMeta => !!m);
    return {
      rows,
      columns,
      spec: dated.length ? (timelineSpec(events, { labels, ...range }) as unknown as Record<string, unknown>) : null,
      label: text.label,
      summary: text.summary(events),
      metas,
      filename: ['fpk-timeline', ...(asked.length === 1 ? asked : []), ...types, this.terrorism === 'only' ? 'terrorism' : '', range.from ?? '', range.to ?? ''].filter(Boolean).join('-'),
      ...(undated ? { notes: [text.undatedNote(undated)] } : {}),
    };
  }

  /** Rows asked for, by the chart's names or a case dataset name joined to one; unknown names are an error listing all. */
  private pickOrganizations(events: readonly TimelineEvent[]): string[] {
    const known = [...new Set(events.map((e) => e.organization))].sort((a, b) => a.localeCompare(b, this.language));
    const asked = parseList(this.organizations);
    return asked.map((name) => {
      const row = known.includes(name) ? name : ORGANIZATION_ALIASES.find((a) => a.written === name)?.party;
      if (!row || !known.includes(row)) {
        throw new FpkError('unknown-value', `Unknown organization "${name}" in organizations="${asked.join(',')}". Available: ${known.join(', ')}.`, 'organizations');
      }
      return row;
    });
  }

  /** A colour-scheme change or a reconnection draws a new view without a reload. */
  private scheme: MediaQueryList | undefined;
  private readonly onScheme = (): void => void this.listenToMarks();

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheme = matchMedia('(prefers-color-scheme: dark)');
    this.scheme.addEventListener('change', this.onScheme);
    void this.listenToMarks();
  }

  override disconnectedCallback(): void {
    this.scheme?.removeEventListener('change', this.onScheme);
    super.disconnectedCallback();
  }

  protected override async reload(): Promise<void> {
    await super.reload();
    await this.listenToMarks();
  }

  /** vega follows a mark's href itself; the host page also hears which event was opened (`fpk-select`). */
  private async listenToMarks(): Promise<void> {
    const view = await this.vega.ready;
    if (!view || this.listening.has(view)) return;
    this.listening.add(view);
    view.addEventListener('click', (_event, item) => {
      const datum = (item as { datum?: Record<string, unknown> } | null)?.datum;
      if (datum?.['url']) emit(this, 'fpk-select', { datum });
    });
  }

  protected override renderTable(lang: Lang, model: ChartModel): TemplateResult {
    const text = timelineText(lang);
    const rows = model.rows as unknown as readonly TimelineRow[];
    if (rows.length === 0) return html`<p part="table" role="status">${model.summary}</p>`;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${model.label}>
      <table>
        <caption>${model.label}</caption>
        <thead>
          <tr>
            ${model.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <td>${r.date ? formatDate(lang, r.date) : text.undated}</td>
              <td>${r.organization}</td>
              <td>${r.kind}</td>
              <td>${r.type}</td>
              <td>${r.description}</td>
              <td>${r.checked}</td>
              <td>
                ${r.links.map(
                  (l, i) =>
                    html`${i ? html`<br />` : nothing}<a
                        href=${l.url}
                        rel="noopener"
                        target="_blank"
                        @click=${() => emit(this, 'fpk-select', { datum: r })}
                        >${hostOf(l.url)}</a
                      >${l.official ? html` <small>(${text.official})</small>` : nothing}`,
                )}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fpk-timeline': FpkTimeline;
  }
}
