/**
 * Nothing is left behind: a chart attached and detached again and again, or whose attributes keep
 * changing, leaves no live vega view and no connected observer once it is gone (counted by the
 * controller's `chartResources()`), and on a long page every chart that comes into view draws.
 * Heap and long-task figures for the same scenarios are the benchmark's (scripts/bench/), not
 * timed tests.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/fpk-trend/define.js';
import { chartResources } from '../../components/shared/vega-controller.js';
import { settled } from './helpers.js';

type Chart = HTMLElement & { status: string };

const svgOf = (el: Element) => el.shadowRoot!.querySelector('.fpk-vega > svg');
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function trend(jurisdictions = 'US,OH'): Chart {
  const el = document.createElement('fpk-trend') as Chart;
  el.setAttribute('loading', 'eager');
  el.setAttribute('jurisdictions', jurisdictions);
  el.setAttribute('drugs', 'synthetic-opioids');
  return el;
}

async function ready(el: Chart): Promise<void> {
  const outcome = await settled(el);
  expect(outcome.type, JSON.stringify(outcome.detail)).to.equal('fpk-ready');
}

describe('leaks', () => {
  it('attached and detached 25 times: one live view while attached, none and no observer after', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const before = chartResources();
    const el = trend();
    for (let i = 0; i < 25; i++) {
      box.append(el);
      // Re-attached, the element keeps its model (status stays ready) and the controller draws a new view.
      await ready(el);
      for (let t = 0; t < 400 && chartResources().views === before.views; t++) await new Promise((r) => setTimeout(r, 10));
      expect(svgOf(el), `drawn on attach ${i + 1}`).to.not.equal(null);
      expect(chartResources().views - before.views, `live views on attach ${i + 1}`).to.equal(1);
      el.remove();
      await nextFrame();
      expect(chartResources(), `after detach ${i + 1}`).to.deep.equal(before);
    }
  });

  it('25 fresh elements attached and removed in turn: none leaves a view or an observer', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const before = chartResources();
    for (let i = 0; i < 25; i++) {
      const el = trend(i % 2 ? 'US,OH' : 'US,WV');
      box.append(el);
      await ready(el);
      el.remove();
    }
    await nextFrame();
    expect(chartResources()).to.deep.equal(before);
  });

  it('attributes changed 25 times: still one live view, the latest data drawn, none after removal', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const before = chartResources();
    const el = trend();
    box.append(el);
    await ready(el);
    const states = ['OH', 'WV', 'KY', 'TN', 'PA'];
    for (let i = 0; i < 25; i++) {
      const j = `US,${states[i % states.length]}`;
      el.setAttribute('jurisdictions', j);
      await ready(el);
      expect(chartResources().views - before.views, `after change ${i + 1}`).to.equal(1);
    }
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('Pennsylvania');
    el.remove();
    await nextFrame();
    expect(chartResources()).to.deep.equal(before);
  });

  it('a page of lazy charts below the fold watches the viewport through one IntersectionObserver, and drops it once they are gone', async () => {
    const Native = window.IntersectionObserver;
    // At most one observer alive at a time. Over time there may be two: when every chart's data
    // wait ends at once (the page went idle) the observer is dropped, and their draw waits make a new one.
    let alive = 0;
    let most = 0;
    window.IntersectionObserver = class extends Native {
      #connected = true;
      constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
        super(...args);
        most = Math.max(most, ++alive);
      }
      override disconnect(): void {
        if (this.#connected) alive--;
        this.#connected = false;
        super.disconnect();
      }
    };
    const before = chartResources();
    const page = await fixture<HTMLDivElement>(html`<div style="width: 600px; padding-top: 5000px"></div>`);
    try {
      const charts = Array.from({ length: 8 }, (_, i) => {
        const el = document.createElement('fpk-trend') as Chart;
        el.setAttribute('jurisdictions', `US,${['OH', 'WV', 'KY', 'TN'][i % 4]}`);
        el.style.display = 'block';
        page.append(el);
        return el;
      });
      await nextFrame();
      await nextFrame();
      expect(most, 'IntersectionObservers alive at once for 8 charts').to.equal(1);
      expect(
        charts.every((el) => !svgOf(el)),
        'none drew out of view',
      ).to.equal(true);
    } finally {
      window.IntersectionObserver = Native;
      page.remove();
    }
    await nextFrame();
    expect(chartResources()).to.deep.equal(before);
  });

  it('a page of 30 lazy charts scrolled through: every chart that comes into view draws; removing them frees everything', async () => {
    const before = chartResources();
    const page = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const states = ['OH', 'WV', 'KY', 'TN', 'PA', 'NY', 'CA', 'TX', 'FL', 'AZ'];
    const charts = Array.from({ length: 30 }, (_, i) => {
      const el = document.createElement('fpk-trend') as Chart;
      el.setAttribute('jurisdictions', `US,${states[i % states.length]}`);
      el.style.display = 'block';
      el.style.marginBottom = '400px';
      page.append(el);
      return el;
    });
    try {
      for (const [i, el] of charts.entries()) {
        el.scrollIntoView({ block: 'center' });
        for (let t = 0; t < 400 && !svgOf(el); t++) await new Promise((r) => setTimeout(r, 25));
        expect(svgOf(el), `chart ${i + 1} drew once in view`).to.not.equal(null);
        expect(el.status).to.be.oneOf(['ready', 'loading']);
      }
      expect(charts.filter((el) => el.status === 'error')).to.have.length(0);
    } finally {
      page.remove();
      window.scrollTo(0, 0);
    }
    await nextFrame();
    expect(chartResources()).to.deep.equal(before);
  });
});
