/**
 * Keyboard and screen-reader navigation of the data (components/shared/chart-keyboard.ts,
 * src/charts/navigation.ts), with real key presses: Tab reaches the chart, the arrow keys, Home
 * and End step through a trend's points, a compare's bars, the map's states and the timeline's
 * events; the polite live region says each (period, series, value with unit, flags); a focus mark
 * is drawn over the mark; Enter selects as a click does; Escape leaves the chart.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/fpk-trend/define.js';
import '../../components/fpk-compare/define.js';
import '../../components/fpk-map/define.js';
import '../../components/fpk-timeline/define.js';
import type { FpkElement } from '../../components/shared/base.js';
import { formatNumber } from '../../src/i18n/index.js';
import { settled } from './helpers.js';

type Row = Readonly<Record<string, unknown>>;

function root(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}

/** The chart's one tab stop. */
function chart(el: HTMLElement): HTMLElement {
  return root(el).querySelector<HTMLElement>('[part="chart"] .vega')!;
}

/** What the live region says now. */
function said(el: HTMLElement): string {
  return (root(el).querySelector('[part="chart-announcement"]')?.textContent ?? '').trim();
}

function focusMark(el: HTMLElement): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('.fpk-focus-mark');
}

function rows(el: HTMLElement): readonly Row[] {
  return (el as unknown as { model: { rows: readonly Row[] } }).model.rows;
}

/** Tab from a button before the element until focus is in it; returns what has focus inside. */
async function tabIn(el: HTMLElement): Promise<Element | null> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  return root(el).activeElement;
}

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** The focus mark is shown, inside the chart, and centred on (or around) the given client point. */
function expectMarkAt(el: HTMLElement, x: number, y: number, tolerance = 3): void {
  const mark = focusMark(el);
  expect(mark, 'focus mark').to.not.equal(null);
  expect(mark!.hidden, 'focus mark hidden').to.equal(false);
  const box = mark!.getBoundingClientRect();
  expect(Math.abs(box.left + box.width / 2 - x), `mark centre x ${box.left + box.width / 2} vs ${x}`).to.be.below(tolerance);
  expect(Math.abs(box.top + box.height / 2 - y), `mark centre y ${box.top + box.height / 2} vs ${y}`).to.be.below(tolerance);
}

function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}

