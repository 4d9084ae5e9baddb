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

describe('theme: the trend', () => {
  it('a theme change recolours the event markers from the theme, with no new fetch and no new model', async () => {
    const el = await fixture<HTMLElement & { vega: { ready: Promise<unknown> }; summary: string | null }>(
      html`<fpk-trend loading="eager" theme="light" jurisdictions="US" drugs="synthetic-opioids" from="2022-01" to="2024-06" events="designations"></fpk-trend>`,
    );
    expect((await settled(el)).type).to.equal('fpk-ready');
    await el.vega.ready;
    const markerStroke = () => el.shadowRoot!.querySelector('g.marker_rules_marks line, g.marker_rules_marks path')?.getAttribute('stroke');
    const light = markerStroke();
    const model = (el as unknown as { model: unknown }).model;
    const fetches = performance.getEntriesByType('resource').length;
    el.setAttribute('theme', 'dark');
    await new Promise((r) => setTimeout(r, 50));
    await el.vega.ready;
    const dark = markerStroke();
    expect(light, 'light marker colour').to.be.a('string').and.not.equal('');
    expect(dark, 'dark marker colour').to.be.a('string').and.not.equal(light);
    expect(performance.getEntriesByType('resource').length, 'files fetched for the theme change').to.equal(fetches);
    expect((el as unknown as { model: unknown }).model === model, 'the same model').to.equal(true);
  });
});
