/**
 * Static-first charts in a browser: the markup `fpk embed fpk-trend … --static --table` prints
 * (made by the real CLI: static-first-plugin.js), with JavaScript off, after `innerHTML` and
 * DOMPurify's default sanitise, under `script-src 'self'; style-src 'self'`, and adopted by the
 * element when its script runs: no layout shift, no vega until the reader reaches for the chart,
 * then the element's own interactive chart, keyboard-reachable. Pinned vs `data="live"`.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';

interface Visit {
  linePaths: number;
  svgLabel: string | null;
  chart: { x: number; y: number; width: number; height: number } | null;
  heading: string | null;
  summary: string | null;
  source: string | null;
  sourceHref: string | null;
  tableRows: number;
  afterAtLoad: number | null;
  afterNow: number | null;
  requests: string[];
  violations: string[];
  shifts?: number[];
  pageViolations?: string[];
  upgraded?: boolean;
  slotted?: boolean;
  ownChart?: boolean;
  buttons?: string[];
  focused?: string | null;
  tableAfterKeyboard?: number;
}

interface VisitOptions {
  javaScript: boolean;
  query?: string;
  hover?: boolean;
  tab?: boolean;
  keyboard?: boolean;
  settle?: number;
  /** Wait until the element has drawn its own chart. */
  ownChart?: boolean;
  width?: number;
}

function visit(options: VisitOptions): Promise<Visit> {
  const { query = '', ...rest } = options;
  return executeServerCommand('static-first-visit', { path: `/test/browser/static-first.html${query}`, ...rest }) as Promise<Visit>;
}

/** Requests for vega (node_modules/vega*) or for data files (/datasets/…): an untouched fallback needs neither. */
const heavyRequests = (v: Visit) => v.requests.filter((p) => p.startsWith('/node_modules/vega') || p.startsWith('/datasets/'));
const sum = (xs: readonly number[] = []) => xs.reduce((a, b) => a + b, 0);

/** What a reader sees of the fallback, checked the same way everywhere. */
function expectReadable(v: Visit): void {
  expect(v.linePaths, 'a line per jurisdiction').to.be.at.least(2);
  expect(v.svgLabel).to.match(/^Line chart: overdose deaths, 12 months ending\b.*\ball drugs\b.*, United States, Ohio, /);
  expect(v.heading).to.equal('Overdose deaths, United States and Ohio');
  expect(v.summary).to.match(/^United States — all drugs: [\d,]+ deaths in the 12 months ending \w+ \d{4}/);
  expect(v.source).to.match(/^Source: CDC NCHS, Provisional Drug Overdose Death Counts \(VSRR\), releases? of .*\(data version [^)]+\)\./);
  expect(v.sourceHref).to.equal('https://data.cdc.gov/NCHS/VSRR-Provisional-Drug-Overdose-Death-Counts/xkb8-kh2a');
  // Drawn at 640 px in a 640 px column: the size the element will draw at.
  expect(v.chart?.width).to.equal(640);
  expect(v.chart?.height).to.be.within(300, 420);
}

