import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../components/fpk-trend/define.js';
import type { FpkTrend } from '../../components/fpk-trend/fpk-trend.js';
import { formatMonth, formatNumber, formatPercent, type Lang } from '../../src/i18n/index.js';
import { loadDataset } from '../../src/load.js';
import { addMonths, eventsInRange, overdoseSeries, populationFor, type SeriesPoint } from '../../src/query.js';
import { captureDownload, expectErrorShown, settled, shadowText } from './helpers.js';

/**
 * Counting drawn values: every non-null value gets a point in the Vega mark `points_marks`
 * (SVG `<g class="mark-symbol role-mark points_marks">`, one `<path>` per point). Lines are
 * `lines_marks`, event markers `markers_marks` (symbols) and `marker_rules_marks` (rules),
 * monthly bars `bars_marks`.
 */
const marks = (el: FpkTrend, name: string) => el.shadowRoot!.querySelectorAll(`g.${name}_marks > *`);
const legend = (el: FpkTrend) => [...el.shadowRoot!.querySelectorAll('g.role-legend-label text')].map((t) => t.textContent);
const svgOf = (el: FpkTrend) => el.shadowRoot!.querySelector('.fpk-vega > svg')!;

const EXAMPLE = { jurisdictions: ['US', 'OH', 'WV'] as const, from: '2019-01' };

/** The gallery example's series from the SDK, in the element's series order. */
async function exampleSeries(): Promise<SeriesPoint[][]> {
  const { rows } = await loadDataset('overdoses', {
    jurisdictions: [...EXAMPLE.jurisdictions],
    indicators: ['synthetic-opioids'],
    from: EXAMPLE.from,
  });
  return EXAMPLE.jurisdictions.map((j) => overdoseSeries(rows, { jurisdictions: [j], indicators: ['synthetic-opioids'] }));
}

/** Designation dates the markers must show: within the months displayed, one marker per date. */
async function designationDates(first: string, last: string): Promise<string[]> {
  const { rows } = await loadDataset('designations');
  return [...new Set(eventsInRange(rows, { from: first, to: last }).events.map((d) => d.date!))];
}

/**
 * The sentence the summary must say about one series, from SDK figures (an independent
 * restatement). CDC marks the latest months underreported, so where the change on CDC's predicted
 * counts differs from the reported one by a point or more, the summary gives both.
 */
function expectedSentence(lang: Lang, name: string, points: readonly SeriesPoint[]): string {
  const valid = points.filter((p) => p.value !== null) as (SeriesPoint & { value: number })[];
  const latest = valid[valid.length - 1]!;
  const peak = valid.reduce((best, p) => (p.value > best.value ? p : best));
  const before = valid.find((p) => p.period === addMonths(latest.period, -12))!;
  expect(latest.footnotes).to.include('underreported');
  const reported = ((latest.value - before.value) / before.value) * 100;
  const predicted = ((latest.predicted! - before.predicted!) / before.predicted!) * 100;
  const both = Math.abs(predicted - reported) >= 1;
  const pc = (v: number) => formatPercent(lang, v);
  const n = (v: number) => formatNumber(lang, v);
  const m = (p: string) => formatMonth(lang, p);
  const change = both
    ? lang === 'es'
      ? `${pc(predicted)} respecto a un año antes según las muertes previstas por la CDC (${pc(reported)} según las notificadas, que la CDC da por incompletas)`
      : `${pc(predicted)} compared with a year earlier on CDC’s predicted counts (${pc(reported)} on reported counts, which CDC marks incomplete)`
    : lang === 'es'
      ? `${pc(reported)} respecto a un año antes`
      : `${pc(reported)} compared with a year earlier`;
  return lang === 'es'
    ? `${name}: ${n(latest.value)} muertes en los 12 meses hasta ${m(latest.period)}, ${change}; máximo: ${n(peak.value)} muertes en los 12 meses hasta ${m(peak.period)}.`
    : `${name}: ${n(latest.value)} deaths in the 12 months ending ${m(latest.period)}, ${change}; peak ${n(peak.value)} deaths in the 12 months ending ${m(peak.period)}.`;
}

function example(lang: Lang = 'en', view: 'chart' | 'table' = 'chart') {
  return fixture<FpkTrend>(
    html`<fpk-trend loading="eager" lang=${lang} view=${view} jurisdictions="US,OH,WV" drugs="synthetic-opioids" from="2019-01" events="designations"></fpk-trend>`,
  );
}

