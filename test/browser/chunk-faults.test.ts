/**
 * Lazy chunks that fail: the chart engine (vega) and an element's model code are loaded with
 * `import()` when needed; a chunk that is missing or stalls ends in `chunk-load-failed`, a
 * message saying what could not be loaded, and a "Reload page" button (browsers keep a failed
 * `import()` for the page's lifetime, so only a reload asks again; shown below). Its own file:
 * a page imports vega once, so the faults have to come before anything on this page asked for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/fpk-trend/define.js';
import '../../components/fpk-map/define.js';
import '../../components/fpk-timeline/define.js';
import { armFaults, faultHits, freshData, restoreNetwork, watchEscapes } from './faults.js';
import { settled, shadowText } from './helpers.js';

const escaped = watchEscapes();

beforeEach(() => {
  // vega from source is ~300 modules: a generous deadline, the faults are not stalls.
  freshData({ timeout: 10_000, retries: 1, backoff: 50 });
});

afterEach(() => restoreNetwork());

const retry = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button.retry');

type Reloadable = HTMLElement & { status: string; reloadPage(): void };

/** The element's "Reload page" button, with the page reload replaced by a counter (it would reload the test page). */
function reloadButton(el: Reloadable): { button: HTMLButtonElement | null; reloads: () => number } {
  let reloads = 0;
  el.reloadPage = () => void reloads++;
  return { button: retry(el), reloads: () => reloads };
}

describe('lazy chunks that fail', () => {
  it('the vega chunk 404s: chunk-load-failed, a message naming it, a Reload page button', async () => {
    await armFaults({ match: '/node_modules/vega-view/build/', kind: '404', times: 1 });
    const el = await fixture<Reloadable>(
      html`<fpk-trend loading="eager" jurisdictions="US" drugs="synthetic-opioids" style="width: 640px"></fpk-trend>`,
    );
    const failed = await settled(el);
    expect(failed.type).to.equal('fpk-error');
    expect(failed.detail.code).to.equal('chunk-load-failed');
    expect(shadowText(el, '[part="error"]')).to.match(/This chart could not be shown.*The charting library could not be loaded: .*vega/);
    expect(Object.keys(await faultHits())).to.have.length(1);
    const { button, reloads } = reloadButton(el);
    expect(button?.textContent).to.equal('Reload page');
    button!.click();
    expect(reloads()).to.equal(1);
    expect(escaped).to.deep.equal([]);
  });

  it('a failed import() stays failed in this browser: why the button reloads the page', async () => {
    // The fault above was armed for one request only; asking again in place still fails.
    const el = await fixture<Reloadable>(
      html`<fpk-trend loading="eager" jurisdictions="US" drugs="synthetic-opioids" style="width: 640px"></fpk-trend>`,
    );
    const outcome = await settled(el);
    expect(outcome.type).to.equal('fpk-error');
    expect(outcome.detail.code).to.equal('chunk-load-failed');
  });

  it("an element's model chunk 404s: chunk-load-failed naming the module", async () => {
    await armFaults({ match: '/charts/map/model.', kind: '404', times: 1 });
    const el = await fixture<Reloadable>(html`<fpk-map loading="eager" style="width: 640px"></fpk-map>`);
    const failed = await settled(el);
    expect(failed.type).to.equal('fpk-error');
    expect(failed.detail.code).to.equal('chunk-load-failed');
    expect(shadowText(el, '[part="error"]')).to.match(/Part of the chart's code could not be loaded \(.*charts\/map\/model/);
    expect(reloadButton(el).button?.textContent).to.equal('Reload page');
    expect(escaped).to.deep.equal([]);
  });

  it('a model chunk that stalls: the element gives up at its deadline instead of loading forever', async () => {
    // 0.3 s per request: files 2 × 0.3 + 0.05 s, chunk 0.6 s, so the deadline is 1.25 s.
    freshData({ timeout: 300, retries: 1, backoff: 50 });
    await armFaults({ match: '/charts/timeline/model.', kind: 'stall' });
    const start = performance.now();
    const el = await fixture<Reloadable>(html`<fpk-timeline loading="eager"></fpk-timeline>`);
    const failed = await settled(el);
    expect(failed.type).to.equal('fpk-error');
    expect(failed.detail.code).to.equal('load-timeout');
    expect(shadowText(el, '[part="error"]')).to.contain("The chart's data or code did not arrive within 1 s.");
    expect(performance.now() - start).to.be.within(1200, 4000);
    expect(el.shadowRoot!.querySelector('.placeholder')).to.equal(null);
  });
});
