/**
 * `fpk` command line. `fpk data <dataset> [--format csv|json] [--jurisdictions US,OH] [--indicators …]
 * [--drugs …] [--from YYYY-MM] [--to YYYY-MM] [--release YYYY-MM-DD|all]` prints the rows of a
 * dataset, each with its source, release and dataset version (data-output.ts; all datasets ship inside the package, so this works
 * offline). `fpk render` and `fpk embed` (render.ts, embed.ts) draw an
 * element's chart and print the snippets that put it on a page.
 */
import { parseArgs } from 'node:util';
import { loadDataset, loadMeta } from '../load.js';
import { DATASET_NAMES, type DatasetName } from '../registry.js';
import { FpkError, UnknownValueError } from '../errors.js';
import { QUERY_FIELDS } from '../filter.js';
import { DATASET_SCHEMAS } from '../dataset-schemas/index.js';
import { formatDataOutput } from './data-output.js';
import { EMBED_USAGE, embedCommand, packageVersion } from './embed.js';
import type { CliOutput } from './output.js';
import { RENDER_USAGE, renderCommand } from './render.js';

const USAGE = `Usage:
  fpk data <dataset> [--format csv|json] [--from YYYY-MM] [--to YYYY-MM] [--release YYYY-MM-DD|all] [--${Object.keys(QUERY_FIELDS).join(' a,b] [--')} a,b]
  fpk meta <dataset>
  fpk --version   the library's version and each dataset's data version
  ${RENDER_USAGE}
  ${EMBED_USAGE}

Datasets: ${DATASET_NAMES.join(', ')}`;

async function data(args: string[], io: CliOutput): Promise<void> {
  const options = Object.fromEntries(
    [...Object.keys(QUERY_FIELDS), 'from', 'to', 'release', 'format'].map((k) => [k, { type: 'string' as const }]),
  );
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true });
  const name = positionals[0];
  if (!name) throw new FpkError('unknown-dataset', `Name a dataset. ${USAGE}`);
  if (!(DATASET_NAMES as readonly string[]).includes(name)) throw new UnknownValueError('dataset', name, DATASET_NAMES);
  const query: Record<string, unknown> = {};
  for (const key of Object.keys(QUERY_FIELDS)) {
    const v = values[key];
    if (typeof v === 'string')
      query[key] = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
  }
  if (typeof values.from === 'string') query.from = values.from;
  if (typeof values.to === 'string') query.to = values.to;
  // overdoses keeps every release: the rows as one release published them, or 'all' (src/releases.ts).
  if (typeof values.release === 'string') query.release = values.release;
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UnknownValueError('format', String(format), ['csv', 'json']);
  const { rows, meta } = await loadDataset(name as DatasetName, query as never);
  io.stdout.write(formatDataOutput(format, rows, meta, DATASET_SCHEMAS[name as DatasetName]));
}

/** `fpk --version`: the library, then the data each dataset ships (what a bug report needs). */
async function versionCommand(io: CliOutput): Promise<void> {
  const lines = [`fentanyl-policy-kit ${packageVersion()}`];
  for (const name of DATASET_NAMES) {
    const meta = await loadMeta(name);
    lines.push(`  ${name} ${meta.version}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
}

export async function main(argv: string[], io: CliOutput = process): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'data') await data(rest, io);
    else if (command === 'render') await renderCommand(rest, io);
    else if (command === 'embed') await embedCommand(rest, io);
    else if (command === '--version' || command === '-v' || command === 'version') await versionCommand(io);
    else if (command === 'meta') {
      const name = rest[0] ?? '';
      if (!(DATASET_NAMES as readonly string[]).includes(name)) throw new UnknownValueError('dataset', name, DATASET_NAMES);
      io.stdout.write(`${JSON.stringify(await loadMeta(name as DatasetName), null, 2)}\n`);
    } else {
      io.stdout.write(`${USAGE}\n`);
      return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
    }
    return 0;
  } catch (error) {
    io.stderr.write(`fpk: ${(error as Error).message}\n`);
    return error instanceof FpkError ? 2 : 1;
  }
}
