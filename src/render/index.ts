/**
 * `fentanyl-policy-kit/render` (Node): an element's chart as a standalone SVG or PNG, with the
 * heading, chart and source line the browser shows for the same attributes, for print, email,
 * social cards, AMP and `<noscript>`. The element's own model builder makes the rows and the
 * Vega spec; the chart is drawn with the browser's theme (src/theme.ts) and composed by the
 * browser's image code (src/compose.ts), in the bundled font.
 */
import { isLang, type Lang } from '../i18n/index.js';
import type { ChartModel } from '../charts/contract.js';
import { sourceText } from '../charts/source-line.js';
import { composeSVG, labelSVG, svgSize } from '../compose.js';
import { FpkError, UnknownValueError } from '../errors.js';
import { THEMES, type ThemeTokens } from '../theme.js';
import { vegaConfigFrom } from '../specs/config.js';
import { layoutFor } from '../specs/vega.js';
import './elements.js';
import { FONT_STACK, measureText } from './fonts.js';
import { modelBuilder, type ModelAttributes } from './models.js';
import { checkAttributeNames } from '../charts/attributes.js';
import { ATTRIBUTE_TABLES, NOT_TAKEN, isElementTag } from '../charts/elements.js';
import { rasterise } from './png.js';
import { withState } from '../charts/controls.js';
import { DEFAULT_WIDTH, vegaToSVG } from './vega-node.js';
import { staticHTML, type StaticOptions } from './html.js';

export { registerModel, lazyModel, renderableTags, type ModelAttributes, type ModelBuilder, type ModelContext } from './models.js';
export { FONT_FAMILY, FONT_STACK } from './fonts.js';
export { DEFAULT_WIDTH } from './vega-node.js';
export { attributeList, type StaticOptions } from './html.js';
export { dataVersion } from '../charts/source-line.js';
import { headingOf } from '../charts/heading.js';
// The downloads an element offers, for the same model: `modelCSV((await render(tag, attributes)).model)`.
export { modelCSV, modelJSON } from '../charts/downloads.js';

export interface RenderOptions {
  /** Width the chart fills, in px, like the element's container (default 640). A spec that fixes its own width keeps it. */
  readonly width?: number;
  /**
   * Design tokens, as a page sets `--fpk-<name>` (`{ 'series-1': '#000', fg: '#222' }`); the rest
   * are the theme's defaults. PNG text is always set in the bundled font.
   */
  readonly tokens?: ThemeTokens;
  /**
   * A reader's view as a permalink keeps it (`jurisdictions:US,OH;measure:per100k`; README
   * "Reader controls and permalinks"), applied over `attributes`: a social card of any shared view.
   */
  readonly state?: string;
}

export interface PNGOptions extends RenderOptions {
  /** Pixels per SVG px (default 2): the PNG is `scale` × the SVG's width and height. */
  readonly scale?: number;
}

export interface Rendered {
  /** The standalone SVG document: heading, description, chart, source line. */
  readonly svg: string;
  /** The chart alone (vega's SVG labelled as one image, no heading or source line), as the element draws it. */
  readonly chart: string;
  readonly width: number;
  readonly height: number;
  /** What the element computed: rows, columns, label (alt text), summary, sources. */
  readonly model: ChartModel;
}

const THEME_VALUES = ['auto', 'light', 'dark'] as const;

function pickLang(value: string | undefined): Lang {
  if (value === undefined || value === '') return 'en';
  if (!isLang(value)) throw new UnknownValueError('lang', value, ['en', 'es']);
  return value;
}

/** `auto` follows the reader's colour scheme in a browser; an image has no reader yet, so it is light. */
function pickTheme(value: string | undefined): 'light' | 'dark' {
  if (value === undefined || value === '' || value === 'auto') return 'light';
  if (value !== 'light' && value !== 'dark') throw new UnknownValueError('theme', value, THEME_VALUES);
  return value;
}

function pickWidth(width: number | undefined): number {
  if (width === undefined) return DEFAULT_WIDTH;
  if (!Number.isFinite(width) || width < 100 || width > 4000)
    throw new FpkError('unknown-value', `The width must be a number of px from 100 to 4000; got ${width}.`, 'width');
  return Math.round(width);
}

/** The chart of `<tag …attributes>` as a standalone SVG, with its model. */
export async function render(tag: string, attributes: ModelAttributes = {}, options: RenderOptions = {}): Promise<Rendered> {
  const builder = modelBuilder(tag);
  if (options.state !== undefined) attributes = withState(tag, attributes as Record<string, string>, options.state);
  // What the element would say of an attribute it does not take (src/charts/<chart>/attributes.ts).
  if (isElementTag(tag)) checkAttributeNames(tag, Object.keys(attributes), ATTRIBUTE_TABLES[tag], NOT_TAKEN[tag]);
  const lang = pickLang(attributes['lang']);
  const theme = pickTheme(attributes['theme']);
  const width = pickWidth(options.width);
  const overrides = Object.fromEntries(Object.entries(options.tokens ?? {}).filter(([, value]) => value)) as ThemeTokens;
  // `reported` follows the foreground unless set, as in styles.ts.
  const tokens = {
    ...THEMES[theme],
    font: FONT_STACK,
    ...overrides,
    reported: overrides.reported ?? overrides.fg ?? THEMES[theme].reported,
  };
  const model = await builder(attributes, lang, { tokens });
  if (!model.spec) throw new FpkError('render-failed', `<${tag}> shows a table, not a chart; there is no image to render.`, 'tag');

  // As in the browser, the chart itself is transparent unless the page sets a background.
  const chartTokens = { ...tokens, bg: overrides.bg };
  const chart = labelSVG(
    await vegaToSVG(layoutFor({ spec: model.spec, narrow: model.narrow }, width), { config: vegaConfigFrom(chartTokens), width }),
    model.label,
  );
  const svg = composeSVG({
    heading: headingOf(attributes['heading'], model),
    description: attributes['description'],
    source: sourceText(model, lang),
    chartSVG: chart,
    fg: tokens.fg,
    muted: tokens.muted,
    bg: tokens.bg,
    font: tokens.font,
    label: model.label,
    lang,
    measureText,
  });
  const size = svgSize(svg)!;
  return { svg, chart, width: size.width, height: size.height, model };
}

/** The chart of `<tag …attributes>` as a standalone SVG document. */
export async function renderSVG(tag: string, attributes: ModelAttributes = {}, options: RenderOptions = {}): Promise<string> {
  return (await render(tag, attributes, options)).svg;
}

/** The chart of `<tag …attributes>` as a PNG, `scale` × the SVG's size. */
export async function renderPNG(tag: string, attributes: ModelAttributes = {}, options: PNGOptions = {}): Promise<Uint8Array> {
  return rasterise((await render(tag, attributes, options)).svg, options.scale ?? 2);
}

export interface HTMLOptions extends RenderOptions, StaticOptions {}

/**
 * `<tag …attributes>` with its static fallback inside (heading, the chart as inline SVG, summary,
 * source line, optionally the table): shown before any script runs and adopted by the element
 * when it does. Style it with `fpk-static.css` (dist/cdn/); it has no inline styles.
 */
export async function renderHTML(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  options: HTMLOptions = {},
): Promise<string> {
  const shown = options.state === undefined ? attributes : withState(tag, attributes, options.state);
  const rendered = await render(tag, shown, { ...options, state: undefined });
  return staticHTML(tag, shown, rendered, pickLang(attributes['lang']), options);
}
