import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { View } from '../../components/shared/vega-loader.js';
import type { VegaSpec } from '../../src/specs/vega.js';
import { barSpec, DEATHS, type TestChart } from './chart-fixtures.js';

const LABEL = 'Overdose deaths by state';

/** vega draws a bar as a `rect` mark: one <path> per bar inside <g class="mark-rect">. */
const bars = (el: TestChart) => el.shadowRoot!.querySelectorAll('g.mark-rect path');
const svgOf = (el: TestChart) => el.shadowRoot!.querySelector<SVGSVGElement>('.fpk-vega > svg');

async function chart(width = '480px', eager = true): Promise<TestChart> {
  const el = await fixture<TestChart>(html`<test-chart style="width: ${width}" .eager=${eager}></test-chart>`);
  return el;
}

/** Whether `promise` settles within `ms`. */
function stateAfter(promise: Promise<unknown>, ms: number): Promise<'settled' | 'pending'> {
  const timeout = new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms));
  return Promise.race([promise.then(() => 'settled' as const), timeout]);
}

/** Views are compared by identity only: chai would try to print a whole View graph on failure. */
const same = (a: unknown, b: unknown) => a === b;

/** Counts calls to a view's finalize(). */
function spyFinalize(view: View): { calls: number } {
  const spy = { calls: 0 };
  const original = view.finalize.bind(view);
  view.finalize = () => {
    spy.calls++;
    return original();
  };
  return spy;
}

