import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../components/fpk-map/define.js';
import type { FpkMap } from '../../components/fpk-map/fpk-map.js';
import { loadDataset } from '../../src/load.js';
import { STATE_CODES } from '../../src/jurisdictions.js';
import type { OverdoseRecord } from '../../src/dataset-schemas/overdoses.js';
import { captureDownload, expectErrorShown, settled, shadowText } from './helpers.js';

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** Every state is one <path> of a path mark: `states_marks` (with a value) or `no_data_marks`. */
const shapes = (el: Element) => all(el, 'g.mark-path.role-mark path');
const noData = (el: Element) => all(el, 'g.mark-path.role-mark.no_data_marks path');
const legendText = (el: Element) => all(el, 'g.role-legend-title text, g.role-legend-label text').map((t) => t.textContent);
const en = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const es = (n: number, digits = 0) =>
  new Intl.NumberFormat('es-ES', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: 'always',
  } as unknown as Intl.NumberFormatOptions).format(n);

async function stateRows(drug: OverdoseRecord['indicator']): Promise<OverdoseRecord[]> {
  return (await loadDataset('overdoses', { jurisdictions: [...STATE_CODES], indicators: [drug] })).rows;
}
const valueAt = (rows: readonly OverdoseRecord[], j: string, period: string) =>
  rows.find((r) => r.jurisdiction === j && r.period === period)?.reported ?? null;

/** Waits for the map to be laid out at its final width (a scrollbar may appear and reflow it). */
async function stable(el: FpkMap): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await (el as unknown as { vega: { ready: Promise<unknown> } }).vega.ready;
}

async function hover(el: FpkMap, path: Element): Promise<string[][]> {
  await stable(el);
  const box = path.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  const tip = el.shadowRoot!.querySelector<HTMLElement>('.fpk-tooltip')!;
  expect(tip.hidden).to.equal(false);
  return [...tip.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!));
}

