/**
 * Which element tags the static renderer can draw, and how each turns attributes into the same
 * `ChartModel` its browser element shows. src/render/elements.ts registers each tag's pure builder
 * (src/charts/<chart>/model.ts: no DOM, no `this`); the element's own `buildModel()` calls the same
 * function with its attributes, so the image and the page cannot drift.
 */
import type { ModelBuilder } from '../charts/contract.js';
import { FpkError, UnknownValueError } from '../errors.js';

// The contract's types, for the `fentanyl-policy-kit/render` entry (src/render/index.ts) that registers builders.
export type { ModelAttributes, ModelBuilder, ModelContext } from '../charts/contract.js';

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
  if (known.length === 0)
    throw new FpkError('unknown-value', `Unknown tag "${tag}": no element is registered for static rendering.`, 'tag');
  throw new UnknownValueError('tag', tag, known);
}
