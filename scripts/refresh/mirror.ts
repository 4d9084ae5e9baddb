/**
 * `--mirror`: fetch from a local copy that serves the official paths, e.g. a static server over
 * a folder laid out like the publishers' sites, or a test server on 127.0.0.1.
 *
 * Forms (repeat the option or separate with commas):
 *   <base>                every official origin → base, path and query kept
 *                         (`http://127.0.0.1:8080` or `http://127.0.0.1:8080/prefix`)
 *   <base with {host}>    the official host name is put in, so one folder can hold every site
 *                         (`http://127.0.0.1:8080/{host}` → `/data.cdc.gov/api/views/…`)
 *   <origin>=<base>       only that origin (`https://www.cbp.gov=http://127.0.0.1:9000`);
 *                         a mapping wins over a plain base
 */

export interface MirrorRule {
  /** Official origin this rule replaces; `null` for every origin. */
  readonly from: string | null;
  readonly base: string;
}

const MAPPING = /^(https?:\/\/[a-z0-9.-]+(?::\d+)?)\/?=(.+)$/i;

function checkBase(base: string, spec: string): string {
  let url: URL;
  try {
    url = new URL(base.replaceAll('{host}', 'host.invalid'));
  } catch {
    throw new RangeError(`--mirror "${spec}": "${base}" is not an http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RangeError(`--mirror "${spec}": "${base}" is not an http(s) URL`);
  if (url.search || url.hash) throw new RangeError(`--mirror "${spec}": a mirror base cannot have a query or fragment`);
  return base.replace(/\/+$/, '');
}

export function parseMirror(specs: readonly string[]): MirrorRule[] {
  return specs
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)
    .map((spec) => {
      const mapping = MAPPING.exec(spec);
      if (mapping) return { from: new URL(mapping[1]!).origin, base: checkBase(mapping[2]!, spec) };
      return { from: null, base: checkBase(spec, spec) };
    });
}

/** The address to fetch for an official URL; unchanged when no rule applies. */
export function applyMirror(official: string, rules: readonly MirrorRule[]): string {
  const url = new URL(official);
  const rule = rules.find((r) => r.from === url.origin) ?? rules.find((r) => r.from === null);
  if (!rule) return official;
  return rule.base.replaceAll('{host}', url.host) + url.pathname + url.search;
}
