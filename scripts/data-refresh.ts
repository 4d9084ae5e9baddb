/**
 * `npm run data:refresh -- [options]`: downloads the raw files again from their official
 * publishers into a cache folder and checks them (see scripts/refresh/ and --help).
 */
import { resolve } from 'node:path';
import { helpText, parseRefreshArgs } from './refresh/args.js';
import { refresh, UsageError } from './refresh/refresh.js';
import { NOT_REFRESHED } from './refresh/sources.js';

async function main(): Promise<number> {
  let options;
  try {
    options = parseRefreshArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`data:refresh: ${error.message}\n(see npm run data:refresh -- --help)`);
    return 2;
  }
  if (options.help) {
    console.log(helpText());
    return 0;
  }
  const interrupt = new AbortController();
  process.once('SIGINT', () => interrupt.abort());
  const out = resolve(options.out);
  try {
    const result = await refresh({ ...options, out, signal: interrupt.signal, log: (line) => console.log(line) });
    console.log(`\n${NOT_REFRESHED.length} files are curated or derived and not refreshed (listed in the manifest).`);
    const failed = result.manifest.files.filter((f) => !f.ok).length;
    console.log(
      failed
        ? `data:refresh: ${failed} of ${result.manifest.files.length} files failed; see ${result.manifestPath}`
        : `data:refresh: ${result.manifest.files.length} files ok; manifest ${result.manifestPath}`,
    );
    return result.exitCode;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`data:refresh: ${error.message}\n(see npm run data:refresh -- --help)`);
    return 2;
  }
}

process.exitCode = await main();
