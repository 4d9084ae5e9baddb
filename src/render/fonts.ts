/**
 * The font every static image is set in: Inter (SIL Open Font License 1.1), regular and bold,
 * shipped in the package's `fonts/` (see fonts/README.md). The rasteriser loads only these files,
 * never the machine's fonts, and vega measures text with the same files, so an image comes out
 * the same on every machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FONT } from '../theme.js';
import { fontMetrics, type FontMetrics } from './font-metrics.js';

export const FONT_FAMILY = 'Inter';

/** The font stack of the image: the bundled font first, then the browser's stack for SVG viewers without it. */
export const FONT_STACK = `${FONT_FAMILY}, ${DEFAULT_FONT}`;

/** `fonts/<name>`: two levels up from src/render in the repository, three from dist/src/render in the package. */
function fontFile(name: string): string {
  for (const up of ['../../fonts/', '../../../fonts/']) {
    const path = fileURLToPath(new URL(up + name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`The bundled font ${name} is missing from fentanyl-policy-kit's fonts/ directory; reinstall the package.`);
}

export const FONT_FILES = {
  regular: fontFile('Inter_400Regular.ttf'),
  bold: fontFile('Inter_700Bold.ttf'),
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
