/**
 * Reader controls and permalinks (`controls`, `permalink` on `<fpk-trend>`, `<fpk-compare>`,
 * `<fpk-map>`): a lazy chunk, imported by base.ts only when an element has one of the two.
 *
 * Every control sets the element's own attributes (`jurisdictions`, `drugs`, `from`, `to`,
 * `measure`), so a reader's choice goes the way a page's does: the element's load path builds the
 * model again (loading only the slices it has not loaded), and the summary and source line follow.
 * Each change first fires the cancelable `fpk-change`; a host that cancels it keeps the chart as
 * it was, and the controls show the attributes again.
 *
 * With `permalink` (and an `id`), the attributes that differ from the page's are written to the
 * URL fragment under `fpk-<id>` (src/charts/controls.ts: never touching the page's own fragment or
 * other elements' keys), one history entry per reader change, and read back on load, back/forward
 * and hashchange. A fragment that cannot be read is the element's error panel, like a bad attribute.
 */
import { css, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FpkError } from '../../src/errors.js';
import { formatMonth, type Lang } from '../../src/i18n/index.js';
import { controlWord as w } from '../../src/i18n/controls.js';
import { DRUG_INDICATORS, drugName, placeName } from '../../src/i18n/names.js';
import { JURISDICTION_CODES, type Jurisdiction } from '../../src/jurisdictions.js';
import type { ChartModel } from '../../src/charts/contract.js';
import { MAX_SERIES } from '../../src/charts/trend/defaults.js';
import { isMonth } from '../../src/charts/attributes.js';
import {
  STATE_ATTRIBUTES,
  fragmentKey,
  parseControls,
  parseState,
  readFragment,
  stateString,
  writeFragment,
  type ControlKind,
  type ControlledTag,
  type ReaderState,
} from '../../src/charts/controls.js';
import { emit } from './events.js';

/**
 * What the controls use of their element. A structural type, not base.ts's FpkElement: base.ts
 * loads this chunk, so importing it back would be a cycle (`npm run layers`).
 */
type ControlledElement = LitElement & { readonly language: Lang };

/** What the element gives its controls: its model (for the months there are) and a way to load again. */
export interface ControlsHost {
  model(): ChartModel | null;
  /** Runs the element's load again (after a fragment that cannot be read, or a fixed one). */
  reload(): void;
}

/** The measure each element's toggle offers: counts, per 100,000, year-over-year change, as its own attribute values. */
const MEASURES: Readonly<Record<ControlledTag, readonly string[]>> = {
  'fpk-trend': ['reported', 'per100k', 'yoy'],
  // The compare's change is between two periods it is given (`from`, the period control).
  'fpk-compare': ['reported', 'per100k'],
  'fpk-map': ['reported', 'per100k', 'yoy'],
};
const DEFAULT_MEASURE: Readonly<Record<ControlledTag, string>> = {
  'fpk-trend': 'reported',
  'fpk-compare': 'reported',
  'fpk-map': 'per100k',
};

/** The mark of history entries the controls made, kept beside a page's own state object (any other state is left alone). */
const MARK = 'fpkControls';
function marked(state: unknown): boolean {
  return typeof state === 'object' && state !== null && MARK in state;
}
function mark(state: unknown): unknown {
  return state === null || state === undefined ? { [MARK]: 1 } : typeof state === 'object' ? { ...state, [MARK]: 1 } : state;
}

/** A place's name; a code that is none (from a bad link) as written, so its chip can be removed. */
function nameOf(lang: Lang, code: string): string {
  return (JURISDICTION_CODES as readonly string[]).includes(code) ? placeName(lang, code as Jurisdiction) : code;
}

