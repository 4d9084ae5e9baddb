/**
 * Permalinks (`permalink` with an `id`): a reader's choices in the URL fragment under `fpk-<id>`,
 * beside the page's own fragment and other elements' keys; restored when the element is made
 * again (a reload) and on back/forward; a fragment that cannot be drawn is the element's usual
 * error; Share copies the link and says so.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/fpk-trend/define.js';
import type { FpkTrend } from '../../components/fpk-trend/fpk-trend.js';
import { expectErrorShown, settled, shadowText } from './helpers.js';

const lines = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('g.lines_marks > *');
const q = <T extends Element>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const page = `${location.pathname}${location.search}`;

function nextOutcome(el: HTMLElement): Promise<Event> {
  return Promise.race([oneEvent(el, 'fpk-ready'), oneEvent(el, 'fpk-error')]);
}

/** `<fpk-trend id=… permalink controls …>` as a page writes it, appended; resolves on its first outcome. */
async function trend(id: string, extra: Record<string, string> = {}): Promise<FpkTrend> {
  const el = document.createElement('fpk-trend') as FpkTrend;
  const attributes = {
    id,
    loading: 'eager',
    permalink: '',
    controls: '',
    jurisdictions: 'US',
    drugs: 'synthetic-opioids',
    from: '2023-01',
    ...extra,
  };
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  document.body.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

async function addPlace(el: FpkTrend, name: string): Promise<void> {
  q<HTMLInputElement>(el, 'input[role="combobox"]').focus();
  await sendKeys({ type: name });
  const done = nextOutcome(el);
  await sendKeys({ press: 'Enter' });
  await done;
}

async function chooseMeasure(el: FpkTrend, from: string): Promise<void> {
  q<HTMLInputElement>(el, `input[type="radio"][value="${from}"]`).focus();
  const done = nextOutcome(el);
  await sendKeys({ press: 'ArrowRight' });
  await done;
}

/** history.back() (or forward), once the element has drawn the state it moves to. */
async function go(el: HTMLElement, step: -1 | 1): Promise<void> {
  const done = nextOutcome(el);
  history.go(step);
  await done;
}

beforeEach(() => history.replaceState(null, '', `${page}#intro`));
afterEach(() => {
  for (const el of document.querySelectorAll('fpk-trend')) el.remove();
  history.replaceState(null, '', page);
});

describe('permalink', () => {
  it("writes the reader's choice to the fragment after the page's own part; a new element with it draws the same", async () => {
    const el = await trend('deaths');
    await addPlace(el, 'Ohio');
    expect(location.hash).to.equal('#intro&fpk-deaths=jurisdictions:US,OH');
    await chooseMeasure(el, 'reported');
    expect(location.hash).to.equal('#intro&fpk-deaths=jurisdictions:US,OH;measure:per100k');

    // A reload: the same page markup, the same URL.
    el.remove();
    const again = await trend('deaths');
    expect(again.status).to.equal('ready');
    expect(again.getAttribute('jurisdictions')).to.equal('US,OH');
    expect(again.getAttribute('measure')).to.equal('per100k');
    expect(lines(again)).to.have.length(2);
    expect(again.summary).to.match(/per 100,000/);
    expect(q<HTMLInputElement>(again, 'input[type="radio"][value="per100k"]').checked).to.equal(true);
  });

  it('back and forward move between the states, one history entry per change', async () => {
    const el = await trend('deaths');
    await addPlace(el, 'Ohio');
    await chooseMeasure(el, 'reported');
    await go(el, -1);
    expect(location.hash).to.equal('#intro&fpk-deaths=jurisdictions:US,OH');
    expect(el.getAttribute('measure')).to.equal(null);
    expect(el.getAttribute('jurisdictions')).to.equal('US,OH');
    await go(el, -1);
    expect(location.hash).to.equal('#intro');
    expect(el.getAttribute('jurisdictions')).to.equal('US');
    expect(lines(el)).to.have.length(1);
    await go(el, 1);
    expect(el.getAttribute('jurisdictions')).to.equal('US,OH');
    expect(lines(el)).to.have.length(2);
  });

  it("a link to the page's own anchor keeps the reader's choice; back returns to the permalink", async () => {
    const el = await trend('deaths');
    await addPlace(el, 'Ohio');
    const moved = new Promise((r) => addEventListener('hashchange', r, { once: true }));
    location.hash = '#methods';
    await moved;
    await el.updateComplete;
    expect(el.getAttribute('jurisdictions')).to.equal('US,OH');
    expect(el.status).to.equal('ready');
    const back = new Promise((r) => addEventListener('hashchange', r, { once: true }));
    history.back();
    await back;
    expect(location.hash).to.equal('#intro&fpk-deaths=jurisdictions:US,OH');
    expect(el.getAttribute('jurisdictions')).to.equal('US,OH');
  });

  it('two elements keep their own keys', async () => {
    const a = await trend('a');
    const b = await trend('b', { jurisdictions: 'US,WV' });
    await addPlace(a, 'Ohio');
    await chooseMeasure(b, 'reported');
    expect(location.hash).to.equal('#intro&fpk-a=jurisdictions:US,OH&fpk-b=measure:per100k');
    expect(a.getAttribute('measure')).to.equal(null);
    expect(b.getAttribute('jurisdictions')).to.equal('US,WV');
    await go(b, -1);
    expect(location.hash).to.equal('#intro&fpk-a=jurisdictions:US,OH');
    expect(a.getAttribute('jurisdictions')).to.equal('US,OH');
    expect(b.getAttribute('measure')).to.equal(null);
  });

  for (const [fragment, code, attribute, message, fix] of [
    ['fpk-deaths=jurisdictions:ZZ', 'unknown-value', 'jurisdictions', 'Unknown jurisdiction "ZZ"', 'chip'],
    ['fpk-deaths=from:2024-06;to:2020-01', 'bad-range', 'from', 'from="2024-06" is after to="2020-01"', null],
    ['fpk-deaths=%E0%A4%A', 'bad-attribute', 'permalink', 'The chart state "%E0%A4%A" cannot be read', 'measure'],
    ['fpk-deaths=<script>:1', 'bad-attribute', 'permalink', '<fpk-trend> has no control for "<script>"', 'measure'],
  ] as const) {
    it(`a bad fragment (${fragment}) is the element's error; the page and the other elements carry on`, async () => {
      history.replaceState(null, '', `${page}#intro&${fragment}`);
      const other = await trend('other');
      expect(other.status).to.equal('ready');
      const el = document.createElement('fpk-trend') as FpkTrend;
      for (const [k, v] of Object.entries({ id: 'deaths', loading: 'eager', permalink: '', controls: '' })) el.setAttribute(k, v);
      document.body.append(el);
      await expectErrorShown(el, code, attribute, message);
      expect(other.status).to.equal('ready');
      // The reader can still choose: a choice replaces the bad state and draws.
      await el.updateComplete;
      if (fix === 'measure') {
        await chooseMeasure(el, 'reported');
        expect(location.hash).to.equal('#intro&fpk-deaths=measure:per100k');
      } else if (fix === 'chip') {
        expect(shadowText(el, '.chips')).to.contain('ZZ');
        q<HTMLButtonElement>(el, '.chips button[aria-label="Remove ZZ"]').focus();
        const done = nextOutcome(el);
        await sendKeys({ press: 'Delete' });
        await done;
        expect(location.hash).to.equal('#intro');
      }
      if (fix) expect(el.status).to.equal('ready');
    });
  }

  it('permalink without an id says what it needs', async () => {
    const el = document.createElement('fpk-trend') as FpkTrend;
    el.setAttribute('loading', 'eager');
    el.setAttribute('permalink', '');
    document.body.append(el);
    await expectErrorShown(el, 'bad-attribute', 'permalink', 'permalink needs an id on the element');
  });

  it('Share copies the link and says "Link copied."', async () => {
    const el = await trend('deaths');
    await addPlace(el, 'Ohio');
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      q<HTMLButtonElement>(el, 'button.share').focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied).to.equal(location.href);
    expect(copied).to.match(/#intro&fpk-deaths=jurisdictions:US,OH$/);
    expect(shadowText(el, '.controls [role="status"]')).to.equal('Link copied.');
  });
});
