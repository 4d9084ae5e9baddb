/**
 * ChartKeyboard: the keyboard and screen-reader way through a drawn chart's data, for every chart
 * element (used by VegaController, which loads this module with vega: a lazy chunk, never in the
 * core bundle). What there is to step through and what each item says is the model's
 * (`ChartModel.navigation`, src/charts/navigation.ts); this is only the DOM part:
 *
 * - the chart container is one tab stop, `role="application"` (screen readers hand it the arrow
 *   keys) named by the chart's label, the keys described by a hint;
 * - the arrow keys, Home and End move between items; a focus mark is drawn over the item's mark,
 *   positioned from vega's scenegraph (or, for a hidden value, its x scale) through the CSSOM
 *   (`el.style.setProperty`, allowed under a strict `style-src`, unlike a `style="…"` attribute);
 * - a polite live region says the item's sentence;
 * - Enter or Space on a selectable item reports its mark's datum through the same path as a click
 *   (`onMarkClick` → the element's `fpk-select`), and opens an item's source when it has one;
 * - Escape leaves the chart: the mark goes and focus moves to the element's figure, from where Tab
 *   goes on to the next control.
 */
import {
  nextPosition,
  itemAt,
  NAV_KEYS,
  type ChartNavigation,
  type MarkRef,
  type NavKey,
  type NavPosition,
} from '../../src/charts/navigation.js';
import type { View } from 'vega-typings';

type Datum = Readonly<Record<string, unknown>>;

export interface KeyboardTarget {
  /** The element vega draws into (its children are replaced at every draw). */
  readonly container: HTMLElement;
  readonly view: View;
  readonly navigation: ChartNavigation;
  /** The chart's accessible name. */
  readonly label: string;
  /** What a click on a mark does (the element's one fpk-select path). */
  readonly select?: (datum: Datum) => void;
}

/** Scenegraph nodes as far as this module reads them (vega-typings has no types for them). */
interface SceneItem {
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
  readonly bounds?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  readonly datum?: Datum;
  readonly items?: readonly SceneMark[];
}
interface SceneMark {
  readonly name?: string;
  readonly marktype?: string;
  readonly items?: readonly SceneItem[];
}

interface Found {
  readonly item: SceneItem;
  /** The item's bounds in the root group's coordinates. */
  readonly box: { x1: number; y1: number; x2: number; y2: number };
}

/** What Tab stops at inside an element's shadow root (where Escape sends focus). */
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]';

/** A focus ring is at least this wide, so a 4 px point gets a visible ring around it. */
const MIN_RING = 18;

const styles = `
.vega[data-keys] { position: relative; }
.vega[data-keys]:focus { outline: none; }
.vega[data-keys]:focus-visible { outline: 3px solid var(--_focus-ring, #0b5cad); outline-offset: 3px; }
.fpk-focus-mark { position: absolute; box-sizing: border-box; pointer-events: none; border: 3px solid var(--_focus-ring, #0b5cad);
  border-radius: 50%; box-shadow: 0 0 0 2px var(--_bg, #fff), inset 0 0 0 1px var(--_bg, #fff); }
.fpk-focus-mark[data-shape='box'] { border-radius: 3px; }
.fpk-focus-mark[data-shape='rule'] { border-width: 0 0 0 3px; border-style: dashed; border-radius: 0; box-shadow: none; }
@media (forced-colors: active) { .fpk-focus-mark { border-color: Highlight; } }
@media print { .fpk-focus-mark { display: none; } }
`;

let sheet: CSSStyleSheet | undefined;