describe('keyboard navigation of <fpk-trend>', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('is one tab stop; Right, Left, Home, End and Down step through the points and the live region says each', async () => {
    const el = await fixture<FpkElement>(html`<fpk-trend loading="eager" jurisdictions="US,OH" from="2025-01" to="2025-09"></fpk-trend>`);
    expect((await settled(el)).type).to.equal('fpk-ready');
    const focused = await tabIn(el);
    expect(focused).to.equal(chart(el));
    expect(chart(el).getAttribute('role')).to.equal('application');
    expect(chart(el).getAttribute('aria-label')).to.match(/^Line chart: overdose deaths, 12 months ending/);
    const hint = root(el).getElementById(chart(el).getAttribute('aria-describedby')!);
    expect(hint?.textContent).to.contain('up and down to change series');
    expect(focusMark(el)?.hidden ?? true).to.equal(true);

    const us = rows(el).filter((r) => r['jurisdiction'] === 'US');
    const oh = rows(el).filter((r) => r['jurisdiction'] === 'OH');
    const deaths = (r: Row) => `${formatNumber('en', r['value'] as number)} deaths`;

    await press('ArrowRight');
    expect(said(el)).to.match(new RegExp(`^United States — all drugs, the 12 months ending January 2025: ${deaths(us[0]!)}\\.`));
    // The point's own drawn mark has the focus ring around it.
    const points = [...root(el).querySelectorAll('.points_marks path')];
    expectMarkAt(el, ...centre(points[0]!));

    await press('ArrowRight', 'ArrowRight');
    expect(said(el)).to.contain(`the 12 months ending March 2025: ${deaths(us[2]!)}`);
    await press('ArrowLeft');
    expect(said(el)).to.contain(`February 2025: ${deaths(us[1]!)}`);
    await press('End');
    const last = us[us.length - 1]!;
    // The latest months are provisional: the flag in the tooltip's words, with CDC's predicted count.
    expect(said(el)).to.equal(
      `United States — all drugs, the 12 months ending September 2025: ${deaths(last)}. Underreported (CDC: data still incomplete); predicted ${formatNumber('en', last['predicted'] as number)}.`,
    );
    await press('ArrowRight');
    expect(said(el), 'Right at the end stays on the last point').to.contain('September 2025');
    await press('ArrowDown');
    expect(said(el)).to.match(/^Ohio — all drugs, the 12 months ending September 2025: /);
    expect(said(el)).to.contain(deaths(oh[oh.length - 1]!));
    await press('Home');
    expect(said(el)).to.match(/^Ohio — all drugs, the 12 months ending January 2025: /);
    await press('ArrowUp');
    expect(said(el)).to.match(/^United States — all drugs, the 12 months ending January 2025: /);
  });

  it('says why a hidden value is a gap, and marks its place on the time axis', async () => {
    const el = await fixture<FpkElement>(
      html`<fpk-trend loading="eager" jurisdictions="AK" drugs="synthetic-opioids" from="2016-08" to="2017-01"></fpk-trend>`,
    );
    await settled(el);
    const hidden = rows(el).findIndex((r) => r['value'] === null);
    expect(hidden, 'a suppressed month in the range').to.be.greaterThan(0);
    await tabIn(el);
    await press('Home', ...Array<string>(hidden).fill('ArrowRight'));
    expect(said(el)).to.match(
      /^Alaska — synthetic opioids.*, the 12 months ending \w+ 201[67]\. Not shown: data suppressed by CDC \(fewer than 10 deaths\)\.$/,
    );
    expect(focusMark(el)!.hidden).to.equal(false);
    expect(focusMark(el)!.dataset['shape']).to.equal('rule');
  });

  it('Escape leaves the chart: the focus mark goes and focus moves to the next control after it', async () => {
    const el = await fixture<FpkElement>(html`<fpk-trend loading="eager" from="2025-01" to="2025-06"></fpk-trend>`);
    await settled(el);
    await tabIn(el);
    await press('ArrowRight');
    expect(focusMark(el)!.hidden).to.equal(false);
    await press('Escape');
    expect(focusMark(el)!.hidden).to.equal(true);
    const active = root(el).activeElement as HTMLElement | null;
    expect(active, 'focus stays in the element').to.not.equal(null);
    expect(active).to.not.equal(chart(el));
    expect(
      chart(el).compareDocumentPosition(active!) & Node.DOCUMENT_POSITION_FOLLOWING,
      'on the next control after the chart',
    ).to.not.equal(0);
    expect(active!.matches('a[href], button')).to.equal(true);
    await press('Shift+Tab');
    expect(root(el).activeElement, 'Shift+Tab goes back to the chart').to.equal(chart(el));
    expect(focusMark(el)!.hidden, 'with no point focused').to.equal(true);
  });

  it('Down from the last series reaches the event markers, said as the list under the chart says them; Enter opens the source', async () => {
    const el = await fixture<FpkElement>(html`<fpk-trend loading="eager" from="2024-06" events="designations"></fpk-trend>`);
    await settled(el);
    await tabIn(el);
    await press('ArrowRight', 'ArrowDown');
    const first = root(el).querySelector('.markers li')!.textContent!.replace(/\s+/g, ' ').trim();
    const [dateText] = first.split(' — ');
    expect(said(el).startsWith(`${dateText} — `), `${said(el)} vs ${first}`).to.equal(true);
    expect(said(el)).to.match(/designation/);
    const ring = focusMark(el)!.getBoundingClientRect();
    const symbol = root(el).querySelector('.markers_marks path')!;
    const [sx, sy] = centre(symbol);
    expect(sx).to.be.within(ring.left, ring.right);
    expect(sy).to.be.within(ring.top, ring.bottom);
    const opened: unknown[][] = [];
    const open = window.open;
    window.open = (...args: unknown[]) => (opened.push(args), null);
    try {
      await press('Enter');
    } finally {
      window.open = open;
    }
    expect(String(opened[0]?.[0])).to.match(/^https:\/\//);
    await press('ArrowUp');
    expect(said(el)).to.match(/^United States — all drugs, the 12 months ending /);
  });

  it('says the values in Spanish', async () => {
    const el = await fixture<FpkElement>(html`<fpk-trend loading="eager" lang="es" from="2025-01" to="2025-09"></fpk-trend>`);
    await settled(el);
    await tabIn(el);
    await press('End');
    const last = rows(el).at(-1)!;
    expect(said(el)).to.equal(
      `Estados Unidos — todas las drogas, los 12 meses hasta septiembre de 2025: ${formatNumber('es', last['value'] as number)} muertes. Infranotificado (CDC: datos aún incompletos); previstas: ${formatNumber('es', last['predicted'] as number)}.`,
    );
    const hint = root(el).getElementById(chart(el).getAttribute('aria-describedby')!);
    expect(hint?.textContent).to.contain('Escape para salir');
  });
});

