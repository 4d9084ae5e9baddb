/**
 * Vue: the elements' attributes and events checked in templates (through `GlobalComponents`,
 * which vue-tsc / Vue's language tools read) and in Vue JSX (`jsxImportSource: "vue"`). Turn it
 * on once per project: `import 'fentanyl-policy-kit/jsx/vue';` (an empty module) or, types only,
 * `/// <reference types="fentanyl-policy-kit/jsx/vue" />`. Tell Vue's compiler the tags are custom
 * elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('fpk-')`.
 *
 * Vue sets a property where the element has one and an attribute otherwise, which the elements
 * read alike, except `dataset`: the property of that name is HTMLElement's data-* map, and Vue
 * would try (and fail) to assign the string to it. In templates force the attribute,
 * `:dataset.attr="'seizures'"`; in JSX write the property, `datasetName="seizures"` (typed
 * here). Events are `@fpk-ready` in templates and `onFpkReady` in JSX, with typed details.
 */
import type { AllowedComponentProps, DefineComponent, HTMLAttributes, ReservedProps } from 'vue';
import type {} from 'vue/jsx-runtime'; // loads the module augmented below, which nothing else here imports
import type { FpkAttributes, FpkEventProps, FpkTag } from './index.js';

/** `dataset` as the `datasetName` property, on the tags that take it. */
type VueAttributes<T extends FpkTag> = Omit<FpkAttributes<T>, 'dataset'> &
  ('dataset' extends keyof FpkAttributes<T> ? { datasetName?: FpkAttributes<T>['dataset' & keyof FpkAttributes<T>] } : unknown);

export type VueFpkProps<T extends FpkTag> = VueAttributes<T> & FpkEventProps<T>;

declare module 'vue' {
  interface GlobalComponents {
    'fpk-trend': DefineComponent<VueFpkProps<'fpk-trend'>>;
    'fpk-compare': DefineComponent<VueFpkProps<'fpk-compare'>>;
    'fpk-map': DefineComponent<VueFpkProps<'fpk-map'>>;
    'fpk-timeline': DefineComponent<VueFpkProps<'fpk-timeline'>>;
    'fpk-cases': DefineComponent<VueFpkProps<'fpk-cases'>>;
    'fpk-chart': DefineComponent<VueFpkProps<'fpk-chart'>>;
  }
}

/** Vue's own props of any element (class, style, key, ref …), with the element's attributes in place of HTML's same-named ones (`lang`). */
export type VueFpkElement<T extends FpkTag> = Omit<HTMLAttributes, keyof FpkAttributes<T>> &
  ReservedProps &
  AllowedComponentProps &
  VueFpkProps<T>;

declare module 'vue/jsx-runtime' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Vue's JSX types are a namespace; augmenting needs one
  namespace JSX {
    interface IntrinsicElements {
      'fpk-trend': VueFpkElement<'fpk-trend'>;
      'fpk-compare': VueFpkElement<'fpk-compare'>;
      'fpk-map': VueFpkElement<'fpk-map'>;
      'fpk-timeline': VueFpkElement<'fpk-timeline'>;
      'fpk-cases': VueFpkElement<'fpk-cases'>;
      'fpk-chart': VueFpkElement<'fpk-chart'>;
    }
  }
}