describe('VegaController', () => {
  afterEach(() => resetMouse());

  it('draws one bar per row, with axis labels, as a labelled SVG image', async () => {
    const el = await chart();
    const view = await el.vega.setSpec({ spec: barSpec(), label: LABEL });
    expect(same(view, el.vega.view)).to.equal(true);
    expect(bars(el)).to.have.length(DEATHS.length);
    const labels = [...el.shadowRoot!.querySelectorAll('g.role-axis-label text')].map((t) => t.textContent);
    expect(labels).to.include.members(['OH', 'WV', 'KY', 'TN']);
    const titles = [...el.shadowRoot!.querySelectorAll('g.role-axis-title text')].map((t) => t.textContent);
    expect(titles).to.have.members(['Jurisdiction', 'Deaths']);
    const svg = svgOf(el)!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal(LABEL);
    // vega's own "graphics-document" wrapper is stripped: the SVG is the one labelled image.
    expect(svg.parentElement!.hasAttribute('role')).to.equal(false);
    expect(el.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('adds no <style> element anywhere, even when the spec asks vega-embed for one', async () => {
    const el = await chart();
    const spec = { ...barSpec(), usermeta: { embedOptions: { defaultStyle: true, ast: false } } };
    await el.vega.setSpec({ spec, label: LABEL });
    expect(bars(el)).to.have.length(DEATHS.length);
    expect(el.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    expect(document.querySelectorAll('#vega-embed-style, #vega-tooltip-style')).to.have.length(0);
  });

  it('fits the container width and follows it on resize without a new view', async () => {
    const el = await chart('480px');
    const view = await el.vega.setSpec({ spec: barSpec(), label: LABEL });
    expect(svgOf(el)!.getAttribute('width')).to.equal('480');
    el.style.width = '220px';
    await waitUntil(() => svgOf(el)?.getAttribute('width') === '220', 'the SVG did not follow the container');
    expect(same(await el.vega.ready, view)).to.equal(true);
    expect(svgOf(el)!.getAttribute('role')).to.equal('img');
    expect(bars(el)).to.have.length(DEATHS.length);
  });

  it("draws its narrow layout below the layout's width, and its own spec again when wider", async () => {
    const el = await chart('480px');
    // The narrow layout: the same bars as points (symbols), so the two are told apart by mark type.
    const wide = barSpec();
    const narrowSpec = { ...barSpec(), marks: (wide.marks ?? []).map((m) => ({ ...m, type: 'symbol' })) } as VegaSpec;
    const first = await el.vega.setSpec({ spec: wide, narrow: { below: 300, spec: narrowSpec }, label: LABEL });
    const symbols = () => el.shadowRoot!.querySelectorAll('g.mark-symbol path');
    expect(bars(el)).to.have.length(DEATHS.length);
    expect(symbols()).to.have.length(0);
    el.style.width = '220px';
    await waitUntil(() => symbols().length === DEATHS.length, 'the narrow layout was not drawn below 300 px');
    const narrowView = await el.vega.ready;
    expect(same(narrowView, first), 'a new view for the other layout').to.equal(false);
    expect(bars(el)).to.have.length(0);
    expect(svgOf(el)!.getAttribute('role')).to.equal('img');
    // Within the narrow layout a width change is a reflow of the same view.
    el.style.width = '260px';
    await waitUntil(() => svgOf(el)?.getAttribute('width') === '260', 'the narrow SVG did not follow the container');
    expect(same(await el.vega.ready, narrowView)).to.equal(true);
    el.style.width = '480px';
    await waitUntil(() => bars(el).length === DEATHS.length, 'the wide layout did not come back');
    expect(symbols()).to.have.length(0);
    expect(el.errors).to.deep.equal([]);
  });

  it('waits while the container has no width (a hidden tab), then draws', async () => {
    const el = await chart();
    el.style.display = 'none';
    await new Promise((r) => requestAnimationFrame(r));
    const ready = el.vega.setSpec({ spec: barSpec(), label: LABEL });
    expect(await stateAfter(ready, 300)).to.equal('pending');
    expect(el.vega.view === null).to.equal(true);
    el.style.display = 'block';
    expect((await ready) !== null).to.equal(true);
    expect(bars(el)).to.have.length(DEATHS.length);
  });

  it('finalizes the previous view when the spec changes', async () => {
    const el = await chart();
    const first = (await el.vega.setSpec({ spec: barSpec(), label: LABEL }))!;
    const spy = spyFinalize(first);
    const second = await el.vega.setSpec({ spec: barSpec(DEATHS.slice(0, 2)), label: 'Two states' });
    expect(second !== null && second !== first).to.equal(true);
    expect(spy.calls).to.equal(1);
    expect(bars(el)).to.have.length(2);
    expect(svgOf(el)!.getAttribute('aria-label')).to.equal('Two states');
  });

  it('the same spec with a new label only relabels the SVG', async () => {
    const el = await chart();
    const spec = barSpec();
    const view = await el.vega.setSpec({ spec, label: LABEL });
    expect(same(await el.vega.setSpec({ spec, label: 'Relabelled' }), view)).to.equal(true);
    expect(svgOf(el)!.getAttribute('aria-label')).to.equal('Relabelled');
  });

  it('draws only the latest of specs set in quick succession', async () => {
    const el = await chart();
    const first = el.vega.setSpec({ spec: barSpec(), label: LABEL });
    const view = await el.vega.setSpec({ spec: barSpec(DEATHS.slice(0, 1)), label: 'One state' });
    expect(same(await first, view)).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.fpk-vega')).to.have.length(1);
    expect(bars(el)).to.have.length(1);
    expect(svgOf(el)!.getAttribute('aria-label')).to.equal('One state');
  });

  it('finalizes the view on disconnect and draws again when reconnected', async () => {
    const el = await chart();
    const view = (await el.vega.setSpec({ spec: barSpec(), label: LABEL }))!;
    const spy = spyFinalize(view);
    const parent = el.parentElement!;
    el.remove();
    expect(spy.calls).to.equal(1);
    expect(el.vega.view === null).to.equal(true);
    parent.append(el);
    const again = await el.vega.ready;
    expect(again !== null && again !== view).to.equal(true);
    expect(bars(el)).to.have.length(DEATHS.length);
  });

  it('finalize() drops the view and settles ready with null', async () => {
    const el = await chart();
    const view = (await el.vega.setSpec({ spec: barSpec(), label: LABEL }))!;
    const spy = spyFinalize(view);
    el.vega.finalize();
    expect(spy.calls).to.equal(1);
    expect(el.vega.view === null).to.equal(true);
    expect((await el.vega.ready) === null).to.equal(true);
  });

  it('lazy: does nothing far below the viewport, draws after scrollIntoView', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 5000px"></div>
      <test-chart style="width: 400px"></test-chart>
    </div>`);
    const el = wrapper.querySelector('test-chart')!;
    const ready = el.vega.setSpec({ spec: barSpec(), label: LABEL });
    expect(await stateAfter(ready, 400)).to.equal('pending');
    expect(el.vega.view === null).to.equal(true);
    expect(svgOf(el)).to.equal(null);
    el.scrollIntoView();
    expect((await ready) !== null).to.equal(true);
    expect(bars(el)).to.have.length(DEATHS.length);
    window.scrollTo(0, 0);
  });

  it('shows the tooltip inside the shadow root on hover, never in document.body', async () => {
    const el = await chart();
    await el.vega.setSpec({ spec: barSpec(), label: LABEL });
    const bar = bars(el)[0]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(bar.x + bar.width / 2), Math.round(bar.y + bar.height / 2)] });
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.fpk-tooltip')!;
    expect(tip).to.exist;
    expect(tip.hidden).to.equal(false);
    expect(tip.querySelector('.title')).to.equal(null);
    const rows = [...tip.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).to.deep.equal([
      ['Jurisdiction', 'OH'],
      ['Deaths', '5174'],
    ]);
    expect(getComputedStyle(tip).position).to.equal('fixed');
    expect(document.body.querySelector('.fpk-tooltip, #vg-tooltip-element')).to.equal(null);
    await sendMouse({ type: 'move', position: [2, 2] });
    expect(tip.hidden).to.equal(true);
  });

  it('takes colours and font from --fpk-* custom properties', async () => {
    const el = await chart();
    el.style.setProperty('--fpk-series-1', 'rgb(10, 20, 30)');
    el.style.setProperty('--fpk-fg', 'rgb(1, 2, 3)');
    el.style.setProperty('--fpk-font', 'Georgia, serif');
    await el.vega.setSpec({ spec: barSpec(), label: LABEL });
    expect(bars(el)[0]!.getAttribute('fill')).to.equal('rgb(10, 20, 30)');
    const title = el.shadowRoot!.querySelector('g.role-axis-title text')!;
    expect(title.getAttribute('fill')).to.equal('rgb(1, 2, 3)');
    expect(title.getAttribute('font-family')).to.equal('Georgia, serif');

    el.style.setProperty('--fpk-series-1', 'rgb(200, 0, 0)');
    el.vega.refresh();
    await el.vega.ready;
    expect(bars(el)[0]!.getAttribute('fill')).to.equal('rgb(200, 0, 0)');
  });

  it('exports a labelled SVG document with the marks, and PNGs', async () => {
    const el = await chart();
    await el.vega.setSpec({ spec: barSpec(), label: 'Deaths <by> "state"' });
    const svg = await el.vega.toSVG();
    expect(svg.startsWith('<svg')).to.equal(true);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('role')).to.equal('img');
    expect(doc.documentElement.getAttribute('aria-label')).to.equal('Deaths <by> "state"');
    expect(doc.querySelector('title')!.textContent).to.equal('Deaths <by> "state"');
    expect(doc.querySelectorAll('g.mark-rect path')).to.have.length(DEATHS.length);

    // A PNG is vega's own raster of the view (the element's PNG download rasterises chartSVG() instead).
    expect(await el.vega.view!.toImageURL('png', 1)).to.match(/^data:image\/png;base64,/);
  });

  it('an export before any chart rejects with a ChartError', async () => {
    const el = await chart();
    const error = await el.vega.toSVG().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.have.property('code', 'chart-export-failed');
  });

  it('reports a bad spec through onError and settles ready with null, throwing nothing', async () => {
    const el = await chart();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    // A syntax error in an expression, which the interpreter path parses like codegen would.
    const base = barSpec();
    const spec = {
      ...base,
      data: [{ ...base.data![0]!, transform: [{ type: 'formula' as const, expr: 'datum.deaths +', as: 'broken' }] }],
    };
    const view = await el.vega.setSpec({ spec, label: LABEL });
    window.removeEventListener('error', onError);
    expect(view === null).to.equal(true);
    expect(el.vega.view === null).to.equal(true);
    expect(el.errors).to.have.length(1);
    expect(el.errors[0]!.code).to.equal('chart-render-failed');
    expect(el.errors[0]!.message).to.equal('The chart could not be drawn: Expression parse error: datum.deaths +');
    expect(errors).to.deep.equal([]);
  });

  it('draws a minimal Vega spec at the container width', async () => {
    const el = await chart('300px');
    const spec: VegaSpec = {
      autosize: { type: 'fit-x', contains: 'padding' },
      height: 100,
      data: [
        {
          name: 't',
          values: [
            { k: 'a', v: 1 },
            { k: 'b', v: 3 },
          ],
        },
      ],
      scales: [
        { name: 'x', type: 'band', domain: { data: 't', field: 'k' }, range: 'width' },
        { name: 'y', domain: { data: 't', field: 'v' }, range: 'height' },
      ],
      marks: [
        {
          type: 'rect',
          from: { data: 't' },
          encode: {
            update: {
              x: { scale: 'x', field: 'k' },
              width: { scale: 'x', band: 1 },
              y: { scale: 'y', field: 'v' },
              y2: { scale: 'y', value: 0 },
            },
          },
        },
      ],
    };
    await el.vega.setSpec({ spec, label: 'Precompiled' });
    expect(bars(el)).to.have.length(2);
    expect(svgOf(el)!.getAttribute('width')).to.equal('300');
    expect(svgOf(el)!.getAttribute('aria-label')).to.equal('Precompiled');
  });

  it('draws charts one at a time with a frame between them, so the first is painted before the next is drawn', async () => {
    const first = await chart();
    const second = await chart();
    // Every frame, which of the two shows bars.
    const frames: string[] = [];
    let watching = true;
    const watch = () => {
      frames.push(`${bars(first).length > 0 ? 1 : 0}${bars(second).length > 0 ? 1 : 0}`);
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const ready = Promise.all([
      first.vega.setSpec({ spec: barSpec(), label: LABEL }),
      second.vega.setSpec({ spec: barSpec(DEATHS.slice(0, 2)), label: 'Two states' }),
    ]);
    await ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    watching = false;
    expect(frames, frames.join(' ')).to.include('10');
    expect(frames.indexOf('10')).to.be.below(frames.indexOf('11'));
    expect(frames).not.to.include('01');
  });
});
