/**
 * FpkElement: what every element shares. A subclass says which attributes its model is built
 * from (`modelAttributes`) and how (`buildModel`); this class loads the model when it is the
 * element's turn (load-scheduler.ts), again whenever those attributes or the language change
 * (aborting a load still running), draws it through the `VegaController`, and reports the outcome
 * (`status`, `fpk-ready`, `fpk-error`, `fpk-select`).
 *
 * What the element shows around the chart is in chrome.ts (heading, error panel, source line,
 * actions), the table view in table.ts, the downloads in downloads.ts (a lazy chunk).
 *
 * Nothing escapes into the host page: a bad attribute or a failed load becomes a message inside
 * the element and an `fpk-error` event.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { FpkError } from '../../src/errors.js';
import { chunkTimeout, withDeadline, worstCaseFetchTime } from '../../src/fetch.js';
import { offeredActions, type Action } from '../../src/charts/actions.js';
import { emit, type FpkErrorCode, type FpkErrorDetail } from './events.js';
import { isLang, t, type Lang } from '../../src/i18n/index.js';
import type { ChartModel, ModelAttributes } from '../../src/charts/contract.js';
import { checkAttributeNames, modelAttributes, type AttributeTable, type NotTaken } from '../../src/charts/attributes.js';
import { sourceText, type CitationPart } from '../../src/charts/source-line.js';
import { chrome, tokens } from './styles.js';
import { dataTable, tableStyles } from './table.js';
import { actionBar, citationBox, errorPanel, header, loadingMessage, sourceLine } from './chrome.js';
import { downloadsLoaded, loadDownloads } from './downloads-loader.js';
import { headingOf } from '../../src/charts/heading.js';
import { VegaController } from './vega-controller.js';
import { loadTurn } from './load-scheduler.js';
import { FallbackAdoption } from './adopt.js';
import type { ReaderControls } from './controls.js';

type Row = Readonly<Record<string, unknown>>;

let uid = 0;

export abstract class FpkElement extends LitElement {
  static override styles = [tokens, chrome, tableStyles];

  // The element's own attributes (dataset, measure, …) are declared by each element: its table
  // (src/charts/<chart>/attributes.ts) lists exactly the ones it takes.
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
  /** With a static fallback: keep its data (`pinned`) or redraw with the newest (`live`); read by adopt.ts. */
  @property() data: 'pinned' | 'live' = 'pinned';
  /**
   * `en` or `es`; without it the element follows the nearest `lang` of the page. Declared so that
   * changing it re-renders in the new language (no default: an empty `lang` would hide the page's).
   */
  @property({ reflect: true }) override lang!: string;

  @state() protected model: ChartModel | null = null;
  @state() protected error: FpkErrorDetail | null = null;
  @state() private citation: readonly CitationPart[] | null = null;

  /** `loading` until the first outcome, then `ready` (drawn) or `error` (see `lastError`). */
  @state() status: 'loading' | 'ready' | 'error' = 'loading';

  protected readonly idPrefix = `fpk-${++uid}`;
  /** Whether focus was on Retry when it was pressed (see `retry`). */
  private refocus = false;
  /** Whether this element has had its loading turn: later loads (a changed attribute) start at once. */
  private hadTurn = false;
  /** Whether a load was aborted because the element left the page (it runs again on return). */
  private abortedByDisconnect = false;

  /** A static fallback inside the element (renderHTML / `fpk embed --static`), shown until the element takes over (adopt.ts). */
  protected readonly fallback = new FallbackAdoption(this, { reload: () => void this.load.run() });
  protected readonly vega = new VegaController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('[part="chart"] .vega'),
    eager: () => this.loading === 'eager',
    prefetch: () => this.draws && !this.fallback.showing,
    onMarkClick: (datum) => {
      const row = this.selectionOf(datum);
      if (row) this.select(row);
    },
    onError: (failure) =>
      failure.code === 'chart-export-failed'
        ? emit(this, 'fpk-error', { code: 'render-failed', message: `The chart image could not be exported: ${failure.message}` })
        : this.fail(new FpkError(failure.code === 'chart-load-failed' ? 'chunk-load-failed' : 'render-failed', `${failure.message}.`)),
  });

  /**
   * Loads and shows the model: runs on the first update and whenever the language or a model
   * attribute changes, aborting the run it replaces (@lit/task: pending / error / complete, with
   * an AbortSignal per run).
   */
  private readonly load = new Task(this, {
    args: () => [this.language, this.modelAttributes()] as const,
    argsEqual: ([lang, attributes], [lang2, attributes2]) => lang === lang2 && sameAttributes(attributes, attributes2),
    task: ([lang, attributes], { signal }) => this.loadAndShow(lang, attributes, signal),
    onError: (error) => {
      if (!isAbort(error)) this.fail(error);
    },
  });

  /** Whether the element draws a vega chart (so vega is loaded early when it nears the viewport). */
  protected static readonly drawsChart: boolean = true;

  /** The element's attributes (src/charts/<chart>/attributes.ts): what it takes and what a change of each costs. */
  protected static readonly attributeTable: AttributeTable;
  /** Why the element does not take an attribute a reader may expect (said in the unknown-attribute error). */
  protected static readonly notTaken: NotTaken = {};

  /**
   * The attribute values the model is built from, by HTML attribute name: the table's `reload`
   * attributes (but `lang`, passed as the language). A change of any of them (or of the language)
   * loads the model again; the others (heading, theme, view, actions…) only re-render or redraw.
   */
  protected modelAttributes(): ModelAttributes {
    return modelAttributes((this.constructor as typeof FpkElement).attributeTable, (p) => (this as unknown as Record<string, unknown>)[p]);
  }

  /** Turns those attributes into what the element shows; throws `FpkError` for a bad attribute. */
  protected abstract buildModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel>;

  /** What a click on a chart mark selects (the table row it stands for), or null: nothing (the default). */
  protected selectionOf(_datum: Row): Row | null {
    return null;
  }

  /** Fires `fpk-select`: the one way a reader's selection is reported (a chart mark, a table button, a source link). */
  protected select(datum: Row): void {
    emit(this, 'fpk-select', { datum });
  }

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

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.abortedByDisconnect) return;
    this.abortedByDisconnect = false;
    void this.load.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A load still waiting for its turn (or its data) stops; the element loads again if it returns.
    if (this.status !== 'loading' || this.model || this.error) return;
    this.abortedByDisconnect = true;
    this.load.abort();
  }

  /** Reader controls and permalink (`controls`, `permalink`): a lazy chunk, loaded only for an element with one. */
  private readerControls?: ReaderControls;
  private controlsLoad?: Promise<ReaderControls>;
  private loadControls(): Promise<ReaderControls> | undefined {
    if (!this.hasAttribute('controls') && !this.hasAttribute('permalink')) return undefined;
    return (this.controlsLoad ??= import('./controls.js').then(
      (m) => (this.readerControls = new m.ReaderControls(this, { model: () => this.model, reload: () => void this.load.run() })),
    ));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('controls') || changed.has('permalink')) void this.loadControls()?.catch(() => undefined);
    // What the table marks `redraw` (the theme: its CSS tokens are read into the vega config when
    // the chart is drawn) draws the chart again, without building the model again.
    const redraw = Object.values((this.constructor as typeof FpkElement).attributeTable).some(
      (spec) => spec.change === 'redraw' && changed.has(spec.property) && changed.get(spec.property) !== undefined,
    );
    if (redraw && this.model?.spec) this.vega.refresh();
  }

  /** One run of `load`: waits for the element's turn, builds the model, shows it, says `fpk-ready`. */
  private async loadAndShow(lang: Lang, attributes: ModelAttributes, signal: AbortSignal): Promise<ChartModel> {
    this.status = 'loading';
    // An attribute the element does not take is an error, never silently ignored (checked on each load).
    const { attributeTable, notTaken } = this.constructor as typeof FpkElement;
    checkAttributeNames(this.localName, this.getAttributeNames(), attributeTable, notTaken);
    const controls = await this.loadControls();
    controls?.check();
    // A permalink read on arrival set other attributes: the load for them replaces this one.
    if (!sameAttributes(attributes, this.modelAttributes())) throw new DOMException('', 'AbortError');
    await this.fallback.due;
    signal.throwIfAborted();
    // `csv` is synchronous, so downloads are loaded before `fpk-ready` (in parallel with the data).
    const downloads = loadDownloads().catch(() => undefined);
    if (!this.hadTurn) await loadTurn(this, { eager: this.loading === 'eager', draws: this.draws }, signal);
    this.hadTurn = true;
    const model = await withDeadline(this.buildModel(attributes, lang), modelDeadline(), () => {
      const seconds = Math.round(modelDeadline() / 1000);
      return new FpkError('load-timeout', `The chart's data or code did not arrive within ${seconds} s.`);
    });
    signal.throwIfAborted();
    // A pinned static fallback stays until the reader reaches for it (adopt.ts).
    const shown = this.fallback.adopt(model, lang);
    if (!shown) return model;
    this.error = null;
    this.model = shown;
    if (model.spec)
      void this.vega.setSpec({
        spec: model.spec,
        narrow: model.narrow,
        fullVega: model.fullVega,
        label: model.label,
        navigation: model.navigation,
      });
    await this.updateComplete;
    // With a chart in view, ready means drawn (a lazy chart draws when it nears the viewport).
    // A chart that could not be drawn has failed already (the controller's onError).
    if (model.spec && this.view !== 'table' && !(await this.vega.ready)) return model;
    await downloads;
    signal.throwIfAborted();
    if (this.error) return model;
    await this.moveFocusAfterRetry();
    this.status = 'ready';
    const rowCount = model.rows.length;
    emit(this, 'fpk-ready', { rowCount, rows: rowCount, summary: model.summary });
    return model;
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

  /**
   * Loads again after a failure (what the error panel's Retry button does): files that failed
   * are asked for again, the vega chunk too. Focus that was on the Retry button moves to the
   * loading message, then to the chart or table, or back to Retry if it failed again, so a
   * keyboard or screen-reader user is never left on a button that vanished.
   */
  async retry(): Promise<void> {
    this.refocus = !!this.shadowRoot?.activeElement;
    this.error = null;
    const done = this.load.run().catch(() => undefined);
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

  // ——— rendering (templates: chrome.ts, table.ts) ———

  protected override render(): TemplateResult {
    if (this.fallback.showing) return html`<slot></slot>`;
    const lang = this.language;
    const headingId = `${this.idPrefix}-heading`;
    const model = this.model;
    return html`<figure aria-labelledby=${this.heading ? headingId : nothing} lang=${lang}>
      ${header(this.heading, this.description, headingId)} ${this.readerControls?.render(lang) ?? nothing}
      ${this.error ? errorPanel(lang, this.error, { retry: () => void this.retry(), reloadPage: () => this.reloadPage() }) : this.renderBody(lang)}
      ${model ? html`<p class="summary" part="summary">${model.summary}</p>` : nothing} ${sourceLine(lang, model)}
      ${
        model
          ? actionBar(lang, {
              chart: !!model.spec,
              view: this.view,
              actions: this.offeredActions,
              setView: (view) => void this.setView(view),
              run: (action) => void this.runAction(action),
            })
          : nothing
      }
      ${this.citation ? citationBox(lang, this.citation, () => void this.closeCitation()) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.viewNote}</p>
    </figure>`;
  }

  /** What the polite live region says after the reader switched views ("Table shown, 252 rows."). */
  @state() private viewNote = '';

  /**
   * The Chart / Table buttons: the element's height changes (a table is taller or shorter than the
   * chart), so the new view is announced and the pressed button is kept in view, never leaving the
   * reader far from where they were.
   */
  private async setView(view: 'chart' | 'table'): Promise<void> {
    const button = this.shadowRoot?.activeElement as HTMLElement | null;
    this.view = view;
    await this.updateComplete;
    const rows = this.model?.rows.length ?? 0;
    this.viewNote = view === 'table' ? t(this.language, 'tableShown', { n: rows }) : t(this.language, 'chartShown');
    button?.scrollIntoView?.({ block: 'nearest' });
  }

  protected renderBody(lang: Lang): TemplateResult {
    const model = this.model;
    if (!model) return loadingMessage(lang);
    if (this.view === 'table' || !model.spec) return this.renderTable(lang, model);
    // The SVG vega draws carries role="img" and the label; the container only reserves space.
    return html`<div part="chart"><div class="vega"></div></div>`;
  }

  /** The table view (table.ts); an element passes its own cells, row header or sort. */
  protected renderTable(lang: Lang, model: ChartModel): TemplateResult {
    return dataTable({ lang, model });
  }

  protected get offeredActions(): Action[] {
    return offeredActions(this.actions, !!this.model?.spec);
  }

  // ——— downloads ———

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
    const { composeSVG } = await loadDownloads();
    return composeSVG({
      // An exported image is never untitled: without a heading attribute, the model's (heading="" for none).
      heading: headingOf(this.heading, model),
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
      const { modelCitation, modelCSV, modelJSON, saveFile, svgToPNG } = await loadDownloads();
      if (action === 'csv') saveFile(filename, modelCSV(model), 'text/csv;charset=utf-8');
      else if (action === 'json') saveFile(filename, modelJSON(model), 'application/json');
      else if (action === 'svg') saveFile(filename, await this.chartSVG(), 'image/svg+xml');
      else if (action === 'png') saveFile(filename, await svgToPNG(await this.chartSVG(), 2));
      else if (action === 'cite') {
        const { parts, text } = modelCitation(model, new Date().toISOString().slice(0, 10), this.language);
        this.citation = parts;
        const copied = await navigator.clipboard?.writeText(text).then(
          () => true,
          () => false,
        );
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.cite-box')?.focus();
        // Said by the polite live region; when the page may not copy, the box shows the text to copy.
        if (copied) this.viewNote = t(this.language, 'copied');
      }
    } catch (error) {
      emit(this, 'fpk-error', {
        code: 'render-failed',
        message: `The ${action.toUpperCase()} download failed: ${(error as Error).message}`,
      });
    }
  }

  /** Close or Escape: the Cite box goes and focus returns to the Cite button that opened it, never to the page. */
  private async closeCitation(): Promise<void> {
    this.citation = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="cite"]')?.focus();
  }

  /** The displayed rows as CSV, as the download holds them (for tests and host pages); null before `fpk-ready`. */
  get csv(): string | null {
    const downloads = downloadsLoaded();
    return this.model && downloads ? downloads.modelCSV(this.model) : null;
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

/** A load given up because a newer one replaced it or the element left the page: not a failure. */
function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function sameAttributes(a: ModelAttributes, b: ModelAttributes): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The element itself if it takes focus, else made focusable for a script (not the Tab order). */
function focusable(element: HTMLElement | null): HTMLElement | null {
  if (element && element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  return element;
}