describe('<fpk-trend> overdoses: US vs Ohio vs West Virginia, synthetic opioids, with the designations', () => {
  it('an attribute changed while loading aborts the earlier load: one fpk-ready, with the rows of the new attributes', async () => {
    const readies: { rowCount: number; rows: number; summary: string }[] = [];
    const el = document.createElement('fpk-trend') as FpkTrend;
    el.setAttribute('loading', 'eager');
    el.setAttribute('jurisdictions', 'US,OH,WV');
    el.setAttribute('drugs', 'synthetic-opioids');
    el.setAttribute('from', '2023-01');
    el.setAttribute('to', '2023-12');
    el.addEventListener('fpk-ready', (e) => readies.push(e.detail));
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    box.append(el);
    await el.updateComplete;
    el.setAttribute('jurisdictions', 'US');
    for (let t = 0; t < 400 && readies.length === 0; t++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 300));
    expect(readies).to.have.length(1);
    // 12 months of one series; `rows` is the deprecated name of the same count.
    expect(readies[0]!.rowCount).to.equal(12);
    expect(readies[0]!.rows).to.equal(12);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.not.contain('Ohio');
  });

  it('draws one point per displayed value, a line per series, the legend and one marker per designation date', async () => {
    const series = await exampleSeries();
    const el = await example();
    const ready = await settled(el);
    expect(ready.type).to.equal('fpk-ready');
    const values = series.flat();
    // No value of this selection is hidden by CDC, so every displayed row is drawn.
    expect(values.filter((p) => p.value === null)).to.have.length(0);
    expect(ready.detail.rows).to.equal(values.length);
    expect(marks(el, 'points')).to.have.length(values.length);
    expect(marks(el, 'lines')).to.have.length(3);
    expect(legend(el)).to.deep.equal([
      'United States — synthetic opioids (mainly fentanyl)',
      'Ohio — synthetic opioids (mainly fentanyl)',
      'West Virginia — synthetic opioids (mainly fentanyl)',
      'predicted (adjusted for reporting delay)',
      'designations',
    ]);

    const last = values
      .map((p) => p.period)
      .sort()
      .at(-1)!;
    const dates = await designationDates(EXAMPLE.from, last);
    expect(dates).to.include('2025-02-20');
    expect(marks(el, 'markers')).to.have.length(dates.length);
    expect(marks(el, 'marker_rules')).to.have.length(dates.length);
    const listed = [...el.shadowRoot!.querySelectorAll('.markers li time')].map((t) => t.getAttribute('datetime'));
    expect(listed).to.deep.equal([...dates].sort());
    const fto = [...el.shadowRoot!.querySelectorAll('.markers li')].find((li) => li.textContent!.includes('2025'))!;
    expect(fto.textContent).to.match(/\d+ FTO and \d+ SDGT designations: .*Sinaloa Cartel/);

    expect(svgOf(el).getAttribute('role')).to.equal('img');
    expect(svgOf(el).getAttribute('aria-label')).to.equal(
      `Line chart: overdose deaths, 12 months ending — synthetic opioids (mainly fentanyl), United States, Ohio, West Virginia, January 2019 – ${formatMonth('en', last)}, with ${dates.length} event markers`,
    );
    // The source names the release of the rows drawn (all from the mid-2026 extract) and the month they end.
    const releases = [...new Set(values.map((p) => p.release))];
    expect(releases).to.deep.equal(['2026-06-27']);
    expect(shadowText(el, '[part="source"]')).to.match(
      new RegExp(
        `^Source: CDC NCHS, Provisional Drug Overdose Death Counts \\(VSRR\\), release of Jun 27, 2026, data through ${formatMonth('en', last)} \\(data version [^)]+\\); State Department, Treasury OFAC`,
      ),
    );
  });

  it('the marker list: links official first with domains and copy labels, the FinCEN orders named as orders, and the official-text count', async () => {
    const el = await fixture<FpkTrend>(
      html`<fpk-trend loading="eager" jurisdictions="US" drugs="synthetic-opioids" from="2025-01" to="2025-09" events="designations"></fpk-trend>`,
    );
    await settled(el);
    const items = [...el.shadowRoot!.querySelectorAll('.markers li')];
    const text = (li: Element) => li.textContent!.replace(/\s+/g, ' ').trim();
    // The orders against three Mexican banks read as orders, not designations, and under their display names.
    const fincen = items.find((li) => li.querySelector('time')!.getAttribute('datetime') === '2025-06-25')!;
    expect(text(fincen)).to.match(
      /^Jun 25, 2025 — 3 FinCEN orders against financial institutions \(21 U\.S\.C\. 2313a\): CIBanco, Intercam, Vector Casa de Bolsa\. /,
    );
    expect(fincen.querySelector('.source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'fincen.gov (official text, primary source)',
    );
    // Feb 20, 2025: the IRS-CI release first, then the copy of the Supreme Court opinion read in the check, then a named publisher.
    const feb = items.find((li) => li.querySelector('time')!.getAttribute('datetime') === '2025-02-20')!;
    const labels = [...feb.querySelectorAll('.source')].map((s) => [
      s.getAttribute('data-kind'),
      s.textContent!.replace(/\s+/g, ' ').trim(),
    ]);
    expect(labels.slice(0, 3)).to.deep.equal([
      ['official', 'irs.gov (official text, primary source)'],
      ['copy', 'copy of a court opinion at supreme.justia.com (primary source)'],
      ['publisher', 'Baker McKenzie (sanctionsnews.bakermckenzie.com)'],
    ]);
    for (const a of feb.querySelectorAll('a'))
      expect(a.textContent).to.contain(new URL(a.getAttribute('href')!).hostname.replace(/^www\./, ''));
    // The count line, from the SDK rows of the events marked.
    const { rows } = await loadDataset('designations', { from: '2025-01', to: '2025-09' });
    const dated = rows.filter((r) => r.date);
    const confirmed = dated.filter((r) => r.checked === 'confirmed').length;
    expect(shadowText(el, '[part="source"]')).to.contain(
      `${confirmed} of ${dated.length} events rest on an official text (confirmed in the primary-source check).`,
    );
    const es = await fixture<FpkTrend>(
      html`<fpk-trend loading="eager" lang="es" jurisdictions="US" drugs="synthetic-opioids" from="2025-06" to="2025-06" events="designations"></fpk-trend>`,
    );
    await settled(es);
    const esOrders = [...es.shadowRoot!.querySelectorAll('.markers li')].find(
      (li) => li.querySelector('time')!.getAttribute('datetime') === '2025-06-25',
    )!;
    expect(esOrders.textContent!.replace(/\s+/g, ' ')).to.contain(
      '3 órdenes de FinCEN contra instituciones financieras (21 U.S.C. 2313a): CIBanco, Intercam, Vector Casa de Bolsa.',
    );
  });

  it('hovering a marker shows its event, date, parties, type and source in the tooltip', async () => {
    const { rows } = await loadDataset('designations', { from: '2025-02-20', to: '2025-02-20' });
    const el = await example();
    await settled(el);
    const markers = [...marks(el, 'markers')];
    const dates = [...el.shadowRoot!.querySelectorAll('.markers li time')].map((t) => t.getAttribute('datetime'));
    const box = markers[dates.indexOf('2025-02-20')]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.fpk-tooltip')!;
    expect(tip.hidden).to.equal(false);
    const cells = Object.fromEntries(
      [...tip.querySelectorAll('tr')].map((tr) => [tr.children[0]!.textContent, tr.children[1]!.textContent]),
    );
    const count = (type: string) => rows.filter((r) => r.type === type).length;
    expect(cells['Event']).to.equal(`${count('FTO')} FTO and ${count('SDGT')} SDGT designations`);
    expect(cells['Date']).to.equal('Feb 20, 2025');
    expect(cells['Parties']).to.contain('Sinaloa Cartel');
    expect(cells['Type']).to.equal('FTO, SDGT');
    expect(cells['Source']).to.match(/^https:\/\//);
    await sendMouse({ type: 'move', position: [2, 2] });
  });

  it('summarizes latest value, peak and change vs. a year earlier, in English and in Spanish', async () => {
    const series = await exampleSeries();
    const last = series[0]!.at(-1)!.period;
    const markers = (await designationDates(EXAMPLE.from, last)).length;
    const names = {
      en: ['United States', 'Ohio', 'West Virginia'].map((p) => `${p} — synthetic opioids (mainly fentanyl)`),
      es: ['Estados Unidos', 'Ohio', 'Virginia Occidental'].map((p) => `${p} — opioides sintéticos (sobre todo fentanilo)`),
    };
    for (const lang of ['en', 'es'] as const) {
      const el = await example(lang);
      const ready = await settled(el);
      const sentences = series.map((points, i) => expectedSentence(lang, names[lang][i]!, points));
      const tail = lang === 'es' ? `${markers} marcadores de eventos (designaciones).` : `${markers} event markers (designations).`;
      expect(ready.detail.summary).to.equal([...sentences, tail].join(' '));
      // textContent, not shadowText: the summary's no-break spaces ("-21,7 %") must survive.
      expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(ready.detail.summary);
    }
  });

  it('table view holds one row per displayed point, and the CSV download exactly those rows', async () => {
    const series = await exampleSeries();
    const values = series.flat();
    const el = await example('en', 'table');
    await settled(el);
    const trs = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(trs).to.have.length(values.length);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal([
      'Series',
      'Period',
      'Deaths, 12 months ending',
      'Predicted',
      'Release',
      'CDC footnotes',
      'Predicted vs reported',
    ]);
    const first = values[0]!;
    // The codes (jurisdiction, indicator) are for programs: in the CSV below, not in the table.
    expect([...trs[0]!.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent!.trim())).to.deep.equal([
      'United States — synthetic opioids (mainly fentanyl)',
      formatMonth('en', first.period),
      formatNumber('en', first.value),
      formatNumber('en', first.predicted),
    ]);

    const csv = await captureDownload(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="csv"]')!.click());
    const lines = csv.text.trim().split('\n');
    expect(lines).to.have.length(values.length + 1);
    expect(lines[0]).to.equal('series,jurisdiction,indicator,period,value,predicted,release,footnotes,provisional,source,dataset_version');
    const wv = series[2]!.at(-1)!;
    const wvLine = lines.find((l) =>
      l.startsWith(`West Virginia — synthetic opioids (mainly fentanyl),WV,synthetic-opioids,${wv.period},`),
    )!;
    // Each row's source names its own release.
    expect(wvLine).to.contain(
      `,${wv.period},${wv.value},${wv.predicted},${wv.release},Underreported due to incomplete data.,,"CDC NCHS, Provisional Drug Overdose Death Counts (VSRR), release of Jun 27, 2026, data through`,
    );
    expect(el.csv).to.equal(csv.text);
  });
});

describe('<fpk-trend> sources and one latest month', () => {
  it('a US trend by drug names both releases it draws and stops at the latest month every drug has', async () => {
    const { rows } = await loadDataset('overdoses', {
      jurisdictions: ['US'],
      indicators: ['all-drugs', 'synthetic-opioids', 'cocaine'],
      to: '2025-09',
    });
    const released = (indicator: string) => [...new Set(rows.filter((r) => r.indicator === indicator).map((r) => r.release))];
    expect([released('all-drugs'), released('cocaine'), released('synthetic-opioids')]).to.deep.equal([
      ['2026-02-14'],
      ['2026-02-14'],
      ['2026-06-27'],
    ]);
    const el = await fixture<FpkTrend>(html`<fpk-trend loading="eager" drugs="all-drugs,synthetic-opioids,cocaine"></fpk-trend>`);
    const ready = await settled(el);
    const source = shadowText(el, '[part="source"]');
    expect(source).to.match(
      /^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), releases of Feb 14, 2026 and Jun 27, 2026, data through September 2025 \(data version [^)]+\)\. /,
    );
    expect(source).to.contain(
      'The chart ends in September 2025, the latest month every series has: “United States — synthetic opioids (mainly fentanyl)” goes to January 2026 (release of Jun 27, 2026); set to="2026-01" to see it.',
    );
    expect(ready.detail.rows).to.equal(rows.length);
    expect(marks(el, 'points')).to.have.length(rows.length);
    // Every summary sentence speaks of the same month.
    expect(ready.detail.summary.match(/in the 12 months ending [A-Z][a-z]+ \d{4},/g)).to.deep.equal(
      Array(3).fill('in the 12 months ending September 2025,'),
    );

    const esEl = await fixture<FpkTrend>(
      html`<fpk-trend loading="eager" lang="es" drugs="all-drugs,synthetic-opioids,cocaine"></fpk-trend>`,
    );
    await settled(esEl);
    expect(shadowText(esEl, '[part="source"]')).to.match(
      /^Fuente: CDC NCHS, recuentos provisionales de muertes por sobredosis de drogas \(VSRR\), publicaciones del 14 feb 2026 y del 27 jun 2026, datos hasta septiembre de 2025 \(versión de datos [^)]+\)\. /,
    );
  });

  it('with to past a series’ end, the chart labels where it ends and the summary says why', async () => {
    const el = await fixture<FpkTrend>(
      html`<fpk-trend loading="eager" drugs="cocaine,synthetic-opioids" from="2024-01" to="2026-01"></fpk-trend>`,
    );
    const ready = await settled(el);
    const labels = [...el.shadowRoot!.querySelectorAll('g.end_labels_marks text')].map((t) => t.textContent);
    expect(labels).to.deep.equal(['ends September 2025']);
    expect(marks(el, 'ends')).to.have.length(1);
    expect(ready.detail.summary).to.contain(
      'United States — cocaine ends in September 2025: the newest CDC release that has it (Feb 14, 2026) goes no further.',
    );
    expect(marks(el, 'end_rules')).to.have.length(1);
    expect(shadowText(el, '[part="source"]')).to.match(/releases of Feb 14, 2026 and Jun 27, 2026, data through January 2026 \(/);
  });

  it('a provisional value’s tooltip gives CDC’s flag, and a wide gap between predicted and reported', async () => {
    const el = await fixture<FpkTrend>(html`<fpk-trend loading="eager" jurisdictions="NC" from="2024-07" to="2024-07"></fpk-trend>`);
    await settled(el);
    const point = marks(el, 'points')[0]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(point.x + point.width / 2), Math.round(point.y + point.height / 2)] });
    const tip = el.shadowRoot!.querySelector<HTMLElement>('.fpk-tooltip')!;
    expect(tip.hidden).to.equal(false);
    const cells = Object.fromEntries(
      [...tip.querySelectorAll('tr')].map((tr) => [tr.children[0]!.textContent, tr.children[1]!.textContent]),
    );
    expect(cells).to.deep.equal({
      Series: 'North Carolina — all drugs',
      '12 months ending': 'July 2024',
      // As the 2026-02-14 release revised it (2,269 / 2,996 when first reported on 2025-01-08).
      'Deaths, 12 months ending': '2,864',
      Predicted: '3,507',
      Provisional: 'Underreported (CDC: data still incomplete); predicted 22% above reported.',
    });
    await sendMouse({ type: 'move', position: [2, 2] });
    el.view = 'table';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('tbody tr td:last-child')!.textContent!.trim()).to.equal('Predicted 22% above reported.');
  });
});

