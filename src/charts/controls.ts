/**
 * Reader controls and permalinks, the pure part: which controls an element shows (`controls`),
 * and the state string a reader's choices are kept in, shared by the element's permalink
 * (`#fpk-<id>=<state>` in the page URL), `fpk render --state` and `renderPNG(…, { state })`.
 *
 * A state string is `name:value` pairs separated by `;`, each an attribute the controls change:
 * `jurisdictions:US,OH;measure:per100k;from:2020-01`. An empty value (`from:`) removes the
 * attribute (the element's default); an attribute not named keeps the value the page gave it.
 * Only the syntax and the names are read here: the values are the element's own attributes, so
 * an unknown jurisdiction or a reversed period is the element's usual error, said the usual way.
 */
import { FpkError } from '../errors.js';

/** The controls there are, in the order they are shown. */
export const CONTROL_KINDS = ['jurisdictions', 'drugs', 'period', 'measure'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

/** The elements that take reader controls. */
export type ControlledTag = 'fpk-trend' | 'fpk-compare' | 'fpk-map';

/** The controls each element can show; `controls` with no value shows all of them. The map always draws every state. */
export const ELEMENT_CONTROLS: Readonly<Record<ControlledTag, readonly ControlKind[]>> = {
  'fpk-trend': CONTROL_KINDS,
  'fpk-compare': CONTROL_KINDS,
  'fpk-map': ['drugs', 'period', 'measure'],
};

/** The attributes a reader's controls change (the keys of a state string), per element. */
export const STATE_ATTRIBUTES = {
  'fpk-trend': ['jurisdictions', 'drugs', 'from', 'to', 'measure'],
  'fpk-compare': ['jurisdictions', 'drugs', 'from', 'to', 'measure'],
  'fpk-map': ['drugs', 'to', 'measure'],
} as const satisfies Record<ControlledTag, readonly string[]>;

export type StateAttribute = (typeof STATE_ATTRIBUTES)[ControlledTag][number];

/** Attribute values a state sets: a value, or null to remove the attribute. */
export type ReaderState = Partial<Record<StateAttribute, string | null>>;

export function isControlledTag(tag: string): tag is ControlledTag {
  return Object.hasOwn(ELEMENT_CONTROLS, tag);
}

/** The `controls` attribute: tokens separated by spaces or commas; empty = every control the element has. */
export function parseControls(tag: ControlledTag, value: string | null | undefined): ControlKind[] {
  const allowed = ELEMENT_CONTROLS[tag];
  const tokens = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const token of tokens)
    if (!(allowed as readonly string[]).includes(token))
      throw new FpkError('unknown-value', `Unknown control "${token}" in controls="${value}". Allowed: ${allowed.join(', ')}.`, 'controls');
  return tokens.length ? allowed.filter((k) => tokens.includes(k)) : [...allowed];
}

/** What a value in a state string may hold: codes, slugs and months (never markup or quotes). */
const VALUE = /^[A-Za-z0-9,._-]*$/;

/**
 * Reads a state string for `tag`; throws `FpkError` (`bad-attribute`, naming `attribute`) for
 * anything that is not `name:value` pairs of the attributes its controls change.
 */
export function parseState(tag: ControlledTag, text: string, attribute = 'state'): ReaderState {
  const names: readonly string[] = STATE_ATTRIBUTES[tag];
  const example = tag === 'fpk-map' ? 'drugs:cocaine;measure:yoy' : 'jurisdictions:US,OH;measure:per100k';
  const bad = (why: string) =>
    new FpkError(
      'bad-attribute',
      `The chart state "${text}" cannot be read: ${why}. Write name:value pairs separated by ";" with the names ${names.join(', ')}, e.g. ${example}.`,
      attribute,
    );
  const state: Record<string, string | null> = {};
  for (const pair of text.split(';')) {
    if (pair.trim() === '') continue;
    const colon = pair.indexOf(':');
    if (colon < 0) throw bad(`"${pair}" has no ":"`);
    const name = pair.slice(0, colon).trim();
    const value = pair.slice(colon + 1).trim();
    if (!names.includes(name)) throw bad(`<${tag}> has no control for "${name}"`);
    if (Object.hasOwn(state, name)) throw bad(`${name} is given twice`);
    if (!VALUE.test(value)) throw bad(`the value of ${name} holds characters no code, slug or month has`);
    state[name] = value === '' ? null : value;
  }
  return state;
}

/** The state string of `current` against `initial` (what the page gave): only what differs; '' when nothing does. */
export function stateString(tag: ControlledTag, current: ReaderState, initial: ReaderState): string {
  return STATE_ATTRIBUTES[tag]
    .filter((name) => (current[name] ?? null) !== (initial[name] ?? null))
    .map((name) => `${name}:${current[name] ?? ''}`)
    .join(';');
}

/** Attribute values with a state applied (`fpk render --state`): null removes. */
export function applyState(attributes: Readonly<Record<string, string>>, state: ReaderState): Record<string, string> {
  const out: Record<string, string> = { ...attributes };
  for (const [name, value] of Object.entries(state)) {
    if (value === null || value === undefined) delete out[name];
    else out[name] = value;
  }
  return out;
}

/**
 * `attributes` with a state string applied, for `fpk render --state` and `render(…, { state })`:
 * the same string a permalink holds, so an image of any reader's view can be made.
 */
export function withState(tag: string, attributes: Readonly<Record<string, string>>, state: string): Record<string, string> {
  if (!isControlledTag(tag))
    throw new FpkError('bad-attribute', `<${tag}> has no reader controls: a state applies to fpk-trend, fpk-compare and fpk-map.`, 'state');
  return applyState(attributes, parseState(tag, state, 'state'));
}

// ——— the URL fragment: `#<the page's own>&fpk-<id>=<state>&fpk-<other id>=<state>` ———

/** The fragment key of an element with this id. */
export function fragmentKey(id: string): string {
  return `fpk-${encodeURIComponent(id)}`;
}

/**
 * The state string under `key` in a URL fragment (`location.hash`, with or without `#`), or null
 * when the fragment has none. The parts that are not `fpk-…=` (the page's own anchor or router
 * state) are never read. A part that is not valid percent-encoding is returned as written (the
 * state parser then says it cannot be read).
 */
export function readFragment(hash: string, key: string): string | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part.startsWith(`${key}=`)) continue;
    const raw = part.slice(key.length + 1);
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return null;
}

/**
 * The fragment with `key` set to `state` (or removed, for '' or null), every other part kept as
 * it was and where it was: the page's own anchor first, other elements' keys untouched.
 * Returns the fragment without `#` ('' when nothing is left).
 */
export function writeFragment(hash: string, key: string, state: string | null): string {
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '');
  const value = state ? `${key}=${encodeURI(state).replace(/[#&]/g, encodeURIComponent)}` : null;
  const at = parts.findIndex((p) => p.startsWith(`${key}=`));
  if (at >= 0) {
    if (value) parts[at] = value;
    else parts.splice(at, 1);
  } else if (value) parts.push(value);
  return parts.join('&');
}
