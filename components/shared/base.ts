/**
 * The chrome every element shares: heading, the chart (or table), a generated summary, the
 * source line that cannot be turned off, actions (view toggle, CSV, JSON, PNG, SVG, cite) and
 * the error panel. A subclass only turns its attributes into a `ChartModel` (`buildModel`).
 *
 * Nothing escapes into the host page: a bad attribute or a failed load becomes a message inside
 * the element and an `fpk-error` event.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FpkError, isLoadFailure } from '../../src/errors.js';
import { chunkTimeout, withDeadline, worstCaseFetchTime } from '../../src/fetch.js';
import { safeURL } from '../../src/safe-url.js';
import { parseList } from '../../src/charts/attributes.js';
import { emit, type FpkErrorCode, type FpkErrorDetail } from './events.js';
import { isLang, t, type Lang } from '../../src/i18n/index.js';
import type { ChartModel } from '../../src/charts/contract.js';
import { sourceParts, sourceText } from '../../src/charts/source-line.js';
import { chrome, tokens } from './styles.js';
import { dataTable, tableStyles } from './table.js';
import { VegaController } from './vega-controller.js';
import { loadTurn } from './load-scheduler.js';
import { FallbackAdoption } from './adopt.js';
import { actionLabel, offeredActions, type Action } from '../../src/charts/actions.js';

type Exports = typeof import('./exports.js');

/**
 * Downloads (CSV through papaparse, JSON, citation, SVG/PNG composition) are a lazy chunk in
 * bundles: a page pays for them after its elements have drawn, not before. Loaded once per page;
 * a failed load is forgotten so a later action can retry.
 */
let exportsLoading: Promise<Exports> | undefined;
let exportsModule: Exports | undefined;
function loadExports(): Promise<Exports> {
  exportsLoading ??= import('./exports.js').then(
    (m) => (exportsModule = m),
    (error: unknown) => {
      exportsLoading = undefined;
      throw error;
    },
  );
  return exportsLoading;
}

let uid = 0;

export abstract class FpkElement extends LitElement {
  static override styles = [tokens, chrome, tableStyles];

  /**
   * Dataset the element reads, where it can read several (attribute `dataset`). The property has
   * another name because `HTMLElement.dataset` is the element's data-* map.
   */
  @property({ attribute: 'dataset' }) datasetName?: string;
  @property() measure?: string;
  /** Comma-separated jurisdiction codes, e.g. `US,OH,WV`. */
  @property() jurisdictions?: string;
  @property() drugs?: string;
  /** First month shown, `YYYY-MM`. */
  @property() from?: string;
  /** Last month shown, `YYYY-MM`. */
  @property() to?: string;
  /** Event markers to draw: `designations`, `cases` or both, comma-separated. */
  @property() events?: string;
  /** URL of a reader's CSV to compare. */
  @property() src?: string;
  @property() heading?: string;
  @property() description?: string;
  /** `auto` (follows prefers-color-scheme), `light` or `dark`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** `chart` or `table` (any other value, or none, shows the chart). */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';
  /** Space-separated actions to offer: `csv json png svg cite` (default all). */
  @property() actions?: string;
  /** `lazy` (render the chart when it nears the viewport) or `eager`. */
  @property() loading: 'lazy' | 'eager' = 'lazy';
  /**
   * `en` or `es`; without it the element follows the nearest `lang` of the page. Declared so that
   * changing it re-renders in the new language (no default: an empty `lang` would hide the page's).
   */
  @property({ reflect: true }) override lang!: string;

  @state() protected model: ChartModel | null = null;
  @state() protected error: FpkErrorDetail | null = null;
  @state() private citation: string | null = null;

  /** `loading` until the first outcome, then `ready` (drawn) or `error` (see `lastError`). */
  @state() status: 'loading' | 'ready' | 'error' = 'loading';

