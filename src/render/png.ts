/**
 * SVG → PNG with resvg, set only in the bundled font: system fonts are never loaded, so a PNG
 * is the same on every machine. resvg is a native module, loaded on the first PNG only.
 */
import { svgSize } from '../compose.js';
import { FpkError } from '../errors.js';
import { FONT_FAMILY, FONT_FILES } from './fonts.js';

export const MAX_SCALE = 8;

/** A PNG `scale` × the SVG's size (`scale` 2 suits most screens and print). */
export async function rasterise(svg: string, scale = 2): Promise<Uint8Array> {
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new FpkError('unknown-value', `The PNG scale must be a number above 0 and at most ${MAX_SCALE}; got ${scale}.`, 'scale');
  }
  const size = svgSize(svg);
  if (!size) throw new FpkError('render-failed', 'The SVG has no width and height to rasterise.');
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(size.width * scale) },
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