describe('keyboard navigation of <fpk-compare>, <fpk-map> and <fpk-timeline>', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('steps through the bars in rank order, says each as its table row, and Enter fires fpk-select as a click does', async () => {
    const el = await fixture<FpkElement>(html`<fpk-compare loading="eager" jurisdictions="OH,WV,KY" to="2023-12"></fpk-compare>`);
    await settled(el);
    expect(await tabIn(el)).to.equal(chart(el));
    const table = rows(el);
    await press('ArrowDown');
    expect(said(el)).to.match(
      new RegExp(`^${table[0]!['name'] as string}, 12 months ending December 2023\\. Rank: 1\\. Deaths \\(reported\\): [\\d,]+\\.`),
    );
    expect(said(el)).to.contain(`Deaths (reported): ${formatNumber('en', table[0]!['value'] as number)}.`);
    const bars = [...root(el).querySelectorAll('g.mark-rect.role-mark path')];
    expect(bars.length).to.be.greaterThan(2);
    await press('ArrowDown', 'ArrowUp', 'ArrowRight');
    expect(said(el)).to.match(new RegExp(`^${table[1]!['name'] as string}, .*Rank: 2\\.`));
    // The ring is drawn around the second bar.
    const mark = focusMark(el)!.getBoundingClientRect();
    const [bx, by] = centre(bars[1]!);
    expect(by).to.be.within(mark.top, mark.bottom);
    expect(bx).to.be.within(mark.left, mark.right);
    const selected = oneEvent(el, 'fpk-select');
    await press('Enter');
    expect(((await selected) as CustomEvent).detail.datum).to.deep.equal(table[1]);
    await press('End');
    expect(said(el)).to.match(new RegExp(`^${table[table.length - 1]!['name'] as string}, `));
  });

  it('steps through the states in the table’s order, DC included, with the provisional flag and a ring around DC’s square', async () => {
    const el = await fixture<FpkElement>(html`<fpk-map loading="eager"></fpk-map>`);
    await settled(el);
    await tabIn(el);
    const table = rows(el);
    expect(table).to.have.length(51);
    await press('Home');
    // The table's words: the rate, the deaths and population behind it, and CDC's flag with the predicted count.
    expect(said(el)).to.match(
      /^Alabama, 12 months ending \w+ \d{4}\. Deaths per 100,000 residents: [\d.]+\. Deaths \(reported\): [\d,]+\. Population \(July 1, \d{4}\): [\d,]+\./,
    );
    if (table[0]!['note']) expect(said(el)).to.contain(`Note: ${table[0]!['note'] as string}`);
    const dc = table.findIndex((r) => r['code'] === 'DC');
    await press(...Array<string>(dc).fill('ArrowRight'));
    expect(said(el)).to.match(/^District of Columbia, 12 months ending /);
    if (table[dc]!['note']) expect(said(el)).to.contain(`Note: ${table[dc]!['note'] as string}`);
    const square = [...root(el).querySelectorAll('.inset_marks path')].find((p) => {
      const b = p.getBoundingClientRect();
      const m = focusMark(el)!.getBoundingClientRect();
      return b.left >= m.left - 1 && b.right <= m.right + 1 && b.top >= m.top - 1 && b.bottom <= m.bottom + 1;
    });
    expect(square, 'the focus ring surrounds an inset square (DC’s)').to.not.equal(undefined);
    const selected = oneEvent(el, 'fpk-select');
    await press(' ');
    expect(((await selected) as CustomEvent).detail.datum['code']).to.equal('DC');
    await press('End');
    expect(said(el)).to.match(/^Wyoming, /);
  });

  it('says the states in Spanish', async () => {
    const el = await fixture<FpkElement>(html`<fpk-map loading="eager" lang="es"></fpk-map>`);
    await settled(el);
    await tabIn(el);
    await press('Home');
    expect(said(el)).to.match(/^Alabama, 12 meses hasta \p{L}+ de \d{4}\. /u);
  });

  it('steps through the timeline’s events in date order and Enter opens the event’s source beside the page', async () => {
    const el = await fixture<FpkElement>(html`<fpk-timeline loading="eager" types="FTO,SDGT"></fpk-timeline>`);
    await settled(el);
    await tabIn(el);
    const dated = rows(el)
      .filter((r) => r['date'])
      .map((r) => r['date'] as string)
      .sort();
    await press('Home');
    const first = said(el);
    expect(first).to.match(/^\w{3} \d{1,2}, \d{4}\. Organization: /);
    expect(first).to.not.contain('https://');
    await press('End');
    const year = dated[dated.length - 1]!.slice(0, 4);
    expect(said(el)).to.contain(year);
    const opened: unknown[][] = [];
    const open = window.open;
    window.open = (...args: unknown[]) => {
      opened.push(args);
      return null;
    };
    try {
      const selected = oneEvent(el, 'fpk-select');
      await press('Enter');
      await selected;
    } finally {
      window.open = open;
    }
    expect(opened).to.have.length(1);
    expect(String(opened[0]![0])).to.match(/^https:\/\//);
    expect(opened[0]![1]).to.equal('_blank');
  });
});

