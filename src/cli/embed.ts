/**
 * `fpk embed <tag> [--<attribute> value …] [--base-url URL] [--image chart.png] [--width 640]`
 * prints the three ways to put the chart on a page: (1) the script and the element, with a
 * `<noscript>` image; (2) the iframe and its resizing host script, for a CMS that strips scripts;
 * (3) the static image, for print, email, AMP and social cards; and the `fpk render` command that
 * makes the image. The chart is built once here, so the attributes are checked by the element's
 * own builder and the alt text is the label and summary the element shows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { allowedAttributes, EMBED_TAGS, type EmbedTag } from '../charts/embeddable.js';
import { cdnScript } from '../charts/elements.js';
import { casesText } from '../charts/cases/text.js';
import { isLang } from '../i18n/index.js';
import { FpkError } from '../errors.js';
// Light (no vega): the markup helpers of static-first HTML.
import { attributeList, escapeHTML, staticHTML } from '../render/html.js';
import { helpText, numberOption, readElementArgs, wantsHelp, type CommandOption } from './element-args.js';
import type { CliOutput } from './output.js';
import { preloadLinks, readPreloadManifest, type PreloadManifest } from './preload.js';
import { recordDataFiles } from '../load.js';

export const EMBED_USAGE = `fpk embed <tag> [--<attribute> value …] [--base-url URL] [--image chart.png] [--width 640] [--static [--table]] [--iframe-file page.html]
    --base-url     where dist/ of this package is served (default: jsDelivr, this version)
    --image        the src of the static image in snippets 1 and 3 (default <chart>.png)
    --static       print only the static-first snippet: the element with its chart, summary and source
                   line inside as HTML, shown before (and without) any script, adopted by the script
    --table        with --static or --iframe-file: the rows too, as a table for screen readers and text-only readers
    --iframe-file  write a static-first iframe page to this file, and print the iframe that shows it`;

export const EMBED_OPTIONS: readonly CommandOption[] = [
  { name: 'base-url' },
  { name: 'image' },
  { name: 'width' },
  { name: 'static', flag: true },
  { name: 'table', flag: true },
  { name: 'iframe-file' },
];

/** The package's version, from its package.json (two levels up in source, three in dist/). */
export function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'fentanyl-policy-kit' && pkg.version) return pkg.version;
    } catch {
      // Not this level.
    }
  }
  throw new FpkError('load-failed', 'package.json of fentanyl-policy-kit not found: pass --base-url.');
}

export function defaultBaseUrl(): string {
  return `https://cdn.jsdelivr.net/npm/fentanyl-policy-kit@${packageVersion()}/dist`;
}

/** Text for a double-quoted HTML attribute value. */
const escapeAttribute = escapeHTML;

