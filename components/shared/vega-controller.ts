/**
 * VegaController: the vega lifecycle of one chart element, as a Lit reactive controller.
 *
 * The host renders a container element in its shadow root and hands the controller a spec with
 * `setSpec({ spec, label })`. The controller parses and runs it with vega itself (a `View` on an
 * SVG renderer; no vega-embed, no vega-lite) once the host is near the viewport, it is the page's
 * turn to draw (load-scheduler.ts) and the container has a width; keeps it as wide as the
 * container (or draws the spec's narrow layout, `NarrowLayout` in src/specs/vega.ts, below its
 * width); finalizes every view it replaces or abandons; reports a click on a mark through
 * `onMarkClick`; and reports failures through `onError` instead of throwing into the page.
 *
 * CSP (`script-src 'self'; style-src 'self'`): expressions run through vega-interpreter (vega's
 * default code generation calls `Function`), the chart's styles are the constructable
 * `chartStyles` adopted into the shadow root by vega-draw.ts (no inline `<style>`), and tooltips come from
 * `ChartTooltip`, which stays in the shadow root and writes no inline style markup.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartTooltip } from './chart-tooltip.js';
import { chunkTimeout, withDeadline } from '../../src/fetch.js';
import { loadKeyboard, loadVega, vegaRequested, type KeyboardModule, type VegaSpec, type View } from './vega-loader.js';
import type { ChartKeyboard } from './chart-keyboard.js';
import type { ChartNavigation } from '../../src/charts/navigation.js';
import { drawTurn, markChartDrawn, whenNear } from './load-scheduler.js';
import { trackView, tracked } from './resources.js';
import { layoutFor, type NarrowLayout } from '../../src/specs/vega.js';

export interface ChartInput {
  /** A Vega spec, as src/specs/ builds them. */
  spec: VegaSpec;
  /** The spec may use any vega transform (`ChartModel.fullVega`): the rest of vega's transforms load first. */
  fullVega?: boolean | undefined;
  /** The chart's layout below a container width (src/specs/vega.ts `layoutFor`): a width change across it draws a new view. */
  narrow?: NarrowLayout | undefined;
  /** Accessible name of the chart: the SVG's `aria-label`. */
  label: string;
  /** What the arrow keys step through (the model's); without it the chart is not a tab stop. */
  navigation?: ChartNavigation | undefined;
}

export type ChartErrorCode = 'chart-load-failed' | 'chart-render-failed' | 'chart-export-failed';

