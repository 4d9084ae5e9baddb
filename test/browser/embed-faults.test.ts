/**
 * The iframe embed on a bad network: the element in the frame shows the same message naming the
 * file, with Retry; the frame is resized to that message (the reader sees it, not a clipped
 * box), and Retry in the frame loads the chart. Faults come from test/browser/fault-middleware.js.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../embed/host.js';
import { armFaults, restoreNetwork } from './faults.js';

const FALLBACK_HEIGHT = 150;

/** Polls `probe` until it gives a value (waitUntil from @open-wc/testing, returning what it found). */
async function until<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
  let value: T | null | undefined | false;
  await waitUntil(() => (value = probe()), `timed out waiting for ${what}`, { timeout: 20000, interval: 25 });
  return value as T;
}

afterEach(() => restoreNetwork());

describe('iframe embed on a bad network', function () {
  this.timeout(40000);

  it('a data file that fails: the message and Retry show in a frame sized to them; Retry draws the table', async () => {
    // Twice: the first attempt and the automatic retry.
    await armFaults({ match: '/datasets/cases/meta.json', kind: '500', times: 2 });
    const frame = document.createElement('iframe');
    frame.setAttribute('data-fpk-embed', '');
    frame.setAttribute('height', String(FALLBACK_HEIGHT));
    frame.setAttribute('title', 'Embedded chart');
    frame.style.cssText = 'width: 640px; border: 0; display: block';
    frame.src = new URL('../../embed/embed.html?tag=fpk-cases', import.meta.url).href;
    document.body.append(frame);
    try {
      const el = await until(
        () => frame.contentDocument?.querySelector<HTMLElement & { status: string; lastError: { code: string } | null }>('fpk-cases'),
        'the element in the frame',
      );
      await until(() => el.status === 'error', 'the error');
      expect(el.lastError!.code).to.equal('load-http-error');
      const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      expect(panel.textContent).to.match(/Could not load cases\/meta\.json: the server answered HTTP 500/);
      const retry = panel.querySelector<HTMLButtonElement>('button.retry')!;
      expect(retry.textContent).to.equal('Retry');
      // The host resized the frame to the message: its Retry button is inside the frame's box.
      await until(
        () => Math.abs(frame.clientHeight - (retry.getBoundingClientRect().bottom + 1)) < 80 && frame.clientHeight !== FALLBACK_HEIGHT,
        'the frame to fit the message',
      );
      expect(retry.getBoundingClientRect().bottom).to.be.at.most(frame.clientHeight);

      retry.click();
      await until(() => el.status === 'ready', 'the table after Retry');
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(40);
      await until(() => frame.clientHeight > 600, 'the frame to grow to the table');
    } finally {
      frame.remove();
    }
  });
});
