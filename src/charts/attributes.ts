/**
 * Reading attributes strictly: a value a reader's page got wrong is an `FpkError` that names the
 * attribute, the bad value and everything allowed, which the element shows and fires as
 * `fpk-error`. Nothing is guessed or silently dropped.
 */
import { FpkError } from '../errors.js';

/** "US, OH ,wv" → ["US", "OH", "wv"]; null or empty → []. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Every item must be allowed; the first one that is not is reported with the full allowed list. */
export function pickAll<T extends string>(attribute: string, items: readonly string[], allowed: readonly T[], what = attribute): T[] {
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new FpkError(
        'unknown-value',
        `Unknown ${what} "${item}" in ${attribute}="${items.join(',')}". Allowed: ${allowed.join(', ')}.`,
        attribute,
      );
    }
  }
  return items as T[];
}

/** One value, or the default when the attribute is absent. */
export function pickOne<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (value === null || value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new FpkError('unknown-value', `Unknown ${attribute} "${value}". Allowed: ${allowed.join(', ')}.`, attribute);
  }
  return value as T;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A YYYY-MM month (01–12), as `from`/`to` take it. */
export const isMonth = (value: string): boolean => MONTH.test(value);

/** `from`/`to` as YYYY-MM; `from` after `to` is an error, not an empty chart. */
export function pickRange(from: string | null | undefined, to: string | null | undefined): { from?: string; to?: string } {
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value && !isMonth(value)) throw new FpkError('bad-period', `${name}="${value}" is not a month. Use YYYY-MM, e.g. 2023-06.`, name);
  }
  if (from && to && from > to) throw new FpkError('bad-range', `from="${from}" is after to="${to}". Swap them or widen the range.`, 'from');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** An attribute combination that cannot be drawn (the code `fpk-error` carries). */
export function attributeError(attribute: string, message: string): FpkError {
  return new FpkError('bad-attribute', message, attribute);
}

export function readDataset(tag: string, value: string | null | undefined, allowed: readonly string[]): void {
  if (value && !allowed.includes(value)) {
    throw new FpkError('unknown-dataset', `Unknown dataset "${value}" for <${tag}>. Allowed: ${allowed.join(', ')}.`, 'dataset');
  }
}

// ——— the attribute tables ———

/**
 * How an attribute's value is read: free `text`; a `month` (YYYY-MM); a `url`; one of `values`
 * (`enum`); a comma-separated `list` (of `values` when they are fixed); space-separated `tokens`.
 */
export type AttributeKind = 'text' | 'month' | 'url' | 'enum' | 'list' | 'tokens';

/**
 * What a change of the attribute costs: `reload` rebuilds the model (data and text), `redraw`
 * draws the same model again (the chart's colours), `render` only re-renders the chrome.
 */
export type AttributeChange = 'reload' | 'redraw' | 'render';

/** One attribute of an element: the single home of its name, property, values and documentation. */
export interface AttributeSpec {
  /** The HTML attribute (also the CLI flag `--<name>` and the embed URL parameter). */
  readonly name: string;
  /** The element's property (`datasetName` for `dataset`: `HTMLElement.dataset` is taken). */
  readonly property: string;
  readonly kind: AttributeKind;
  /** The allowed values (of each item, for a list), where they are one fixed list. */
  readonly values?: readonly string[];
  /** The value used when the attribute is absent, where it is one fixed value. */
  readonly default?: string;
  /** As the element's JSDoc `@attr` says it (test/node/attribute-table.test.ts holds them equal). */
  readonly description: string;
  /** Whether an embed URL may set it (src/charts/embeddable.ts). */
  readonly embeddable: boolean;
  readonly change: AttributeChange;
}

/** An element's attributes by HTML name, in documentation order. */
export type AttributeTable = Readonly<Record<string, AttributeSpec>>;

/**
 * Why an element does not take an attribute a reader may expect it to (another element's), by
 * name: said in the unknown-attribute message, e.g. `<fpk-map>` and `jurisdictions`.
 */
export type NotTaken = Readonly<Record<string, string>>;

type SpecInput = Omit<AttributeSpec, 'name' | 'property' | 'embeddable' | 'change'> &
  Partial<Pick<AttributeSpec, 'property' | 'embeddable' | 'change'>>;

/**
 * Writes a table from its entries: the name is the key, the property its camelCase unless given,
 * and an attribute is embeddable and reloads the model unless it says otherwise.
 */
export function attributeTable<const T extends Record<string, SpecInput>>(
  entries: T,
): { readonly [K in keyof T & string]: AttributeSpec & { readonly name: K } & T[K] } {
  const table: Record<string, AttributeSpec> = {};
  for (const [name, input] of Object.entries(entries)) {
    table[name] = {
      name,
      property: input.property ?? name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      embeddable: true,
      change: 'reload',
      ...input,
    };
  }
  return table as never;
}

