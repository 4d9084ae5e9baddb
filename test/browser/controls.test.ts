/**
 * Reader controls (`controls`): the place picker (an ARIA combobox), the drug, period and measure
 * controls, operated with the keyboard only (sendKeys), as a reader would; `fpk-change` and its
 * veto; print; axe with the controls open, light, dark and Spanish.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/fpk-trend/define.js';
import '../../components/fpk-compare/define.js';
import '../../components/fpk-map/define.js';
import type { FpkTrend } from '../../components/fpk-trend/fpk-trend.js';
import type { FpkChangeDetail } from '../../components/shared/events.js';
import { settled, shadowText } from './helpers.js';

const lines = (el: HTMLElement) => el.shadowRoot!.querySelectorAll('g.lines_marks > *');
const legend = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('g.role-legend-label text')].map((t) => t.textContent);
const q = <T extends Element>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const active = (el: HTMLElement) => el.shadowRoot!.activeElement;
const options = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());

/** The next outcome of a load the test starts (registered before the keys that start it). */
function nextReady(el: HTMLElement): Promise<Event> {
  return Promise.race([oneEvent(el, 'fpk-ready'), oneEvent(el, 'fpk-error')]);
}

async function trend(attributes = 'jurisdictions="US" drugs="synthetic-opioids" from="2023-01"', lang = 'en'): Promise<FpkTrend> {
  const el = document.createElement('fpk-trend') as FpkTrend;
  for (const [, name, value] of `loading="eager" controls lang="${lang}" ${attributes}`.matchAll(/([\w-]+)(?:="([^"]*)")?/g))
    el.setAttribute(name!, value ?? '');
  const ready = nextReady(el);
  document.body.append(el);
  await ready;
  // The controls chunk renders once it has arrived (it has: the load waited for it).
  await el.updateComplete;
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('fpk-trend, fpk-compare, fpk-map')) el.remove();
});

