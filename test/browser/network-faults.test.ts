/**
 * Bad networks, as a reader's element meets them: a data file that is missing, refused, stalled,
 * cut off, replaced by an HTML page or empty. Each ends in a message naming the file, a stable
 * `fpk-error` code and a Retry button reachable from the keyboard, after one automatic retry
 * where a retry can help, within the documented timeout; the rest of the page keeps working.
 * Faults come from the test server (test/browser/fault-middleware.js).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/fpk-cases/define.js';
import '../../components/fpk-trend/define.js';
import type { FpkCases } from '../../components/fpk-cases/fpk-cases.js';
import { worstCaseFetchTime } from '../../src/fetch.js';
import { loadDataset, prefetchDataset } from '../../src/load.js';
import { armFaults, faultHits, freshData, restoreNetwork, watchEscapes, type FaultKind } from './faults.js';
import { settled, shadowText } from './helpers.js';

/** Whatever escapes into the page while a test runs. */
const escaped = watchEscapes();

let base = '';

beforeEach(() => {
  base = freshData();
});

afterEach(() => restoreNetwork());

const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button.retry');

/** The element ended in its error panel: this code, the message naming the file, a Retry button, nothing loading. */
async function expectLoadError(el: HTMLElement, code: string, message: RegExp): Promise<void> {
  const outcome = await settled(el);
  expect(outcome.type).to.equal('fpk-error');
  expect(outcome.detail.code).to.equal(code);
  const panel = shadowText(el, '[part="error"]');
  expect(panel).to.match(/^This chart could not be shown/);
  expect(panel).to.match(message);
  expect(retryButton(el)?.textContent).to.equal('Retry');
  expect(el.shadowRoot!.querySelector('.placeholder, table')).to.equal(null);
  expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
  expect(escaped).to.deep.equal([]);
}

const cases = () => fixture<FpkCases>(html`<fpk-cases></fpk-cases>`);

