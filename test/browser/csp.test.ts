/**
 * The chart core under `Content-Security-Policy: default-src 'self'; script-src 'self';
 * style-src 'self'` (no unsafe-eval, no unsafe-inline). Each case loads csp-page.html, which the
 * test server sends with that header, in an iframe and reads back what happened there.
 */
import { expect } from '@open-wc/testing';
import type { CspOutcome } from './csp-page.js';

async function runCase(name: string): Promise<CspOutcome> {
  const frame = document.createElement('iframe');
  frame.style.width = '640px';
  frame.style.height = '480px';
  const outcome = new Promise<CspOutcome>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as CspOutcome);
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = new URL(`./csp-page.html?case=${name}`, import.meta.url).href;
  document.body.append(frame);
  try {
    return await outcome;
  } finally {
    frame.remove();
  }
}

describe('strict CSP', function () {
  this.timeout(30000);

  it('VegaController renders, shows tooltips and exports with no violation', async () => {
    const outcome = await runCase('controller');
    expect(outcome.violations).to.deep.equal([]);
    expect(outcome.error).to.equal(null);
    expect(outcome.marks).to.equal(4);
    expect(outcome.svgRole).to.equal('img');
    expect(outcome.tooltipInShadowRoot).to.equal(true);
    expect(outcome.tooltipText).to.contain('OH').and.to.contain('5174');
    expect(outcome.pngPrefix).to.equal('data:image/png;base64,');
    expect(outcome.svgExport).to.equal(true);
  });

  it('the same page really enforces the policy: vega-embed with its defaults is blocked', async () => {
    const outcome = await runCase('plain');
    const directives = outcome.violations.map((v) => `${v.directive} ${v.blocked}`);
    // vega compiles expressions with Function(): an eval violation, and the chart fails.
    expect(directives).to.include('script-src eval');
    expect(outcome.error).to.match(/EvalError/);
    expect(outcome.marks).to.equal(0);
    // vega-embed's and vega-tooltip's <style> elements.
    expect(directives.filter((d) => d === 'style-src-elem inline')).to.have.length.greaterThan(0);
  });

  it('the interpreter alone draws the chart, but vega-embed still injects blocked <style>s', async () => {
    const outcome = await runCase('interpreter-only');
    expect(outcome.error).to.equal(null);
    expect(outcome.marks).to.equal(4);
    expect(outcome.violations.map((v) => v.directive)).to.include('style-src-elem');
    expect(outcome.violations.map((v) => v.blocked)).not.to.include('eval');
  });
});