/** "Ohio" and "ohio", "México" and "mexico" match alike. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Months from `start` to `end` (YYYY-MM), oldest first. */
function monthsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  for (let i = 0; i < 1200; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    out.push(month);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const styles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.6em 1.4em;
    margin: 0.4em 0 0.8em;
    font-size: 0.92em;
  }
  .controls fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .controls legend,
  .controls .label {
    display: block;
    padding: 0;
    margin-bottom: 0.25em;
    font-weight: 600;
    font-size: 0.9em;
  }
  .controls label {
    margin-right: 0.4em;
  }
  .picker {
    position: relative;
    flex: 1 1 16em;
    max-width: 28em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0 0 0.35em;
    padding: 0;
    list-style: none;
  }
  .chips li {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
    padding: 0 0 0 0.55em;
    border: 1px solid var(--_grid);
    border-radius: 1em;
    font-size: 0.9em;
  }
  .chips button {
    border: 0;
    border-radius: 1em;
    min-height: 1.8em;
    min-width: 1.8em;
    padding: 0 0.45em;
    background: transparent;
  }
  .picker input {
    width: 100%;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    left: 0;
    right: 0;
    max-height: 14em;
    overflow-y: auto;
    margin: 0.15em 0 0;
    padding: 0.2em 0;
    list-style: none;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
  }
  [role='option'] {
    padding: 0.3em 0.6em;
    cursor: pointer;
  }
  [role='option'].active {
    background: var(--_fg);
    color: var(--_bg);
  }
  [role='option'][aria-disabled='true'] {
    color: var(--_muted);
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
  }
  .radios label {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    white-space: nowrap;
  }
  .radios input {
    min-height: 0;
    margin: 0;
    padding: 0;
    accent-color: var(--_fg);
  }
  .controls > div,
  .controls select {
    max-width: 100%;
    min-width: 0;
  }
  .hint {
    margin: 0.3em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .hint:empty {
    display: none;
  }
  .selection {
    display: none;
  }
  @media print {
    .controls {
      display: none;
    }
    .selection {
      display: block;
      margin: 0.4em 0;
      font-size: 0.9em;
    }
  }
`;

export class ReaderControls implements ReactiveController {
  private readonly tag: ControlledTag;
  /** The page's own values of the attributes the controls change: a state is what differs from them. */
  private readonly initial: ReaderState;
  private stateError: FpkError | null = null;
  /** The months the period selects offer, from the last model's coverage (kept while an error shows). */
  private months: string[] = [];
  private coverage = '';

  // The combobox.
  private query = '';
  private open = false;
  private active = 0;
  /** What the picker's live region says (added, removed, the series limit, no match). */
  private note = '';
  /** What the controls' live region says (Link copied, a vetoed change). */
  private status = '';
  /** After a chip is removed: the chip whose button takes focus (its index), or the input (-1). */
  private focusAfter: number | null = null;

  constructor(
    private readonly el: ControlledElement,
    private readonly host: ControlsHost,
  ) {
    this.tag = el.localName as ControlledTag;
    this.initial = this.current();
    el.addController(this);
    const root = el.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet;
    if (root.adoptedStyleSheets && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (this.linked) this.restore(false);
    el.requestUpdate();
  }

  hostConnected(): void {
    if (!this.linked) return;
    addEventListener('popstate', this.onNavigate);
    addEventListener('hashchange', this.onNavigate);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onNavigate);
    removeEventListener('hashchange', this.onNavigate);
  }

  hostUpdated(): void {
    if (this.focusAfter === null) return;
    const root = this.el.renderRoot;
    const chips = [...root.querySelectorAll<HTMLButtonElement>('.chips button')];
    const target = this.focusAfter >= 0 ? (chips[Math.min(this.focusAfter, chips.length - 1)] ?? null) : null;
    (target ?? root.querySelector<HTMLInputElement>('.picker input'))?.focus();
    this.focusAfter = null;
  }

  /** Whether the selection goes into the URL. */
  private get linked(): boolean {
    return this.el.hasAttribute('permalink') && !!this.el.id;
  }

  /**
   * Throws what keeps the element from drawing: a `controls` value it does not take, `permalink`
   * without an `id`, a fragment that cannot be read. Called by the element before each load.
   */
  check(): void {
    if (this.el.hasAttribute('controls')) parseControls(this.tag, this.el.getAttribute('controls'));
    if (this.el.hasAttribute('permalink') && !this.el.id)
      throw new FpkError(
        'bad-attribute',
        `permalink needs an id on the element: the reader's choices are kept in the URL under #fpk-<id>, e.g. <${this.tag} id="deaths" permalink>.`,
        'permalink',
      );
    if (this.stateError) throw this.stateError;
  }

  // ——— state ———

  private current(): ReaderState {
    const state: Record<string, string | null> = {};
    for (const name of STATE_ATTRIBUTES[this.tag]) state[name] = this.el.getAttribute(name);
    return state;
  }

  /**
   * Back/forward, or a new fragment. A link to one of the page's own anchors (`#methods`) makes a
   * history entry that is not ours and holds no key of this element: the reader's choice stays.
   * Entries the controls made (and the one they started from) carry a mark in `history.state`.
   */
  private readonly onNavigate = (): void => {
    if (readFragment(location.hash, fragmentKey(this.el.id)) === null && !marked(history.state)) return;
    this.restore(true);
  };

  /** Sets the attributes the fragment names (the page's own values where it names none). */
  private restore(reloadOnError: boolean): void {
    const had = this.stateError;
    const text = readFragment(location.hash, fragmentKey(this.el.id));
    let state: ReaderState = {};
    this.stateError = null;
    try {
      if (text !== null) state = parseState(this.tag, text, 'permalink');
    } catch (error) {
      this.stateError = error as FpkError;
    }
    if (!this.stateError) {
      const full: ReaderState = {};
      for (const name of STATE_ATTRIBUTES[this.tag]) full[name] = Object.hasOwn(state, name) ? state[name] : this.initial[name];
      this.set(full);
    }
    // The attributes may be the same as before: the load runs again to show (or clear) the error.
    if (reloadOnError && (had || this.stateError)) this.host.reload();
  }

  private set(state: ReaderState): void {
    for (const [name, value] of Object.entries(state)) {
      if (value === null || value === undefined) this.el.removeAttribute(name);
      else this.el.setAttribute(name, value);
    }
  }

  /** A reader's choice: `fpk-change` (a host may veto it), then the attributes, then the URL. */
  private change(attributes: ReaderState): boolean {
    const lang = this.el.language;
    if (!emit(this.el, 'fpk-change', { attributes }, { cancelable: true })) {
      this.status = w(lang, 'vetoed');
      this.el.requestUpdate();
      return false;
    }
    this.status = '';
    this.set(attributes);
    if (this.el.hasAttribute('permalink') && this.el.id) {
      const had = this.stateError;
      this.stateError = null;
      const fragment = writeFragment(location.hash, fragmentKey(this.el.id), stateString(this.tag, this.current(), this.initial));
      // The entry the reader started from is marked too, so going back to it restores the page's attributes.
      if (!marked(history.state)) history.replaceState(mark(history.state), '');
      history.pushState(mark(history.state), '', `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`);
      if (had) this.host.reload();
    }
    this.el.requestUpdate();
    return true;
  }

  // ——— what each control shows ———

  private get dataset(): string {
    return this.el.getAttribute('dataset') ?? 'overdoses';
  }

  private chosenPlaces(): Jurisdiction[] {
    const list = (this.el.getAttribute('jurisdictions') ?? '')
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean);
    // Without the attribute a trend draws the US and the compare every state (shown as words, no chips).
    return (list.length ? list : this.tag === 'fpk-trend' ? ['US'] : []) as Jurisdiction[];
  }

  private chosenDrugs(): string[] {
    const list = (this.el.getAttribute('drugs') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return list.length ? list : ['all-drugs'];
  }

  /** Series a trend may have: eight, shared among its drugs. */
  private get maxPlaces(): number {
    return this.tag === 'fpk-trend' ? Math.max(1, Math.floor(MAX_SERIES / this.chosenDrugs().length)) : JURISDICTION_CODES.length;
  }

  /** Places the typed text matches, by their English or Spanish name, or their code. */
  private matches(lang: Lang): { code: Jurisdiction; label: string }[] {
    const q = fold(this.query.trim());
    const chosen = new Set(this.chosenPlaces());
    const other: Lang = lang === 'en' ? 'es' : 'en';
    return JURISDICTION_CODES.filter((code) => !chosen.has(code)).flatMap((code) => {
      const own = placeName(lang, code);
      const alt = placeName(other, code);
      const starts = (name: string) => ` ${fold(name)}`.includes(` ${q}`);
      if (!q || starts(own) || fold(code) === q) return [{ code, label: own }];
      return starts(alt) ? [{ code, label: `${own} (${alt})` }] : [];
    });
  }

  render(lang: Lang): TemplateResult {
    let kinds: ControlKind[] = [];
    if (this.el.hasAttribute('controls')) {
      try {
        kinds = parseControls(this.tag, this.el.getAttribute('controls'));
      } catch {
        // Said in the error panel (check()).
      }
    }
    // The trend's other datasets have no places, drugs or rates to choose: only their period.
    if (this.tag === 'fpk-trend' && this.dataset !== 'overdoses') kinds = kinds.filter((k) => k === 'period');
    const share = this.el.hasAttribute('permalink')
      ? html`<button type="button" class="share" @click=${() => void this.share()}>${w(lang, 'share')}</button>`
      : nothing;
    return html`<div class="controls" role="group" aria-label=${w(lang, 'controls')}>
        ${kinds.map((k) => (k === 'jurisdictions' ? this.picker(lang) : k === 'drugs' ? this.drugSelect(lang) : k === 'period' ? this.period(lang) : this.measure(lang)))}
        ${share}
        <p class="hint" role="status">${this.status}</p>
      </div>
      <p class="selection">${w(lang, 'shown', { what: this.selectionText(lang, kinds) })}</p>`;
  }

  /** The selection in words, for print (where the controls are hidden). */
  private selectionText(lang: Lang, kinds: readonly ControlKind[]): string {
    const parts: string[] = [];
    if (kinds.includes('jurisdictions')) {
      const places = this.chosenPlaces();
      parts.push(places.length ? places.map((c) => nameOf(lang, c)).join(', ') : w(lang, 'allStates'));
    }
    if (kinds.includes('drugs'))
      parts.push(
        this.chosenDrugs()
          .map((d) => this.drugLabel(lang, d))
          .join(', '),
      );
    if (kinds.includes('period')) {
      const from = this.el.getAttribute('from');
      const to = this.el.getAttribute('to');
      // A malformed month is the element's error already; the print line repeats it as written.
      const month = (m: string | null, none: string) => (m ? (isMonth(m) ? formatMonth(lang, m) : m) : none);
      parts.push(
        this.tag === 'fpk-map'
          ? `${w(lang, 'periodEnding')} ${month(to, w(lang, 'latest').toLowerCase())}`
          : `${month(from, w(lang, 'earliest'))} – ${month(to, w(lang, 'latest').toLowerCase())}`,
      );
    }
    if (kinds.includes('measure')) {
      const m = this.el.getAttribute('measure') ?? DEFAULT_MEASURE[this.tag];
      if (m === 'reported' || m === 'per100k' || m === 'yoy') parts.push(w(lang, m));
    }
    return parts.join(' · ');
  }

  private drugLabel(lang: Lang, drug: string): string {
    return (DRUG_INDICATORS as readonly string[]).includes(drug) ? drugName(lang, drug as (typeof DRUG_INDICATORS)[number]) : drug;
  }

  // ——— the place picker: an ARIA 1.2 combobox with a listbox, chosen places as chips ———

  private picker(lang: Lang): TemplateResult {
    const chosen = this.chosenPlaces();
    const options = this.open ? this.matches(lang) : [];
    const full = chosen.length >= this.maxPlaces;
    const active = options[this.active];
    return html`<div class="picker">
      <span class="label" id="places-label">${w(lang, 'places')}</span>
      ${
        chosen.length
          ? html`<ul class="chips" aria-labelledby="places-label">
              ${chosen.map(
                (code, i) =>
                  html`<li>
                    ${nameOf(lang, code)}
                    <button
                      type="button"
                      aria-label=${w(lang, 'remove', { name: nameOf(lang, code) })}
                      @click=${() => this.removePlace(i)}
                      @keydown=${(e: KeyboardEvent) => {
                        if (e.key === 'Delete' || e.key === 'Backspace') {
                          e.preventDefault();
                          this.removePlace(i);
                        }
                      }}
                    >
                      ×
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p class="hint">${w(lang, 'allStatesHint')}</p>`
      }
      <label for="place-input" class="visually-hidden">${w(lang, 'addPlace')}</label>
      <input
        id="place-input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open && options.length > 0 ? 'true' : 'false'}
        aria-controls="place-list"
        aria-activedescendant=${this.open && active ? `place-${active.code}` : ''}
        aria-describedby="place-note"
        placeholder=${w(lang, 'addPlace')}
        .value=${live(this.query)}
        @input=${(e: InputEvent) => {
          this.query = (e.target as HTMLInputElement).value;
          this.open = true;
          this.active = 0;
          const n = this.matches(lang).length;
          this.note = n ? '' : w(lang, 'noMatch', { q: this.query });
          this.el.requestUpdate();
        }}
        @keydown=${(e: KeyboardEvent) => this.onPickerKey(e, lang)}
        @blur=${() => {
          this.open = false;
          this.el.requestUpdate();
        }}
      />
      <ul id="place-list" role="listbox" aria-label=${w(lang, 'addPlace')} ?hidden=${!options.length}>
        ${options.map(
          (o, i) =>
            html`<li
              id=${`place-${o.code}`}
              role="option"
              class=${i === this.active ? 'active' : ''}
              aria-selected=${i === this.active ? 'true' : 'false'}
              aria-disabled=${full ? 'true' : 'false'}
              @pointerdown=${(e: PointerEvent) => e.preventDefault()}
              @click=${() => this.addPlace(o.code, lang)}
            >
              ${o.label}
            </li>`,
        )}
      </ul>
      <p class="hint" id="place-note" aria-live="polite">${this.note}</p>
    </div>`;
  }

  private onPickerKey(e: KeyboardEvent, lang: Lang): void {
    const options = this.matches(lang);
    const move = (to: number) => {
      e.preventDefault();
      this.open = true;
      this.active = Math.max(0, Math.min(options.length - 1, to));
      this.el.requestUpdate();
      void this.el.updateComplete.then(() =>
        this.el.renderRoot.querySelector(`#place-${options[this.active]?.code}`)?.scrollIntoView?.({ block: 'nearest' }),
      );
    };
    if (e.key === 'ArrowDown') move(this.open ? this.active + 1 : 0);
    else if (e.key === 'ArrowUp') move(this.open ? this.active - 1 : options.length - 1);
    else if (e.key === 'Enter' && this.open && options[this.active]) {
      e.preventDefault();
      this.addPlace(options[this.active]!.code, lang);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (this.open) this.open = false;
      else this.query = '';
      this.el.requestUpdate();
    } else if (e.key === 'Backspace' && this.query === '' && this.chosenPlaces().length) {
      // From the empty input, Backspace goes to the last chip (Delete or Backspace there removes it).
      e.preventDefault();
      [...this.el.renderRoot.querySelectorAll<HTMLButtonElement>('.chips button')].at(-1)?.focus();
    }
  }

  private addPlace(code: Jurisdiction, lang: Lang): void {
    const chosen = this.chosenPlaces();
    const name = placeName(lang, code);
    if (chosen.length >= this.maxPlaces) {
      this.note = w(lang, 'maxSeries', { n: MAX_SERIES, name });
      this.el.requestUpdate();
      return;
    }
    const next = this.tag === 'fpk-compare' && !this.el.hasAttribute('jurisdictions') ? [code] : [...chosen, code];
    if (!this.change({ jurisdictions: next.join(',') })) return;
    this.query = '';
    this.open = false;
    this.active = 0;
    this.note = w(lang, 'added', { name });
  }

  private removePlace(index: number): void {
    const lang = this.el.language;
    const chosen = this.chosenPlaces();
    const code = chosen[index];
    if (!code) return;
    const next = chosen.filter((_, i) => i !== index);
    if (!this.change({ jurisdictions: next.length ? next.join(',') : null })) return;
    this.note = w(lang, 'removed', { name: nameOf(lang, code) });
    this.focusAfter = next.length && this.el.hasAttribute('jurisdictions') ? index : -1;
  }

  // ——— drug, period, measure ———

  private drugSelect(lang: Lang): TemplateResult {
    const drugs = this.chosenDrugs();
    const one = drugs.length === 1 ? drugs[0] : '';
    return html`<div>
      <label class="label" for="drug">${w(lang, 'drug')}</label>
      <select id="drug" @change=${(e: Event) => this.change({ drugs: (e.target as HTMLSelectElement).value })}>
        ${one ? nothing : html`<option value="" disabled .selected=${live(true)}>${w(lang, 'severalDrugs', { names: drugs.map((d) => this.drugLabel(lang, d)).join(', ') })}</option>`}
        ${DRUG_INDICATORS.map((d) => html`<option value=${d} .selected=${live(d === one)}>${drugName(lang, d, { capital: true })}</option>`)}
      </select>
    </div>`;
  }

  private period(lang: Lang): TemplateResult {
    const from = this.el.getAttribute('from') ?? '';
    const to = this.el.getAttribute('to') ?? '';
    const meta = this.host.model()?.metas[0];
    const coverage = meta?.coverage.start && meta.coverage.end ? `${meta.coverage.start.slice(0, 7)}/${meta.coverage.end.slice(0, 7)}` : '';
    if (coverage && coverage !== this.coverage) {
      this.coverage = coverage;
      this.months = monthsBetween(coverage.slice(0, 7), coverage.slice(8));
    }
    const months = this.months;
    const select = (name: 'from' | 'to', label: string, none: string, allowed: readonly string[]) => {
      const value = name === 'from' ? from : to;
      return html`<label for=${name}>${label}</label>
        <select id=${name} @change=${(e: Event) => this.change({ [name]: (e.target as HTMLSelectElement).value || null })}>
          <option value="" .selected=${live(value === '')}>${none}</option>
          ${value && !allowed.includes(value) ? html`<option value=${value} .selected=${live(true)}>${value}</option>` : nothing}
          ${allowed.map((m) => html`<option value=${m} .selected=${live(m === value)}>${formatMonth(lang, m)}</option>`)}
        </select>`;
    };
    // Each select offers only the months that keep the period in order.
    const fromMonths = months.filter((m) => !to || m <= to).reverse();
    const toMonths = months.filter((m) => !from || m >= from).reverse();
    if (this.tag === 'fpk-map')
      return html`<fieldset><legend>${w(lang, 'period')}</legend>${select('to', w(lang, 'periodEnding'), w(lang, 'latest'), toMonths)}</fieldset>`;
    const first =
      this.tag === 'fpk-compare'
        ? select('from', w(lang, 'compareWith'), w(lang, 'noEarlier'), fromMonths)
        : select('from', w(lang, 'from'), w(lang, 'earliest'), fromMonths);
    return html`<fieldset>
      <legend>${w(lang, 'period')}</legend>
      ${first} ${select('to', w(lang, 'to'), w(lang, 'latest'), toMonths)}
    </fieldset>`;
  }

  private measure(lang: Lang): TemplateResult {
    const current = this.el.getAttribute('measure') ?? DEFAULT_MEASURE[this.tag];
    return html`<fieldset>
      <legend>${w(lang, 'measure')}</legend>
      <div class="radios">
        ${MEASURES[this.tag].map(
          (m) =>
            html`<label
              ><input
                type="radio"
                name="measure"
                value=${m}
                .checked=${live(m === current)}
                @change=${() => this.change({ measure: m })}
              />
              ${w(lang, m as 'reported' | 'per100k' | 'yoy')}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }

  // ——— Share ———

  private async share(): Promise<void> {
    const lang = this.el.language;
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.status = w(lang, 'linkCopied');
    } catch {
      this.status = w(lang, 'copyThis', { url });
    }
    this.el.requestUpdate();
  }
}
