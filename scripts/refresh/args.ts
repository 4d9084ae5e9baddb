/** Command-line options of `npm run data:refresh`, and its --help text. */
import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS, MANIFEST_NAME, UsageError, type RefreshOptions } from './refresh.js';
import { NOT_REFRESHED, SOURCES } from './sources.js';

export const DEFAULT_OUT = '.cache/raw';

export interface CliOptions extends Omit<RefreshOptions, 'signal' | 'log'> {
  readonly help: boolean;
}

/** `--url name=URL` pairs; `--cbp-url URL` is short for `--url cbp-seizures=URL`. */
function urlOverrides(pairs: readonly string[], cbpUrl: string | undefined): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`--url expects <source>=<url>, got "${pair}"`);
    urls[pair.slice(0, at)] = pair.slice(at + 1);
  }
  if (cbpUrl !== undefined) urls['cbp-seizures'] = cbpUrl;
  return urls;
}

export function parseRefreshArgs(argv: readonly string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        only: { type: 'string', multiple: true },
        out: { type: 'string' },
        mirror: { type: 'string', multiple: true },
        url: { type: 'string', multiple: true },
        'cbp-url': { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
  if (!Number.isInteger(timeout) || timeout <= 0)
    throw new UsageError(`--timeout expects a positive whole number of milliseconds, got "${values.timeout}"`);
  return {
    help: values.help ?? false,
    out: values.out ?? DEFAULT_OUT,
    only: (values.only ?? [])
      .flatMap((o) => o.split(','))
      .map((o) => o.trim())
      .filter(Boolean),
    mirror: values.mirror ?? [],
    urls: urlOverrides(values.url ?? [], values['cbp-url']),
    timeoutMs: timeout,
  };
}

const pad = (text: string, width: number) => text.padEnd(width);

export function helpText(): string {
  const sources = SOURCES.map((s) => {
    const where = s.url ?? `newest link on ${s.discover!.page}`;
    const alternates = (s.alternates ?? []).map((a) => `\n${' '.repeat(18)}legacy address (empty since May 2024): ${a}`).join('');
    return `  ${pad(s.name, 14)}  ${s.group}/${s.fileName ?? s.discover!.placeholder}\n${' '.repeat(18)}${where}${alternates}`;
  });
  const notRefreshed = NOT_REFRESHED.map((n) => `  ${n.file}\n${' '.repeat(6)}${n.reason}`);
  return `npm run data:refresh -- [options]

Downloads the raw source files again from their official publishers, exactly as published
(bytes unchanged), into a cache folder; checks that each one is non-empty, parses with
papaparse and has the expected columns; and writes <out>/${MANIFEST_NAME}
(file, url, retrievedAt, bytes, sha256, rows, ok, problems for each file). A file gets its
real name only once it downloaded completely and passed its checks; one that fails the
checks is kept as <name>.rejected. Exit code 0 when every file is ok, 1 otherwise, 2 on a
bad option. Needs internet access; the committed datasets/ build offline from
../shared/data/raw with \`npm run data:build\`.

Options:
  --only <names>      comma-separated source or folder names (default: all)
  --out <dir>         output folder (default: ${DEFAULT_OUT})
  --mirror <base>     fetch from a local mirror serving the official paths instead:
                        http://127.0.0.1:8080          every origin → this base
                        http://127.0.0.1:8080/{host}   the official host becomes a folder
                        https://www.cbp.gov=http://127.0.0.1:9000   one origin only
                      (repeat or comma-separate)
  --url <name>=<url>  use another address for one source (e.g. a legacy OFAC path)
  --cbp-url <url>     the CBP seizures CSV to download; same as --url cbp-seizures=<url>
  --timeout <ms>      give up on a request when nothing arrives for this long
                      (default: ${DEFAULT_TIMEOUT_MS})
  -h, --help          this text

CBP seizures: CBP replaces the nationwide file every month under a new name, following
  /sites/default/files/<YYYY-MM>/nationwide-drugs-fy23-fy26-<mon>.csv
(<YYYY-MM> is the upload month, <mon> the last month of data). The exact address cannot
be known offline, so by default the refresh reads
  https://www.cbp.gov/document/stats/nationwide-drug-seizures
and takes the newest link that follows the pattern. If that page changes, copy the link
of the current CSV and pass it with --cbp-url.

Sources:
${sources.join('\n')}

Not refreshed (no download address, or not a download):
${notRefreshed.join('\n')}
`;
}
