import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../components/fpk-compare/define.js';
import type { FpkCompare } from '../../components/fpk-compare/fpk-compare.js';
import { loadDataset } from '../../src/load.js';
import { STATE_CODES } from '../../src/jurisdictions.js';
import type { OverdoseRecord } from '../../src/dataset-schemas/overdoses.js';
import { captureDownload, expectErrorShown, settled, shadowText } from './helpers.js';

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** vega draws each bar as a <path> in the bar layer's `g.mark-rect`. */
const bars = (el: Element) => all(el, 'g.mark-rect.role-mark path');
const barLabels = (el: Element) => all(el, 'g.mark-text.role-mark text').map((t) => t.textContent);
const axisLabels = (el: Element) => all(el, 'g.role-axis-label text').map((t) => t.textContent);
// A long title is drawn on two lines (tspans); a reader reads them as one.
const axisTitles = (el: Element) =>
  all(el, 'g.role-axis-title text').map((t) =>
    t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') : t.textContent,
  );
const en = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const es = (n: number, digits = 0) =>
  new Intl.NumberFormat('es-ES', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: 'always',
  } as unknown as Intl.NumberFormatOptions).format(n);

async function overdoses(jurisdictions: readonly string[], drug: OverdoseRecord['indicator']): Promise<OverdoseRecord[]> {
  return (await loadDataset('overdoses', { jurisdictions: jurisdictions as OverdoseRecord['jurisdiction'][], indicators: [drug] })).rows;
}
const valueAt = (rows: readonly OverdoseRecord[], j: string, period: string) =>
  rows.find((r) => r.jurisdiction === j && r.period === period)?.reported ?? null;