describe('static-first <fpk-trend> (fpk embed --static)', function () {
  this.timeout(90000);

  it('with JavaScript off: the chart’s SVG marks, heading, summary, source line and (hidden) table are in the page', async () => {
    const v = await visit({ javaScript: false, query: '?script=1' });
    expectReadable(v);
    expect(v.tableRows, 'the table, for screen readers and text-only readers').to.be.greaterThan(100);
    expect(v.requests.filter((p) => p.endsWith('.ts') || p.endsWith('.js'))).to.deep.equal([]);
  });

  it('under script-src/style-src self, before the reader touches it: no violation, no layout shift, no data and no vega loaded', async () => {
    const v = await visit({ javaScript: true, query: '?script=1', settle: 2500 });
    expectReadable(v);
    expect(v.violations).to.deep.equal([]);
    expect(v.pageViolations).to.deep.equal([]);
    expect(v.upgraded && v.slotted, 'the element is defined and shows its fallback').to.equal(true);
    expect(sum(v.shifts)).to.equal(0);
    expect(v.afterNow).to.equal(v.afterAtLoad);
    expect(heavyRequests(v)).to.deep.equal([]);
  });

  it('the static page alone (no script) renders under the policy with no violation', async () => {
    const v = await visit({ javaScript: true });
    expectReadable(v);
    expect([...v.violations, ...(v.pageViolations ?? [])]).to.deep.equal([]);
    expect(v.upgraded).to.equal(false);
  });

  it('hovered: the element draws its own chart in the same place (no layout shift), with its actions; Table by keyboard', async () => {
    const v = await visit({ javaScript: true, query: '?script=1', hover: true, ownChart: true, keyboard: true });
    expect(v.ownChart).to.equal(true);
    expect(v.slotted).to.equal(false);
    expect(v.linePaths).to.be.at.least(2);
    expect(v.summary).to.match(/^United States — all drugs: /);
    expect(v.buttons).to.include.members(['Chart', 'Table', 'CSV ↓', 'Cite']);
    expect(sum(v.shifts), `layout shifts ${JSON.stringify(v.shifts)}`).to.equal(0);
    expect(v.afterNow).to.equal(v.afterAtLoad);
    expect(v.chart?.width).to.equal(640);
    expect([...v.violations, ...(v.pageViolations ?? [])]).to.deep.equal([]);
    expect(v.tableAfterKeyboard).to.be.greaterThan(100);
  });

  it('tabbed into: focus moves from the fallback’s source link to the element’s own', async () => {
    const v = await visit({ javaScript: true, query: '?script=1', tab: true, ownChart: true });
    expect(v.ownChart).to.equal(true);
    expect(v.focused).to.equal('asource');
  });

  it('pinned (default) with older data in the fallback: stays on the fallback, even when hovered, and loads no vega', async () => {
    const v = await visit({ javaScript: true, query: '?script=1&stale=1', hover: true, settle: 2500 });
    expect(v.slotted).to.equal(true);
    expectReadable(v);
    expect(v.requests.filter((p) => p.startsWith('/node_modules/vega'))).to.deep.equal([]);
  });

  it('data="live" with older data in the fallback: redraws with the newest data and says so in the source line', async () => {
    const v = await visit({ javaScript: true, query: '?script=1&stale=1&live=1', ownChart: true });
    expect(v.ownChart).to.equal(true);
    expect(v.source).to.match(/Updated from data version 2000-01-01\+0000000000 to \d{4}-\d{2}-\d{2}\+[0-9a-f]+\.$/);
    expect([...v.violations, ...(v.pageViolations ?? [])]).to.deep.equal([]);
  });

  describe('inserted with innerHTML, raw and after DOMPurify.sanitize (default configuration)', () => {
    let markup = '';
    const link = document.createElement('link');
    before(async () => {
      markup = await (await fetch('/test/browser/static-first-snippet.html')).text();
      link.rel = 'stylesheet';
      link.href = '/components/shared/static.css';
      const loaded = new Promise((done) => link.addEventListener('load', done));
      document.head.append(link);
      await loaded;
    });
    after(() => link.remove());

    /** What a reader sees in `box`: text of the parts, marks, link, label, and the chart's drawn size. */
    function seen(box: HTMLElement) {
      const svg = box.querySelector<SVGSVGElement>('svg[role="img"]');
      const rect = svg?.getBoundingClientRect();
      return {
        heading: box.querySelector('h2')?.textContent,
        marks: box.querySelectorAll('.mark-line.role-mark path').length,
        label: svg?.getAttribute('aria-label'),
        title: svg?.querySelector('title')?.textContent,
        summary: box.querySelector('.fpk-static-summary')?.textContent,
        source: box.querySelector('.fpk-static-source')?.textContent,
        href: box.querySelector('.fpk-static-source a')?.getAttribute('href'),
        version: box.querySelector('figure')?.getAttribute('data-version'),
        size: rect ? [Math.round(rect.width), Math.round(rect.height)] : null,
        tableHidden: (box.querySelector('.fpk-static-table')?.getBoundingClientRect().width ?? 0) <= 1,
        actionsHidden: box.querySelector('.fpk-static-actions')
          ? getComputedStyle(box.querySelector('.fpk-static-actions')!).visibility
          : null,
      };
    }

    function boxWith(html: string): HTMLElement {
      const box = document.createElement('div');
      box.className = 'static-box';
      box.setAttribute('data-test', '');
      // A 640 px column, as on the static-first page (a class would need a stylesheet of its own).
      box.style.width = '640px';
      box.innerHTML = html;
      document.body.append(box);
      return box;
    }

    it('innerHTML keeps every visible part (the element stays undefined here: its script is not loaded)', () => {
      const box = boxWith(markup);
      try {
        const s = seen(box);
        expect(s.heading).to.equal('Overdose deaths, United States and Ohio');
        expect(s.marks).to.be.at.least(2);
        expect(s.label).to.match(/^Line chart: overdose deaths/);
        expect(s.title).to.equal(s.label);
        expect(s.summary).to.match(/^United States — all drugs: /);
        expect(s.source).to.match(/^Source: CDC NCHS/);
        expect(s.href).to.match(/^https:\/\/data\.cdc\.gov\//);
        expect(s.version).to.match(/^overdoses@\d{4}-\d{2}-\d{2}\+[0-9a-f]+$/);
        expect(s.size?.[0]).to.equal(640);
        expect(s.tableHidden).to.equal(true);
        expect(s.actionsHidden).to.equal('hidden');
        expect(box.querySelector('fpk-trend')).to.not.equal(null);
      } finally {
        box.remove();
      }
    });

    it('DOMPurify drops the custom tag and link targets but keeps the figure: chart, label, summary, source link, data-version, classes', () => {
      const clean = DOMPurify.sanitize(markup);
      const raw = boxWith(markup);
      const box = boxWith(clean);
      try {
        const before = seen(raw);
        const after = seen(box);
        // Everything a reader sees survives, drawn at the same size.
        expect(after).to.deep.equal(before);
        // What the sanitiser removes: the unknown element (its content kept) and target="_blank".
        expect(box.querySelector('fpk-trend')).to.equal(null);
        expect(box.querySelector('figure.fpk-static[data-fpk-static]')).to.not.equal(null);
        expect(box.querySelector('.fpk-static-source a')?.hasAttribute('target')).to.equal(false);
        expect(box.querySelector('.fpk-static-source a')?.getAttribute('rel')).to.equal('noopener');
        expect(DOMPurify.removed.length).to.be.greaterThan(0);
      } finally {
        raw.remove();
        box.remove();
      }
    });
  });
});