/**
 * A query-string component: everything but unreserved characters percent-encoded (quotes and
 * brackets too, which `encodeURIComponent` leaves), except commas, kept readable (`US,OH`) as
 * RFC 3986 allows in a query.
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2C/gi, ',');
}

/** One shell word (POSIX sh): bare when safe, else single-quoted. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_,./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Where `fpk render` writes the image for `src`: the path itself, or a URL's file name (to upload there). */
function outputFor(src: string): { path: string; upload: boolean } {
  const url = /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');
  const path = url ? basename(new URL(src, 'https://x.invalid/').pathname) : src.split(/[?#]/)[0]!;
  return { path, upload: url || src.startsWith('/') };
}

export interface EmbedSnippets {
  /** Snippet 1: the preload hints, the script and the element. */
  readonly script: string;
  /** Snippet 1's `<link>` hints alone (data files, then chunks), for a page that puts them in its `<head>`. */
  readonly preload: readonly string[];
  /** Null for `<fpk-chart>`: its spec is the page's own, which an embed URL may not carry. */
  readonly iframe: string | null;
  /** null: the element has no picture (a table). */
  readonly image: string | null;
  /** The `fpk render` command that writes the image, or null. */
  readonly command: string | null;
  /** Attributes left out of the iframe URL: the embed page does not accept them. */
  readonly notInIframe: readonly string[];
  /** With `static`: the stylesheet, the script and the element holding its static fallback. */
  readonly static: string | null;
  /** With `static`: a standalone static-first iframe page (what `--iframe-file` writes). */
  readonly staticPage: string | null;
}

export interface EmbedOptions {
  readonly baseUrl: string;
  readonly image?: string;
  readonly width?: number;
  /** Also write the static-first snippet and page (src/render/html.ts). */
  readonly static?: boolean;
  /** With `static`: the rows as a table in the fallback. */
  readonly table?: boolean;
  /** The CDN chunks to hint (default: the installed build's dist/cdn/preload.json; null: none). */
  readonly preload?: PreloadManifest | null;
}

export async function embedSnippets(
  tag: EmbedTag,
  attributes: Readonly<Record<string, string>>,
  options: EmbedOptions,
): Promise<EmbedSnippets> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const table = tag === 'fpk-cases';
  if (options.image !== undefined && !/\.(png|svg)$/i.test(outputFor(options.image).path)) {
    throw new FpkError('unknown-value', `--image ${options.image}: the image must be a .png or .svg file.`, 'image');
  }
  if (options.static && table)
    throw new FpkError('render-failed', 'fpk-cases is a table, not a chart: it has no static chart; embed it with snippet 1 or 2.', 'tag');
  let picture: { alt: string; width: number; height: number; filename: string } | null = null;
  let label: string;
  let fallback: string | null = null;
  let dataFiles: string[] = [];
  if (table) {
    // A table has no image; its attributes are checked by the element when it loads.
    const lang = attributes['lang'] ?? 'en';
    if (!isLang(lang)) throw new FpkError('unknown-value', `Unknown lang "${lang}". Allowed: en, es.`, 'lang');
    label = casesText(lang).label;
  } else {
    // Loaded here: vega is heavy, and the other commands do not need it.
    const { render } = await import('../render/index.js');
    const { result: rendered, files } = await recordDataFiles(() =>
      render(tag, attributes, options.width === undefined ? {} : { width: options.width }),
    );
    dataFiles = files;
    if (options.static) fallback = staticHTML(tag, attributes, rendered, isLang(attributes['lang']) ? attributes['lang'] : 'en', options);
    const { label: l, summary } = rendered.model;
    label = l;
    picture = {
      alt: /[.!?]$/.test(l) ? `${l} ${summary}` : `${l}. ${summary}`,
      width: rendered.width,
      height: rendered.height,
      filename: rendered.model.filename,
    };
  }
  const title = attributes['heading'] || label;
  const imageSrc = options.image ?? (picture ? `${picture.filename}.png` : '');
  let command: string | null = null;
  if (picture) {
    const out = outputFor(imageSrc);
    const words = [
      'fpk',
      'render',
      tag,
      ...Object.entries(attributes).flatMap(([n, v]) => [`--${n}`, v]),
      ...(options.width === undefined ? [] : ['--width', String(options.width)]),
      '-o',
      out.path,
    ];
    command = words.map(shellQuote).join(' ') + (out.upload ? `   # then serve it at ${imageSrc}` : '');
  }
  const img = picture
    ? `<img src="${escapeAttribute(imageSrc)}" alt="${escapeAttribute(picture.alt)}" width="${picture.width}" height="${picture.height}">`
    : null;

  const preload = preloadLinks(
    base,
    tag,
    dataFiles,
    options.preload === undefined ? readPreloadManifest(packageVersion()) : options.preload,
  );
  const script = [
    ...preload,
    `<script type="module" src="${escapeAttribute(`${base}/${cdnScript(tag)}`)}"></script>`,
    `<${tag}${attributeList(attributes)}>`,
    ...(img ? [`  <noscript>${img}</noscript>`] : []),
    `</${tag}>`,
  ].join('\n');

  const allowed = allowedAttributes(tag);
  const inIframe = Object.entries(attributes).filter(([name]) => allowed.includes(name));
  const notInIframe = Object.keys(attributes).filter((name) => !allowed.includes(name));
  const query = [['tag', tag], ...inIframe].map(([n, v]) => `${encodeQueryValue(n!)}=${encodeQueryValue(v!)}`).join('&');
  // The height is the frame's size where host.js cannot run: the picture plus the summary and actions under it.
  const height = picture ? Math.ceil((picture.height + 140) / 10) * 10 : 600;
  const iframe = !EMBED_TAGS.includes(tag)
    ? null
    : [
        `<iframe src="${escapeAttribute(`${base}/embed/embed.html?${query}`)}" data-fpk-embed width="100%" height="${height}" loading="lazy" title="${escapeAttribute(title)}"></iframe>`,
        `<script type="module" src="${escapeAttribute(`${base}/embed/host.js`)}"></script>`,
      ].join('\n');

  const staticSnippet = fallback
    ? [
        `<link rel="stylesheet" href="${escapeAttribute(`${base}/cdn/fpk-static.css`)}">`,
        `<script type="module" src="${escapeAttribute(`${base}/${cdnScript(tag)}`)}"></script>`,
        fallback,
      ].join('\n')
    : null;
  const staticPage = fallback ? staticIframePage(fallback, base, title, attributes['lang'] ?? 'en') : null;
  return { script, preload, iframe, image: img, command, notInIframe, static: staticSnippet, staticPage };
}

/** Where scripts and styles come from, for the page's policy: the base URL's origin, or the page's own. */
function sourceOf(base: string): string {
  try {
    const origin = new URL(base).origin;
    return origin === 'null' ? "'self'" : `'self' ${origin}`;
  } catch {
    return "'self'";
  }
}

/**
 * The iframe page in its static-first mode, as one file: the element with its fallback inside
 * `#fpk-embed` (the embed script keeps an element it finds there and reports its height to the
 * host page), under the same strict policy as embed.html.
 */
function staticIframePage(fallback: string, base: string, title: string, lang: string): string {
  const from = sourceOf(base);
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src ${from}; style-src ${from}; connect-src ${from}; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'"
    />
    <title>${escapeAttribute(title)}</title>
    <link rel="stylesheet" href="${escapeAttribute(`${base}/embed/embed.css`)}" />
    <link rel="stylesheet" href="${escapeAttribute(`${base}/cdn/fpk-static.css`)}" />
    <script type="module" src="${escapeAttribute(`${base}/embed/embed.js`)}"></script>
  </head>
  <body>
    <main id="fpk-embed">
${fallback}
    </main>
  </body>
</html>
`;
}

export async function embedCommand(args: readonly string[], io: CliOutput = process): Promise<void> {
  if (wantsHelp(args)) {
    io.stdout.write(helpText(args[0], `Usage: ${EMBED_USAGE}`));
    return;
  }
  const { tag, attributes, options } = readElementArgs(args, EMBED_OPTIONS, `Usage: ${EMBED_USAGE}`);
  const width = numberOption(options, 'width');
  const file = options['iframe-file'];
  const isStatic = options['static'] === 'true' || file !== undefined;
  if (options['table'] && !isStatic) throw new FpkError('unknown-value', '--table goes with --static or --iframe-file.', 'table');
  if (file !== undefined && !EMBED_TAGS.includes(tag))
    throw new FpkError(
      'not-embeddable',
      `<${tag}> has no iframe page (its spec is the page's own); use --static for markup to put in the page.`,
      'iframe-file',
    );
  const s = await embedSnippets(tag, attributes, {
    baseUrl: options['base-url'] ?? defaultBaseUrl(),
    ...(options['image'] === undefined ? {} : { image: options['image'] }),
    ...(width === undefined ? {} : { width }),
    static: isStatic,
    table: options['table'] === 'true',
  });
  if (file !== undefined) {
    writeFileSync(file, s.staticPage!);
    const height = /\bheight="(\d+)"/.exec(s.iframe ?? '')?.[1] ?? '600';
    const title = /\btitle="([^"]*)"/.exec(s.iframe ?? '')?.[1] ?? '';
    io.stdout.write(
      `Wrote ${file}: the chart's iframe page, static-first (the chart shows before its script runs, and without it). Serve it, then embed:\n` +
        `<iframe src="${escapeAttribute(basename(file))}" data-fpk-embed width="100%" height="${height}" loading="lazy" title="${title}"></iframe>\n` +
        `<script type="module" src="${escapeAttribute(`${(options['base-url'] ?? defaultBaseUrl()).replace(/\/+$/, '')}/embed/host.js`)}"></script>\n` +
        (options['static'] === 'true' ? `\n${s.static}\n` : ''),
    );
    return;
  }
  if (options['static'] === 'true') {
    io.stdout.write(`${s.static}\n`);
    return;
  }
  const render = s.command ? `\nRender the image it shows:\n  ${s.command}\n` : '';
  const out = [
    `== 1. Script and element (readers without JavaScript see the image) ==\n${s.script}\n${render}`,
    s.iframe
      ? `== 2. iframe (for a CMS that strips <script>; host.js fits the frame to its content where scripts run) ==\n${s.iframe}\n`
      : `== 2. iframe ==\nNone: <${tag}> draws this page's own vega-lite spec, which an embed URL may not carry. Use snippet 1, or snippet 3's image.\n`,
    s.image
      ? `== 3. Static image (print, email, AMP, social cards) ==\n${s.image}\n${render}`
      : `== 3. Static image ==\nNone: <${tag}> is a table, not a chart. Its rows: fpk data cases\n`,
  ];
  io.stdout.write(out.join('\n'));
  if (s.iframe && s.notInIframe.length)
    io.stderr.write(`fpk: left out of the iframe URL (the embed page does not accept them): ${s.notInIframe.join(', ')}\n`);
}