describe('<fpk-compare>', () => {
  afterEach(() => resetMouse());

  it('draws one labelled bar per state with a value at the latest period all states have, largest first', async () => {
    const rows = await overdoses(STATE_CODES, 'all-drugs');
    const last = (j: string) => rows.filter((r) => r.jurisdiction === j).reduce((m, r) => (r.period > m ? r.period : m), '');
    const period = STATE_CODES.map(last).sort()[0]!;
    expect(period).to.equal('2025-09');
    const values = STATE_CODES.map((j) => ({ j, v: valueAt(rows, j, period) })).filter((x) => x.v !== null);

    const el = await fixture<FpkCompare>(html`<fpk-compare loading="eager"></fpk-compare>`);
    const ready = await settled(el);
    expect(ready.type).to.equal('fpk-ready');
    expect(bars(el)).to.have.length(values.length);
    const sorted = values.map((x) => x.v!).sort((a, b) => b - a);
    expect(barLabels(el)).to.deep.equal(sorted.map((v) => en(v)));
    expect(axisLabels(el)).to.include.members(['California', 'New York excl. NYC', 'District of Columbia']);
    expect(axisTitles(el)).to.include('Deaths (reported), 12 months ending September 2025');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Reported drug overdose deaths, 12 months ending September 2025, by jurisdiction',
    );
    expect(ready.detail.rows).to.equal(51);
  });

  it('lists hidden values as not shown in the table, never as bars or zeros', async () => {
    const rows = await overdoses(STATE_CODES, 'cocaine');
    const shown = STATE_CODES.filter((j) => valueAt(rows, j, '2023-12') !== null);
    const el = await fixture<FpkCompare>(html`<fpk-compare loading="eager" drugs="cocaine" to="2023-12"></fpk-compare>`);
    await settled(el);
    expect(bars(el)).to.have.length(shown.length);
    el.view = 'table';
    await el.updateComplete;
    const trs = all(el, 'tbody tr');
    expect(trs).to.have.length(51);
    const hidden = trs.filter((tr) => /Not shown|No data/.test(tr.textContent!));
    expect(hidden).to.have.length(51 - shown.length);
    const montana = trs.find((tr) => tr.textContent!.includes('Montana'))!;
    expect([...montana.children].map((td) => td.textContent!.trim())).to.deep.equal([
      '—',
      'Montana',
      '—',
      'Not shown: data suppressed by CDC (fewer than 10 deaths).',
    ]);
    const pa = trs.find((tr) => tr.textContent!.includes('Pennsylvania'))!;
    expect(pa.textContent).to.contain('No data: CDC publishes no cocaine data for this jurisdiction.');
    expect(el.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(4);
  });

  it('per 100,000: each rate is deaths ÷ population × 100,000 from the SDK rows; NY shows no rate and why', async () => {
    const places = ['OH', 'WV', 'KY', 'NY', 'TN'];
    const rows = await overdoses(places, 'all-drugs');
    const { rows: population } = await loadDataset('population');
    const el = await fixture<FpkCompare>(
      html`<fpk-compare loading="eager" jurisdictions="OH,WV,KY,NY,TN" measure="per100k" to="2023-12"></fpk-compare>`,
    );
    await settled(el);
    expect(bars(el)).to.have.length(4);
    const csv = await captureDownload(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="csv"]')!.click());
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).to.equal('rank,code,name,period,value,value_display,deaths,population,note,source,dataset_version');
    expect(lines).to.have.length(places.length + 1);
    for (const j of ['OH', 'WV', 'KY', 'TN']) {
      const pop = population.find((p) => p.jurisdiction === j && p.year === 2023)!.population;
      const rate = (valueAt(rows, j, '2023-12')! / pop) * 100_000;
      const line = lines.find((l) => l.includes(`,${valueAt(rows, j, '2023-12')},${pop},`))!.split(',');
      expect(line[1]).to.equal(j);
      expect(line[3]).to.equal('2023-12');
      expect(Number(line[4])).to.equal(rate);
      // Rounded as the bar is labelled.
      expect(line[5]).to.equal(en(rate, 1));
    }
    expect(barLabels(el)).to.include(
      en((valueAt(rows, 'WV', '2023-12')! / population.find((p) => p.jurisdiction === 'WV' && p.year === 2023)!.population) * 100_000, 1),
    );
    el.view = 'table';
    await el.updateComplete;
    const ny = all(el, 'tbody tr').find((tr) => tr.textContent!.includes('New York excl. NYC'))!;
    expect(ny.textContent).to.contain('No rate: CDC’s New York excludes New York City, while Census counts the whole state.');
    expect(shadowText(el, '[part="source"]')).to.contain('No rate: CDC’s New York excludes New York City');
    expect(shadowText(el, '[part="source"]')).to.contain('U.S. Census Bureau');
  });

  it('dumbbell: two points per jurisdiction, joined by a rule, legend names the two periods', async () => {
    const el = await fixture<FpkCompare>(
      html`<fpk-compare loading="eager" jurisdictions="OH,WV,KY,TN" from="2019-12" to="2023-12" mode="dumbbell"></fpk-compare>`,
    );
    await settled(el);
    expect(all(el, 'g.mark-symbol.role-mark path')).to.have.length(8);
    expect(all(el, 'g.mark-rule.role-mark line, g.mark-rule.role-mark path')).to.have.length(4);
    expect(all(el, 'g.role-legend-label text').map((t) => t.textContent)).to.deep.equal(['December 2019', 'December 2023']);
  });

  it('change: percent change bars, labelled with signed percentages; summary ranks provisional changes on CDC’s predicted counts', async () => {
    const places = ['OH', 'WV', 'KY', 'TN', 'AZ', 'US'];
    const rows = await overdoses(places, 'synthetic-opioids');
    const pct = (j: string) => ((valueAt(rows, j, '2025-12')! - valueAt(rows, j, '2024-12')!) / valueAt(rows, j, '2024-12')!) * 100;
    const predictedAt = (j: string, period: string) => rows.find((r) => r.jurisdiction === j && r.period === period)!.predicted!;
    const pctPredicted = (j: string) => ((predictedAt(j, '2025-12') - predictedAt(j, '2024-12')) / predictedAt(j, '2024-12')) * 100;
    // CDC marks 2025 underreported: the ranking uses predicted counts.
    expect(rows.find((r) => r.jurisdiction === 'OH' && r.period === '2025-12')!.footnotes).to.include('underreported');
    const el = await fixture<FpkCompare>(
      html`<fpk-compare loading="eager" jurisdictions="OH,WV,KY,TN,AZ,US" drugs="synthetic-opioids" from="2024-12" to="2025-12"></fpk-compare>`,
    );
    const ready = await settled(el);
    expect(bars(el)).to.have.length(6);
    const states = places.filter((j) => j !== 'US').sort((a, b) => pctPredicted(b) - pctPredicted(a));
    const names: Record<string, string> = { OH: 'Ohio', WV: 'West Virginia', KY: 'Kentucky', TN: 'Tennessee', AZ: 'Arizona' };
    const signed = (p: number) => `${p > 0 ? '+' : '−'}${Math.abs(p).toFixed(1)}%`;
    // Both changes are quoted where they differ by a point or more; otherwise the reported one, as drawn.
    const told = (j: string) =>
      Math.abs(pctPredicted(j) - pct(j)) >= 1
        ? `${signed(pctPredicted(j))} on CDC’s predicted counts; ${signed(pct(j))} on reported counts`
        : signed(pct(j));
    const top = states[0]!;
    const bottom = states[states.length - 1]!;
    expect(pctPredicted(top)).to.be.greaterThan(0);
    expect(pctPredicted(bottom)).to.be.lessThan(0);
    expect(ready.detail.summary).to.equal(
      `Reported overdose deaths involving synthetic opioids (mainly fentanyl), 12 months ending December 2024 vs 12 months ending December 2025: biggest rise in ${names[top]} (${told(top)}), biggest fall in ${names[bottom]} (${told(bottom)}). United States: ${told('US')}. Changes are ranked on CDC’s predicted counts, which adjust for reporting delay: the reported counts of recent months are incomplete.`,
    );
    expect(barLabels(el)).to.include(`${pct(top) > 0 ? '+' : '−'}${Math.abs(pct(top)).toFixed(1)}%`);
  });

  it('summary in English and Spanish, with the US value and the count not shown', async () => {
    const rows = await overdoses(['US', 'OH', 'TN', 'KY', 'SD'], 'heroin');
    const p = '2023-12';
    const v = (j: string) => valueAt(rows, j, p)!;
    // South Dakota's heroin deaths are hidden by CDC in this period.
    expect(valueAt(rows, 'SD', p)).to.equal(null);
    for (const j of ['US', 'OH', 'TN', 'KY']) expect(valueAt(rows, j, p), j).to.be.a('number');
    const ranked = ['OH', 'TN', 'KY'].sort((a, b) => v(b) - v(a));
    const nameEn: Record<string, string> = { OH: 'Ohio', TN: 'Tennessee', KY: 'Kentucky' };
    const nameEs: Record<string, string> = { OH: 'Ohio', TN: 'Tennessee', KY: 'Kentucky' };
    const top = ranked[0]!;
    const bottom = ranked[2]!;
    const enEl = await fixture<FpkCompare>(
      html`<fpk-compare loading="eager" jurisdictions="US,OH,TN,KY,SD" drugs="heroin" to="2023-12"></fpk-compare>`,
    );
    expect((await settled(enEl)).detail.summary).to.equal(
      `Reported overdose deaths involving heroin in the 12 months ending December 2023: highest in ${nameEn[top]} (${en(v(top))}), lowest in ${nameEn[bottom]} (${en(v(bottom))}). United States: ${en(v('US'))}. 1 of 5 jurisdictions not shown; the table says why.`,
    );
    const esEl = await fixture<FpkCompare>(
      html`<fpk-compare loading="eager" lang="es" jurisdictions="US,OH,TN,KY,SD" drugs="heroin" to="2023-12"></fpk-compare>`,
    );
    expect((await settled(esEl)).detail.summary).to.equal(
      `Muertes notificadas por sobredosis que involucran heroína en los 12 meses hasta diciembre de 2023: la cifra más alta es la de ${nameEs[top]} (${es(v(top))}) y la más baja, la de ${nameEs[bottom]} (${es(v(bottom))}). Estados Unidos: ${es(v('US'))}. 1 de 5 jurisdicciones no se muestran; la tabla indica por qué.`,
    );
    expect(axisTitles(esEl)).to.include('Muertes (notificadas), 12 meses hasta diciembre de 2023');
    expect(barLabels(esEl)).to.include(es(v('US')));
    expect(shadowText(esEl, '[part="source"]')).to.match(/^Fuente:/);
  });

  it('compares drugs within one jurisdiction; CSV holds exactly the rows shown', async () => {
    const el = await fixture<FpkCompare>(
      html`<fpk-compare loading="eager" jurisdictions="OH" drugs="synthetic-opioids,cocaine,heroin" to="2023-12" highlight="cocaine"></fpk-compare>`,
    );
    await settled(el);
    expect(bars(el)).to.have.length(3);
    expect(axisLabels(el)).to.include.members(['Synthetic opioids (mainly fentanyl)', 'Cocaine', 'Heroin']);
    expect(all(el, 'g.role-legend-label text').map((t) => t.textContent)).to.deep.equal(['Other drugs', 'Cocaine']);
    const csv = await captureDownload(() => el.runAction('csv'));
    const lines = csv.text.trim().split('\n');
    expect(lines).to.have.length(4);
    expect(lines[1]).to.match(/^1,synthetic-opioids,Synthetic opioids \(mainly fentanyl\),\d{4}-\d{2},\d+,/);
    expect(lines[1]).to.contain('CDC NCHS, Provisional Drug Overdose Death Counts (VSRR)');
  });

  it('clicking a bar fires fpk-select with its row', async () => {
    const el = await fixture<FpkCompare>(html`<fpk-compare loading="eager" jurisdictions="OH,WV" to="2023-12"></fpk-compare>`);
    await settled(el);
    const box = bars(el)[0]!.getBoundingClientRect();
    const selected = oneEvent(el, 'fpk-select');
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    const event = (await selected) as CustomEvent;
    expect(event.detail.datum).to.include({ code: 'OH', name: 'Ohio', rank: 1 });
  });

  it('after a theme change (a new view) a click on a bar fires fpk-select once, with its row', async () => {
    const el = await fixture<FpkCompare>(
      html`<fpk-compare loading="eager" theme="light" jurisdictions="OH,WV" to="2023-12"></fpk-compare>`,
    );
    await settled(el);
    const first = (el as unknown as { vega: { view: unknown } }).vega.view;
    el.setAttribute('theme', 'dark');
    await new Promise((r) => setTimeout(r, 50));
    await (el as unknown as { vega: { ready: Promise<unknown> } }).vega.ready;
    expect((el as unknown as { vega: { view: unknown } }).vega.view !== first, 'a new view').to.equal(true);
    const selections: unknown[] = [];
    el.addEventListener('fpk-select', (e) => selections.push(e.detail.datum));
    const box = bars(el)[0]!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await new Promise((r) => setTimeout(r, 100));
    expect(selections).to.have.length(1);
    expect(selections[0]).to.include({ code: 'OH', rank: 1 });
  });

  const bad: [string, ReturnType<typeof html>, string, string, string][] = [
    [
      'unknown jurisdiction',
      html`<fpk-compare loading="eager" jurisdictions="OH,XX"></fpk-compare>`,
      'unknown-value',
      'jurisdictions',
      'Unknown jurisdiction "XX" in jurisdictions="OH,XX". Allowed: US, AL, AK',
    ],
    [
      'unknown drug',
      html`<fpk-compare loading="eager" drugs="fentanyl"></fpk-compare>`,
      'unknown-value',
      'drugs',
      'Unknown drug "fentanyl" in drugs="fentanyl". Allowed: all-drugs, opioids',
    ],
    [
      'unknown measure',
      html`<fpk-compare loading="eager" measure="rate"></fpk-compare>`,
      'unknown-value',
      'measure',
      'Unknown measure "rate". Allowed: reported, predicted, per100k.',
    ],
    [
      'unknown dataset',
      html`<fpk-compare loading="eager" dataset="seizures"></fpk-compare>`,
      'unknown-dataset',
      'dataset',
      'Unknown dataset "seizures" for <fpk-compare>. Allowed: overdoses.',
    ],
    [
      'bad month',
      html`<fpk-compare loading="eager" to="2024-13"></fpk-compare>`,
      'bad-period',
      'to',
      'to="2024-13" is not a month. Use YYYY-MM, e.g. 2023-06.',
    ],
    [
      'from after to',
      html`<fpk-compare loading="eager" from="2024-06" to="2023-06"></fpk-compare>`,
      'bad-range',
      'from',
      'from="2024-06" is after to="2023-06".',
    ],
    [
      'several drugs with several jurisdictions',
      html`<fpk-compare loading="eager" jurisdictions="OH,WV" drugs="cocaine,heroin"></fpk-compare>`,
      'bad-attribute',
      'drugs',
      'Several drugs (cocaine, heroin) are compared within one jurisdiction, but jurisdictions has 2 (OH, WV). Set one jurisdiction, or one drug.',
    ],
    [
      'a month without data',
      html`<fpk-compare loading="eager" to="2030-01"></fpk-compare>`,
      'bad-range',
      'to',
      'to="2030-01": no overdose data for that month in this selection. It has data from 2015-01 to 2025-09.',
    ],
  ];
  for (const [what, template, code, attribute, message] of bad) {
    it(`${what}: shows what is wrong and what is allowed, and fires fpk-error`, async () => {
      await expectErrorShown(await fixture<FpkCompare>(template), code, attribute, message);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme (chart and table)`, async () => {
      const el = await fixture<FpkCompare>(
        html`<fpk-compare loading="eager" theme=${theme} heading="Overdose deaths" jurisdictions="OH,WV,KY,NY" measure="per100k" to="2023-12" highlight="WV"></fpk-compare>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