describe('<fpk-trend> measures and datasets', () => {
  it('a value CDC hides is a gap in the line and a table row, never a zero', async () => {
    const { rows } = await loadDataset('overdoses', { jurisdictions: ['AK'], indicators: ['cocaine'], from: '2018-01', to: '2020-12' });
    const hidden = rows.filter((r) => r.reported === null);
    expect(hidden.length).to.be.greaterThan(0);
    const el = await fixture<FpkTrend>(
      html`<fpk-trend loading="eager" jurisdictions="AK" drugs="cocaine" from="2018-01" to="2020-12"></fpk-trend>`,
    );
    const ready = await settled(el);
    expect(ready.detail.rows).to.equal(rows.length);
    expect(marks(el, 'points')).to.have.length(rows.length - hidden.length);
    // One path piece ("M…") per run of shown values between hidden ones.
    const runs = rows.filter((r, i) => r.reported !== null && (i === 0 || rows[i - 1]!.reported === null)).length;
    expect(marks(el, 'lines')[0]!.getAttribute('d')!.match(/M/g)).to.have.length(runs);
    const csv = el.csv!.split('\n');
    expect(csv.find((l) => l.startsWith(`Alaska — cocaine,AK,cocaine,${hidden[0]!.period},,`))).to.contain('Data suppressed (<10).');
    expect(shadowText(el, '[part="source"]')).to.contain(
      `${hidden.length} values are hidden by CDC (fewer than 10 deaths or low data quality) and left as gaps, not zeros.`,
    );
  });

  it('per100k: rates from Census population; periods without population are dropped with a note', async () => {
    const [{ rows }, population] = await Promise.all([
      loadDataset('overdoses', { jurisdictions: ['WV'], indicators: ['synthetic-opioids'], from: '2025-01' }),
      loadDataset('population'),
    ]);
    const el = await fixture<FpkTrend>(
      html`<fpk-trend loading="eager" view="table" jurisdictions="WV" drugs="synthetic-opioids" measure="per100k" from="2025-01"></fpk-trend>`,
    );
    const ready = await settled(el);
    const withPopulation = rows.filter((r) => populationFor(population.rows, 'WV', r.period).population !== null);
    const without = rows.filter((r) => populationFor(population.rows, 'WV', r.period).population === null);
    expect(without.length).to.be.greaterThan(0);
    expect(ready.detail.rows).to.equal(withPopulation.length);
    const lastRow = withPopulation.at(-1)!;
    const pop = populationFor(population.rows, 'WV', lastRow.period) as { population: number };
    const lines = el.csv!.trim().split('\n');
    expect(lines[0]).to.equal(
      'series,jurisdiction,indicator,period,value,value_display,predicted,predicted_display,reported,population,populationYear,release,footnotes,provisional,source,dataset_version',
    );
    expect(lines.at(-1)).to.contain(`,${lastRow.period},${(lastRow.reported! / pop.population) * 100_000},`);
    expect(ready.detail.summary).to.contain(
      `${formatNumber('en', (lastRow.reported! / pop.population) * 100_000, 1)} deaths per 100,000 residents in the 12 months ending ${formatMonth('en', lastRow.period)}`,
    );
    expect(shadowText(el, '[part="source"]')).to.contain(
      `No rate for ${without.map((r) => formatMonth('en', r.period)).join(', ')}: there is no Census population estimate`,
    );
    expect(shadowText(el, '[part="source"]')).to.contain('U.S. Census Bureau');
  });

  it('seizures: pounds per month, OFO + USBP, with the partial fiscal year noted', async () => {
    const { rows } = await loadDataset('seizures', { drugs: ['fentanyl'], components: ['ofo', 'usbp'], from: '2025-01' });
    const el = await fixture<FpkTrend>(html`<fpk-trend loading="eager" dataset="seizures" from="2025-01"></fpk-trend>`);
    const ready = await settled(el);
    const monthsShown = new Set(rows.map((r) => r.month));
    expect(ready.detail.rows).to.equal(monthsShown.size);
    expect(marks(el, 'points')).to.have.length(monthsShown.size);
    const last = [...monthsShown].sort().at(-1)!;
    const pounds = rows.filter((r) => r.month === last).reduce((s, r) => s + r.pounds, 0);
    expect(ready.detail.summary.startsWith(`Fentanyl: ${formatNumber('en', pounds, 1)} pounds in ${formatMonth('en', last)}`)).to.equal(
      true,
    );
    expect(shadowText(el, '[part="source"]')).to.contain('Fiscal year 2026 was still running');
    expect(legend(el)).to.deep.equal(['Fentanyl']);
  });

  it('sanctions: one bar per dated month of Mexico-linked additions, then a labelled gap to the OFAC status date', async () => {
    const { rows, meta } = await loadDataset('sanctions-events', { events: ['added'] });
    const el = await fixture<FpkTrend>(html`<fpk-trend loading="eager" dataset="sanctions"></fpk-trend>`);
    const ready = await settled(el);
    const first = meta.coverage.start!.slice(0, 7);
    const last = meta.coverage.end!.slice(0, 7);
    expect(last).to.equal('2026-08');
    let monthCount = 0;
    let datedMonths = 0;
    for (let m = first; m <= last; m = addMonths(m, 1)) {
      monthCount++;
      if (m < '2024-05') datedMonths++;
    }
    // Every month is a table row; from May 2024 on its count is unknown (—), never 0.
    expect(ready.detail.rows).to.equal(monthCount);
    // CSV lines start "series,month,value,…" (the series name has no comma).
    const lines = el.csv!.trim().split('\n').slice(1);
    const unknown = lines.filter((l) => l.split(',')[2] === '').map((l) => l.split(',')[1]);
    expect(unknown[0]).to.equal('2024-05');
    expect(unknown).to.have.length(monthCount - datedMonths);
    // A dated month without additions has a zero-height bar, still one path; no bar inside the gap.
    expect(marks(el, 'bars')).to.have.length(datedMonths);
    const dated = rows.filter((r) => !r.inGap);
    const total = lines.reduce((s, l) => s + Number(l.split(',')[2]), 0);
    expect(total).to.equal(dated.length);
    // The gap: one band, its label inside the chart, and the source line naming the status date and the gap.
    expect(marks(el, 'gap')).to.have.length(1);
    expect([...marks(el, 'gap_labels')].map((t) => t.textContent)).to.deep.equal(['No dated data']);
    const source = shadowText(el, '[part="source"]');
    expect(source).to.contain('OFAC SDN list, status on Aug 20, 2026');
    expect(source).to.contain(
      `No copy of the list exists between May 3, 2024 and Jul 23, 2026: ${rows.filter((r) => r.inGap).length} Mexico-linked entries were added at unknown dates`,
    );
    expect(ready.detail.summary).to.contain('No monthly count after May 3, 2024: there is no copy of the list until Jul 23, 2026.');
    expect(svgOf(el).getAttribute('aria-label')).to.match(
      /^Bar chart: Mexico-linked entries added to OFAC’s SDN list per month, September 2021 – August 2026$/,
    );
  });
});

