/**
 * `refresh(options)`: downloads every selected raw file from its official publisher into the
 * output folder, exactly as published, checks it, and writes `refresh-manifest.json`. A file
 * reaches its real name only after it downloaded completely and passed its checks; one that
 * fails the checks is kept beside it as `<name>.rejected` for inspection.
 */
import { readFile, mkdir, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkTable } from './check.js';
import { newestLink } from './discover.js';
import { DownloadError, downloadToFile, fetchText, type FetchOptions } from './download.js';
import { applyMirror, parseMirror, type MirrorRule } from './mirror.js';
import { NOT_REFRESHED, SOURCES, selectSources, type NotRefreshed, type RefreshSource } from './sources.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const MANIFEST_NAME = 'refresh-manifest.json';

export interface RefreshOptions {
  /** Output folder (created when missing). */
  readonly out: string;
  /** Source or folder names (`vsrr`, `designations`, …); default: every source. */
  readonly only?: readonly string[];
  /** `--mirror` specs, see mirror.ts. */
  readonly mirror?: readonly string[];
  /** Replacement official addresses by source name (`--url`, `--cbp-url`). */
  readonly urls?: Readonly<Record<string, string>>;
  /** Idle timeout per request, in milliseconds. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** One line per finished file, for the console. */
  readonly log?: (line: string) => void;
}

export interface ManifestEntry {
  readonly source: string;
  /** Path under the output folder (POSIX separators). */
  readonly file: string;
  /** Address fetched (after --mirror). */
  readonly url: string | null;
  /** Official address the file stands for. */
  readonly officialUrl: string | null;
  readonly retrievedAt: string | null;
  readonly lastModified: string | null;
  readonly bytes: number | null;
  readonly sha256: string | null;
  readonly rows: number | null;
  readonly ok: boolean;
  readonly problems: string[];
  /** Where a download that failed its checks was kept, if any. */
  readonly rejectedFile?: string;
}

export interface RefreshManifest {
  readonly generatedAt: string;
  readonly ok: boolean;
  readonly files: ManifestEntry[];
  readonly notRefreshed: readonly NotRefreshed[];
}

export interface RefreshResult {
  readonly manifest: RefreshManifest;
  readonly manifestPath: string;
  readonly exitCode: 0 | 1;
}

/** Thrown for a bad option before anything is downloaded. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const BUILD_HINT = 'the committed datasets/ still build from ../shared/data/raw with `npm run data:build`';

/** The message for a failed request; network trouble names the host the refresh must reach. */
export function failureMessage(error: DownloadError, source: RefreshSource, what = ''): string {
  const host = new URL(error.url).host;
  const head = what ? `could not download ${error.url} (${what}): ${error.reason}` : error.message;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return `${head} — data:refresh needs internet access to ${host}; ${BUILD_HINT}`;
    case 'http':
      return `${head} — the publisher may have moved the file (see ${source.landing}); pass --url ${source.name}=<url> to use another address`;
    default:
      return head;
  }
}

interface Plan {
  readonly source: RefreshSource;
  readonly rules: readonly MirrorRule[];
  readonly fetch: FetchOptions;
  readonly override?: string;
}

/** The official address of a source: given, fixed, or discovered on the publisher's page. */
async function officialAddress(plan: Plan): Promise<{ url: string } | { problem: string }> {
  const { source } = plan;
  if (plan.override) return { url: plan.override };
  if (source.url) return { url: source.url };
  const discovery = source.discover!;
  const page = applyMirror(discovery.page, plan.rules);
  let html: string;
  try {
    html = await fetchText(page, plan.fetch);
  } catch (error) {
    if (error instanceof DownloadError) return { problem: failureMessage(error, source, 'the page that links the current file') };
    throw error;
  }
  const url = newestLink(html, discovery);
  if (url) return { url };
  return {
    problem: `no link matching ${discovery.link.source} on ${page}: CBP may have changed the page; pass --url ${source.name}=<url> with the address of the current CSV`,
  };
}

