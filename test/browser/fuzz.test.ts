/**
 * Fuzzing the five elements as a property test (fast-check): random attribute sets
 * (test/browser/fuzz/attribute-sets.ts), some applied while the previous set's load is still in
 * flight, and for every one:
 *
 * - no exception reaches the page (window `error` and `unhandledrejection`);
 * - the element ends, within a bounded time, in exactly one of chart, table or error message,
 *   and its last `fpk-ready`/`fpk-error` event says the same (an error with a documented code
 *   and a message);
 * - a set labelled valid is ready, a set labelled invalid is an error;
 * - no markup from an attribute or a CSV cell is executed or inserted: the global a payload
 *   would set stays unset, and no element a payload would create appears.
 *
 * `npm test` runs a fixed seed (RUNS sets); `npm run fuzz` runs a random seed, more sets, and
 * prints the seed to replay (`FPK_FUZZ_SEED=… npm run fuzz`).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../components/index.js';
import { PWNED, expand, fuzzCase, type AttributeSet, type FuzzCase } from './fuzz/attribute-sets.js';

interface FuzzSettings {
  readonly seed: number;
  readonly runs: number;
}
/** `npm test`: 820 cases, one in four with a change in flight, so over 1,000 attribute sets. */
const settings: FuzzSettings = { seed: 20261203, runs: 820, ...(window as { FPK_FUZZ?: Partial<FuzzSettings> }).FPK_FUZZ };

/** The documented fpk-error codes (docs/ERRORS.md). */
const CODES = [
  'unknown-dataset',
  'unknown-value',
  'unknown-attribute',
  'bad-attribute',
  'bad-range',
  'bad-period',
  'load-failed',
  'parse-failed',
  'missing-population',
  'render-failed',
  'too-large',
  'bad-encoding',
];
/** Longest an element may take to reach its outcome (data from the local test server). */
const SETTLE_MS = 8000;
const SCROLL_AFTER_MS = 1000;

type Fuzzed = HTMLElement & { status: 'loading' | 'ready' | 'error'; updateComplete: Promise<boolean> };

const escapes: string[] = [];
const onError = (e: ErrorEvent) => escapes.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => escapes.push(`unhandledrejection: ${(e.reason as Error)?.message ?? String(e.reason)}`);

const timing: Record<string, { n: number; ms: number }> = {};
const stats = { sets: 0, cases: 0, inFlight: 0, ready: 0, error: 0, escapes: 0, blanks: 0, byTag: {} as Record<string, number> };

function describeCase(c: FuzzCase): string {
  const short = (s: AttributeSet) =>
    JSON.stringify({
      ...s,
      attributes: Object.fromEntries(
        Object.entries(s.attributes).map(([k, v]) => [k, v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v]),
      ),
    });
  return c.first ? `${short(c.first)} then after ${c.pause} ms ${short(c.final)}` : short(c.final);
}

function apply(el: HTMLElement, set: AttributeSet): void {
  for (const name of el.getAttributeNames()) if (!(name in set.attributes)) el.removeAttribute(name);
  for (const [name, value] of Object.entries(set.attributes)) el.setAttribute(name, expand(value));
}

