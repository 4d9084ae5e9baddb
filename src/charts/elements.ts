/**
 * The element tags and their attribute tables, for code that handles any tag: the CLI's
 * flags and help, the embed page's allow-list, typed wrappers (React props), the manifest test.
 * An element imports only its own table (src/charts/<chart>/attributes.ts).
 */
import type { AttributeSpec, AttributeTable, NotTaken } from './attributes.js';
import { CASES_ATTRIBUTES } from './cases/attributes.js';
import { CHART_ATTRIBUTES } from './chart/attributes.js';
import { COMPARE_ATTRIBUTES } from './compare/attributes.js';
import { MAP_ATTRIBUTES, MAP_NOT_TAKEN } from './map/attributes.js';
import { TIMELINE_ATTRIBUTES } from './timeline/attributes.js';
import { TREND_ATTRIBUTES } from './trend/attributes.js';

export const ELEMENT_TAGS = ['fpk-trend', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-cases', 'fpk-chart'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

export const ATTRIBUTE_TABLES = {
  'fpk-trend': TREND_ATTRIBUTES,
  'fpk-compare': COMPARE_ATTRIBUTES,
  'fpk-map': MAP_ATTRIBUTES,
  'fpk-timeline': TIMELINE_ATTRIBUTES,
  'fpk-cases': CASES_ATTRIBUTES,
  'fpk-chart': CHART_ATTRIBUTES,
} as const satisfies Record<ElementTag, AttributeTable>;

/**
 * The CDN script a page loads for a tag: `cdn/fpk.js` registers the five elements readers' pages
 * use; `<fpk-chart>` (a developer's vega-lite chart) has its own, which imports fpk.js, so the
 * core every page loads stays within its budget (scripts/build/load-graph.mjs `OWN_ENTRY`).
 */
export function cdnScript(tag: ElementTag): string {
  return tag === 'fpk-chart' ? 'cdn/fpk-chart.js' : 'cdn/fpk.js';
}

/** Why a tag does not take an attribute a reader may expect (said in the unknown-attribute message). */
export const NOT_TAKEN: Readonly<Partial<Record<ElementTag, NotTaken>>> = { 'fpk-map': MAP_NOT_TAKEN };

/** The HTML attribute names of a tag, e.g. `ElementAttribute<'fpk-map'>` = 'dataset' | 'measure' | … */
export type ElementAttribute<T extends ElementTag> = keyof (typeof ATTRIBUTE_TABLES)[T] & string;

export function isElementTag(tag: string | null | undefined): tag is ElementTag {
  return (ELEMENT_TAGS as readonly (string | null | undefined)[]).includes(tag);
}

export function attributeSpecs(tag: ElementTag): readonly AttributeSpec[] {
  return Object.values(ATTRIBUTE_TABLES[tag] as AttributeTable);
}