export class ChartError extends Error {
  override readonly name = 'ChartError';
  constructor(
    readonly code: ChartErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface VegaControllerOptions {
  /** The element to draw into, inside the host's shadow root; looked up again after each host update. */
  container: () => HTMLElement | null | undefined;
  /** Draw as soon as there is a spec and a width, without waiting for the viewport. */
  eager?: boolean | (() => boolean);
  /**
   * Whether the host will draw a chart. If so, the vega chunk starts loading as soon as the host
   * nears the viewport (or at once with `eager`), while the host still loads its data, instead of
   * after its spec is ready: the two downloads overlap.
   */
  prefetch?: () => boolean;
  /** Load and render failures; the controller never throws them into the page. */
  onError?: (error: ChartError) => void;
  /** A reader clicked a mark: its datum (the host decides what, if anything, it selects). */
  onMarkClick?: (datum: Readonly<Record<string, unknown>>) => void;
}

export { chartResources, type ChartResources } from './resources.js';

/** A drawn view and how to let it go. */
interface Drawn {
  readonly view: View;
  finalize(): void;
}

interface Rendered {
  input: ChartInput;
  /** The layout drawn: `input.spec` or its narrow layout. */
  spec: VegaSpec;
  result: Drawn;
  /** Whether the controller owns the chart's width (false when the spec fixes its own). */
  fits: boolean;
  width: number;
}

type Host = ReactiveControllerHost & HTMLElement;

type Draw = typeof import('./vega-draw.js');
let drawing: Promise<Draw> | undefined;

/**
 * The drawing code beside vega (vega-draw.ts: sizing, theme config, tooltip, chart styles), a lazy
 * chunk requested together with vega so the two downloads overlap. Like `loadVega()`, a load that
 * fails or stalls rejects within `chunkTimeout()` and is forgotten.
 */
function loadDraw(): Promise<Draw> {
  const ms = chunkTimeout();
  drawing ??= withDeadline(import('./vega-draw.js'), ms, () => new Error(`it did not arrive within ${ms / 1000} s`)).catch(
    (error: unknown) => {
      drawing = undefined;
      throw error;
    },
  );
  return drawing;
}

export class VegaController implements ReactiveController {
  readonly #host: Host;
  readonly #options: VegaControllerOptions;
  /** Made with the first view (its class is in the lazy vega-draw.ts). */
  #tooltip: ChartTooltip | undefined;
  #input: ChartInput | undefined;
  #container: HTMLElement | undefined;
  #connected = false;
  #near = false;
  #width = 0;
  #pendingWidth = 0;
  #widthFrame = 0;
  #rendered: Rendered | undefined;
  /** Bumped by every render and every disconnect; an async step whose token is stale gives up. */
  #token = 0;
  #resizeObserver: ResizeObserver | undefined;
  /** Stops waiting for the host to near the viewport (to prefetch vega, to draw). */
  #stopWaiting: (() => void)[] = [];
  #colorScheme: MediaQueryList | undefined;
  #ready = deferred<View | null>();
  #readySettled = false;
  #keyboard: ChartKeyboard | undefined;

  constructor(host: Host, options: VegaControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The live vega view, or null before the first render, after a failure and after disconnect. */
  get view(): View | null {
    return this.#rendered?.result.view ?? null;
  }

  /**
   * Settles when the chart shows the latest spec at the current width: with the view, or with null
   * if that failed (the failure went to `onError`). Never rejects.
   */
  get ready(): Promise<View | null> {
    return this.#ready.promise;
  }

  /**
   * Shows a spec, labelled `label`, and settles like `ready`. It draws once the host is near the
   * viewport (or at once with `eager`), it is the page's turn to draw, and the container has a width. The same spec object again only
   * updates the label.
   */
  setSpec(input: ChartInput): Promise<View | null> {
    const previous = this.#input;
    this.#input = input;
    if (previous && previous.spec === input.spec) {
      if (this.#rendered) {
        this.#rendered.input = input;
        labelSvg(this.#container, input.label);
      }
      return this.ready;
    }
    this.#token++; // a render still running for the previous spec is now stale
    this.#expectRender();
    this.#update();
    return this.ready;
  }

  /** Draws the current spec again, re-reading the theme (call when the host's theme changes). */
  refresh(): void {
    if (!this.#input) return;
    this.#expectRender();
    this.#update(true);
  }

  /**
   * Finalizes the view and forgets the spec, e.g. when the host shows an error instead. Anyone
   * awaiting `ready` gets null. Disconnecting the host finalizes too, without forgetting the spec.
   */
  finalize(): void {
    this.#token++;
    this.#input = undefined;
    this.#finalizeView();
    this.#expectRender();
    this.#settle(null);
  }

  /** The chart as a standalone SVG document (labelled, with a `<title>`). */
  toSVG(): Promise<string> {
    return this.#export(async (view, label) => (await loadDraw()).labelSVG(await view.toSVG(), label));
  }

  /** Exports are asked for by the caller, so they reject (with a ChartError) rather than report. */
  async #export<T>(make: (view: View, label: string) => Promise<T>): Promise<T> {
    const rendered = this.#rendered;
    if (!rendered) throw new ChartError('chart-export-failed', 'There is no chart to export yet.');
    try {
      return await make(rendered.result.view, rendered.input.label);
    } catch (cause) {
      throw new ChartError('chart-export-failed', `The chart could not be exported: ${message(cause)}`, { cause });
    }
  }

  hostConnected(): void {
    this.#connected = true;
    this.#colorScheme = matchMedia('(prefers-color-scheme: dark)');
    this.#colorScheme.addEventListener('change', this.#onColorScheme);
    this.#prefetch();
    this.#attach();
  }

  /** Loads vega early for a host that will draw (see `prefetch`); a failure is left to the render. */
  #prefetch(): void {
    if (!this.#options.prefetch?.()) return;
    const load = () => {
      void loadVega().catch(() => undefined);
      void loadDraw().catch(() => undefined);
    };
    if (this.#isEager() || vegaRequested()) return load();
    // The first chart near the viewport asks for vega at once, not a frame later when the
    // observer would report: vega's chunk is the longest download and compile before a first
    // chart, and it can then be ready before the chart's data. One layout read, made only until
    // some chart has asked.
    if (this.#host.isConnected && this.#host.getBoundingClientRect().top < innerHeight + 200) return load();
    this.#stopWaiting.push(whenNear(this.#host, load));
  }

  hostUpdated(): void {
    this.#attach();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#token++;
    this.#colorScheme?.removeEventListener('change', this.#onColorScheme);
    for (const stop of this.#stopWaiting.splice(0)) stop();
    this.#near = false;
    this.#detach();
  }

  readonly #onColorScheme = (): void => this.refresh();

  /** Follows the host's container: a new element (or none) means the old view is gone. */
  #attach(): void {
    if (!this.#connected) return;
    const container = this.#options.container() ?? undefined;
    if (container === this.#container) return;
    this.#detach();
    this.#container = container;
    if (!container) return;
    this.#width = 0;
    this.#resizeObserver = tracked(
      new ResizeObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        // Redrawing inside the callback would resize the container again in the same frame, which
        // the browser reports as a "ResizeObserver loop" error on the host page; wait a frame.
        this.#pendingWidth = Math.floor(entry.contentRect.width);
        this.#widthFrame ||= requestAnimationFrame(() => {
          this.#widthFrame = 0;
          this.#onWidth(this.#pendingWidth);
        });
      }),
    );
    this.#resizeObserver.observe(container);
    // Once near, the host stays drawable while connected (a view toggle brings a new container).
    if (!this.#near)
      this.#stopWaiting.push(
        whenNear(this.#host, () => {
          this.#near = true;
          this.#update();
        }),
      );
  }

  #detach(): void {
    cancelAnimationFrame(this.#widthFrame);
    this.#widthFrame = 0;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#finalizeView();
    this.#container = undefined;
    if (this.#input) this.#expectRender();
  }

  #finalizeView(): void {
    this.#keyboard?.detach();
    this.#rendered?.result.finalize();
    this.#rendered = undefined;
    this.#tooltip?.remove();
  }

  #onWidth(width: number): void {
    if (width === this.#width) return;
    this.#width = width;
    this.#update();
  }

  #isEager(): boolean {
    const { eager } = this.#options;
    return typeof eager === 'function' ? eager() : eager === true;
  }

  /** Starts whatever the current state calls for: a first render, a re-render or a reflow. */
  #update(force = false): void {
    const input = this.#input;
    const container = this.#container;
    const width = this.#width;
    if (!this.#connected || !input || !container || width <= 0) return;
    if (!this.#near && !this.#isEager()) return;
    const rendered = this.#rendered;
    if (!force && rendered && rendered.input === input) {
      if (rendered.spec === layoutFor(input, width)) {
        if (rendered.fits && rendered.width !== width) this.#reflow(rendered, width).catch(reportUnexpected);
        return;
      }
      this.#expectRender(); // the width crossed into the other layout: a new view
    }
    this.#render(input, container, width).catch(reportUnexpected);
  }

  /** Takes this page's drawing turn (load-scheduler.ts), draws, and passes the turn on after a paint. */
  async #render(input: ChartInput, container: HTMLElement, width: number): Promise<void> {
    const token = ++this.#token;
    const release = await drawTurn();
    try {
      if (token === this.#token) await this.#draw(token, input, container, width);
    } finally {
      release();
    }
  }

  async #draw(token: number, input: ChartInput, container: HTMLElement, width: number): Promise<void> {
    // Drawn off-screen and swapped in whole: no blank frame, and a render that loses a race
    // never touches the live chart.
    const target = document.createElement('div');
    target.className = 'fpk-vega';
    let result: Drawn;
    let fits: boolean;
    let stage: ChartErrorCode = 'chart-load-failed';
    const spec = layoutFor(input, width);
    // The keyboard chunk downloads beside vega's; a chart draws without keys if it fails.
    const keys = input.navigation ? loadKeyboard().catch(() => null) : null;
    try {
      const [vega, draw] = await Promise.all([loadVega(), loadDraw()]);
      if (input.fullVega) await vega.loadAllTransforms();
      if (token !== this.#token) return;
      stage = 'chart-render-failed';
      draw.adoptChartStyles(container.getRootNode());
      this.#tooltip ??= new draw.ChartTooltip(() => tooltipPlace(this.#container));
      const created = draw.createView(vega, { host: this.#host, spec, width, target, tooltip: this.#tooltip });
      const view = created.view;
      fits = created.fits;
      const release = trackView();
      result = {
        view,
        finalize: () => {
          release();
          view.finalize();
        },
      };
      const onMarkClick = this.#options.onMarkClick;
      if (onMarkClick)
        view.addEventListener('click', (_event, item) => {
          const datum = (item as { datum?: Readonly<Record<string, unknown>> } | null | undefined)?.datum;
          if (datum) onMarkClick(datum);
        });
      try {
        await view.runAsync();
      } catch (error) {
        result.finalize();
        throw error;
      }
    } catch (cause) {
      if (token === this.#token) this.#failRender(stage, cause);
      return;
    }
    if (token !== this.#token || container !== this.#container) {
      result.finalize();
      return;
    }

    this.#rendered?.result.finalize();
    this.#tooltip?.hide();
    // vega makes its container a "graphics-document" labelled with the spec's description; the
    // SVG inside is the one labelled image, so the wrapper must not be a second, unnamed one.
    for (const name of ['role', 'aria-roledescription', 'aria-label']) target.removeAttribute(name);
    container.replaceChildren(target);
    const rendered: Rendered = { input: this.#input ?? input, spec, result, fits, width };
    this.#rendered = rendered;
    labelSvg(container, rendered.input.label);
    markChartDrawn();
    this.#keys(await keys);

    if (fits && this.#width > 0 && this.#width !== width) {
      // The container changed width while this drew: lay it out again, or draw the other layout.
      if (layoutFor(rendered.input, this.#width) === spec) await this.#reflow(rendered, this.#width);
      else this.#update();
    } else this.#settle(result.view);
  }

  /** Hands the drawn chart to the keyboard navigation (chart-keyboard.ts), or takes it back. */
  #keys(module?: KeyboardModule | null): void {
    const rendered = this.#rendered;
    const navigation = rendered?.input.navigation;
    if (!rendered || !navigation || !this.#container || !(module || this.#keyboard)) return this.#keyboard?.detach();
    this.#keyboard ??= new module!.ChartKeyboard();
    this.#keyboard.attach({
      container: this.#container,
      view: rendered.result.view,
      navigation,
      label: rendered.input.label,
      ...(this.#options.onMarkClick ? { select: this.#options.onMarkClick } : {}),
    });
  }

  /** A width change needs no new view: vega lays the same one out again. */
  async #reflow(rendered: Rendered, width: number): Promise<void> {
    const token = this.#token;
    rendered.width = width;
    this.#expectRender();
    try {
      await rendered.result.view.width(width).runAsync();
    } catch (cause) {
      if (token === this.#token) this.#failRender('chart-render-failed', cause);
      return;
    }
    if (token === this.#token && this.#rendered === rendered && rendered.width === width) {
      this.#keys();
      this.#settle(rendered.result.view);
    }
  }

  #expectRender(): void {
    if (!this.#readySettled) return;
    this.#ready = deferred();
    this.#readySettled = false;
  }

  #settle(view: View | null): void {
    this.#ready.resolve(view);
    this.#readySettled = true;
  }

  #failRender(code: ChartErrorCode, cause: unknown): void {
    const what = code === 'chart-load-failed' ? 'The charting library could not be loaded' : 'The chart could not be drawn';
    this.#options.onError?.(new ChartError(code, `${what}: ${message(cause)}`, { cause }));
    this.#settle(null);
  }
}

function labelSvg(container: HTMLElement | undefined, label: string): void {
  const svg = container?.querySelector('.fpk-vega > svg');
  if (!svg) return;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
}

/** The tooltip goes into the container's shadow root; outside one, next to the container. */
function tooltipPlace(container: HTMLElement | undefined): Node | undefined {
  if (!container) return undefined;
  const root = container.getRootNode();
  return root instanceof ShadowRoot ? root : (container.parentNode ?? undefined);
}

function message(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function reportUnexpected(error: unknown): void {
  console.error('fentanyl-policy-kit: chart update failed', error);
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