describe('<fpk-map>', () => {
  afterEach(() => resetMouse());

  it('draws all 51 state shapes (50 states and DC); per 100,000 by default, NY as "No data" with the reason', async () => {
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager" to="2023-12"></fpk-map>`);
    const ready = await settled(el);
    expect(ready.type).to.equal('fpk-ready');
    expect(ready.detail.rows).to.equal(51);
    expect(shapes(el)).to.have.length(51);
    expect(noData(el)).to.have.length(1);
    expect(legendText(el)).to.include.members(['Deaths per 100,000 residents', 'No data']);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Drug overdose deaths per 100,000 residents, 12 months ending December 2023, by state',
    );
    const tip = await hover(el, noData(el)[0]!);
    expect(tip).to.deep.equal([
      ['State', 'New York excl. NYC'],
      ['Reason', 'No rate: CDC’s New York excludes New York City, while Census counts the whole state.'],
    ]);
  });

  it('the tooltip of a state with a value gives its rate, deaths and population', async () => {
    const rows = await stateRows('all-drugs');
    const { rows: population } = await loadDataset('population');
    // 2024: still marked underreported in the 2026-02-14 release (its 2023 months carry ** now).
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager" to="2024-12"></fpk-map>`);
    await settled(el);
    const texas = shapes(el).reduce((a, b) =>
      a.getBoundingClientRect().width * a.getBoundingClientRect().height >
      b.getBoundingClientRect().width * b.getBoundingClientRect().height
        ? a
        : b,
    );
    const tip = await hover(el, texas);
    const name = tip[0]![1]!;
    const code = { Alaska: 'AK', Texas: 'TX', California: 'CA', Montana: 'MT' }[name]!;
    expect(code, name).to.be.a('string');
    const pop = population.find((p) => p.jurisdiction === code && p.year === 2024)!.population;
    const deaths = valueAt(rows, code, '2024-12')!;
    const row = rows.find((r) => r.jurisdiction === code && r.period === '2024-12')!;
    // CDC marks 2024 underreported in this release: the tooltip ends with the flag and the predicted count.
    expect(row.footnotes).to.include('underreported');
    expect(tip).to.deep.equal([
      ['State', name],
      ['Deaths per 100,000 residents', en((deaths / pop) * 100_000, 1)],
      ['Deaths (reported)', en(deaths)],
      ['Population (July 1, 2024)', en(pop)],
      ['Provisional', `Underreported (CDC: data still incomplete); predicted ${en(row.predicted!)}.`],
    ]);
  });

  it('no-data fill count equals the states without a value: LA and PA have no T40.4 data, CDC hides others', async () => {
    const rows = await stateRows('synthetic-opioids');
    const period = '2025-06';
    const missing = STATE_CODES.filter((j) => j === 'NY' || valueAt(rows, j, period) === null);
    expect(missing).to.include.members(['LA', 'PA', 'NY']);
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager" drugs="synthetic-opioids" to="2025-06"></fpk-map>`);
    await settled(el);
    expect(shapes(el)).to.have.length(51);
    expect(noData(el)).to.have.length(missing.length);
    el.view = 'table';
    await el.updateComplete;
    const trs = all(el, 'tbody tr');
    expect(trs).to.have.length(51);
    const la = trs.find((tr) => tr.textContent!.includes('Louisiana'))!;
    expect(la.textContent).to.contain('No data: CDC publishes no synthetic opioids (mainly fentanyl) data for this jurisdiction.');
  });

  it('year-over-year: diverging classes, values are the percent change from 12 months earlier', async () => {
    const rows = await stateRows('all-drugs');
    const pct = (j: string) => ((valueAt(rows, j, '2023-12')! - valueAt(rows, j, '2022-12')!) / valueAt(rows, j, '2022-12')!) * 100;
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager" measure="yoy" to="2023-12" view="table"></fpk-map>`);
    await settled(el);
    const csv = await captureDownload(() => el.runAction('csv'));
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).to.equal(
      'code,period_start,period_end,name,changePercent,changePercent_display,changePredicted,changePredicted_display,deaths,previous,note,source,dataset_version',
    );
    expect(lines).to.have.length(52);
    const ohio = lines.find((l) => l.startsWith('OH,'))!.split(',');
    const predicted = (period: string) => rows.find((r) => r.jurisdiction === 'OH' && r.period === period)!.predicted!;
    expect(ohio.slice(0, 4)).to.deep.equal(['OH', '2022-12', '2023-12', 'Ohio']);
    expect(Number(ohio[4])).to.equal(pct('OH'));
    expect(Number(ohio[5])).to.equal(Number(pct('OH').toFixed(1)));
    expect(Number(ohio[6])).to.be.closeTo(((predicted('2023-12') - predicted('2022-12')) / predicted('2022-12')) * 100, 1e-9);
    expect(Number(ohio[8])).to.equal(valueAt(rows, 'OH', '2023-12'));
    expect(Number(ohio[9])).to.equal(valueAt(rows, 'OH', '2022-12'));
    el.view = 'chart';
    await el.updateComplete;
    await (el as unknown as { vega: { ready: Promise<unknown> } }).vega.ready;
    // Classes split at 0, symmetric: the first label below 0 mirrors the first above it.
    const labels = legendText(el);
    expect(labels).to.include.members(['% change vs a year earlier', '+0%']);
    // Every state has both December counts, so there is no "No data" entry to explain.
    expect(lines.every((l) => l.split(',')[1] !== '')).to.equal(true);
    expect(labels).not.to.include('No data');
    const above = labels.find((l) => /^\+[1-9]/.test(l!))!;
    expect(labels).to.include(`−${above.slice(1)}`);
  });

  it('the table lists every state, DC included; a state button (mouse or keyboard) fires fpk-select', async () => {
    const rows = await stateRows('all-drugs');
    const { rows: population } = await loadDataset('population');
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager" view="table" to="2023-12"></fpk-map>`);
    await settled(el);
    const trs = all(el, 'tbody tr');
    expect(trs).to.have.length(51);
    const dc = trs.find((tr) => tr.textContent!.includes('District of Columbia'))!;
    const dcPop = population.find((p) => p.jurisdiction === 'DC' && p.year === 2023)!.population;
    const dcRow = rows.find((r) => r.jurisdiction === 'DC' && r.period === '2023-12')!;
    const dcDeaths = dcRow.reported!;
    // DC 2023-12 comes from the 2026-02-14 release, footnote ** ("may differ from final"), not * ("underreported"): the note cell is empty ("—").
    const note = dcRow.footnotes.includes('underreported')
      ? `Underreported (CDC: data still incomplete); predicted ${en(dcRow.predicted!)}.`
      : '—';
    expect([...dc.children].map((c) => c.textContent!.trim())).to.deep.equal([
      'District of Columbia',
      en((dcDeaths / dcPop) * 100_000, 1),
      en(dcDeaths),
      en(dcPop),
      note,
    ]);
    const button = dc.querySelector<HTMLButtonElement>('button')!;
    let selected = oneEvent(el, 'fpk-select');
    button.click();
    expect(((await selected) as CustomEvent).detail.datum).to.include({ code: 'DC', name: 'District of Columbia' });
    const ohio = trs.find((tr) => tr.textContent!.includes('Ohio'))!.querySelector<HTMLButtonElement>('button')!;
    ohio.focus();
    selected = oneEvent(el, 'fpk-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent).detail.datum).to.include({ code: 'OH' });
  });

  it('clicking a state on the map fires fpk-select with its table row', async () => {
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager" to="2023-12"></fpk-map>`);
    await settled(el);
    const big = all(el, 'g.states_marks path').reduce((a, b) =>
      a.getBoundingClientRect().width > b.getBoundingClientRect().width ? a : b,
    );
    const box = big.getBoundingClientRect();
    const selected = oneEvent(el, 'fpk-select');
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    const datum = ((await selected) as CustomEvent).detail.datum;
    expect(datum.code).to.be.oneOf(['TX', 'CA', 'MT', 'AK']);
    expect(datum.rate).to.be.a('number');
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px the map is as tall as its proportions ask, and DC (and the other small states) can be seen and clicked beside it`, async () => {
      // The viewport is wider than the element (the mouse must reach DC); the element's own width decides the layout.
      await setViewport({ width: width + 100, height: 900 });
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><fpk-map loading="eager" to="2023-12"></fpk-map></div>`,
      );
      const el = box.querySelector('fpk-map')!;
      await settled(el);
      await stable(el);
      const map = all(el, 'g.mark-path.role-mark path')
        .map((p) => p.getBoundingClientRect())
        .reduce((a, b) => ({ top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) }), {
          top: Infinity,
          bottom: -Infinity,
          right: -Infinity,
        });
      // No empty band: the chart (map, legend) is at most 80 px taller than the map (the old map sat in 452 px at any width).
      const chart = el.shadowRoot!.querySelector('[part="chart"]')!.getBoundingClientRect();
      expect(chart.height - (map.bottom - map.top)).to.be.below(80);
      expect(map.top - chart.top).to.be.below(8);
      const codes = all(el, 'g.inset_labels text').map((t) => t.textContent);
      expect(codes).to.deep.equal(['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC']);
      const squares = all(el, 'g.inset_marks path');
      const dc = squares[codes.indexOf('DC')]!.getBoundingClientRect();
      expect(dc.width).to.be.at.least(10);
      expect(dc.height).to.be.at.least(10);
      expect(dc.left).to.be.above(map.right);
      expect(dc.right).to.be.at.most(el.getBoundingClientRect().right);
      // Hovering DC's square gives DC's rate; clicking it selects DC.
      const tip = await hover(el, squares[codes.indexOf('DC')]!);
      expect(tip[0]).to.deep.equal(['State', 'District of Columbia']);
      const selected = oneEvent(el, 'fpk-select');
      await sendMouse({ type: 'click', position: [Math.round(dc.x + dc.width / 2), Math.round(dc.y + dc.height / 2)] });
      const datum = ((await selected) as CustomEvent).detail.datum;
      expect(datum.code).to.equal('DC');
      expect(datum.rate).to.be.a('number');
      await setViewport({ width: 800, height: 600 });
    });
  }

  it('summary in English and Spanish names the highest and lowest rates', async () => {
    const rows = await stateRows('all-drugs');
    const { rows: population } = await loadDataset('population');
    const rate = (j: string) =>
      (valueAt(rows, j, '2023-12')! / population.find((p) => p.jurisdiction === j && p.year === 2023)!.population) * 100_000;
    const ranked = STATE_CODES.filter((j) => j !== 'NY').sort((a, b) => rate(b) - rate(a));
    const top = ranked[0]!;
    const bottom = ranked[ranked.length - 1]!;
    const names: Record<string, [string, string]> = {
      DC: ['District of Columbia', 'Distrito de Columbia'],
      WV: ['West Virginia', 'Virginia Occidental'],
      NE: ['Nebraska', 'Nebraska'],
      SD: ['South Dakota', 'Dakota del Sur'],
      ND: ['North Dakota', 'Dakota del Norte'],
    };
    expect(names[top], top).to.exist;
    expect(names[bottom], bottom).to.exist;
    const enEl = await fixture<FpkMap>(html`<fpk-map loading="eager" to="2023-12"></fpk-map>`);
    expect((await settled(enEl)).detail.summary).to.equal(
      `Drug overdose deaths per 100,000 residents in the 12 months ending December 2023: highest in ${names[top]![0]} (${en(rate(top), 1)}), lowest in ${names[bottom]![0]} (${en(rate(bottom), 1)}). 1 of 51 jurisdictions not shown; the table says why.`,
    );
    const esEl = await fixture<FpkMap>(html`<fpk-map loading="eager" lang="es" to="2023-12"></fpk-map>`);
    expect((await settled(esEl)).detail.summary).to.equal(
      `Muertes por sobredosis de drogas por cada 100.000 habitantes en los 12 meses hasta diciembre de 2023: la cifra más alta es la de ${names[top]![1]} (${es(rate(top), 1)}) y la más baja, la de ${names[bottom]![1]} (${es(rate(bottom), 1)}). 1 de 51 jurisdicciones no se muestran; la tabla indica por qué.`,
    );
    expect(legendText(esEl)).to.include.members(['Muertes por cada 100.000 habitantes', 'Sin datos']);
    expect(shadowText(esEl, '[part="source"]')).to.contain('Mapa: us-atlas 3.0.1');
  });

  it('the default state map names the release its values come from, the month shown and the population vintage', async () => {
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager"></fpk-map>`);
    await settled(el);
    const rows = await stateRows('all-drugs');
    expect([...new Set(rows.filter((r) => r.period === '2025-09').map((r) => r.release))]).to.deep.equal(['2026-02-14']);
    const source = shadowText(el, '[part="source"]');
    expect(source).to.match(
      /^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), release of Feb 14, 2026, data through September 2025 \(data version [^)]+\); U\.S\. Census Bureau, Population Division, Annual Estimates of the Resident Population \(Vintages 2019 and 2025\), Vintage 2025 release, population on July 1, 2025 \(data version [^)]+\)\. /,
    );
    expect(source).not.to.contain('Jun 27, 2026');
    expect(source).not.to.contain('released Jul 1, 2025');
  });

  it('a synthetic-opioid map names the mid-2026 extract its values come from, in English and Spanish', async () => {
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager" drugs="synthetic-opioids" measure="reported"></fpk-map>`);
    await settled(el);
    // No rate is shown (Census has no 2026 estimate yet), so the source names no population release.
    expect(shadowText(el, '[part="source"]')).to.match(
      /^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), release of Jun 27, 2026, data through January 2026 \(data version [^)]+\)\. New York/,
    );
    const esEl = await fixture<FpkMap>(html`<fpk-map loading="eager" lang="es" drugs="synthetic-opioids" measure="reported"></fpk-map>`);
    await settled(esEl);
    expect(shadowText(esEl, '[part="source"]')).to.match(
      /^Fuente: CDC NCHS, recuentos provisionales de muertes por sobredosis de drogas \(VSRR\), publicación del 27 jun 2026, datos hasta enero de 2026 \(versión de datos [^)]+\)\. Nueva York/,
    );
  });

  it('year over year: the summary ranks on CDC’s predicted counts, and a state’s tooltip gives the flag and the predicted count', async () => {
    const el = await fixture<FpkMap>(html`<fpk-map loading="eager" measure="yoy"></fpk-map>`);
    const ready = await settled(el);
    // The default month is September 2025 (2026-02-14 release). North Carolina's 1,782 reported deaths
    // stand against CDC's predicted 2,264 (2,741 / 3,212 a year earlier).
    const nc = (await stateRows('all-drugs')).find((r) => r.jurisdiction === 'NC' && r.period === '2025-09')!;
    expect([nc.reported, nc.predicted, nc.footnotes.includes('underreported')]).to.deep.equal([1782, 2264, true]);
    expect(ready.detail.summary).to.contain('biggest fall in Rhode Island (−39.8% on CDC’s predicted counts; −41.9% on reported counts)');
    expect(ready.detail.summary).to.contain('Changes are ranked on CDC’s predicted counts, which adjust for reporting delay');
    // Find North Carolina among the shapes by its tooltip (a shape's centre can fall on a neighbour, or outside it).
    await stable(el);
    let tip: string[][] = [];
    for (const path of shapes(el)) {
      const box = path.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      const shown = el.shadowRoot!.querySelector<HTMLElement>('.fpk-tooltip');
      tip = shown && !shown.hidden ? [...shown.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!)) : [];
      if (tip[0]?.[1] === 'North Carolina') break;
    }
    expect(tip[0]).to.deep.equal(['State', 'North Carolina']);
    expect(tip.at(-1)).to.deep.equal([
      'Provisional',
      'Underreported (CDC: data still incomplete); predicted 2,264, 27% above reported. September 2024: Underreported (CDC: data still incomplete); predicted 3,212, 17% above reported.',
    ]);
    el.view = 'table';
    await el.updateComplete;
    const row = all(el, 'tbody tr').find((tr) => tr.textContent!.includes('North Carolina'))!;
    const cells = [...row.children].map((c) => c.textContent!.trim());
    expect(cells.slice(0, 3)).to.deep.equal(['North Carolina', '−35.0%', '−29.5%']);
    expect(cells.at(-1)).to.contain('predicted 2,264, 27% above reported');
  });

  const bad: [string, ReturnType<typeof html>, string, string, string][] = [
    [
      'unknown measure',
      html`<fpk-map loading="eager" measure="change"></fpk-map>`,
      'unknown-value',
      'measure',
      'Unknown measure "change". Allowed: per100k, reported, yoy.',
    ],
    [
      'unknown drug',
      html`<fpk-map loading="eager" drugs="fentanyl"></fpk-map>`,
      'unknown-value',
      'drugs',
      'Unknown drug "fentanyl" in drugs="fentanyl". Allowed: all-drugs, opioids',
    ],
    [
      'several drugs',
      html`<fpk-map loading="eager" drugs="cocaine,heroin"></fpk-map>`,
      'bad-attribute',
      'drugs',
      '<fpk-map> draws one drug; drugs has 2 (cocaine, heroin).',
    ],
    [
      'unknown dataset',
      html`<fpk-map loading="eager" dataset="seizures"></fpk-map>`,
      'unknown-dataset',
      'dataset',
      'Unknown dataset "seizures" for <fpk-map>. Allowed: overdoses.',
    ],
    [
      'bad month',
      html`<fpk-map loading="eager" to="2023-1"></fpk-map>`,
      'bad-period',
      'to',
      'to="2023-1" is not a month. Use YYYY-MM, e.g. 2023-06.',
    ],
    [
      'from given',
      html`<fpk-map loading="eager" from="2022-12"></fpk-map>`,
      'unknown-attribute',
      'from',
      '<fpk-map> has no attribute "from": the map shows one period: use to="YYYY-MM"',
    ],
    [
      'jurisdictions given',
      html`<fpk-map loading="eager" jurisdictions="OH"></fpk-map>`,
      'unknown-attribute',
      'jurisdictions',
      '<fpk-map> has no attribute "jurisdictions": the map always draws the 50 states and DC',
    ],
    [
      // The same message the CLI (`fpk render fpk-map --events designations`) and the embed page give.
      'event markers asked of a map',
      html`<fpk-map loading="eager" id="m" class="wide" aria-describedby="x" data-story="1" events="designations"></fpk-map>`,
      'unknown-attribute',
      'events',
      '<fpk-map> has no attribute "events": event markers are drawn on <fpk-trend>. Its attributes: dataset, measure, drugs, to, heading, description, lang, theme, view, actions, data, loading, controls, permalink.',
    ],
    [
      'a month without data',
      html`<fpk-map loading="eager" to="2014-12"></fpk-map>`,
      'bad-range',
      'to',
      'to="2014-12": no overdose data for that month in this selection. It has data from 2015-01 to 2025-09.',
    ],
  ];
  for (const [what, template, code, attribute, message] of bad) {
    it(`${what}: shows what is wrong and what is allowed, and fires fpk-error`, async () => {
      await expectErrorShown(await fixture<FpkMap>(template), code, attribute, message);
    });
  }

  it('global HTML and framework attributes are never an error', async () => {
    const el = await fixture<FpkMap>(
      html`<fpk-map loading="eager" id="m" class="wide" title="Rates" aria-describedby="x" data-story="1" dir="ltr" tabindex="0" _ngcontent-ng-c1="" to="2025-06"></fpk-map>`,
    );
    expect((await settled(el)).type).to.equal('fpk-ready');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme (map and table)`, async () => {
      const el = await fixture<FpkMap>(
        html`<fpk-map loading="eager" theme=${theme} heading="Overdose death rates" drugs="synthetic-opioids" to="2025-06"></fpk-map>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
      el.view = 'table';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
