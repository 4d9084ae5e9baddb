/**
 * Which element tags the static renderer can draw, and how each turns attributes into the same
 * `ChartModel` its browser element shows. The elements register pure builders (no DOM, no
 * `this`): the element's own `buildModel()` calls the same function with its attributes.
 */
import type { Lang } from '../../components/shared/i18n.js';
import type { ChartModel } from '../../components/shared/model.js';
import { FpkError, UnknownValueError } from '../errors.js';
import type { ThemeToken } from '../theme.js';

/**
 * Attribute values by HTML attribute name, exactly as written on the element
 * (`{ dataset: 'overdoses', jurisdictions: 'US,OH', from: '2020-01' }`); absent = undefined.
 */
export type ModelAttributes = Readonly<Record<string, string | undefined>>;

/** What an element reads from its page besides attributes. */
export interface ModelContext {
  /** Resolved design tokens, as the element's `--_<name>` custom properties hold them. */
  readonly tokens: Readonly<Record<ThemeToken, string>>;
}

/** Builds what an element shows; throws `FpkError` (code and `attribute`) for a bad attribute. */
export type ModelBuilder = (attributes: ModelAttributes, lang: Lang, context: ModelContext) => Promise<ChartModel>;

const builders = new Map<string, ModelBuilder>();

/** Registers (or replaces) the builder of a tag. */
export function registerModel(tag: string, builder: ModelBuilder): void {
  builders.set(tag, builder);
}

/** A builder loaded on first use, so rendering one element never loads the others' code. */
export function lazyModel(load: () => Promise<ModelBuilder>): ModelBuilder {
  let loaded: Promise<ModelBuilder> | undefined;
  return async (attributes, lang, context) => (await (loaded ??= load()))(attributes, lang, context);
}

/** Tags that can be rendered, sorted. */
export function renderableTags(): string[] {
  return [...builders.keys()].sort();
}

export function modelBuilder(tag: string): ModelBuilder {
  const builder = builders.get(tag);
  if (builder) return builder;
  const known = renderableTags();
  if (known.length === 0) throw new FpkError('unknown-value', `Unknown tag "${tag}": no element is registered for static rendering.`, 'tag');
  throw new UnknownValueError('tag', tag, known);
}