describe('reader controls: the place picker', () => {
  it('typing "Ohi" and Enter adds Ohio: a second line and legend entry, the attribute, a typed fpk-change', async () => {
    const el = await trend();
    expect(lines(el)).to.have.length(1);
    const input = q<HTMLInputElement>(el, 'input[role="combobox"]');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const changes: FpkChangeDetail[] = [];
    el.addEventListener('fpk-change', (e) => changes.push(e.detail));

    const before = new Set(performance.getEntriesByType('resource').map((r) => r.name));
    input.focus();
    await sendKeys({ type: 'Ohi' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el)).to.deep.equal(['Ohio']);
    expect(input.getAttribute('aria-activedescendant')).to.equal('place-OH');
    const ready = nextReady(el);
    await sendKeys({ press: 'Enter' });
    expect((await ready).type).to.equal('fpk-ready');

    expect(changes).to.deep.equal([{ attributes: { jurisdictions: 'US,OH' } }]);
    // Only Ohio's slice was fetched for the new series: no meta.json, no US slice again.
    const fetched = performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((name) => !before.has(name) && name.includes('/datasets/'));
    expect(fetched.length).to.be.greaterThan(0);
    for (const name of fetched) expect(name).to.match(/\/datasets\/overdoses\/slices\/OH\//);
    expect(el.getAttribute('jurisdictions')).to.equal('US,OH');
    expect(lines(el)).to.have.length(2);
    expect(legend(el)).to.include('Ohio — synthetic opioids (mainly fentanyl)');
    expect(el.summary).to.match(/Ohio — synthetic opioids \(mainly fentanyl\): [\d,]+ deaths/);
    expect(shadowText(el, '.chips')).to.contain('Ohio');
    expect(shadowText(el, '#place-note')).to.equal('Ohio added.');
    // Focus stays in the input, emptied, for the next place.
    expect(active(el)).to.equal(input);
    expect(input.value).to.equal('');
  });

  it('ArrowDown/ArrowUp move through the matches; Escape closes, then clears', async () => {
    const el = await trend();
    const input = q<HTMLInputElement>(el, 'input[role="combobox"]');
    input.focus();
    await sendKeys({ type: 'new' });
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['New Hampshire', 'New Jersey', 'New Mexico', 'New York excl. NYC', 'New York City']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('place-NM');
    expect(q(el, '#place-NM').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('place-NJ');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal('new');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('type-ahead in Spanish names and English ones on a Spanish page', async () => {
    const el = await trend(undefined, 'es');
    const input = q<HTMLInputElement>(el, 'input[role="combobox"]');
    input.focus();
    await sendKeys({ type: 'virginia occ' });
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['Virginia Occidental']);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'West' });
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['Virginia Occidental (West Virginia)']);
    const ready = nextReady(el);
    await sendKeys({ press: 'Enter' });
    await ready;
    expect(el.getAttribute('jurisdictions')).to.equal('US,WV');
    expect(shadowText(el, '#place-note')).to.equal('Se añadió Virginia Occidental.');
    expect(q(el, '.chips button[aria-label="Quitar Virginia Occidental"]')).to.exist;
  });

  it('at the series limit a ninth place is refused with a clear message, the chart unchanged', async () => {
    const el = await trend('jurisdictions="US,OH,WV,KY,PA,TN,IN,MI" drugs="all-drugs" from="2024-01"');
    let changed = false;
    el.addEventListener('fpk-change', () => (changed = true));
    const input = q<HTMLInputElement>(el, 'input[role="combobox"]');
    input.focus();
    await sendKeys({ type: 'Maine' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadowText(el, '#place-note')).to.equal('This chart shows at most 8 series: remove one to add Maine.');
    expect(q(el, '#place-ME').getAttribute('aria-disabled')).to.equal('true');
    expect(el.getAttribute('jurisdictions')).to.equal('US,OH,WV,KY,PA,TN,IN,MI');
    expect(changed).to.equal(false);
  });

  it('a chip is removed with the keyboard (Backspace from the empty input, then Delete); focus stays on a chip', async () => {
    const el = await trend('jurisdictions="US,OH,WV" drugs="synthetic-opioids" from="2024-01"');
    expect(lines(el)).to.have.length(3);
    q<HTMLInputElement>(el, 'input[role="combobox"]').focus();
    await sendKeys({ press: 'Backspace' });
    expect(active(el)?.getAttribute('aria-label')).to.equal('Remove West Virginia');
    const ready = nextReady(el);
    await sendKeys({ press: 'Delete' });
    await ready;
    await el.updateComplete;
    expect(el.getAttribute('jurisdictions')).to.equal('US,OH');
    expect(lines(el)).to.have.length(2);
    expect(shadowText(el, '#place-note')).to.equal('West Virginia removed.');
    expect(active(el)?.getAttribute('aria-label')).to.equal('Remove Ohio');
    // Enter on a chip's button removes it too.
    const again = nextReady(el);
    await sendKeys({ press: 'Enter' });
    await again;
    expect(el.getAttribute('jurisdictions')).to.equal('US');
  });
});

describe('reader controls: drug, period and measure', () => {
  it('the drug select, the two month selects and the measure radios work from the keyboard and set the real attributes', async () => {
    const el = await trend();
    const drug = q<HTMLSelectElement>(el, 'select#drug');
    expect(drug.value).to.equal('synthetic-opioids');
    drug.focus();
    let ready = nextReady(el);
    await sendKeys({ press: 'ArrowDown' });
    await ready;
    expect(el.getAttribute('drugs')).to.equal('heroin');
    expect(legend(el)[0]).to.equal('United States — heroin');

    // The period: months with data only, the "to" select never before "from".
    const from = q<HTMLSelectElement>(el, 'select#from');
    const to = q<HTMLSelectElement>(el, 'select#to');
    expect(from.value).to.equal('2023-01');
    const toMonths = [...to.options].map((o) => o.value).filter(Boolean);
    expect(toMonths.every((m) => m >= '2023-01')).to.equal(true);
    expect([...from.options].map((o) => o.value)).to.include('2015-01');
    to.focus();
    ready = nextReady(el);
    await sendKeys({ press: 'ArrowDown' });
    await ready;
    expect(el.getAttribute('to')).to.equal(toMonths[0]);

    // The measure: counts → per 100,000 with an arrow key, as radio groups go.
    const reported = q<HTMLInputElement>(el, 'input[type="radio"][value="reported"]');
    expect(reported.checked).to.equal(true);
    reported.focus();
    ready = nextReady(el);
    await sendKeys({ press: 'ArrowRight' });
    await ready;
    expect(el.getAttribute('measure')).to.equal('per100k');
    expect(el.summary).to.match(/per 100,000/);
    expect(shadowText(el, '[part="source"]')).to.match(/Census/);
  });

  it('a host that cancels fpk-change keeps the chart and the controls as they were', async () => {
    const el = await trend();
    el.addEventListener('fpk-change', (e) => e.preventDefault());
    const reported = q<HTMLInputElement>(el, 'input[type="radio"][value="reported"]');
    reported.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.getAttribute('measure')).to.equal(null);
    expect(reported.checked).to.equal(true);
    expect(q<HTMLInputElement>(el, 'input[type="radio"][value="per100k"]').checked).to.equal(false);
    expect(shadowText(el, '.controls [role="status"]')).to.equal('This page kept the chart as it was.');
    expect(el.status).to.equal('ready');
  });

  it('controls="measure" shows only the measure; a control the element does not have is its error', async () => {
    const el = await trend('controls="measure" jurisdictions="US" from="2024-01"');
    expect(el.shadowRoot!.querySelectorAll('.controls fieldset, .controls select, .picker')).to.have.length(1);
    expect(q(el, '.controls legend').textContent).to.equal('Measure');
    const map = document.createElement('fpk-map');
    map.setAttribute('loading', 'eager');
    map.setAttribute('controls', 'jurisdictions');
    document.body.append(map);
    const outcome = await settled(map);
    expect(outcome.type).to.equal('fpk-error');
    expect(outcome.detail).to.include({ code: 'unknown-value', attribute: 'controls' });
    expect(shadowText(map, '[part="error"]')).to.contain(
      'Unknown control "jurisdictions" in controls="jurisdictions". Allowed: drugs, period, measure.',
    );
  });

  it("an error a reader's choice causes is the usual message, and the controls stay to undo it", async () => {
    const el = await trend('jurisdictions="US,NY" drugs="all-drugs" from="2024-01"');
    q<HTMLInputElement>(el, 'input[type="radio"][value="reported"]').focus();
    const failed = nextReady(el);
    await sendKeys({ press: 'ArrowRight' });
    expect((await failed).type).to.equal('fpk-error');
    expect(shadowText(el, '[part="error"]')).to.contain('measure="per100k" is not available for NY');
    await el.updateComplete;
    const per100k = q<HTMLInputElement>(el, 'input[type="radio"][value="per100k"]');
    expect(per100k.checked).to.equal(true);
    per100k.focus();
    const fixed = nextReady(el);
    await sendKeys({ press: 'ArrowLeft' });
    expect((await fixed).type).to.equal('fpk-ready');
  });

  it('a malformed month is the usual error, and the controls (and their print text) still render', async () => {
    const el = await trend('jurisdictions="US" drugs="synthetic-opioids" from="2023-01" to="2023-13"');
    expect(shadowText(el, '[part="error"]')).to.contain('to="2023-13" is not a month');
    // The print line says the months it can read and leaves the malformed one as written.
    expect(q<HTMLElement>(el, '.selection').textContent!.trim()).to.equal(
      'Shown: United States · synthetic opioids (mainly fentanyl) · January 2023 – 2023-13 · Deaths.',
    );
  });

  it('compare and map take their own controls: the compare ranks the chosen places, the map switches drug', async () => {
    const compare = document.createElement('fpk-compare');
    for (const [k, v] of Object.entries({ loading: 'eager', controls: '', jurisdictions: 'OH,WV', to: '2024-06' }))
      compare.setAttribute(k, v);
    let ready = nextReady(compare);
    document.body.append(compare);
    await ready;
    await compare.updateComplete;
    expect(
      [...compare.shadowRoot!.querySelectorAll('.controls input[type="radio"]')].map((r) => (r as HTMLInputElement).value),
    ).to.deep.equal(['reported', 'per100k']);
    expect(shadowText(compare, 'label[for="from"]')).to.equal('Compare with');
    q<HTMLInputElement>(compare, 'input[role="combobox"]').focus();
    await sendKeys({ type: 'Kentucky' });
    ready = nextReady(compare);
    await sendKeys({ press: 'Enter' });
    await ready;
    expect(compare.getAttribute('jurisdictions')).to.equal('OH,WV,KY');
    expect(compare.shadowRoot!.querySelectorAll('g.role-mark rect, g.mark-rect > path')).to.have.length.greaterThan(0);
    expect(compare.csv).to.contain('Kentucky');

    const map = document.createElement('fpk-map');
    for (const [k, v] of Object.entries({ loading: 'eager', controls: 'drugs', to: '2024-06' })) map.setAttribute(k, v);
    ready = nextReady(map);
    document.body.append(map);
    await ready;
    await map.updateComplete;
    q<HTMLSelectElement>(map, 'select#drug').focus();
    ready = nextReady(map);
    await sendKeys({ press: 'ArrowDown' });
    await ready;
    expect(map.getAttribute('drugs')).to.equal('opioids');
    expect(map.summary).to.match(/opioid/i);
  });
});

describe('reader controls: print and accessibility', () => {
  it('print hides the controls and says the selection in text', async () => {
    const el = await trend('jurisdictions="US,OH" drugs="synthetic-opioids" from="2023-01" measure="per100k"');
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(q(el, '.controls')).display).to.equal('none');
      const selection = q<HTMLElement>(el, '.selection');
      expect(getComputedStyle(selection).display).to.equal('block');
      expect(selection.textContent!.trim()).to.equal(
        'Shown: United States, Ohio · synthetic opioids (mainly fentanyl) · January 2023 – latest month · Per 100,000.',
      );
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(q(el, '.selection')).display).to.equal('none');
  });

  for (const [theme, lang] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'es'],
  ] as const) {
    it(`has no axe violations with the picker open (${theme}, ${lang})`, async () => {
      const el = await trend(`theme="${theme}" jurisdictions="US,OH" drugs="synthetic-opioids" from="2023-01"`, lang);
      q<HTMLInputElement>(el, 'input[role="combobox"]').focus();
      await sendKeys({ type: 'n' });
      await el.updateComplete;
      expect(q(el, 'input[role="combobox"]').getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }
});