/** Until the element leaves `loading`; a lazy chart pushed below the fold (a tall heading) is scrolled to, as a reader would. */
async function settle(el: Fuzzed): Promise<void> {
  const start = performance.now();
  let scrolled = false;
  await el.updateComplete;
  while (el.status === 'loading') {
    const waited = performance.now() - start;
    if (waited > SETTLE_MS) throw new Error(`still loading after ${SETTLE_MS} ms (a blank element)`);
    if (!scrolled && waited > SCROLL_AFTER_MS) {
      scrolled = true;
      el.shadowRoot?.querySelector('[part="chart"]')?.scrollIntoView();
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await el.updateComplete;
}

/** What the reader sees: exactly one of these must be there. */
function shown(el: Fuzzed): { chart: boolean; table: boolean; error: boolean } {
  const root = el.shadowRoot!;
  return {
    chart: !!root.querySelector('[part="chart"] svg'),
    table: !!root.querySelector('[part="table"]'),
    error: !!root.querySelector('[part="error"]'),
  };
}

function assertNothingInjected(el: Fuzzed, scriptsBefore: number): void {
  expect((window as unknown as Record<string, unknown>)[PWNED], 'a payload ran').to.equal(undefined);
  // The elements render none of these; any one would have come from an attribute or a cell.
  expect(
    el.shadowRoot!.querySelector('img, script, iframe, object, embed, [onerror], [onload], [onclick], [srcdoc]'),
    'injected element',
  ).to.equal(null);
  expect(el.querySelector('*'), 'light DOM child').to.equal(null);
  expect(document.scripts.length, 'script added to the page').to.equal(scriptsBefore);
  expect(document.querySelector('img[src="x"], svg[onload], iframe[srcdoc]'), 'element injected into the page').to.equal(null);
}

async function check(c: FuzzCase, stage: HTMLElement): Promise<void> {
  const { final } = c;
  stats.cases++;
  stats.sets += c.first ? 2 : 1;
  stats.byTag[final.tag] = (stats.byTag[final.tag] ?? 0) + 1;
  const escapesBefore = escapes.length;
  const caseStart = performance.now();
  const scriptsBefore = document.scripts.length;
  const el = document.createElement(final.tag) as Fuzzed;
  const events: CustomEvent[] = [];
  const record = (e: Event) => events.push(e as CustomEvent);
  el.addEventListener('fpk-ready', record);
  el.addEventListener('fpk-error', record);
  try {
    if (c.first) {
      stats.inFlight++;
      apply(el, c.first);
      stage.append(el);
      await new Promise((r) => setTimeout(r, c.pause));
      apply(el, final);
    } else {
      apply(el, final);
      stage.append(el);
    }
    try {
      await settle(el);
    } catch (error) {
      stats.blanks++;
      throw error;
    }
    // A superseded load must not flip the outcome afterwards.
    if (c.first) {
      const status = el.status;
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(el.status, 'outcome changed after settling').to.equal(status);
    }
    const view = shown(el);
    const visible = [view.chart, view.table, view.error].filter(Boolean).length;
    if (visible !== 1) stats.blanks++;
    expect(visible, `exactly one of chart/table/error (${JSON.stringify(view)})`).to.equal(1);
    expect(view.error, 'error panel ⇔ status error').to.equal(el.status === 'error');
    const last = events.at(-1);
    expect(last?.type, 'the last event matches the outcome').to.equal(el.status === 'ready' ? 'fpk-ready' : 'fpk-error');
    if (el.status === 'error') {
      stats.error++;
      const detail = last!.detail as { code: string; message: string };
      expect(CODES, 'documented code').to.include(detail.code);
      expect(detail.message, 'a message').to.be.a('string').and.not.equal('');
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()).to.not.equal('');
    } else {
      stats.ready++;
      if (view.chart)
        expect(
          el.shadowRoot!.querySelectorAll('[part="chart"] svg path, [part="chart"] svg text').length,
          'a drawn chart',
        ).to.be.greaterThan(0);
    }
    if (final.expect !== 'either') {
      const detail = last?.detail as { message?: string } | undefined;
      expect(el.status, `labelled ${final.expect}${final.why ? ` (${final.why})` : ''}: ${detail?.message ?? ''}`).to.equal(final.expect);
    }
    const key = `${final.tag} ${el.status}${view.chart ? ' chart' : ''}`;
    timing[key] ??= { n: 0, ms: 0 };
    timing[key].n++;
    timing[key].ms += performance.now() - caseStart;
    assertNothingInjected(el, scriptsBefore);
    // Let a late rejection of this case surface here rather than in the next.
    await new Promise((r) => setTimeout(r, 0));
    expect(escapes.slice(escapesBefore), 'exceptions that reached the page').to.deep.equal([]);
  } catch (error) {
    stats.escapes = escapes.length;
    (error as Error).message = `${(error as Error).message}\n  case: ${describeCase(c)}`;
    throw error;
  } finally {
    el.remove();
    window.scrollTo(0, 0);
  }
}

describe('fuzzing the elements (fast-check)', function () {
  this.timeout(0);
  let stage: HTMLElement;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // At the top of the page, so lazy elements are in view and load at once; wide enough for a chart.
    stage = document.createElement('div');
    stage.style.cssText = 'width: 640px';
    document.body.prepend(stage);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    stage.remove();
  });

  it(`${settings.runs} random cases of attribute sets across the five elements (seed ${settings.seed})`, async () => {
    const started = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(fuzzCase, (c) => check(c, stage)),
        // No shrinking in the suite: a failure is reported as found, with its seed and path to replay.
        { seed: settings.seed, numRuns: settings.runs, endOnFailure: !('FPK_FUZZ' in window), includeErrorInReport: true },
      );
    } finally {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `fuzz: seed ${settings.seed}, ${stats.cases} cases (${stats.sets} attribute sets, ${stats.inFlight} changed in flight), ${JSON.stringify(stats.byTag)}, ready ${stats.ready}, error ${stats.error}, escapes ${escapes.length}, blanks ${stats.blanks}, ${seconds} s`,
      );
      console.log(
        `fuzz timing: ${Object.entries(timing)
          .sort()
          .map(([k, t]) => `${k}: ${t.n} × ${Math.round(t.ms / t.n)} ms`)
          .join('; ')}`,
      );
    }
    expect(escapes).to.deep.equal([]);
    if (!('FPK_FUZZ' in window)) expect(stats.sets, 'attribute sets tried').to.be.at.least(1000);
  });
});
