/**
 * Type tests of `fentanyl-policy-kit/react` (components/react): compiled by `tsc -p .` and never
 * run. Each `@ts-expect-error` line must fail to compile; if it ever compiles, tsc reports the
 * unused directive and the typecheck fails.
 */
import { FpkCases, FpkCompare, FpkMap, FpkTimeline, FpkTrend, type FpkChangeDetail } from '../../components/react/index.js';

export function Page() {
  return (
    <>
      <FpkTrend
        jurisdictions="US,OH"
        drugs="synthetic-opioids"
        theme="dark"
        srcDate="month"
        onFpkChange={(event) => {
          // The detail is the changed attributes, typed: a string, or null for a removed one.
          const jurisdictions: string | null | undefined = event.detail.attributes.jurisdictions;
          const detail: FpkChangeDetail = event.detail;
          // @ts-expect-error a reader control never changes `heading`
          void event.detail.attributes.heading;
          // @ts-expect-error the value is a string or null, never a number
          const wrong: number | undefined = event.detail.attributes.from;
          if (jurisdictions?.includes('OH') === false) event.preventDefault();
          void detail;
          void wrong;
        }}
        onFpkReady={(event) => event.detail.rows.toFixed(0) + event.detail.summary}
        onFpkError={(event) => event.detail.code satisfies string}
        onFpkDownload={(event) => event.detail.format satisfies 'csv' | 'json' | 'png' | 'svg' | 'cite'}
      />
      {/* @ts-expect-error `jurisdiction` (singular) is not an attribute of <fpk-trend> */}
      <FpkTrend jurisdiction="US" />
      {/* @ts-expect-error theme is auto, light or dark */}
      <FpkTrend theme="blue" />
      {/* @ts-expect-error the trend fires no fpk-select, so there is no onFpkSelect to pass */}
      <FpkTrend onFpkSelect={() => undefined} />
      {/* @ts-expect-error the `dataset` attribute is the `datasetName` prop (HTMLElement.dataset is the data-* map) */}
      <FpkTrend dataset="seizures" />
      <FpkTrend datasetName="seizures" />
      <FpkCompare mode="dumbbell" from="2023-06" to="2024-06" onFpkSelect={(event) => event.detail.datum['code']} />
      <FpkMap
        to="2024-06"
        view="table"
        onFpkChange={(event) => {
          // @ts-expect-error the detail is read-only: a host vetoes with preventDefault(), not by editing it
          event.detail.attributes = {};
        }}
      />
      <FpkTimeline types="FTO" organizations="sinaloa-cartel" onFpkSelect={(event) => event.detail.datum} />
      {/* @ts-expect-error the timeline takes no reader controls, so it fires no fpk-change */}
      <FpkTimeline onFpkChange={() => undefined} />
      <FpkCases eventTypes="sentence" query="Guzmán" />
      {/* @ts-expect-error `loading` is lazy or eager */}
      <FpkCases loading="later" />
    </>
  );
}
