/**
 * The messages between an embed page (in the iframe) and the host script (on the embedding
 * page). Heights are not secret, so the embed page may post them to any parent; the host is the
 * side that must be strict, because any window can post to it.
 */

/** Embed page → host: the embed's content height in CSS pixels. */
export interface ResizeMessage {
  readonly type: 'fpk:resize';
  readonly height: number;
}

/** Host → embed page: "post your height again" (the host may start after the first post). */
export interface ResizeRequest {
  readonly type: 'fpk:request-resize';
}

/**
 * AMP's `<amp-iframe resizable>` protocol: the same height, in the shape AMP listens for. AMP
 * may refuse a resize while the frame is in view and then shows the frame's `overflow` button.
 */
export interface AmpEmbedSize {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

/** Taller than any chart we draw; a bigger number is a bug or a hostile page, not a chart. */
export const MAX_HEIGHT = 10000;

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === 'fpk:resize' && typeof height === 'number' && Number.isFinite(height) && height > 0 && height < MAX_HEIGHT;
}

export function isResizeRequest(data: unknown): data is ResizeRequest {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === 'fpk:request-resize';
}
