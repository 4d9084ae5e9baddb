/**
 * Small multiples (src/specs/trend-multiples.ts): a trend of four or more lines in a container
 * narrower than TREND_MULTIPLES_BELOW draws one panel per series on one shared scale, stepped
 * through by the same keys; wider, it is one chart again. Decided by the element's own width.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/fpk-trend/define.js';
import type { FpkElement } from '../../components/shared/base.js';
import { settled } from './helpers.js';

type Row = Readonly<Record<string, unknown>>;

const root = (el: HTMLElement) => el.shadowRoot!;
const panels = (el: HTMLElement) => [...root(el).querySelectorAll('.panels_marks > g')];
const said = (el: HTMLElement) => (root(el).querySelector('[part="chart-announcement"]')?.textContent ?? '').trim();
const ready = (el: HTMLElement) => (el as unknown as { vega: { ready: Promise<unknown> } }).vega.ready;
const rows = (el: HTMLElement) => (el as unknown as { model: { rows: readonly Row[] } }).model.rows;
/** The series names in legend order, as the model names them. */
const seriesNames = (el: HTMLElement) => [...new Set(rows(el).map((r) => r['series'] as string))];

const FIVE = 'US,OH,WV,KY,TN';

describe('small multiples of <fpk-trend>', () => {
  afterEach(() => setViewport({ width: 1280, height: 900 }));

  it('at 375 px draws one panel per series, titled with its name, on a shared scale', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await fixture<FpkElement>(
      html`<fpk-trend loading="eager" jurisdictions=${FIVE} drugs="synthetic-opioids" measure="per100k" from="2024-01" to="2025-06"></fpk-trend>`,
    );
    expect((await settled(el)).type).to.equal('fpk-ready');
    await ready(el);
    const names = seriesNames(el);
    expect(names).to.have.length(5);
    const drawn = panels(el);
    expect(drawn, 'one panel per series').to.have.length(5);
    // Titled by place; the drug they share is said once, above the panels, under the value's name.
    const titles = drawn.map((p) => p.querySelector('.panel_titles_marks text')?.textContent);
    expect(titles).to.deep.equal(['United States', 'Ohio', 'West Virginia', 'Kentucky', 'Tennessee']);
    const caption = [...root(el).querySelectorAll('.caption_marks tspan, .caption_marks text')].map((t) => t.textContent).join(' ');
    expect(caption).to.contain('Deaths per 100,000');
    expect(caption).to.contain('synthetic opioids (mainly fentanyl)');
    // Each panel draws its own series' values, and only those.
    for (const panel of drawn) {
      const name = names.find((n) => n.startsWith(`${panel.querySelector('.panel_titles_marks text')!.textContent} — `));
      const values = rows(el).filter((r) => r['series'] === name && typeof r['value'] === 'number');
      expect(panel.querySelectorAll('.points_marks path'), `points of ${name}`).to.have.length(values.length);
      expect(panel.querySelectorAll('.lines_marks path'), `line of ${name}`).to.have.length(1);
    }
    // One value scale: every panel's axis reads the same ticks.
    const ticks = drawn.map((p) => [...p.querySelectorAll('.role-axis-label text')].map((t) => t.textContent).join(' '));
    expect(ticks[0]).to.not.equal('');
    expect(new Set(ticks).size, ticks.join(' | ')).to.equal(1);
    // Panels are stacked, top to bottom in legend order, inside the element.
    const tops = drawn.map((p) => p.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    const width = el.getBoundingClientRect().width;
    for (const panel of drawn) expect(panel.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().left + width + 1);
    await expect(el).to.be.accessible();
  });

  it('steps through the panels with the keys: Down moves to the next series, and the focus mark is in its panel', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await fixture<FpkElement>(
      html`<fpk-trend loading="eager" jurisdictions=${FIVE} drugs="synthetic-opioids" measure="per100k" from="2025-01" to="2025-06"></fpk-trend>`,
    );
    await settled(el);
    await ready(el);
    const chart = root(el).querySelector<HTMLElement>('[part="chart"] .vega')!;
    chart.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(said(el)).to.match(/^United States — synthetic opioids.*, the 12 months ending January 2025: [\d.]+ deaths per 100,000/);
    await sendKeys({ press: 'ArrowDown' });
    expect(said(el)).to.match(/^Ohio — synthetic opioids.*, the 12 months ending January 2025: /);
    const ohio = panels(el).find((p) => p.querySelector('.panel_titles_marks text')?.textContent?.startsWith('Ohio'))!;
    const mark = root(el).querySelector<HTMLElement>('.fpk-focus-mark')!;
    expect(mark.hidden).to.equal(false);
    const box = mark.getBoundingClientRect();
    const panel = ohio.getBoundingClientRect();
    const middle = box.top + box.height / 2;
    expect(middle, `focus mark at ${middle}, Ohio's panel ${panel.top}–${panel.bottom}`).to.be.within(panel.top - 1, panel.bottom + 1);
  });

  it('is one chart again when the element is wider, and never splits three lines', async () => {
    await setViewport({ width: 375, height: 800 });
    const box = await fixture<HTMLDivElement>(
      html`<div><fpk-trend loading="eager" jurisdictions=${FIVE} drugs="synthetic-opioids" from="2025-01" to="2025-06"></fpk-trend></div>`,
    );
    const el = box.querySelector<FpkElement>('fpk-trend')!;
    await settled(el);
    await ready(el);
    expect(panels(el)).to.have.length(5);
    // The element's own width decides, not the viewport's.
    await setViewport({ width: 1280, height: 900 });
    box.style.width = '900px';
    await waitUntil(() => panels(el).length === 0, 'the wide element still draws panels');
    await ready(el);
    expect(root(el).querySelectorAll('.lines_marks path'), 'five lines in one chart').to.have.length(5);
    expect(root(el).querySelectorAll('.role-legend-label text').length).to.be.at.least(5);
    box.style.width = '360px';
    await waitUntil(() => panels(el).length === 5, 'the narrow element did not draw panels again');

    const three = await fixture<FpkElement>(
      html`<div style="width: 360px"><fpk-trend loading="eager" jurisdictions="US,OH,WV" from="2025-01" to="2025-06"></fpk-trend></div>`,
    );
    const trend = three.querySelector<FpkElement>('fpk-trend')!;
    await settled(trend);
    await ready(trend);
    expect(panels(trend)).to.have.length(0);
    expect(root(trend).querySelectorAll('.lines_marks path')).to.have.length(3);
  });
});
