import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import { settled } from './helpers.js';

/** The fill of the chart's first axis label, as drawn. */
function labelFill(el: Element): string {
  const text = el.shadowRoot!.querySelector('svg g.role-axis-label text')!;
  return getComputedStyle(text).fill || text.getAttribute('fill') || '';
}

describe('theme', () => {
  it('switching theme after the chart is drawn redraws it in the new colours', async () => {
    const el = await fixture<HTMLElement & { vega: { ready: Promise<unknown> } }>(
      html`<fpk-compare loading="eager" theme="light" drugs="synthetic-opioids" to="2024-06" jurisdictions="OH,WV,KY"></fpk-compare>`,
    );
    await settled(el);
    await el.vega.ready;
    const light = labelFill(el);
    el.setAttribute('theme', 'dark');
    await new Promise((r) => setTimeout(r, 50));
    await el.vega.ready;
    const dark = labelFill(el);
    expect(light).to.not.equal('');
    expect(dark).to.not.equal(light);
  });
});
