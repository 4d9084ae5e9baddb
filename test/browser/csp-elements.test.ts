import { expect } from '@open-wc/testing';
import type { ElementOutcome } from './csp-elements.js';

describe('every element under script-src/style-src self', function () {
  this.timeout(60000);

  it('renders charts, tables and error messages with no securitypolicyviolation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    const message = new Promise<{ results: ElementOutcome[]; violations: string[] }>((resolve) =>
      window.addEventListener('message', function on(e) {
        if (e.data?.type !== 'csp-elements') return;
        window.removeEventListener('message', on);
        resolve(e.data);
      }),
    );
    frame.src = '/test/browser/csp-elements.html';
    document.body.append(frame);
    try {
      const { results, violations } = await message;
      expect(violations).to.deep.equal([]);
      const [trend, compare, map, timeline, cases, table, bad, custom, customTable] = results as [
        ElementOutcome,
        ElementOutcome,
        ElementOutcome,
        ElementOutcome,
        ElementOutcome,
        ElementOutcome,
        ElementOutcome,
        ElementOutcome,
        ElementOutcome,
      ];
      for (const chart of [trend, compare, map, timeline, custom]) {
        expect(chart.event, chart.tag).to.equal('fpk-ready');
        expect(chart.svgRole, chart.tag).to.equal('img');
        expect(chart.marks, chart.tag).to.be.greaterThan(3);
        // A release date on every chart: the releases of the rows shown, or the dataset's release.
        expect(chart.source, chart.tag).to.match(/^Source: .*(released|releases? of) [A-Z][a-z]{2} \d{1,2}, \d{4}/);
      }
      // The place input, 3 chip buttons, drug, from, to, 3 measure radios, Share.
      expect(trend.controls).to.equal(11);
      expect(compare.controls).to.equal(0);
      expect(cases.event).to.equal('fpk-ready');
      expect(cases.rows).to.be.greaterThan(5);
      expect(table.event).to.equal('fpk-ready');
      expect(table.rows).to.be.greaterThan(100);
      expect(bad.event).to.equal('fpk-error');
      expect(bad.error).to.contain('"XX"');
      // <fpk-chart>: one bar per state, and its table view holds the rows it was given.
      expect(custom.marks).to.equal(4);
      expect(customTable.event).to.equal('fpk-ready');
      expect(customTable.rows).to.equal(4);
      expect(customTable.source).to.match(/^Source: CDC NCHS.*release of [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    } finally {
      frame.remove();
    }
  });
});
