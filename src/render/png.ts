/**
 * SVG → PNG with resvg, set only in the bundled font: system fonts are never loaded, so a PNG
 * is the same on every machine. resvg is a native module, loaded on the first PNG only.
 */
import { svgSize } from '../compose.js';
import { FpkError } from '../errors.js';
import { FONT_FAMILY, FONT_FILES } from './fonts.js';

export const MAX_SCALE = 8;

/**
 * resvg ignores `vector-effect="non-scaling-stroke"`, which vega writes on path marks drawn with
 * `scaleX`/`scaleY` (the map's states): their 0.6 px outlines would come out 0.04 px wide. The
 * stroke width is divided by the path's scale instead, which is what the attribute means.
 */
export function nonScalingStrokes(svg: string): string {
  return svg.replace(/<path\b[^>]*\bvector-effect="non-scaling-stroke"[^>]*>/g, (tag) => {
    const scale = /\btransform="[^"]*\bscale\(([^,)\s]+)[,\s]*([^)]*)\)/.exec(tag);
    if (!scale) return tag;
    const k = Math.sqrt(Math.abs(Number(scale[1]) * Number(scale[2] || scale[1])));
    if (!(k > 0) || k === 1) return tag;
    const width = /\bstroke-width="([^"]*)"/.exec(tag);
    return width
      ? tag.replace(width[0], `stroke-width="${Number(width[1]) / k}"`)
      : tag.replace(/\/?>$/, (end) => ` stroke-width="${1 / k}"${end}`);
  });
}

/** A PNG `scale` × the SVG's size (`scale` 2 suits most screens and print). */
export async function rasterise(svg: string, scale = 2): Promise<Uint8Array> {
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new FpkError('unknown-value', `The PNG scale must be a number above 0 and at most ${MAX_SCALE}; got ${scale}.`, 'scale');
  }
  const size = svgSize(svg);
  if (!size) throw new FpkError('render-failed', 'The SVG has no width and height to rasterise.');
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(nonScalingStrokes(svg), {
    fitTo: { mode: 'width', value: Math.round(size.width * scale) },
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