describe('<fpk-trend> reader CSV', () => {
  it('draws the reader’s series, names it in the legend and adds its rows to the table and CSV', async () => {
    const { rows } = await loadDataset('overdoses', {
      jurisdictions: ['WV'],
      indicators: ['synthetic-opioids'],
      from: '2022-01',
      to: '2023-12',
    });
    const el = await fixture<FpkTrend>(
      html`<fpk-trend
        loading="eager"
        jurisdictions="WV"
        drugs="synthetic-opioids"
        from="2022-01"
        to="2023-12"
        src="/test/browser/fixtures/trend-reader.csv"
        src-date="month"
        src-value="deaths"
        src-label="My county (test data)"
      ></fpk-trend>`,
    );
    const ready = await settled(el);
    expect(ready.type).to.equal('fpk-ready');
    // Six reader rows, one with an empty value (a gap, not a zero).
    expect(ready.detail.rows).to.equal(rows.length + 6);
    expect(marks(el, 'points')).to.have.length(rows.length + 5);
    expect(legend(el)).to.include('My county (test data)');
    const lines = el.csv!.trim().split('\n');
    expect(lines.some((l) => l.startsWith('My county (test data),,,2023-01,1210,'))).to.equal(true);
    expect(lines.some((l) => l.startsWith('My county (test data),,,2023-02,1185,'))).to.equal(true);
    expect(lines.some((l) => l.startsWith('My county (test data),,,2023-04,,'))).to.equal(true);
    expect(ready.detail.summary).to.contain(`My county (test data): ${formatNumber('en', 1075)} in ${formatMonth('en', '2023-06')}`);
    expect(shadowText(el, '[part="source"]')).to.contain(
      '“My county (test data)”: the reader’s data (/test/browser/fixtures/trend-reader.csv), not checked',
    );
  });

  it('a CSV with bad cells is an error listing each row and column', async () => {
    const el = await fixture<FpkTrend>(html`<fpk-trend loading="eager" src="/test/browser/fixtures/trend-bad.csv"></fpk-trend>`);
    const event = await settled(el);
    expect(event.detail).to.include({ code: 'parse-failed', attribute: 'src' });
    const message = shadowText(el, '[part="error"]');
    expect(message).to.contain('/test/browser/fixtures/trend-bad.csv, row 4, column "value": got "abc"; expected a number');
    expect(message).to.contain('row 6, column "date": got "2023-13"; expected a month YYYY-MM or a date YYYY-MM-DD');
  });

  it('a CSV that cannot be fetched is a load-failed error on src', async () => {
    const el = await fixture<FpkTrend>(html`<fpk-trend loading="eager" src="/test/browser/fixtures/trend-missing.csv"></fpk-trend>`);
    const event = await settled(el);
    expect(event.detail).to.include({ code: 'load-failed', attribute: 'src' });
    expect(shadowText(el, '[part="error"]')).to.contain('Could not load src="/test/browser/fixtures/trend-missing.csv": HTTP 404');
  });
});