/** The attributes of the chrome every element shares (DESIGN §4), in the words each element's JSDoc uses. */
export function chromeAttributes(what: 'chart' | 'map' | 'table') {
  return attributeTable({
    heading: { kind: 'text', description: `Heading shown above the ${what}.`, change: 'render' },
    description: { kind: 'text', description: 'One line under the heading.', change: 'render' },
    // The language of every text the element writes: the model is built again.
    lang: { kind: 'enum', values: ['en', 'es'], description: '`en` or `es`.' },
    // Colours are read from the theme's CSS tokens when the chart is drawn.
    theme: {
      kind: 'enum',
      values: ['auto', 'light', 'dark'],
      default: 'auto',
      description: '`auto`, `light` or `dark`.',
      change: 'redraw',
    },
    view: {
      kind: 'enum',
      values: ['chart', 'table'],
      default: 'chart',
      description: what === 'table' ? 'Always a table (`chart` and `table` both show it).' : '`chart` or `table`.',
      change: 'render',
    },
    actions: {
      kind: 'tokens',
      values: what === 'table' ? ['csv', 'json', 'cite'] : ['csv', 'json', 'png', 'svg', 'cite'],
      description: what === 'table' ? 'Actions offered: `csv json cite`.' : 'Actions offered: `csv json png svg cite`.',
      change: 'render',
    },
    // A static fallback's data (adopt.ts): kept by default, or replaced by the newest the script has.
    data: {
      kind: 'enum',
      values: ['pinned', 'live'],
      default: 'pinned',
      description: 'With a static fallback: `pinned` (keep its data) or `live` (redraw with the newest).',
    },
    loading: {
      kind: 'enum',
      values: ['lazy', 'eager'],
      default: 'lazy',
      description: `\`lazy\` (load when near the viewport) or \`eager\`.`,
      change: 'render',
    },
  });
}

/**
 * The reader controls and the permalink (`<fpk-trend>`, `<fpk-compare>`, `<fpk-map>`): what the
 * controls change is the element's own attributes, so these only render (components/shared/controls.ts).
 */
export function readerAttributes<const K extends readonly string[]>(controls: K) {
  return attributeTable({
    controls: {
      kind: 'tokens',
      values: controls,
      description: `Reader controls: any of \`${controls.join(' ')}\` (all when empty).`,
      change: 'render',
    },
    permalink: {
      kind: 'text',
      description: "Keeps the reader's choices in the URL (needs an `id`) and offers Share.",
      change: 'render',
    },
  });
}

/**
 * HTML's global attributes and what frameworks write on any element: never an element's own, so
 * never an unknown attribute (`aria-*`, `data-*`, event handlers `on*`, Angular's `_ngcontent-*`).
 */
const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'style',
  'lang',
  'title',
  'hidden',
  'slot',
  'tabindex',
  'role',
  'dir',
  'part',
  'exportparts',
  'accesskey',
  'autofocus',
  'autocapitalize',
  'contenteditable',
  'draggable',
  'enterkeyhint',
  'inert',
  'inputmode',
  'is',
  'itemid',
  'itemprop',
  'itemref',
  'itemscope',
  'itemtype',
  'nonce',
  'popover',
  'spellcheck',
  'translate',
  'writingsuggestions',
  'xmlns',
  'defer-hydration',
]);

export function isGlobalAttribute(name: string): boolean {
  const n = name.toLowerCase();
  return GLOBAL_ATTRIBUTES.has(n) || /^(aria-|data-|on[a-z]|_ng|ng-|xml:)/.test(n);
}

/** The one message for an attribute `<tag>` does not take, in the element, the CLI and the embed page. */
export function unknownAttributeError(tag: string, name: string, table: AttributeTable, notTaken: NotTaken = {}): FpkError {
  const why = Object.hasOwn(notTaken, name) ? `: ${notTaken[name]}` : '';
  return new FpkError(
    'unknown-attribute',
    `<${tag}> has no attribute "${name}"${why}. Its attributes: ${Object.keys(table).join(', ')}.`,
    name,
  );
}

/** Throws for the first attribute name that is neither the element's nor a global HTML one. */
export function checkAttributeNames(tag: string, names: Iterable<string>, table: AttributeTable, notTaken?: NotTaken): void {
  for (const name of names)
    if (!Object.hasOwn(table, name) && !isGlobalAttribute(name)) throw unknownAttributeError(tag, name, table, notTaken);
}

/** The attribute values a model builder reads, by HTML name, from an element's properties. */
export function modelAttributes(table: AttributeTable, read: (property: string) => unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const spec of Object.values(table)) {
    if (spec.change !== 'reload' || spec.name === 'lang') continue;
    const value = read(spec.property);
    out[spec.name] = value === undefined || value === null ? undefined : String(value);
  }
  return out;
}
