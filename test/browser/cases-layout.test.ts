import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../components/fpk-cases/define.js';
import type { FpkCases } from '../../components/fpk-cases/fpk-cases.js';
import { settled } from './helpers.js';

/** <fpk-cases> as cards on a phone, a table that fits its box on a wide screen, every column on paper. */
async function cases(width: number): Promise<FpkCases> {
  await setViewport({ width, height: 800 });
  const el = await fixture<FpkCases>(html`<fpk-cases style="display:block;width:${width - 20}px"></fpk-cases>`);
  await settled(el);
  return el;
}
const labels = (el: FpkCases) => [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
const visible = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

describe('<fpk-cases> layouts', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('at 375 px each case is a card: every field visible after its column name', async () => {
    const el = await cases(375);
    const names = labels(el);
    expect(names.length).to.be.at.least(10);
    const row = el.shadowRoot!.querySelector('tbody tr')!;
    const cells = [...row.children];
    expect(cells).to.have.length(names.length);
    const wrap = el.shadowRoot!.querySelector('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth + 1);
    // The table's caption reads across the card list, not squeezed into a shrink-to-fit column.
    const caption = el.shadowRoot!.querySelector('caption')!.getBoundingClientRect();
    expect(caption.width).to.be.at.least(wrap.getBoundingClientRect().width - 2);
    cells.forEach((cell, i) => {
      expect(visible(cell), names[i]).to.equal(true);
      expect(getComputedStyle(cell, '::before').content).to.equal(`"${names[i]}: "`);
      expect(cell.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 1);
    });
  });

  it('at 1280 px the table fits its box (cells wrap)', async () => {
    const el = await cases(1280);
    const wrap = el.shadowRoot!.querySelector('.table-wrap')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('tbody tr')!).display).to.equal('table-row');
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth + 1);
  });

  // 720 px: a Letter or A4 page's printable width at 96 px per inch.
  for (const width of [720, 1280]) {
    it(`printed at ${width} px: a table with every column's text, no controls`, async () => {
      const el = await cases(width);
      await emulateMedia({ media: 'print' });
      const root = el.shadowRoot!;
      const wrap = root.querySelector('.table-wrap')!;
      expect(getComputedStyle(root.querySelector('tbody tr')!).display).to.equal('table-row');
      expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth + 1);
      const right = wrap.getBoundingClientRect().right + 1;
      for (const th of root.querySelectorAll('thead th')) {
        expect(visible(th)).to.equal(true);
        expect(th.getBoundingClientRect().right).to.be.at.most(right);
      }
      // Every row printed (no scroll box), every cell inside the page's box.
      expect(wrap.scrollHeight).to.be.at.most(wrap.clientHeight + 1);
      expect(getComputedStyle(root.querySelector('input[type="search"]')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('[part="actions"]')!).display).to.equal('none');
      expect(root.querySelector('[part="source"]')!.textContent!.trim()).to.not.equal('');
    });
  }
});