describe('<fpk-trend> bad attributes', () => {
  const cases: [string, Record<string, string>, { code: string; attribute: string }, string][] = [
    [
      'unknown jurisdiction',
      { jurisdictions: 'US,XX' },
      { code: 'unknown-value', attribute: 'jurisdictions' },
      'Unknown jurisdiction "XX" in jurisdictions="US,XX". Allowed: US, AL, AK',
    ],
    [
      'unknown drug',
      { drugs: 'fentanyl' },
      { code: 'unknown-value', attribute: 'drugs' },
      'Unknown drug "fentanyl" in drugs="fentanyl". Allowed: all-drugs, opioids',
    ],
    [
      'unknown seizure drug',
      { dataset: 'seizures', drugs: 'opium' },
      { code: 'unknown-value', attribute: 'drugs' },
      'Unknown drug "opium" in drugs="opium". Allowed: cocaine, ecstasy, fentanyl',
    ],
    [
      'unknown dataset',
      { dataset: 'deaths' },
      { code: 'unknown-dataset', attribute: 'dataset' },
      'Unknown dataset "deaths". Allowed: overdoses, seizures, sanctions.',
    ],
    [
      'unknown measure',
      { measure: 'pounds' },
      { code: 'unknown-value', attribute: 'measure' },
      'Unknown measure "pounds". Allowed: reported, predicted, per100k, yoy, revisions.',
    ],
    ['from after to', { from: '2024-06', to: '2023-01' }, { code: 'bad-range', attribute: 'from' }, 'from="2024-06" is after to="2023-01"'],
    [
      'a month that does not exist',
      { from: '2024-13' },
      { code: 'bad-period', attribute: 'from' },
      'from="2024-13" is not a month. Use YYYY-MM',
    ],
    [
      'per100k for New York',
      { jurisdictions: 'OH,NY', measure: 'per100k' },
      { code: 'missing-population', attribute: 'jurisdictions' },
      'measure="per100k" is not available for NY: CDC reports New York State without New York City',
    ],
    [
      'jurisdictions on seizures',
      { dataset: 'seizures', jurisdictions: 'OH' },
      { code: 'unknown-value', attribute: 'jurisdictions' },
      'jurisdictions does not apply to dataset="seizures"',
    ],
    [
      'unknown event kind',
      { events: 'designations,rulings' },
      { code: 'unknown-value', attribute: 'events' },
      'Unknown event kind "rulings"',
    ],
  ];
  for (const [what, attributes, detail, message] of cases) {
    it(`${what}: shows what was wrong and fires fpk-error`, async () => {
      const el = document.createElement('fpk-trend');
      el.setAttribute('loading', 'eager');
      for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(el);
      const event = await settled(el);
      expect(event.type).to.equal('fpk-error');
      expect(event.detail).to.include(detail);
      expect(shadowText(el, '[part="error"]')).to.contain(message);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    });
  }
});

