/** @jsxImportSource solid-js */
/**
 * Type tests of fentanyl-policy-kit/jsx/solid (components/jsx/solid.ts), as a Solid app writes
 * the elements: compiled by `tsc -p .`, never run; every `@ts-expect-error` must fail.
 */
import '../../components/jsx/solid.js';

export const page = (
  <>
    <fpk-trend
      jurisdictions="US,OH"
      attr:dataset="overdoses"
      theme="dark"
      src-date="month"
      class="wide"
      on:fpk-ready={(event) => event.detail.rows.toFixed(0)}
      on:fpk-change={(event) => {
        const next: string | null | undefined = event.detail.attributes.jurisdictions;
        if (next === null) event.preventDefault();
      }}
    />
    {/* @ts-expect-error Solid would assign the string to HTMLElement.dataset (and throw): attr:dataset */}
    <fpk-trend dataset="seizures" />
    {/* @ts-expect-error `jurisdiction` (singular) is not an attribute of <fpk-trend> */}
    <fpk-trend jurisdiction="US" />
    {/* @ts-expect-error theme is auto, light or dark */}
    <fpk-map theme="blue" />
    {/* @ts-expect-error not one of the datasets <fpk-trend> reads */}
    <fpk-trend attr:dataset="overdose" />
    <fpk-compare mode="dumbbell" from="2023-06" on:fpk-select={(event) => event.detail.datum['code']} />
    <fpk-cases event-types="sentence" query="Guzmán" />
  </>
);
