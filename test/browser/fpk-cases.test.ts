import { expect, fixture, html } from '@open-wc/testing';
import '../../components/fpk-cases/define.js';
import type { FpkCases } from '../../components/fpk-cases/fpk-cases.js';
import { loadDataset } from '../../src/load.js';
import { captureDownload, settled, shadowText } from './helpers.js';

describe('<fpk-cases>', () => {
  it('shows every case event as a table row, newest first, with sources and the source line', async () => {
    const { rows } = await loadDataset('cases');
    const el = await fixture<FpkCases>(html`<fpk-cases heading="Cartel cases"></fpk-cases>`);
    const ready = await settled(el);
    expect(ready.type).to.equal('fpk-ready');
    const trs = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(trs.length).to.equal(rows.length);
    expect(rows.length).to.be.greaterThan(40);
    expect(ready.detail.rows).to.equal(rows.length);
    // Newest dated event first.
    const newest = rows.filter((r) => r.date).sort((a, b) => b.date!.localeCompare(a.date!))[0]!;
    expect(trs[0]!.textContent).to.contain(newest.caseName);
    expect(el.shadowRoot!.querySelectorAll('tbody a[href^="http"]').length).to.be.greaterThan(rows.length - 1);
    expect(shadowText(el, '[part="source"]')).to.match(/Source: .*released .*data version/);
    expect(shadowText(el, 'h2')).to.equal('Cartel cases');
  });

  it('searches and sorts, and the CSV download holds exactly the rows shown', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases></fpk-cases>`);
    await settled(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'Guzmán Loera';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const shown = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(shown.length).to.be.within(1, 10);
    for (const tr of shown) expect(tr.textContent).to.contain('Guzmán Loera');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(`${shown.length} of`);

    const sortButton = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button')].find((b) => b.textContent!.startsWith('Date'))!;
    sortButton.click();
    await el.updateComplete;
    expect(sortButton.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    const dates = [...el.shadowRoot!.querySelectorAll('tbody tr td:first-child')].map((td) => Date.parse(td.textContent!));
    expect(dates).to.deep.equal([...dates].sort((a, b) => a - b));

    const csv = await captureDownload(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="csv"]')!.click());
    const lines = csv.text.trim().split('\n');
    expect(lines.length).to.equal(shown.length + 1);
    expect(lines[0]).to.match(/^date,eventTypeLabel,event_type_code,caseName,.*,checked,check_status_code,links,source,dataset_version$/);
    expect(csv.text).to.contain('Guzmán Loera');
  });

  it('the table is built from its columns: the headers are the CSV columns in order, one cell per column in every row', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases></fpk-cases>`);
    await settled(el);
    const keys = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.getAttribute('data-key'));
    // The CSV adds the codes beside their labels (download-only columns), in the same order otherwise.
    const codes = ['event_type_code', 'organizationIds', 'check_status_code'];
    const csvKeys = el.csv!.split('\n')[0]!.split(',').slice(0, -2);
    expect(csvKeys.filter((k) => !codes.includes(k))).to.deep.equal(keys);
    expect(keys).to.have.length(13);
    for (const tr of el.shadowRoot!.querySelectorAll('tbody tr')) {
      expect([...tr.children].map((td) => td.getAttribute('data-key'))).to.deep.equal(keys);
    }
    // Wide columns are styled by name, not position: the case name column is wider than the docket column.
    const width = (key: string) => el.shadowRoot!.querySelector<HTMLElement>(`tbody td[data-key="${key}"]`)!.getBoundingClientRect().width;
    expect(width('caseName')).to.be.greaterThan(width('docket'));
  });

  it('a search that matches nothing keeps the table header and says 0 of all events', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases></fpk-cases>`);
    await settled(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'zzzz no such case';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(13);
    expect(shadowText(el, '.controls [role="status"]')).to.match(/^0 of \d+ events$/);
  });

  it('one name per organization, the court as a code with its note, and a changing note with the date it was true', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases></fpk-cases>`);
    await settled(el);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
    const col = (name: string) => headers.indexOf(name);
    const rowOf = (caseId: string, match: string) =>
      [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(match))!;
    const cells = (tr: Element) => [...tr.children].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    // Organizations: "Sinaloa Cartel" and "Sinaloa Cartel (Chapitos faction)" in the records are one name; never "Cartel de Sinaloa".
    const orgs = new Set([...el.shadowRoot!.querySelectorAll('tbody tr')].flatMap((tr) => cells(tr)[col('Organization')]!.split(', ')));
    expect(orgs).to.include('Sinaloa Cartel');
    for (const split of [
      'Cartel de Sinaloa',
      'Sinaloa Cartel (Chapitos faction)',
      'ELN',
      'ELN (National Liberation Army)',
      'CJNG',
      'MS-13',
      'Los Zetas',
    ])
      expect(orgs).to.not.include(split);
    expect(orgs).to.include('National Liberation Army (ELN)');
    // Court: the code (with its full name as a tooltip) and the note apart.
    const zambada = rowOf('zambada-guzman-lopez-arrest-2024', 'initial appearance, El Paso');
    const court = zambada.children[col('Court')]!;
    expect(court.querySelector('abbr')!.textContent).to.equal('W.D. Tex.');
    expect(court.querySelector('abbr')!.getAttribute('title')).to.equal('District Court for the Western District of Texas');
    expect(court.querySelector('small')!.textContent).to.equal('initial appearance, El Paso');
    // "Pending" reads as of the newest source read (2026-02-24), not as today.
    const zambadaPlea = rowOf('zambada-plea-2025', 'sentencing moved to 2026-04-13');
    expect(cells(zambadaPlea)[col('Outcome')]).to.match(/^As of Feb 24, 2026: .*sentencing moved to 2026-04-13\.$/);
    expect(cells(zambadaPlea)[col('Sentence')]).to.equal('As of Feb 24, 2026: Pending (mandatory life)');
    // A note the corrections dated by their own source: the Maduro hearing moved on 2026-02-03.
    expect(cells(rowOf('maduro-arraignment-2026', 'moved on 2026-02-03'))[col('Outcome')]).to.match(/^As of Feb 3, 2026: /);
    // A settled sentence carries no date.
    expect(cells(rowOf('guzman-loera-sentence-2019', 'Life imprisonment plus 30 years; $12.6 billion'))[col('Sentence')]).to.equal(
      'Life imprisonment plus 30 years; $12.6 billion forfeiture',
    );
    const es = await fixture<FpkCases>(html`<fpk-cases lang="es" query="Zambada"></fpk-cases>`);
    await settled(es);
    expect(es.shadowRoot!.querySelector('tbody')!.textContent).to.contain('Al 24 feb 2026: Pending (mandatory life)');
    expect(es.shadowRoot!.querySelector('tbody')!.textContent).to.contain('Cártel de Sinaloa');
  });

  it('sources: official first, each with its domain, copies labelled as copies; one line says how many events rest on an official text', async () => {
    const { rows } = await loadDataset('cases');
    const el = await fixture<FpkCases>(html`<fpk-cases></fpk-cases>`);
    await settled(el);
    const headers = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
    const col = headers.indexOf('Sources');
    const order = { official: 0, publisher: 1, copy: 2, site: 3 } as Record<string, number>;
    for (const tr of el.shadowRoot!.querySelectorAll('tbody tr')) {
      const items = [...tr.children[col]!.querySelectorAll('.source')];
      expect(items.length).to.be.greaterThan(0);
      for (const item of items) {
        const a = item.querySelector('a')!;
        expect(a.textContent).to.contain(new URL(a.getAttribute('href')!).hostname.replace(/^www\./, ''));
        if (item.getAttribute('data-kind') === 'copy') expect(a.textContent).to.match(/^copy of .+ at \S+$/);
        if (item.getAttribute('data-kind') === 'site') expect(item.textContent).to.contain('(site, not a named publisher)');
      }
      // Official texts first; a primary-check copy may come right after them, before publishers.
      const ranks = items.map((i) =>
        i.getAttribute('data-kind') === 'official'
          ? 0
          : i.textContent!.includes('(primary source)')
            ? 0.5
            : order[i.getAttribute('data-kind')!]!,
      );
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    }
    // The Jensen indictment: the IRS-CI release first.
    const jensen = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Jensen'))!;
    expect(jensen.children[col]!.querySelector('.source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'irs.gov (official text, primary source)',
    );
    const confirmed = rows.filter((r) => r.checked === 'confirmed').length;
    expect(shadowText(el, '[part="source"]')).to.contain(
      `${confirmed} of ${rows.length} events rest on an official text (confirmed in the primary-source check).`,
    );
    // The line follows the rows shown.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'Zambada';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const zambada = rows.filter((r) => [r.caseName, r.outcome, ...r.defendants].join(' ').includes('Zambada'));
    expect(shadowText(el, '[part="source"]')).to.contain(
      `of ${el.shadowRoot!.querySelectorAll('tbody tr').length} events rest on an official text`,
    );
    expect(zambada.length).to.be.greaterThan(0);
  });

  it('opening a source fires fpk-select with the case event', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases from="2025-01"></fpk-cases>`);
    await settled(el);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('tbody tr a[href^="http"]')!;
    // Keep the test page from opening the source in a new tab.
    link.addEventListener('click', (e) => e.preventDefault());
    const selected = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('fpk-select', (e) => resolve(e as CustomEvent), { once: true }),
    );
    link.click();
    const event = await selected;
    expect(event.composed).to.equal(true);
    expect(event.detail.datum.caseName).to.equal(link.closest('tr')!.children[2]!.textContent);
  });

  it('a cancelled fpk-download saves nothing', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases></fpk-cases>`);
    await settled(el);
    el.addEventListener('fpk-download', (e) => e.preventDefault());
    let error = '';
    await captureDownload(() => el.runAction('json')).catch((e: Error) => (error = e.message));
    expect(error).to.equal('no download happened');
  });

  it('filters terrorism-related events and speaks Spanish', async () => {
    const { rows } = await loadDataset('cases');
    const el = await fixture<FpkCases>(html`<fpk-cases lang="es" terrorism="only"></fpk-cases>`);
    const ready = await settled(el);
    const terror = rows.filter((r) => r.terrorismRelated).length;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(terror);
    expect(ready.detail.summary).to.match(new RegExp(`^${terror} eventos judiciales entre el .* involucran leyes antiterroristas`));
    expect(shadowText(el, '[part="source"]')).to.match(/^Fuente:/);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Buscar');
  });

  it('follows the page language, and switches when its lang attribute changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><fpk-cases from="2025-06"></fpk-cases></div>`);
    const el = wrapper.querySelector('fpk-cases') as FpkCases;
    await settled(el);
    expect(shadowText(el, '[part="source"]')).to.match(/^Fuente:/);
    el.setAttribute('lang', 'en');
    await new Promise<void>((resolve) => el.addEventListener('fpk-ready', () => resolve(), { once: true }));
    expect(shadowText(el, '[part="source"]')).to.match(/^Source:/);
    expect(el.summary).to.match(/court case events/);
  });

  it('a bad attribute shows what was wrong and what is allowed, and fires fpk-error', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases event-types="indictment,verdict"></fpk-cases>`);
    const event = await settled(el);
    expect(event.type).to.equal('fpk-error');
    expect(event.detail).to.include({ code: 'unknown-value', attribute: 'event-types' });
    const message = shadowText(el, '[part="error"]');
    expect(message).to.contain('Unknown event type "verdict"');
    expect(message).to.contain('Allowed: indictment, complaint, arrest');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('from after to is an error, not an empty table', async () => {
    const el = await fixture<FpkCases>(html`<fpk-cases from="2025-06" to="2024-01"></fpk-cases>`);
    const event = await settled(el);
    expect(event.detail).to.include({ code: 'bad-range', attribute: 'from' });
    expect(shadowText(el, '[part="error"]')).to.contain('from="2025-06" is after to="2024-01"');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const el = await fixture<FpkCases>(html`<fpk-cases theme=${theme} heading="Cases" from="2025-01"></fpk-cases>`);
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
