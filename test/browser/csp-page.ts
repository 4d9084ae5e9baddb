/**
 * Runs inside csp-page.html, which the test server sends with a strict Content-Security-Policy
 * header (csp-middleware.js). Draws a chart the way `?case=` says, collects every
 * `securitypolicyviolation` (they are composed, so those from shadow roots reach the document)
 * and posts the outcome to the parent test page.
 */
import { barSpec, barSpecVegaLite, type TestChart } from './chart-fixtures.js';

export interface CspOutcome {
  case: string;
  violations: { directive: string; blocked: string; sample: string }[];
  error: string | null;
  marks: number;
  svgRole: string | null;
  tooltipInShadowRoot: boolean;
  tooltipText: string;
  pngPrefix: string;
  svgExport: boolean;
}

const violations: CspOutcome['violations'] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
);

const outcome: CspOutcome = {
  case: new URLSearchParams(location.search).get('case') ?? 'controller',
  violations,
  error: null,
  marks: 0,
  svgRole: null,
  tooltipInShadowRoot: false,
  tooltipText: '',
  pngPrefix: '',
  svgExport: false,
};

function hover(mark: Element | null | undefined): void {
  if (!mark) return;
  const box = mark.getBoundingClientRect();
  const at = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
  mark.dispatchEvent(new PointerEvent('pointermove', at));
}

async function withController(): Promise<void> {
  const chart = document.createElement('test-chart') as TestChart;
  chart.eager = true;
  document.body.append(chart);
  const view = await chart.vega.setSpec({ spec: barSpec(), label: 'Deaths by state' });
  if (!view) outcome.error = chart.errors.map((e) => e.message).join('; ') || 'no view';
  const root = chart.shadowRoot!;
  outcome.marks = root.querySelectorAll('.mark-rect path').length;
  outcome.svgRole = root.querySelector('svg')?.getAttribute('role') ?? null;
  hover(root.querySelector('.mark-rect path'));
  const tip = root.querySelector('.fpk-tooltip');
  outcome.tooltipInShadowRoot = !!tip && !(tip as HTMLElement).hidden;
  outcome.tooltipText = tip?.textContent ?? '';
  outcome.pngPrefix = (await chart.vega.view!.toImageURL('png', 1)).slice(0, 22);
  outcome.svgExport = (await chart.vega.toSVG()).startsWith('<svg');
}

/** vega-embed as its README shows it, and with only the interpreter switched on. */
async function plainEmbed(options: { ast?: boolean }): Promise<void> {
  const [{ default: embed }, { expressionInterpreter }] = await Promise.all([import('vega-embed'), import('vega-interpreter')]);
  const el = document.createElement('div');
  document.body.append(el);
  try {
    const result = await embed(el, barSpecVegaLite() as never, options.ast ? { ast: true, expr: expressionInterpreter } : {});
    outcome.marks = el.querySelectorAll('.mark-rect path').length;
    hover(el.querySelector('.mark-rect path'));
    result.finalize();
  } catch (error) {
    outcome.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

async function run(): Promise<void> {
  try {
    if (outcome.case === 'controller') await withController();
    else if (outcome.case === 'plain') await plainEmbed({});
    else if (outcome.case === 'interpreter-only') await plainEmbed({ ast: true });
    else outcome.error = `unknown case ${outcome.case}`;
  } catch (error) {
    outcome.error = String(error);
  }
  // Violation events are queued as tasks; let them all arrive before reporting.
  await new Promise((resolve) => setTimeout(resolve, 100));
  parent.postMessage(outcome, location.origin);
}

void run();
