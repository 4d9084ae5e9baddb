/**
 * For the embedding page: sizes every `<iframe data-fpk-embed>` to the content of the embed page
 * inside it. Any window can post to this page, so a message counts only when it comes from
 * such an iframe's own window, from the origin of its `src`, in the exact resize shape.
 * Everything else is ignored. Loading this script twice is harmless.
 */
import { isResizeMessage, type ResizeRequest } from './protocol.js';

const SELECTOR = 'iframe[data-fpk-embed]';
const STARTED = Symbol.for('fentanyl-policy-kit.embed-host');

function originOf(frame: HTMLIFrameElement): string | null {
  try {
    return new URL(frame.src, frame.ownerDocument.baseURI).origin;
  } catch {
    return null;
  }
}

function frameOf(doc: Document, source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  return [...doc.querySelectorAll<HTMLIFrameElement>(SELECTOR)].find((frame) => frame.contentWindow === source);
}

/** Asks an embed to post its height again: it may have posted before this script listened. */
function requestHeight(frame: HTMLIFrameElement): void {
  const origin = originOf(frame);
  if (origin && origin !== 'null') frame.contentWindow?.postMessage({ type: 'fpk:request-resize' } satisfies ResizeRequest, origin);
}

/** Starts listening; returns a function that stops. */
export function resizeEmbeds(win: Window = window): () => void {
  const doc = win.document;
  const onMessage = (event: MessageEvent): void => {
    const frame = frameOf(doc, event.source);
    if (!frame || event.origin !== originOf(frame) || !isResizeMessage(event.data)) return;
    // CSSOM, not a style attribute: allowed under the host page's own style-src 'self'.
    frame.style.height = `${Math.ceil(event.data.height)}px`;
  };
  // Load does not bubble, but it passes the document in the capture phase: this also catches
  // frames added after this script ran.
  const onLoad = (event: Event): void => {
    if (event.target instanceof HTMLIFrameElement && event.target.matches(SELECTOR)) requestHeight(event.target);
  };
  win.addEventListener('message', onMessage);
  doc.addEventListener('load', onLoad, true);
  doc.querySelectorAll<HTMLIFrameElement>(SELECTOR).forEach(requestHeight);
  return () => {
    win.removeEventListener('message', onMessage);
    doc.removeEventListener('load', onLoad, true);
  };
}

if (typeof window !== 'undefined') {
  const flags = window as unknown as Record<symbol, boolean>;
  if (!flags[STARTED]) {
    flags[STARTED] = true;
    resizeEmbeds(window);
  }
}
