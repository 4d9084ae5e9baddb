import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/fpk-trend/define.js';
import type { FpkTrend } from '../../components/fpk-trend/fpk-trend.js';
import { settled } from './helpers.js';

/**
 * The bounded table view (issue 10): a 252-row table stays within one screen in a focusable,
 * labelled scroll box with a sticky header and a visible row count; "Show all N rows" lifts the
 * bound; switching views is announced politely and keeps the pressed button in view.
 */
const part = (el: FpkTrend, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function trend(): Promise<FpkTrend> {
  const el = await fixture<FpkTrend>(
    html`<fpk-trend loading="eager" jurisdictions="US,OH,WV" drugs="synthetic-opioids" from="2019-01" events="designations"></fpk-trend>`,
  );
  await settled(el);
  return el;
}

async function clickView(el: FpkTrend, name: 'Chart' | 'Table'): Promise<HTMLButtonElement> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')].find(
    (b) => b.textContent!.trim() === name,
  )!;
  button.focus();
  button.click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  return button;
}

for (const width of [375, 1280]) {
  describe(`table view at ${width} px`, () => {
    before(() => setViewport({ width, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('stays within one viewport, counts its rows, and "Show all" shows every row', async () => {
      const el = await trend();
      await clickView(el, 'Table');
      const wrap = part(el, '[part="table"]');
      const rows = wrap.querySelectorAll('tbody tr').length;
      expect(rows).to.be.greaterThan(100);
      expect(wrap.getBoundingClientRect().height).to.be.at.most(window.innerHeight);
      expect(wrap.scrollHeight).to.be.greaterThan(wrap.clientHeight);
      // Reachable by keyboard, named for screen readers.
      expect(wrap.tabIndex).to.equal(0);
      expect(wrap.getAttribute('aria-label')).to.be.a('string').and.not.empty;
      // The header stays on top while the box scrolls.
      wrap.scrollTop = 2000;
      const header = part(el, 'thead th').getBoundingClientRect();
      expect(Math.abs(header.top - wrap.getBoundingClientRect().top)).to.be.lessThan(2);

      const count = part(el, '[part="table-count"]');
      expect(count.textContent!.replace(/\s+/g, ' ')).to.contain(`${rows} rows`);
      const showAll = part(el, 'button.show-all');
      expect(showAll.textContent!.trim()).to.equal(`Show all ${rows} rows`);
      expect(showAll.getAttribute('aria-expanded')).to.equal('false');
      showAll.click();
      expect(showAll.getAttribute('aria-expanded')).to.equal('true');
      expect(wrap.clientHeight).to.equal(wrap.scrollHeight);
      expect(wrap.getBoundingClientRect().height).to.be.greaterThan(window.innerHeight);
      // And back to the scroll box, the button still on screen.
      showAll.click();
      expect(wrap.getBoundingClientRect().height).to.be.at.most(window.innerHeight);
      const b = showAll.getBoundingClientRect();
      expect(b.top).to.be.at.least(0);
      expect(b.bottom).to.be.at.most(window.innerHeight);
    });

    it('announces the view change politely and keeps the pressed button in view', async () => {
      const el = await trend();
      // The element's own live region (the chart's keyboard announcements have theirs inside the chart).
      const live = part(el, 'figure > p[role="status"][aria-live="polite"]');
      const table = await clickView(el, 'Table');
      const rows = el.shadowRoot!.querySelectorAll('tbody tr').length;
      expect(live.textContent!.trim()).to.equal(`Table shown, ${rows} rows.`);
      const r = table.getBoundingClientRect();
      expect(r.top).to.be.at.least(0);
      // scrollIntoView scrolls by whole pixels, so a fractional layout may leave the edge < 1 px out.
      expect(r.bottom).to.be.at.most(window.innerHeight + 1);
      expect(el.shadowRoot!.activeElement).to.equal(table);
      await clickView(el, 'Chart');
      expect(live.textContent!.trim()).to.equal('Chart shown.');
    });
  });
}
