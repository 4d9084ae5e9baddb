/**
 * HTTP downloads that cannot hang: a timer aborts the request when no response, or no further
 * bytes, arrive within `timeoutMs` (an idle timeout, so a 17 MB file on a slow line still
 * finishes). The body streams into a temporary file next to its destination, hashed on the way;
 * on any failure the temporary file is removed, so nothing partial is left behind.
 */
import { createHash } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';

export const USER_AGENT = 'fentanyl-policy-kit data:refresh (Node.js fetch)';

export type FailureKind = 'network' | 'timeout' | 'http' | 'interrupted' | 'incomplete';

export class DownloadError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly url: string,
    readonly reason: string,
  ) {
    super(`could not download ${url}: ${reason}`);
    this.name = 'DownloadError';
  }
}

export interface FetchOptions {
  readonly timeoutMs: number;
  /** Aborts the download, e.g. on Ctrl-C. */
  readonly signal?: AbortSignal;
}

export interface Downloaded {
  readonly bytes: number;
  readonly sha256: string;
  /** When the first response byte arrived. */
  readonly retrievedAt: Date;
  /** The publisher's Last-Modified header, when sent: often the only release date there is. */
  readonly lastModified: string | null;
}

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'host not found (no DNS)',
  EAI_AGAIN: 'DNS lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  ETIMEDOUT: 'connection timed out',
};

/** A short, human reason for a failed fetch: undici hides the socket error in `cause`. */
export function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code;
  if (code && NETWORK_CODES[code]) return `${NETWORK_CODES[code]} (${code})`;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** Runs `fetch` and hands each body chunk to `onChunk`, under one idle timer. */
async function streamBody(url: string, options: FetchOptions, onChunk: (chunk: Uint8Array) => Promise<void> | void): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
  };
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  const fail = (error: unknown): never => {
    if (error instanceof DownloadError) throw error;
    if (timedOut) throw new DownloadError('timeout', url, `no response for ${options.timeoutMs} ms (--timeout ${options.timeoutMs})`);
    if (controller.signal.aborted) throw new DownloadError('interrupted', url, 'interrupted');
    throw new DownloadError('network', url, networkReason(error));
  };
  arm();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { 'user-agent': USER_AGENT } });
    } catch (error) {
      return fail(error);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new DownloadError('http', url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    try {
      const reader = response.body?.getReader();
      for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
        arm();
        await onChunk(next.value);
      }
    } catch (error) {
      return fail(error);
    }
    return response;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/** Downloads `url` into `tempPath` (created new; removed again on failure). */
export async function downloadToFile(url: string, tempPath: string, options: FetchOptions): Promise<Downloaded> {
  const file = await open(tempPath, 'wx');
  const hash = createHash('sha256');
  let bytes = 0;
  let retrievedAt: Date | null = null;
  try {
    const response = await streamBody(url, options, async (chunk) => {
      retrievedAt ??= new Date();
      hash.update(chunk);
      bytes += chunk.byteLength;
      await file.write(chunk);
    });
    // Content-Length counts the bytes on the wire; with a Content-Encoding fetch has decoded them.
    const length = response.headers.get('content-length');
    if (length !== null && !response.headers.get('content-encoding') && Number(length) !== bytes) {
      throw new DownloadError('incomplete', url, `received ${bytes} of ${length} bytes`);
    }
    await file.close();
    return {
      bytes,
      sha256: hash.digest('hex'),
      retrievedAt: retrievedAt ?? new Date(),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    await file.close().catch(() => {});
    await unlink(tempPath).catch(() => {});
    throw error;
  }
}

/** Fetches a (small) page as text, e.g. the page that links the current file. */
export async function fetchText(url: string, options: FetchOptions): Promise<string> {
  const chunks: Uint8Array[] = [];
  await streamBody(url, options, (chunk) => {
    chunks.push(chunk);
  });
  return Buffer.concat(chunks).toString('utf8');
}
