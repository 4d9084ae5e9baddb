/**
 * A vega tooltip handler that lives in the chart's own shadow root.
 *
 * vega-embed's default handler (vega-tooltip 1.x) appends its element to `document.body` and
 * injects a `<style>` into `<head>`: the first leaks out of the component (host-page CSS styles
 * it, other widgets fight over one shared id), the second is blocked by `style-src 'self'`. This one
 * is styled by the constructable stylesheet in `chartStyles`, builds its content with DOM calls
 * (text only, never markup, so data cannot inject HTML) and positions itself through CSSOM
 * (`el.style.left = …`), which CSP allows, unlike a parsed `style="…"` attribute.
 */
import type { TooltipHandler } from './vega-loader.js';

const OFFSET = 12;

export class ChartTooltip {
  #el: HTMLDivElement | undefined;

  /** @param place Where the tooltip goes: a node inside the host's shadow root. */
  constructor(private readonly place: () => Node | undefined) {}

  /** Pass to vega-embed's `tooltip` option (or `view.tooltip()`). */
  readonly handler: TooltipHandler = (_handler, event, _item, value) => {
    if (value == null || value === '') {
      this.hide();
      return;
    }
    const el = this.#element();
    if (!el) return;
    fillTooltip(el, value);
    el.hidden = false;
    this.#position(el, event);
  };

  /** The tooltip element, once one has been shown. */
  get element(): HTMLElement | undefined {
    return this.#el;
  }

  hide(): void {
    if (this.#el) this.#el.hidden = true;
  }

  remove(): void {
    this.#el?.remove();
    this.#el = undefined;
  }

  #element(): HTMLDivElement | undefined {
    const place = this.place();
    if (!place) return undefined;
    if (!this.#el || this.#el.parentNode !== place) {
      this.#el?.remove();
      const el = document.createElement('div');
      el.className = 'fpk-tooltip';
      el.setAttribute('role', 'tooltip');
      el.setAttribute('part', 'tooltip');
      el.hidden = true;
      place.appendChild(el);
      this.#el = el;
    }
    return this.#el;
  }

  /** Below-right of the pointer, flipped to stay inside the viewport. */
  #position(el: HTMLDivElement, event: MouseEvent): void {
    const { width, height } = el.getBoundingClientRect();
    let x = event.clientX + OFFSET;
    let y = event.clientY + OFFSET;
    if (x + width > window.innerWidth) x = event.clientX - OFFSET - width;
    if (y + height > window.innerHeight) y = event.clientY - OFFSET - height;
    el.style.left = `${Math.max(0, x)}px`;
    el.style.top = `${Math.max(0, y)}px`;
  }
}

/** Vega passes a string, a number, an array or an object of `field: value` (`title` is special). */
function fillTooltip(el: HTMLElement, value: unknown): void {
  el.replaceChildren();
  if (Array.isArray(value)) {
    el.textContent = value.map(text).join(', ');
    return;
  }
  if (typeof value !== 'object' || value === null) {
    el.textContent = text(value);
    return;
  }
  const { title, ...fields } = value as Record<string, unknown>;
  if (title != null && title !== '') {
    const heading = document.createElement('strong');
    heading.className = 'title';
    heading.textContent = text(title);
    el.append(heading);
  }
  const rows = Object.entries(fields).filter(([, v]) => v !== undefined);
  if (rows.length === 0) return;
  const table = document.createElement('table');
  for (const [key, v] of rows) {
    const row = table.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = key;
    row.append(th);
    row.insertCell().textContent = text(v);
  }
  el.append(table);
}

function text(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
