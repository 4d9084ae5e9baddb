/**
 * One standalone SVG image of a chart: heading, description, the chart, the source line. Pure
 * string code, so browser downloads (components/shared/downloads.ts) and the Node renderer
 * (src/render) build the same image; only the text measurer may differ (Node measures with the
 * bundled font, a browser estimates).
 */
import { escapeXML, labelSVG } from './svg-label.js';

export { escapeXML, labelSVG };

/** Width in px of `text` set at `size` px. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

/** An average glyph advance of UI sans-serif fonts: good enough to wrap a heading and a source line. */
export const estimateText: MeasureText = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55);

export interface ComposeOptions {
  readonly heading?: string;
  readonly description?: string;
  readonly source: string;
  /** An SVG document with `width` and `height` attributes, as vega's `toSVG()` writes it. */
  readonly chartSVG: string;
  readonly fg: string;
  readonly muted: string;
  readonly bg: string;
  readonly font: string;
  /** Accessible name of the whole image (`role="img"`, `aria-label` and `<title>`). */
  readonly label?: string;
  /** Language of the text (`lang` on the image). */
  readonly lang?: string;
  readonly measureText?: MeasureText;
}

const PAD = 12;
const HEADING = { size: 18, lead: 22, bold: true };
const DESCRIPTION = { size: 13, lead: 18, bold: false };
const SOURCE = { size: 11, lead: 15, bold: false };

/** Greedy word wrap; a word longer than a line gets a line of its own. */
function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/** The `width` and `height` of the outermost `<svg>` element. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = /\swidth="([\d.]+)"/.exec(open)?.[1];
  const height = /\sheight="([\d.]+)"/.exec(open)?.[1];
  return width && height ? { width: Number(width), height: Number(height) } : null;
}

export function composeSVG(o: ComposeOptions): string {
  const measure = o.measureText ?? estimateText;
  const size = svgSize(o.chartSVG);
  const width = Math.max(320, Math.round(size?.width ?? 640));
  const chartHeight = Math.round(size?.height ?? 320);
  const maxWidth = width - 2 * PAD;
  const block = (text: string | undefined, style: typeof HEADING) =>
    text ? wrap(text, (line) => measure(line, style.size, style.bold) <= maxWidth) : [];
  const head = block(o.heading, HEADING);
  const desc = block(o.description, DESCRIPTION);
  const src = block(o.source, SOURCE);

  let y = PAD;
  const text: string[] = [];
  const put = (lines: string[], style: typeof HEADING, fill: string) => {
    for (const l of lines) {
      y += style.lead;
      text.push(
        `<text x="${PAD}" y="${y}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXML(l)}</text>`,
      );
    }
  };
  put(head, HEADING, o.fg);
  put(desc, DESCRIPTION, o.muted);
  y += head.length || desc.length ? 10 : 0;
  const chartY = y;
  y += chartHeight + 6;
  put(src, SOURCE, o.muted);
  const height = y + PAD;

  const inner = o.chartSVG.replace(/^<\?xml[^>]*>\s*/, '').replace(/<svg\b/, `<svg x="0" y="${chartY}"`);
  const label = o.label ? ` role="img" aria-label="${escapeXML(o.label)}"` : '';
  const lang = o.lang ? ` lang="${escapeXML(o.lang)}" xml:lang="${escapeXML(o.lang)}"` : '';
  const title = o.label ? `<title>${escapeXML(o.label)}</title>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${label}${lang} font-family="${escapeXML(o.font)}">` +
    `${title}<rect width="100%" height="100%" fill="${o.bg}"/>${text.join('')}${inner}</svg>`
  );
}
