/** @jsxImportSource preact */
/**
 * Type tests of fentanyl-policy-kit/jsx/preact (components/jsx/preact.ts), as a Preact app
 * writes the elements: compiled by `tsc -p .`, never run; every `@ts-expect-error` must fail.
 * (TypeScript leaves JSX attribute names with a dash unchecked unless declared, so a misspelt
 * `src-dat` or an `onfpk-select` the element never fires cannot be caught; declared ones are typed.)
 */
import '../../components/jsx/preact.js';

export const page = (
  <>
    <fpk-trend
      jurisdictions="US,OH"
      drugs="synthetic-opioids"
      dataset="overdoses"
      theme="dark"
      src-date="month"
      class="wide"
      onfpk-ready={(event) => event.detail.rows.toFixed(0)}
      onfpk-change={(event) => {
        const next: string | null | undefined = event.detail.attributes.jurisdictions;
        if (next === null) event.preventDefault();
      }}
    />
    {/* @ts-expect-error `jurisdiction` (singular) is not an attribute of <fpk-trend> */}
    <fpk-trend jurisdiction="US" />
    {/* @ts-expect-error theme is auto, light or dark */}
    <fpk-compare theme="blue" />
    {/* @ts-expect-error <fpk-map> has no jurisdictions attribute: it draws every state */}
    <fpk-map jurisdictions="OH" />
    {/* @ts-expect-error the detail is typed: rows is a number */}
    <fpk-trend onfpk-ready={(event) => event.detail.rows.toUpperCase()} />
    <fpk-compare mode="dumbbell" from="2023-06" onfpk-select={(event) => event.detail.datum['code']} />
    {/* @ts-expect-error mode is bars, dumbbell or change */}
    <fpk-compare mode="lines" />
    <fpk-cases event-types="sentence" query="Guzmán" lang="es" />
    {/* @ts-expect-error lang is en or es */}
    <fpk-cases lang="fr" />
    <fpk-timeline types="FTO" onfpk-error={(event) => event.detail.code satisfies string} />
  </>
);
