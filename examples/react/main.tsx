/**
 * A React page using the elements through the package's typed wrappers
 * (`fentanyl-policy-kit/react`, made with @lit/react; tsconfig.json maps the package name to the
 * source here, as node_modules would in your app): a state picker
 * drives the trend and the highlighted bar; clicking a state on the map or a bar picks it too
 * (the elements' `fpk-select` event); the elements' events are logged under the picker.
 * Bundled by scripts/build-examples.mjs (React is CommonJS; the dev server serves only ESM).
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { STATE_CODES, jurisdictionName, setDataBaseURL, type Jurisdiction } from 'fentanyl-policy-kit';
import { FpkCompare, FpkMap, FpkTrend, type FpkErrorDetail, type FpkReadyDetail, type FpkSelectDetail } from 'fentanyl-policy-kit/react';

// The bundle lives in examples/react/; the data is served from the repository's datasets/.
setDataBaseURL(new URL('../../datasets/', location.href));

const STATES = [...STATE_CODES].sort((a, b) => jurisdictionName(a).localeCompare(jurisdictionName(b)));

function isState(code: unknown): code is Jurisdiction {
  return typeof code === 'string' && (STATE_CODES as readonly string[]).includes(code);
}

function App() {
  const [state, setState] = useState<Jurisdiction>('OH');
  const [log, setLog] = useState<string[]>([]);
  const note = useCallback((line: string) => setLog((lines) => [line, ...lines].slice(0, 4)), []);
  const pick = useCallback(
    (event: CustomEvent<FpkSelectDetail>) => {
      const code = event.detail.datum['code'];
      if (isState(code)) {
        setState(code);
        note(`fpk-select: ${jurisdictionName(code)}`);
      }
    },
    [note],
  );
  const ready = (what: string) => (event: CustomEvent<FpkReadyDetail>) =>
    note(`fpk-ready: ${what}, ${event.detail.rows} rows in its table`);
  const failed = (event: CustomEvent<FpkErrorDetail>) => note(`fpk-error: ${event.detail.message}`);
  const name = jurisdictionName(state);

  return (
    <>
      <div className="controls">
        <label htmlFor="state">State</label>
        <select id="state" value={state} onChange={(e) => isState(e.target.value) && setState(e.target.value)}>
          {STATES.map((code) => (
            <option key={code} value={code}>
              {jurisdictionName(code)}
            </option>
          ))}
        </select>
        <p className="hint">Or click a state on the map or a bar in the ranking.</p>
      </div>
      <section className="log" aria-labelledby="log-heading">
        <h2 id="log-heading">Events</h2>
        <ol aria-live="polite">
          {log.map((line, i) => (
            <li key={log.length - i}>{line}</li>
          ))}
        </ol>
      </section>

      <FpkTrend
        jurisdictions={`US,${state}`}
        drugs="synthetic-opioids"
        measure="per100k"
        from="2019-01"
        events="designations"
        heading={`Synthetic-opioid deaths per 100,000 residents: United States and ${name}`}
        description="12 months ending each month, CDC provisional counts; markers: US designations aimed at cartels."
        onFpkReady={ready('trend')}
        onFpkError={failed}
      />
      <FpkCompare
        drugs="synthetic-opioids"
        to="2024-06"
        measure="per100k"
        highlight={state}
        heading="Synthetic-opioid death rates by state, 12 months ending June 2024"
        description={`${name} highlighted. Deaths per 100,000 residents.`}
        onFpkReady={ready('ranking')}
        onFpkError={failed}
        onFpkSelect={pick}
      />
      <FpkMap
        drugs="synthetic-opioids"
        to="2024-06"
        heading="Synthetic-opioid deaths per 100,000 residents, 12 months ending June 2024"
        onFpkReady={ready('map')}
        onFpkError={failed}
        onFpkSelect={pick}
      />
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
