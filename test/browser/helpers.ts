/** Small helpers for element tests: wait for an element's outcome, check an error, capture downloads. */
import { expect, oneEvent } from '@open-wc/testing';

interface Outcome {
  readonly type: 'fpk-ready' | 'fpk-error';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fpk-ready or fpk-error detail; each test reads the fields of the outcome it expects
  readonly detail: any;
}

type Settling = HTMLElement & { status: string; lastError: unknown; summary: string | null; csv: string | null };

/**
 * The element's outcome: its fpk-ready or fpk-error event, or — when that fired before the test
 * could listen (an attribute error is found during the first update) — the state it left.
 */
export async function settled(element: HTMLElement): Promise<Outcome> {
  const el = element as Settling;
  if (el.status === 'error') return { type: 'fpk-error', detail: el.lastError };
  if (el.status === 'ready') return { type: 'fpk-ready', detail: { summary: el.summary } };
  const event = (await Promise.race([oneEvent(el, 'fpk-ready'), oneEvent(el, 'fpk-error')])) as CustomEvent;
  return { type: event.type as Outcome['type'], detail: event.detail };
}

/** Captures the next file a download writes through URL.createObjectURL, as text. */
export async function captureDownload(run: () => unknown): Promise<{ text: string; type: string }> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return original.call(URL, b);
  };
  try {
    await run();
    for (let i = 0; i < 100 && !blob; i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    URL.createObjectURL = original;
  }
  if (!blob) throw new Error('no download happened');
  return { text: await blob.text(), type: blob.type };
}

export function shadowText(el: Element, selector: string): string {
  return (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element failed as a reader should see it: an fpk-error with this code and attribute, the message in its error panel, and neither chart nor table. */
export async function expectErrorShown(el: HTMLElement, code: string, attribute: string, message: string): Promise<void> {
  const event = await settled(el);
  expect(event.type).to.equal('fpk-error');
  expect(event.detail).to.include({ code, attribute });
  expect(shadowText(el, '[part="error"]')).to.contain(message);
  expect(el.shadowRoot!.querySelector('svg, table')).to.equal(null);
}