describe('<fpk-trend> lifecycle and accessibility', () => {
  it('removing the element finalizes its vega view', async () => {
    const el = await example();
    await settled(el);
    const controller = (el as unknown as { vega: { view: { finalize(): unknown } | null; ready: Promise<unknown> } }).vega;
    await controller.ready;
    const view = controller.view!;
    expect(view).to.not.equal(null);
    let finalized = 0;
    const finalize = view.finalize.bind(view);
    view.finalize = () => {
      finalized++;
      return finalize();
    };
    el.remove();
    expect(finalized).to.equal(1);
    expect(controller.view).to.equal(null);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const el = await fixture<FpkTrend>(
        html`<fpk-trend loading="eager" theme=${theme} heading="Synthetic-opioid deaths" jurisdictions="US,OH,WV" drugs="synthetic-opioids" from="2023-01" events="designations,cases"></fpk-trend>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<fpk-trend measure="revisions">', () => {
  it('draws one line per CDC release, labelled by its date, with the first report’s undercount in the summary and each row’s release in the CSV', async () => {
    const { rows } = await loadDataset('overdoses', { jurisdictions: ['US'], indicators: ['synthetic-opioids'], release: 'all' });
    const releases = [...new Set(rows.map((r) => r.release))].sort();
    expect(releases).to.deep.equal(['2025-01-08', '2026-02-14', '2026-06-27']);
    const el = await fixture<FpkTrend>(
      html`<fpk-trend loading="eager" measure="revisions" drugs="synthetic-opioids" from="2023-01"></fpk-trend>`,
    );
    const ready = await settled(el);
    const shown = rows.filter((r) => r.period >= '2023-01');
    expect(ready.detail.rows).to.equal(shown.length);
    expect(marks(el, 'points')).to.have.length(shown.filter((r) => r.reported !== null).length);
    expect(marks(el, 'lines')).to.have.length(3);
    expect(legend(el)).to.deep.equal(['Release of Jan 8, 2025', 'Release of Feb 14, 2026', 'Release of Jun 27, 2026']);
    expect(shadowText(el, '[part="source"]')).to.match(
      /^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), releases of Jan 8, 2025, Feb 14, 2026 and Jun 27, 2026, data through January 2026 \(/,
    );
    const at = (release: string, period: string) => rows.find((r) => r.release === release && r.period === period)!.reported!;
    const first = at('2025-01-08', '2024-07');
    const latest = at('2026-06-27', '2024-07');
    expect(latest).to.be.greaterThan(first);
    expect(ready.detail.summary).to.contain(
      `For the 12 months ending July 2024, the release of Jan 8, 2025 first reported ${formatNumber('en', first)} deaths; the release of Jun 27, 2026 reports ${formatNumber('en', latest)} (+${formatNumber('en', latest - first)}, ${formatPercent('en', ((latest - first) / first) * 100)}): the first report undercounted.`,
    );
    el.view = 'table';
    await el.updateComplete;
    const csv = el.csv!.trim().split('\n');
    expect(csv).to.have.length(shown.length + 1);
    // The series name has a comma, so the CSV quotes it.
    const line = csv.find((l) => l.startsWith('"Release of Jan 8, 2025",US,synthetic-opioids,2024-07,'))!;
    expect(line).to.contain(`,${first},`);
    expect(line).to.contain('"CDC NCHS, Provisional Drug Overdose Death Counts (VSRR), release of Jan 8, 2025, data through January 2026');
  });

  it('a revisions chart of two jurisdictions is an error naming the attribute', async () => {
    await expectErrorShown(
      await fixture<FpkTrend>(html`<fpk-trend loading="eager" measure="revisions" jurisdictions="US,OH"></fpk-trend>`),
      'bad-attribute',
      'jurisdictions',
      'measure="revisions" draws one line per CDC release for one jurisdiction and one drug; jurisdictions has 2 (US, OH). Set one.',
    );
  });
});
