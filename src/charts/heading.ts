/**
 * The heading above a chart: the author's `heading` attribute, or, when there is none, one derived
 * from the model (what, where, when; in the element's language), so an exported PNG/SVG or an
 * `fpk render` image is never untitled. `heading=""` is how an author asks for no heading.
 */
import type { ChartModel } from './contract.js';

export function headingOf(attribute: string | null | undefined, model: Pick<ChartModel, 'heading' | 'label'>): string | undefined {
  if (attribute !== undefined && attribute !== null) return attribute.trim() || undefined;
  return model.heading ?? model.label;
}