describe('the Cite box by keyboard', () => {
  /** The element's own polite live region (view changes, the citation copied). */
  const note = (el: HTMLElement) => (root(el).querySelector('figure > p[role="status"]')?.textContent ?? '').trim();

  for (const [lang, copied] of [
    ['en', 'Citation copied.'],
    ['es', 'Cita copiada.'],
  ] as const) {
    it(`opens with focus in it, says "${copied}" when copied, and Escape or Close return focus to the Cite button`, async () => {
      const el = await fixture<FpkElement>(html`<fpk-trend loading="eager" lang=${lang} from="2025-01" to="2025-06"></fpk-trend>`);
      await settled(el);
      const clipboard = navigator.clipboard;
      let written = '';
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text: string) => ((written = text), Promise.resolve()) },
      });
      try {
        const cite = root(el).querySelector<HTMLButtonElement>('[data-action="cite"]')!;
        cite.focus();
        await press('Enter');
        await new Promise((r) => setTimeout(r, 100));
        const box = root(el).querySelector<HTMLElement>('.cite-box');
        expect(box, 'the Cite box is open').to.not.equal(null);
        expect(root(el).activeElement).to.equal(box);
        expect(written).to.contain('Provisional drug overdose death counts');
        expect(note(el)).to.equal(copied);
        await press('Escape');
        expect(root(el).querySelector('.cite-box'), 'Escape closes it').to.equal(null);
        expect(root(el).activeElement, 'focus is back on Cite').to.equal(root(el).querySelector('[data-action="cite"]'));
        // Close does the same, and focus never drops to <body>.
        await press('Enter');
        await new Promise((r) => setTimeout(r, 100));
        await press('Tab');
        expect(root(el).activeElement?.textContent?.trim()).to.equal(lang === 'es' ? 'Cerrar' : 'Close');
        await press('Enter');
        expect(root(el).querySelector('.cite-box')).to.equal(null);
        expect(root(el).activeElement).to.equal(root(el).querySelector('[data-action="cite"]'));
      } finally {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      }
    });
  }
});

describe('axe with a chart point focused', () => {
  after(() => setViewport({ width: 1280, height: 900 }));
  for (const [theme, lang, width] of [
    ['light', 'en', 1280],
    ['dark', 'en', 1280],
    ['light', 'es', 1280],
    ['dark', 'es', 375],
    ['light', 'en', 375],
  ] as const) {
    it(`finds no violations: ${theme}, ${lang}, ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture<FpkElement>(
        html`<fpk-trend loading="eager" theme=${theme} lang=${lang} heading="Overdose deaths" jurisdictions="US,OH" from="2024-01" events="designations"></fpk-trend>`,
      );
      await settled(el);
      await tabIn(el);
      await press('ArrowRight', 'ArrowRight', 'ArrowDown');
      expect(said(el)).to.match(
        lang === 'es'
          ? /^Ohio — todas las drogas, los 12 meses hasta febrero de 2024: /
          : /^Ohio — all drugs, the 12 months ending February 2024: /,
      );
      // The first key lands on January, the second moves to February. The focus mark sits inside the chart, whatever the width.
      const mark = focusMark(el)!.getBoundingClientRect();
      const box = chart(el).getBoundingClientRect();
      expect(mark.left).to.be.at.least(box.left - 12);
      expect(mark.right).to.be.at.most(box.right + 12);
      await expect(el).to.be.accessible();
    });
  }
});
