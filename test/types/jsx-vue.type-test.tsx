/** @jsxImportSource vue */
/**
 * Type tests of fentanyl-policy-kit/jsx/vue (components/jsx/vue.ts), as a Vue app writes the
 * elements in JSX and as its templates see them (GlobalComponents): compiled by `tsc -p .`,
 * never run; every `@ts-expect-error` must fail.
 */
import '../../components/jsx/vue.js';
import type { GlobalComponents } from 'vue';

export const page = (
  <>
    <fpk-trend
      jurisdictions="US,OH"
      datasetName="overdoses"
      theme="dark"
      src-date="month"
      class="wide"
      onFpkReady={(event) => event.detail.rows.toFixed(0)}
      onFpkChange={(event) => {
        const next: string | null | undefined = event.detail.attributes.jurisdictions;
        if (next === null) event.preventDefault();
      }}
    />
    {/* @ts-expect-error Vue would assign the string to HTMLElement.dataset: datasetName in JSX */}
    <fpk-trend dataset="seizures" />
    {/* @ts-expect-error `jurisdiction` (singular) is not an attribute of <fpk-trend> */}
    <fpk-trend jurisdiction="US" />
    {/* @ts-expect-error theme is auto, light or dark */}
    <fpk-timeline theme="blue" />
    {/* @ts-expect-error the timeline fires no fpk-change */}
    <fpk-timeline onFpkChange={() => undefined} />
    <fpk-map to="2024-06" onFpkSelect={(event) => event.detail.datum['code']} />
  </>
);

// What a template's <fpk-compare> is checked against.
type CompareProps = InstanceType<GlobalComponents['fpk-compare']>['$props'];
export const props: CompareProps = { mode: 'dumbbell', highlight: 'OH', onFpkSelect: (event) => event.detail.datum };
// @ts-expect-error mode is bars, dumbbell or change
export const wrong: CompareProps = { mode: 'lines' };
