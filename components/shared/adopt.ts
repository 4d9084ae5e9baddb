/**
 * Adopting a static fallback: an element written by `renderHTML()` / `fpk embed --static`
 * (src/render/html.ts) holds `<figure class="fpk-static" data-fpk-static data-version="…">` with
 * its chart as inline SVG. When the script arrives the element keeps showing that figure as it is
 * (its shadow root is one `<slot>`): no flash, no layout shift, no data and no vega loaded.
 *
 * It takes over when the reader reaches for it (pointer over or down, focus, touch): it builds its
 * model, draws its own chrome of the same size (fpk-static.css mirrors styles.ts) with a copy of the
 * fallback's SVG in the chart's place until vega has drawn the interactive chart over it, and moves
 * focus from the fallback's link to its own. Pinned (the default): it only takes over when the data
 * it loads is the data the fallback was drawn from, so an embed keeps showing what it was made
 * with. `data="live"`: it loads its model when due and, if the data is newer, redraws at once and
 * says so in the source line ("Updated from data version … to …").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartModel } from '../../src/charts/contract.js';
import { dataVersion } from '../../src/charts/source-line.js';
import { t, type Lang } from '../../src/i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a reader does that means "I want the live chart". */
const INTERACTIONS = ['pointerenter', 'pointerdown', 'focusin', 'touchstart'] as const;

export class FallbackAdoption implements ReactiveController {
  readonly #host: Host;
  readonly #reload: () => void;
  #figure: HTMLElement | null = null;
  #adopted = false;
  #interacted = false;
  /** Index of the fallback link that had focus when the reader tabbed in, to focus the element's own. */
  #focusedLink = -1;
  #copied = false;
  #wake: () => void = () => undefined;
  readonly #woken = new Promise<void>((resolve) => (this.#wake = resolve));

  constructor(host: Host, options: { reload: () => void }) {
    this.#host = host;
    this.#reload = options.reload;
    host.addController(this);
  }

  hostConnected(): void {
    this.#figure ??= this.#host.querySelector<HTMLElement>(':scope > figure[data-fpk-static]');
    if (!this.showing) return;
    for (const type of INTERACTIONS) this.#host.addEventListener(type, this.#onInteract, { passive: true });
  }

  hostDisconnected(): void {
    for (const type of INTERACTIONS) this.#host.removeEventListener(type, this.#onInteract);
  }

  /** Whether the element shows its fallback as it is (render a `<slot>`). */
  get showing(): boolean {
    return this.#figure !== null && !this.#adopted;
  }

  /** Settles when the element may load its model: at once without a fallback or with `data="live"`, else at the reader's first interaction. */
  get due(): Promise<void> {
    return !this.showing || this.#host.getAttribute('data') === 'live' ? Promise.resolve() : this.#woken;
  }

  /**
   * The model to draw, or null to keep the fallback: data the fallback was not drawn from is drawn
   * only with `data="live"` (noted in the source line); the same data only once the reader interacts.
   */
  adopt(model: ChartModel, lang: Lang): ChartModel | null {
    if (!this.showing) return model;
    const was = this.#figure!.dataset['version'] ?? '';
    const now = dataVersion(model);
    if (was === now) {
      if (!this.#interacted) return null;
      this.#adopted = true;
      return model;
    }
    if (this.#host.getAttribute('data') !== 'live') {
      console.info(
        `fentanyl-policy-kit: <${this.#host.localName}> stays on the data it was drawn from (${was}); this script has ${now}. Set data="live" to redraw with it, or make the embed again.`,
      );
      return null;
    }
    this.#adopted = true;
    const note = t(lang, 'updatedFrom', { from: versionsOf(was), to: versionsOf(now) });
    return { ...model, notes: [...(model.notes ?? []), note] };
  }

  /** After the element's first own render: its chart shows the fallback's SVG until vega draws, and focus moves in. */
  hostUpdated(): void {
    if (!this.#adopted || this.#copied || !this.#figure) return;
    const container = this.#host.renderRoot.querySelector<HTMLElement>('[part="chart"] .vega');
    if (!container) return;
    this.#copied = true;
    const svg = this.#figure.querySelector('.fpk-static-chart > svg');
    // Replaced whole by vega's drawing (VegaController swaps its container's children).
    if (svg && !container.firstChild) {
      const wrap = document.createElement('div');
      wrap.className = 'fpk-vega';
      wrap.append(svg.cloneNode(true));
      container.append(wrap);
    }
    if (this.#focusedLink >= 0) this.#host.renderRoot.querySelectorAll<HTMLElement>('[part="source"] a')[this.#focusedLink]?.focus();
  }

  #onInteract = (event: Event): void => {
    if (event.type === 'focusin' && this.#figure) {
      this.#focusedLink = [...this.#figure.querySelectorAll('.fpk-static-source a')].indexOf(event.target as Element);
    }
    if (this.#interacted) return;
    this.#interacted = true;
    for (const type of INTERACTIONS) this.#host.removeEventListener(type, this.#onInteract);
    // Pinned: the load was waiting for this. Live with the same data: its model was kept back; build it again.
    if (this.#host.getAttribute('data') === 'live') this.#reload();
    else this.#wake();
  };
}

/** `overdoses@v1 designations@v2` → `v1, v2` (the source line names the datasets). */
function versionsOf(list: string): string {
  return list
    .split(' ')
    .filter(Boolean)
    .map((entry) => entry.slice(entry.indexOf('@') + 1))
    .join(', ');
}
