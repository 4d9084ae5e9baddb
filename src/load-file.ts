/**
 * Node's side of `loadDataset` (src/load.ts): reading `file:` URLs, which fetch() cannot, and
 * finding the installed package's datasets for a bundled script. Its own module, imported only
 * for a `file:` URL, so browsers never load it. The `node:` specifiers are variables so bundlers
 * leave them alone.
 */
import { LoadError } from './errors.js';

const [fsName, moduleName, urlName] = ['node:fs/promises', 'node:module', 'node:url'];

/** A JSON file; `hint`: say how to point a bundled script at the data when it is missing. */
export async function readFileJSON(url: URL, name: string, hint: boolean): Promise<unknown> {
  const { readFile } = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
  let text: string;
  try {
    text = await readFile(url, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const help =
      missing && hint
        ? ' (the datasets are looked for beside the module that loads them: a bundled script calls setDataBaseURL() with the folder that holds them, such as node_modules/fentanyl-policy-kit/dist/datasets/)'
        : '';
    throw new LoadError(missing ? 'load-not-found' : 'load-failed', `Could not load ${name}: ${(error as Error).message}${help}`, {
      url: url.href,
      file: name,
      attempts: 1,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError('load-bad-json', `Could not load ${name}: it is not valid JSON (${(error as Error).message})`, {
      url: url.href,
      file: name,
      attempts: 1,
    });
  }
}

let installed: Promise<URL | undefined> | undefined;

/**
 * When the datasets are not beside src/load.ts's module (`moduleBase`; a bundled script): those
 * of the installed package, found the way Node finds `fentanyl-policy-kit` from the script's
 * folder, then from the working directory. Undefined when it is installed in neither (a script
 * deployed without node_modules calls `setDataBaseURL`).
 */
export function installedDatasets(moduleBase: URL): Promise<URL | undefined> {
  installed ??= (async () => {
    const { createRequire } = (await import(/* @vite-ignore */ moduleName)) as typeof import('node:module');
    const { pathToFileURL } = (await import(/* @vite-ignore */ urlName)) as typeof import('node:url');
    // A CommonJS bundle has no import.meta.url: src/load.ts then starts from file:///.
    const from = [...(moduleBase.href === 'file:///datasets/' ? [] : [moduleBase]), pathToFileURL(`${process.cwd()}/`)];
    for (const where of from) {
      try {
        return new URL('dist/datasets/', pathToFileURL(createRequire(where).resolve('fentanyl-policy-kit/package.json')));
      } catch {
        // Not installed above this folder: try the next.
      }
    }
    return undefined;
  })();
  return installed;
}