function adoptStyles(root: Node): void {
  if (!(root instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

let uid = 0;

export class ChartKeyboard {
  #target: KeyboardTarget | undefined;
  #at: NavPosition | null = null;
  #mark: HTMLElement | undefined;
  #live: HTMLElement | undefined;
  #hint: HTMLElement | undefined;
  readonly #id = `fpk-keys-${++uid}`;

  /** Takes over a drawn chart (again after each draw and reflow); the reader's place is kept while the navigation is the same. */
  attach(target: KeyboardTarget): void {
    const previous = this.#target;
    if (previous && previous.container !== target.container) this.detach();
    if (previous?.navigation !== target.navigation) this.#at = null;
    this.#target = target;
    const { container } = target;
    adoptStyles(container.getRootNode());
    container.dataset['keys'] = '';
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', target.label);
    // The container carries the chart's name now; the SVG inside would be a second copy of it.
    container.querySelector('.fpk-vega > svg')?.setAttribute('aria-hidden', 'true');
    const place = container.parentElement ?? container;
    this.#hint = this.#ensure(this.#hint, place, 'span', `${this.#id}-hint`);
    this.#hint.hidden = true;
    this.#hint.textContent = target.navigation.hint;
    container.setAttribute('aria-describedby', this.#hint.id);
    this.#live = this.#ensure(this.#live, place, 'p');
    this.#live.className = 'visually-hidden';
    this.#live.setAttribute('role', 'status');
    this.#live.setAttribute('aria-live', 'polite');
    this.#live.setAttribute('part', 'chart-announcement');
    container.addEventListener('keydown', this.#onKey);
    container.addEventListener('focus', this.#onFocus);
    container.addEventListener('blur', this.#onBlur);
    // A redraw replaced the container's children, the mark with them: draw it again where the reader is.
    if (this.#at && container.ownerDocument.activeElement && container.matches(':focus')) this.#show(false);
    else this.#hideMark();
  }

  /** Lets go of the container (the chart is gone or shows an error). */
  detach(): void {
    const target = this.#target;
    if (!target) return;
    const { container } = target;
    container.removeEventListener('keydown', this.#onKey);
    container.removeEventListener('focus', this.#onFocus);
    container.removeEventListener('blur', this.#onBlur);
    for (const name of ['tabindex', 'role', 'aria-label', 'aria-describedby', 'data-keys']) container.removeAttribute(name);
    this.#mark?.remove();
    this.#live?.remove();
    this.#hint?.remove();
    this.#mark = this.#live = this.#hint = undefined;
    this.#target = undefined;
    this.#at = null;
  }

  /** The live region's text (what was last said), for tests and host pages. */
  get announcement(): string {
    return this.#live?.textContent ?? '';
  }

  #ensure(el: HTMLElement | undefined, place: HTMLElement, tag: string, id?: string): HTMLElement {
    if (el && el.parentElement === place) return el;
    el?.remove();
    const made = document.createElement(tag);
    if (id) made.id = id;
    place.append(made);
    return made;
  }

  readonly #onFocus = (): void => {
    if (this.#at) this.#show(false);
  };

  readonly #onBlur = (): void => this.#hideMark();

  readonly #onKey = (event: KeyboardEvent): void => {
    const target = this.#target;
    if (!target || event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    if (NAV_KEYS.includes(key)) {
      event.preventDefault();
      const next = nextPosition(target.navigation, this.#at, key as NavKey, (item) => item.mark.x ?? 0);
      if (!next) return;
      this.#at = next;
      this.#show(true);
      return;
    }
    if (key === 'Escape') {
      if (!this.#at) return;
      event.preventDefault();
      this.#leave();
      return;
    }
    if (key === 'Enter' || key === ' ') {
      const item = itemAt(target.navigation, this.#at);
      if (!item || (!item.selectable && !item.href)) return;
      event.preventDefault();
      const found = find(target.view, item.mark);
      if (item.selectable && found?.item.datum) target.select?.(found.item.datum);
      if (item.href) window.open(item.href, '_blank', 'noopener,noreferrer');
    }
  };

  /**
   * Escape: the reader is done with the data. Focus goes to the next control after the chart (as
   * Tab would), or leaves the chart if there is none; Shift+Tab comes back to it.
   */
  #leave(): void {
    const container = this.#target?.container;
    this.#at = null;
    this.#hideMark();
    if (!container) return;
    const root = container.getRootNode() as ParentNode;
    const next = [...root.querySelectorAll<HTMLElement>(TABBABLE)].find(
      (el) => !container.contains(el) && container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && el.tabIndex >= 0,
    );
    if (next) next.focus();
    else container.blur();
  }

  #show(announce: boolean): void {
    const target = this.#target;
    const item = target && itemAt(target.navigation, this.#at);
    if (!target || !item) return;
    if (announce && this.#live) this.#live.textContent = item.sentence;
    this.#place(target, item.mark);
  }

  #hideMark(): void {
    if (this.#mark) this.#mark.hidden = true;
  }

  /** Draws the focus mark over the item's mark (a ring on a point, a box on a bar or state, a rule at a gap). */
  #place(target: KeyboardTarget, ref: MarkRef): void {
    const { container, view } = target;
    const svg = container.querySelector('.fpk-vega > svg');
    if (!svg) return;
    const found = find(view, ref);
    // Where vega's root group sits in the SVG: its origin plus the padding (the SVG's outer translate).
    const [origin0, origin1] = view.origin();
    const padding = view.padding() as { left?: number; top?: number };
    const ox = origin0 + (padding.left ?? 0);
    const oy = origin1 + (padding.top ?? 0);
    let box: { x1: number; y1: number; x2: number; y2: number };
    let shape: 'ring' | 'box' | 'rule';
    if (found) {
      box = found.box;
      shape = isPoint(found) ? 'ring' : 'box';
    } else if (ref.x !== undefined && hasScale(view, 'x')) {
      const x = (view.scale('x') as (v: number) => number)(ref.x);
      box = { x1: x, x2: x, y1: 0, y2: view.height() };
      shape = 'rule';
    } else {
      this.#hideMark();
      return;
    }
    // The SVG may be scaled down to the container (max-width: 100%): vega's pixels → CSS pixels.
    const svgBox = svg.getBoundingClientRect();
    const own = container.getBoundingClientRect();
    const scale = svgBox.width / (Number(svg.getAttribute('width')) || svgBox.width || 1);
    if (shape !== 'rule') {
      const grow = (lo: number, hi: number) => {
        const pad = Math.max(3, (MIN_RING - (hi - lo)) / 2);
        return [lo - pad, hi + pad] as const;
      };
      [box.x1, box.x2] = grow(box.x1, box.x2);
      [box.y1, box.y2] = grow(box.y1, box.y2);
    }
    const mark = this.#markElement(container);
    mark.dataset['shape'] = shape;
    const set = (name: string, px: number) => mark.style.setProperty(name, `${Math.round(px * 10) / 10}px`);
    set('left', svgBox.left - own.left + (ox + box.x1) * scale);
    set('top', svgBox.top - own.top + (oy + box.y1) * scale);
    set('width', Math.max(shape === 'rule' ? 0 : 1, (box.x2 - box.x1) * scale));
    set('height', Math.max(1, (box.y2 - box.y1) * scale));
    mark.hidden = false;
  }

  #markElement(container: HTMLElement): HTMLElement {
    if (this.#mark?.parentElement === container) return this.#mark;
    this.#mark?.remove();
    const mark = document.createElement('div');
    mark.className = 'fpk-focus-mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.hidden = true;
    container.append(mark);
    this.#mark = mark;
    return mark;
  }
}

function isPoint(found: Found): boolean {
  const { box } = found;
  return box.x2 - box.x1 < MIN_RING && box.y2 - box.y1 < MIN_RING && found.item.width === undefined;
}

function hasScale(view: View, name: string): boolean {
  try {
    return typeof view.scale(name) === 'function';
  } catch {
    return false;
  }
}

/** The item of the first of `ref.marks` whose datum matches, with its bounds in root coordinates. */
function find(view: View, ref: MarkRef): Found | null {
  const root = (view.scenegraph() as unknown as { root: SceneMark | SceneItem }).root;
  const entries = Object.entries(ref.match);
  const matches = (datum: Datum | undefined) => !!datum && entries.every(([k, v]) => datum[k] === v);
  let found: Found | null = null;
  let rank = Infinity;
  const visitMark = (mark: SceneMark, ox: number, oy: number): void => {
    const at = mark.name ? ref.marks.indexOf(mark.name) : -1;
    for (const item of mark.items ?? []) {
      if (at >= 0 && at < rank && matches(item.datum)) {
        const b = item.bounds;
        const box =
          b && Number.isFinite(b.x1) && b.x2 >= b.x1
            ? { x1: b.x1 + ox, y1: b.y1 + oy, x2: b.x2 + ox, y2: b.y2 + oy }
            : {
                x1: (item.x ?? 0) + ox,
                y1: (item.y ?? 0) + oy,
                x2: (item.x ?? 0) + ox + (item.width ?? 0),
                y2: (item.y ?? 0) + oy + (item.height ?? 0),
              };
        found = { item, box };
        rank = at;
      }
      if (mark.marktype === 'group') for (const child of item.items ?? []) visitMark(child, ox + (item.x ?? 0), oy + (item.y ?? 0));
    }
  };
  if ('marktype' in root) visitMark(root, 0, 0);
  else for (const child of (root as SceneItem).items ?? []) visitMark(child, 0, 0);
  return found;
}