async function refreshOne(plan: Plan, out: string): Promise<ManifestEntry> {
  const { source } = plan;
  const address = await officialAddress(plan);
  const fileName =
    source.fileName ?? ('url' in address ? basename(new URL(address.url).pathname) || `${source.name}.csv` : source.discover!.placeholder);
  const file = `${source.group}/${fileName}`;
  const empty = { source: source.name, file, retrievedAt: null, lastModified: null, bytes: null, sha256: null, rows: null, ok: false };
  if ('problem' in address) return { ...empty, url: null, officialUrl: null, problems: [address.problem] };

  const url = applyMirror(address.url, plan.rules);
  const folder = join(out, source.group);
  await mkdir(folder, { recursive: true });
  const destination = join(folder, fileName);
  const temp = join(folder, `.${fileName}.${randomBytes(4).toString('hex')}.part`);
  try {
    const got = await downloadToFile(url, temp, plan.fetch);
    const check = checkTable(await readFile(temp), source.layout, { rowLimit: source.rowLimit });
    const ok = check.problems.length === 0;
    const rejectedFile = ok ? undefined : `${file}.rejected`;
    await rename(temp, ok ? destination : `${destination}.rejected`);
    return {
      source: source.name,
      file,
      url,
      officialUrl: address.url,
      retrievedAt: got.retrievedAt.toISOString(),
      lastModified: got.lastModified,
      bytes: got.bytes,
      sha256: got.sha256,
      rows: check.rows,
      ok,
      problems: check.problems,
      ...(rejectedFile ? { rejectedFile } : {}),
    };
  } catch (error) {
    await unlink(temp).catch(() => {});
    if (error instanceof DownloadError) return { ...empty, url, officialUrl: address.url, problems: [failureMessage(error, source)] };
    throw error;
  }
}

function describe(entry: ManifestEntry): string {
  if (entry.ok)
    return `ok    ${entry.file}: ${entry.rows!.toLocaleString('en-US')} rows, ${entry.bytes!.toLocaleString('en-US')} bytes, sha256 ${entry.sha256}`;
  const kept = entry.rejectedFile ? ` (kept as ${entry.rejectedFile})` : '';
  return [`FAIL  ${entry.file}${kept}`, ...entry.problems.map((p) => `      ${p}`)].join('\n');
}

export async function refresh(options: RefreshOptions): Promise<RefreshResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0)
    throw new UsageError(`--timeout must be a positive whole number of milliseconds, got ${timeoutMs}`);
  let sources: RefreshSource[];
  let rules: MirrorRule[];
  try {
    sources = selectSources(options.only);
    rules = parseMirror(options.mirror ?? []);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  for (const [name, url] of Object.entries(options.urls ?? {})) {
    if (!SOURCES.some((s) => s.name === name)) throw new UsageError(`--url ${name}=…: no source named "${name}"`);
    if (!URL.canParse(url)) throw new UsageError(`--url ${name}=${url}: not a URL`);
  }

  await mkdir(options.out, { recursive: true });
  const fetchOptions: FetchOptions = { timeoutMs, signal: options.signal };
  const files = await Promise.all(
    sources.map(async (source) => {
      const entry = await refreshOne({ source, rules, fetch: fetchOptions, override: options.urls?.[source.name] }, options.out);
      options.log?.(describe(entry));
      return entry;
    }),
  );
  // A failed run leaves no bare folders behind (rmdir only removes empty ones).
  for (const group of new Set(sources.map((s) => s.group))) await rmdir(join(options.out, group)).catch(() => {});
  const manifest: RefreshManifest = {
    generatedAt: new Date().toISOString(),
    ok: files.every((f) => f.ok),
    files,
    notRefreshed: NOT_REFRESHED,
  };
  const manifestPath = join(options.out, MANIFEST_NAME);
  const temp = `${manifestPath}.${randomBytes(4).toString('hex')}.part`;
  await writeFile(temp, JSON.stringify(manifest, null, 2) + '\n');
  await rename(temp, manifestPath);
  return { manifest, manifestPath, exitCode: manifest.ok ? 0 : 1 };
}
