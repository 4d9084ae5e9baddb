/**
 * The font every static image is set in: Inter (SIL Open Font License 1.1, from the npm package
 * @expo-google-fonts/inter), regular and bold. The rasteriser loads only these files, never the
 * machine's fonts, and vega measures text with the same files, so an image comes out the same on
 * every machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DEFAULT_FONT } from '../theme.js';
import { fontMetrics, type FontMetrics } from './font-metrics.js';

export const FONT_FAMILY = 'Inter';

/** The font stack of the image: the bundled font first, then the browser's stack for SVG viewers without it. */
export const FONT_STACK = `${FONT_FAMILY}, ${DEFAULT_FONT}`;

const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;

let metrics: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** Advance widths of the bundled faces, read once. */
export function bundledMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  metrics ??= { regular: fontMetrics(readFileSync(FONT_FILES.regular)), bold: fontMetrics(readFileSync(FONT_FILES.bold)) };
  return metrics;
}

/** Width in px of `text` at `size` px in the bundled font. */
export function measureText(text: string, size: number, bold: boolean): number {
  const { regular, bold: heavy } = bundledMetrics();
  return (bold ? heavy : regular).width(text, size);
}
