/**
 * `<fpk-chart>`: a developer's vega-lite spec of a dataset query, drawn as every chart is (theme,
 * source line, table view, downloads, keys), and a bad spec or query explained in the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/fpk-chart/define.js';
import type { FpkChart } from '../../components/fpk-chart/fpk-chart.js';
import { loadDataset } from '../../src/load.js';
import { formatNumber } from '../../src/i18n/index.js';
import { THEMES } from '../../src/theme.js';
import { BAR_QUERY, BAR_SPEC } from './csp-elements.js';
import { captureDownload, expectErrorShown, settled, shadowText } from './helpers.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const bars = (el: HTMLElement) => [...root(el).querySelectorAll('.role-mark.marks > path')];

async function expected(): Promise<{ jurisdiction: string; reported: number | null }[]> {
  return (await loadDataset('overdoses', BAR_QUERY as never)).rows as never;
}

describe('<fpk-chart>', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('draws a vega-lite bar chart of a dataset query: a bar per row, the source line with the release, the table of the rows', async () => {
    const el = await fixture<FpkChart>(
      html`<fpk-chart loading="eager" heading="Synthetic-opioid deaths by state" spec=${JSON.stringify(BAR_SPEC)} query=${JSON.stringify(BAR_QUERY)}></fpk-chart>`,
    );
    expect((await settled(el)).type).to.equal('fpk-ready');
    const rows = await expected();
    const drawn = rows.filter((r) => typeof r.reported === 'number');
    expect(drawn.length).to.be.greaterThan(2);
    expect(bars(el)).to.have.length(drawn.length);
    // Tallest bar first (sort: -y), each as tall as its value on one scale.
    const heights = bars(el)
      .map((b) => b.getBoundingClientRect())
      .sort((a, b) => a.left - b.left)
      .map((box) => box.height);
    expect([...heights].sort((a, b) => b - a)).to.deep.equal(heights);
    const axis = [...root(el).querySelectorAll('.role-axis-label text')].map((t) => t.textContent);
    const order = [...drawn].sort((a, b) => b.reported! - a.reported!).map((r) => r.jurisdiction);
    expect(axis.slice(0, order.length)).to.deep.equal(order);
    // The element's heading, not vega-lite's title; the chart labelled for screen readers.
    expect(shadowText(el, 'h2, [part="header"] h2, header h2')).to.contain('Synthetic-opioid deaths by state');
    expect(root(el).querySelector('svg')!.getAttribute('role')).to.equal('img');
    // Drawn, the chart is as tall as its picture: the space reserved before the draw is let go.
    const box = root(el).querySelector('[part="chart"]')!.getBoundingClientRect().height;
    const picture = root(el).querySelector('svg')!.getBoundingClientRect().height;
    expect(box - picture, `chart box ${box} px around a ${picture} px picture`).to.be.below(12);
    expect(shadowText(el, '[part="source"]')).to.match(
      /^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), release of [A-Z][a-z]{2} \d{1,2}, \d{4}/,
    );
    expect(shadowText(el, '[part="summary"]')).to.contain(`${rows.length} rows of`);
    await expect(el).to.be.accessible();

    // The table view holds every row the chart was given; the CSV downloads them.
    el.view = 'table';
    await el.updateComplete;
    const cells = [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.textContent ?? '');
    expect(cells).to.have.length(rows.length);
    for (const r of drawn)
      expect(cells.some((c) => c.includes(r.jurisdiction) && c.includes(formatNumber('en', r.reported)))).to.equal(true);
    const csv = await captureDownload(() => root(el).querySelector<HTMLButtonElement>('button[data-action="csv"]')!.click());
    expect(csv.text.split('\n')[0]).to.contain('jurisdiction');
    expect(csv.text.trim().split('\n')).to.have.length(rows.length + 1);
  });

  it('takes the spec from a <script type="application/json"> child or as an object property, and draws in the theme\'s colour', async () => {
    const fromChild = await fixture<FpkChart>(html`
      <fpk-chart loading="eager" jurisdictions="OH,WV" drugs="synthetic-opioids" from="2024-12" to="2024-12">
        <script type="application/json">
          ${JSON.stringify(BAR_SPEC)}
        </script>
      </fpk-chart>
    `);
    expect((await settled(fromChild)).type).to.equal('fpk-ready');
    expect(bars(fromChild)).to.have.length(2);

    const prop = await fixture<FpkChart>(
      html`<fpk-chart loading="eager" theme="dark" .spec=${BAR_SPEC} query=${JSON.stringify(BAR_QUERY)}></fpk-chart>`,
    );
    expect((await settled(prop)).type).to.equal('fpk-ready');
    expect(bars(prop).length).to.be.greaterThan(2);
    // No colour encoding: the theme's first series colour (dark theme), not vega-lite's default blue.
    const fill = bars(prop)[0]!.getAttribute('fill');
    expect(fill).to.not.equal('#4c78a8');
    expect(fill?.toLowerCase()).to.equal(THEMES.dark['series-1']!.toLowerCase());
  });

  it('steps through the bars with the keys, each said as its fields', async () => {
    const el = await fixture<FpkChart>(
      html`<fpk-chart loading="eager" spec=${JSON.stringify(BAR_SPEC)} query=${JSON.stringify(BAR_QUERY)}></fpk-chart>`,
    );
    await settled(el);
    await (el as unknown as { vega: { ready: Promise<unknown> } }).vega.ready;
    const chart = root(el).querySelector<HTMLElement>('[part="chart"] .vega')!;
    expect(chart.getAttribute('role')).to.equal('application');
    chart.focus();
    await sendKeys({ press: 'ArrowRight' });
    const first = (await expected())[0]!;
    const said = root(el).querySelector('[part="chart-announcement"]')!.textContent!.trim();
    expect(said).to.contain(`jurisdiction: ${first.jurisdiction}`);
    const mark = root(el).querySelector<HTMLElement>('.fpk-focus-mark')!;
    expect(mark.hidden).to.equal(false);
  });

  it('explains a bad spec or query in the widget and as fpk-error', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ spec: '{"mark": "bar",' }, 'bad-spec', 'The spec is not JSON'],
      [{ spec: '[1, 2]' }, 'bad-spec', 'must be a JSON object'],
      [{ spec: JSON.stringify({ ...BAR_SPEC, data: { url: 'https://example.com/fake.csv' } }) }, 'bad-spec', 'no url, no inline values'],
      [{ spec: JSON.stringify({ ...BAR_SPEC, data: { name: 'seizures' } }) }, 'bad-spec', 'dataset is "overdoses"'],
      [{ spec: JSON.stringify({ ...BAR_SPEC, mark: 'pyramid' }) }, 'bad-spec', 'could not be compiled'],
      [{ spec: JSON.stringify(BAR_SPEC), query: '{"jurisdictions": ["XX"]}' }, 'unknown-value', '"XX"'],
      [{ spec: JSON.stringify(BAR_SPEC), query: 'OH' }, 'bad-attribute', 'query is not JSON'],
      [{}, 'bad-spec', 'needs a vega-lite spec'],
    ];
    for (const [attributes, code, message] of cases) {
      const el = document.createElement('fpk-chart');
      el.setAttribute('loading', 'eager');
      for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
      document.body.append(el);
      try {
        await expectErrorShown(el, code, code === 'bad-spec' ? 'spec' : 'query', message);
      } finally {
        el.remove();
      }
    }
  });
});