  protected readonly idPrefix = `fpk-${++uid}`;
  private generation = 0;
  /** Whether focus was on Retry when it was pressed (see `retry`). */
  private refocus = false;
  /** Settles when this element may load (load-scheduler.ts); made on the first load. */
  private due: Promise<void> | undefined;
  /** A static fallback inside the element (renderHTML / `fpk embed --static`), shown until the element takes over (adopt.ts). */
  protected readonly fallback = new FallbackAdoption(this, { reload: () => void this.reload() });
  protected readonly vega = new VegaController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('[part="chart"] .vega'),
    eager: () => this.loading === 'eager',
    prefetch: () => this.draws && !this.fallback.showing,
    onError: (failure) =>
      failure.code === 'chart-export-failed'
        ? emit(this, 'fpk-error', { code: 'render-failed', message: `The chart image could not be exported: ${failure.message}` })
        : this.fail(new FpkError(failure.code === 'chart-load-failed' ? 'chunk-load-failed' : 'render-failed', `${failure.message}.`)),
  });

  /** Whether the element draws a vega chart (so vega is loaded early when it nears the viewport). */
  protected static readonly drawsChart: boolean = true;

  /** Attributes that change the data; any change reloads the model. */
  protected static readonly dataAttributes = ['datasetName', 'measure', 'jurisdictions', 'drugs', 'from', 'to', 'events', 'src', 'lang'];

  /** Turns the element's attributes into what it shows; throw `FpkError` for bad attributes. */
  protected abstract buildModel(): Promise<ChartModel>;

  /**
   * A removed attribute reaches Lit as `null`, which the string properties would then hold next to
   * the `undefined` of one never set: code written for "absent" (`src.trim()`, `actions.split()`)
   * threw into the host page when a page removed an attribute (found by test/browser/fuzz.test.ts).
   * Removed means absent, so it becomes `undefined`. (All attribute properties are strings.)
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value ?? (undefined as unknown as null));
  }

  get language(): Lang {
    const own = this.getAttribute('lang');
    if (isLang(own)) return own;
    const inherited = this.closest('[lang]')?.getAttribute('lang')?.slice(0, 2);
    return isLang(inherited) ? inherited : 'en';
  }

  protected override willUpdate(changed: PropertyValues): void {
    const keys = (this.constructor as typeof FpkElement).dataAttributes;
    if (!this.hasUpdated || [...changed.keys()].some((k) => keys.includes(String(k)))) void this.reload();
  }

  protected override updated(changed: PropertyValues): void {
    // The chart's colours are read from the theme's CSS tokens when it is drawn: a new theme
    // redraws it (elements whose model depends on the theme rebuild it instead).
    const keys = (this.constructor as typeof FpkElement).dataAttributes;
    if (changed.has('theme') && changed.get('theme') !== undefined && !keys.includes('theme') && this.model?.spec) this.vega.refresh();
  }

  /** Rebuilds the model; results of a superseded call are dropped. */
  protected async reload(): Promise<void> {
    const generation = ++this.generation;
    this.status = 'loading';
    await this.fallback.due;
    if (generation !== this.generation) return;
    // `csv` is synchronous, so downloads are loaded before `fpk-ready` (in parallel with the data).
    const exportsReady = loadExports().catch(() => undefined);
    try {
      await (this.due ??= loadTurn(this, { eager: this.loading === 'eager', draws: this.draws }, new AbortController().signal));
      if (generation !== this.generation) return;
      const model = await withDeadline(this.buildModel(), modelDeadline(), () => {
        const seconds = Math.round(modelDeadline() / 1000);
        return new FpkError('load-timeout', `The chart's data or code did not arrive within ${seconds} s.`);
      });
      if (generation !== this.generation) return;
      const shown = this.fallback.adopt(model, this.language);
      if (!shown) return;
      this.error = null;
      this.model = shown;
      if (model.spec) void this.vega.setSpec({ spec: model.spec, label: model.label });
      await this.updateComplete;
      // With a chart in view, ready means drawn (a lazy chart draws when it nears the viewport).
      if (model.spec && this.view !== 'table' && !(await this.vega.ready)) return;
      await exportsReady;
      if (generation !== this.generation || this.error) return;
      await this.moveFocusAfterRetry();
      this.status = 'ready';
      emit(this, 'fpk-ready', { rows: model.rows.length, summary: model.summary });
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    }
  }

  /** Whether this element shows a chart now (not a table). */
  private get draws(): boolean {
    return (this.constructor as typeof FpkElement).drawsChart && this.view !== 'table';
  }

  protected fail(error: unknown, code?: FpkErrorCode): void {
    const detail: FpkErrorDetail =
      error instanceof FpkError
        ? { code: code ?? error.code, message: error.message, ...(error.attribute ? { attribute: error.attribute } : {}) }
        : isChunkFailure(error)
          ? { code: code ?? 'chunk-load-failed', message: `Part of the chart's code could not be loaded (${error.message}).` }
          : { code: code ?? 'render-failed', message: error instanceof Error ? error.message : String(error) };
    // The error panel replaces the chart container, so the controller finalizes the view.
    this.error = detail;
    this.model = null;
    this.status = 'error';
    void this.moveFocusAfterRetry();
    emit(this, 'fpk-error', detail);
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    if (this.fallback.showing) return html`<slot></slot>`;
    const lang = this.language;
    const headingId = `${this.idPrefix}-heading`;
    return html`<figure aria-labelledby=${this.heading ? headingId : nothing} lang=${lang}>
      ${
        this.heading || this.description
          ? html`<div part="header">
            ${this.heading ? html`<h2 id=${headingId}>${this.heading}</h2>` : nothing}
            ${this.description ? html`<p>${this.description}</p>` : nothing}
          </div>`
          : nothing
      }
      ${this.error ? this.renderError(lang) : this.renderBody(lang)}
      ${this.model ? html`<p class="summary" part="summary">${this.model.summary}</p>` : nothing} ${this.renderSource(lang)}
      ${this.model ? this.renderActions(lang) : nothing} ${this.citation ? this.renderCitation(lang) : nothing}
    </figure>`;
  }

  protected renderError(lang: Lang): TemplateResult {
    const { code, message } = this.error!;
    // Something that did not arrive may arrive on a second try; a bad attribute will not. A
    // chunk cannot: browsers keep a failed import() for the page's lifetime, so only a reload asks again.
    const chunk = code === 'chunk-load-failed';
    const retry = isLoadFailure(code)
      ? html`<button type="button" class="retry" @click=${() => (chunk ? this.reloadPage() : void this.retry())}>${t(lang, chunk ? 'reloadPage' : 'retry')}</button>`
      : nothing;
    return html`<div part="error" role="alert"><strong>${t(lang, 'errorTitle')}</strong><span class="message">${message}</span>${retry}</div>`;
  }

  /**
   * Loads again after a failure (what the error panel's Retry button does): files that failed
   * are asked for again, the vega chunk too. Focus that was on the Retry button moves to the
   * loading message, then to the chart or table, or back to Retry if it failed again, so a
   * keyboard or screen-reader user is never left on a button that vanished.
   */
  async retry(): Promise<void> {
    this.refocus = !!this.shadowRoot?.activeElement;
    this.error = null;
    const done = this.reload();
    if (this.refocus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.placeholder')?.focus();
    }
    return done;
  }

  /**
   * What Retry does after `chunk-load-failed`: reloads the page (Chromium and others cache a
   * failed or stalled `import()` per page, so asking again in place would fail again).
   */
  protected reloadPage(): void {
    location.reload();
  }

  /** After a Retry that had focus: focus what replaced the loading message (before the event fires). */
  private async moveFocusAfterRetry(): Promise<void> {
    if (!this.refocus) return;
    this.refocus = false;
    await this.updateComplete;
    const target = this.error
      ? this.renderRoot.querySelector<HTMLElement>('[part="error"] .retry')
      : focusable(
          ['[part="chart"]', '[part="table"]', 'figure'].map((s) => this.renderRoot.querySelector<HTMLElement>(s)).find(Boolean) ?? null,
        );
    target?.focus();
  }

  protected renderBody(lang: Lang): TemplateResult {
    const model = this.model;
    if (!model) return html`<div part="chart"><div class="placeholder" role="status" tabindex="-1">${t(lang, 'loading')}</div></div>`;
    if (this.view === 'table' || !model.spec) return this.renderTable(lang, model);
    // The SVG vega draws carries role="img" and the label; the container only reserves space.
    return html`<div part="chart"><div class="vega"></div></div>`;
  }

  /** The table view (shared/table.ts); an element passes its own cells, row header or sort. */
  protected renderTable(lang: Lang, model: ChartModel): TemplateResult {
    return dataTable({ lang, model });
  }

  protected renderSource(lang: Lang): TemplateResult {
    const { label, entries } = sourceParts(this.model ?? { metas: [] }, lang);
    return html`<p part="source">
      ${label}:
      ${
        entries.length
          ? html`${entries.map((e, i) => html`${i ? '; ' : ''}<a href=${ifDefined(safeURL(e.url))} rel="noopener" target="_blank">${e.credit}</a>${e.details}`)}.`
          : '…'
      }
      ${(this.model?.notes ?? []).map((n) => html` ${n}`)}
    </p>`;
  }

  protected get offeredActions(): Action[] {
    return offeredActions(this.actions, !!this.model?.spec);
  }

  protected renderActions(lang: Lang): TemplateResult {
    const model = this.model!;
    const actions = this.offeredActions;
    const label = (a: Action) => actionLabel(lang, a);
    return html`<div part="actions" role="group" aria-label=${t(lang, 'actions')}>
      ${
        model.spec
          ? html`<button type="button" aria-pressed=${this.view !== 'table'} @click=${() => this.setView('chart')}>${t(lang, 'chart')}</button>
            <button type="button" aria-pressed=${this.view === 'table'} @click=${() => this.setView('table')}>${t(lang, 'table')}</button>`
          : nothing
      }
      ${actions.map(
        (a) =>
          html`<button type="button" data-action=${a} aria-label=${a === 'cite' ? t(lang, 'citeTitle') : `${t(lang, 'download')} ${label(a)}`} @click=${() => this.runAction(a)}>
            ${a === 'cite' ? label(a) : html`${label(a)} ↓`}
          </button>`,
      )}
    </div>`;
  }

  protected renderCitation(lang: Lang): TemplateResult {
    return html`<div class="cite-box" role="region" aria-label=${t(lang, 'citeTitle')}>
      <p>${this.citation}</p>
      <button type="button" @click=${() => (this.citation = null)}>${t(lang, 'close')}</button>
    </div>`;
  }

  private setView(view: 'chart' | 'table'): void {
    this.view = view;
  }

  /** The chart as a standalone SVG with heading and source line (what SVG/PNG downloads hold). */
  async chartSVG(): Promise<string> {
    const model = this.model;
    if (!model?.spec) throw new FpkError('render-failed', 'This element has no chart image.');
    const svg = await this.vega.toSVG();
    if (!svg) throw new Error('the chart is not drawn yet');
    const style = getComputedStyle(this);
    const v = (name: string) => style.getPropertyValue(name).trim();
    const lang = this.language;
    const source = sourceText(model, lang);
    const { composeSVG } = await loadExports();
    return composeSVG({
      heading: this.heading,
      description: this.description,
      source,
      chartSVG: svg,
      fg: v('--_fg'),
      muted: v('--_muted'),
      bg: v('--_bg'),
      font: v('--_font'),
      label: model.label,
      lang,
    });
  }

  /** Runs an action; `fpk-download` is dispatched first and may be cancelled by the host. */
  async runAction(action: Action): Promise<void> {
    const model = this.model;
    if (!model) return;
    const filename = `${model.filename}.${action === 'cite' ? 'txt' : action}`;
    if (!emit(this, 'fpk-download', { format: action, filename }, { cancelable: true })) return;
    try {
      const { modelCitation, modelCSV, modelJSON, saveFile, svgToPNG } = await loadExports();
      if (action === 'csv') saveFile(filename, modelCSV(model), 'text/csv;charset=utf-8');
      else if (action === 'json') saveFile(filename, modelJSON(model), 'application/json');
      else if (action === 'svg') saveFile(filename, await this.chartSVG(), 'image/svg+xml');
      else if (action === 'png') saveFile(filename, await svgToPNG(await this.chartSVG(), 2));
      else if (action === 'cite') {
        this.citation = modelCitation(model, new Date().toISOString().slice(0, 10));
        await navigator.clipboard?.writeText(this.citation).catch(() => undefined);
      }
    } catch (error) {
      emit(this, 'fpk-error', {
        code: 'render-failed',
        message: `The ${action.toUpperCase()} download failed: ${(error as Error).message}`,
      });
    }
  }

  /** The displayed rows as CSV, as the download holds them (for tests and host pages); null before `fpk-ready`. */
  get csv(): string | null {
    return this.model && exportsModule ? exportsModule.modelCSV(this.model) : null;
  }

  /** The error shown, if any: the same detail the last `fpk-error` carried. */
  get lastError(): FpkErrorDetail | null {
    return this.error;
  }

  /** The generated summary, in the element's language. */
  get summary(): string | null {
    return this.model?.summary ?? null;
  }
}

/**
 * How long building a model may take before the element gives up with `load-timeout`: its
 * files under the fetch policy (src/fetch.ts: 30.8 s at worst) plus its model chunk
 * (`chunkTimeout`, 30 s): 61 s with the defaults. The fetch layer times out first as a rule;
 * this bounds whatever it does not see (a stalled `import()` of an element's model code).
 */
function modelDeadline(): number {
  return worstCaseFetchTime() + chunkTimeout();
}

/** A rejected `import()` of a lazy chunk, in Chromium's, Firefox's and Safari's words. */
function isChunkFailure(error: unknown): error is Error {
  return error instanceof TypeError && /dynamically imported module|importing a module script failed/i.test(error.message);
}

/** The element itself if it takes focus, else made focusable for a script (not the Tab order). */
function focusable(element: HTMLElement | null): HTMLElement | null {
  if (element && element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  return element;
}

export { parseList };