const FAULTS: { kind: FaultKind; file: string; code: string; message: RegExp; attempts: number }[] = [
  {
    kind: '404',
    file: 'cases/meta.json',
    code: 'load-not-found',
    message: /Could not load cases\/meta\.json: the server answered HTTP 404/,
    attempts: 1,
  },
  {
    kind: '500',
    file: 'cases/meta.json',
    code: 'load-http-error',
    message: /Could not load cases\/meta\.json: the server answered HTTP 500 .*\(2 attempts\)/,
    attempts: 2,
  },
  {
    kind: 'stall',
    file: 'cases/slices/all.json',
    code: 'load-timeout',
    message: /Could not load cases\/slices\/all\.json: no answer within 0\.5 s \(2 attempts\)/,
    attempts: 2,
  },
  {
    kind: 'stall-body',
    file: 'cases/meta.json',
    code: 'load-timeout',
    message: /cases\/meta\.json: the file had not fully arrived within 0\.5 s/,
    attempts: 2,
  },
  {
    kind: 'truncated',
    file: 'cases/slices/all.json',
    code: 'load-truncated',
    message: /Could not load cases\/slices\/all\.json: it arrived incomplete/,
    attempts: 2,
  },
  {
    kind: 'html',
    file: 'cases/meta.json',
    code: 'load-wrong-type',
    message: /cases\/meta\.json: it arrived as text\/html \(a web page/,
    attempts: 1,
  },
  {
    kind: 'empty',
    file: 'cases/slices/all.json',
    code: 'load-empty',
    message: /cases\/slices\/all\.json: the file arrived empty/,
    attempts: 1,
  },
];

describe('network faults in an element', () => {
  for (const f of FAULTS) {
    it(`${f.kind} on ${f.file}: ${f.code} after ${f.attempts} attempt(s), a message naming the file and Retry`, async () => {
      await armFaults({ match: f.file, kind: f.kind });
      const start = performance.now();
      const el = await cases();
      await expectLoadError(el, f.code, f.message);
      expect(performance.now() - start).to.be.below(worstCaseFetchTime() + 1500);
      expect(await faultHits()).to.deep.equal({ [`${base}${f.file}`]: f.attempts });
      expect(el.status).to.equal('error');
      expect(el.lastError!.code).to.equal(f.code);
    });
  }

  it('a prefetch that failed before the load asked is the error of the load it was made for, not a second request; the next load asks again', async () => {
    // An element prefetches while its model chunk loads; a fast 404 can settle before the load asks.
    await armFaults({ match: 'cases/meta.json', kind: '404' });
    prefetchDataset('cases');
    for (let i = 0; i < 100 && !Object.keys(await faultHits()).length; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 50));
    const code = (load: Promise<unknown>) =>
      load.then(
        () => 'loaded',
        (e: { code?: string }) => e.code,
      );
    expect(await code(loadDataset('cases'))).to.equal('load-not-found');
    expect(await faultHits()).to.deep.equal({ [`${base}cases/meta.json`]: 1 });
    // Retry: the failure was reported once; asking again is a new request.
    expect(await code(loadDataset('cases'))).to.equal('load-not-found');
    expect(await faultHits()).to.deep.equal({ [`${base}cases/meta.json`]: 2 });
  });

  it('a 500 that clears on the automatic retry: the table appears and no error is shown', async () => {
    await armFaults({ match: 'cases/slices/all.json', kind: '500', times: 1 });
    const el = await cases();
    expect((await settled(el)).type).to.equal('fpk-ready');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(40);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(await faultHits()).to.deep.equal({ [`${base}cases/slices/all.json`]: 1 });
  });

  it('Retry is reached with Tab, works with Enter, loads again and moves focus to the table', async () => {
    await armFaults({ match: 'cases/meta.json', kind: '404', times: 1 });
    const wrapper = await fixture(
      html`<div><button id="before">before</button><fpk-cases></fpk-cases><button id="after">after</button></div>`,
    );
    const el = wrapper.querySelector<FpkCases>('fpk-cases')!;
    await expectLoadError(el, 'load-not-found', /cases\/meta\.json/);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    // Elements are compared by identity: chai would print a whole element graph on failure.
    expect(el.shadowRoot!.activeElement === retryButton(el), 'Tab reaches Retry').to.equal(true);
    const ready = new Promise((resolve) => el.addEventListener('fpk-ready', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    await ready;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(40);
    // Focus is not dropped to the page when the button vanishes: it goes to what replaced it.
    expect(document.activeElement === el, 'focus stays in the element').to.equal(true);
    expect(el.shadowRoot!.activeElement?.outerHTML.slice(0, 80)).to.match(/^<div class="table-wrap" part="table"/);
  });

  it('a Retry that fails again shows the panel again with focus back on Retry, and fires fpk-error again', async () => {
    await armFaults({ match: 'cases/meta.json', kind: '500' });
    const el = await cases();
    await expectLoadError(el, 'load-http-error', /HTTP 500/);
    retryButton(el)!.focus();
    const again = new Promise<CustomEvent>((resolve) => el.addEventListener('fpk-error', (e) => resolve(e as CustomEvent), { once: true }));
    retryButton(el)!.click();
    await el.updateComplete;
    // While it loads again, the reader hears "Loading" where the button was.
    expect(el.shadowRoot!.activeElement?.classList.contains('placeholder')).to.equal(true);
    expect((await again).detail.code).to.equal('load-http-error');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot!.activeElement === retryButton(el), 'focus back on Retry').to.equal(true);
    expect(Object.values(await faultHits())).to.deep.equal([4]);
  });

  it('a bad attribute gets no Retry button: trying again cannot fix it', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases from="2024-13"></fpk-cases>`);
    expect((await settled(el)).type).to.equal('fpk-error');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    expect(retryButton(el)).to.equal(null);
  });

  it('one element whose data fails leaves the rest of the page working', async () => {
    // vega from source is ~300 modules: more than the 1 s chunk deadline that 0.5 s timeouts give.
    freshData({ timeout: 5000, retries: 1, backoff: 50 });
    await armFaults({ match: '/cases/', kind: '500' });
    const wrapper = await fixture(html`<div>
      <fpk-cases></fpk-cases>
      <fpk-trend loading="eager" jurisdictions="US" drugs="synthetic-opioids" style="width: 600px"></fpk-trend>
    </div>`);
    const failing = wrapper.querySelector<FpkCases>('fpk-cases')!;
    const trend = wrapper.querySelector<HTMLElement>('fpk-trend')!;
    await expectLoadError(failing, 'load-http-error', /cases\/meta\.json/);
    expect((await settled(trend)).type).to.equal('fpk-ready');
    expect(trend.shadowRoot!.querySelectorAll('svg .role-mark path').length).to.be.greaterThan(0);
    expect(escaped).to.deep.equal([]);
  });
});
