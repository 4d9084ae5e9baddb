/**
 * Runs inside csp-elements.html, served with `script-src 'self'; style-src 'self'`: puts one of
 * each element on the page (charts drawn eagerly, plus a table view and an error), waits for
 * each to settle, and posts what a reader would see and every CSP violation to the parent.
 */
import '../../components/index.js';
import '../../components/fpk-chart/define.js';

export interface ElementOutcome {
  tag: string;
  event: string;
  svgRole: string | null;
  marks: number;
  rows: number;
  source: string;
  error: string;
  /** Form controls of the reader controls (the trend has `controls permalink`: its chunk and stylesheet under the policy too). */
  controls: number;
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`));

/** A vega-lite bar chart of synthetic-opioid deaths by state (test/browser/fpk-chart.test.ts draws it too). */
export const BAR_SPEC = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: { name: 'overdoses' },
  mark: 'bar',
  encoding: {
    x: { field: 'jurisdiction', type: 'nominal', sort: '-y', title: 'State' },
    y: { field: 'reported', type: 'quantitative', title: 'Deaths' },
  },
};
export const BAR_QUERY = { jurisdictions: ['OH', 'WV', 'KY', 'TN'], indicators: ['synthetic-opioids'], from: '2024-12', to: '2024-12' };

const ELEMENTS: [string, Record<string, string>][] = [
  [
    'fpk-trend',
    {
      id: 'csp-trend',
      controls: '',
      permalink: '',
      jurisdictions: 'US,OH,WV',
      drugs: 'synthetic-opioids',
      from: '2023-01',
      events: 'designations',
    },
  ],
  ['fpk-compare', { drugs: 'synthetic-opioids', to: '2024-06', jurisdictions: 'OH,WV,KY,TN' }],
  ['fpk-map', { measure: 'per100k', to: '2024-06' }],
  ['fpk-timeline', { from: '2025-01', terrorism: 'only' }],
  ['fpk-cases', { from: '2025-01' }],
  ['fpk-trend', { jurisdictions: 'US', view: 'table' }],
  ['fpk-compare', { jurisdictions: 'XX' }],
  // A vega-lite spec compiled in the page and drawn by the same CSP-safe vega (with the transforms the compile asks for: stack).
  ['fpk-chart', { spec: JSON.stringify(BAR_SPEC), query: JSON.stringify(BAR_QUERY) }],
  ['fpk-chart', { spec: JSON.stringify(BAR_SPEC), query: JSON.stringify(BAR_QUERY), view: 'table' }],
];

async function place(tag: string, attributes: Record<string, string>): Promise<ElementOutcome> {
  const el = document.createElement(tag);
  el.setAttribute('loading', 'eager');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  const event = new Promise<string>((resolve) => {
    el.addEventListener('fpk-ready', () => resolve('fpk-ready'), { once: true });
    el.addEventListener('fpk-error', () => resolve('fpk-error'), { once: true });
  });
  document.body.append(el);
  const outcome = await event;
  const root = el.shadowRoot!;
  return {
    tag,
    event: outcome,
    svgRole: root.querySelector('svg')?.getAttribute('role') ?? null,
    marks: root.querySelectorAll('svg .role-mark > path, svg .role-mark > line, svg .role-mark > g').length,
    rows: root.querySelectorAll('tbody tr').length,
    source: root.querySelector('[part="source"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    error: root.querySelector('[part="error"]')?.textContent?.trim() ?? '',
    controls: root.querySelectorAll('.controls input, .controls select, .controls button').length,
  };
}

const results: ElementOutcome[] = [];
for (const [tag, attributes] of ELEMENTS) results.push(await place(tag, attributes));
// Let late work (tooltips, resize reflows) happen before reporting.
await new Promise((r) => setTimeout(r, 300));
parent.postMessage({ type: 'csp-elements', results, violations }, location.origin);
