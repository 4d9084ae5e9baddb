/**
 * The files a reader downloads: exactly the displayed rows, each carrying its provenance, and
 * images that keep the heading and the source line with the chart (print, social cards).
 */
import { toCSV } from '../../src/csv.js';
import { citeDataset } from '../../src/cite.js';
import type { DatasetMeta } from '../../src/meta.js';
import type { ChartModel } from './model.js';

function provenance(metas: readonly DatasetMeta[]): { source: string; version: string } {
  return {
    source: metas.map((m) => `${m.credit} (released ${m.released})`).join('; '),
    version: metas.map((m) => `${m.name} ${m.version}`).join('; '),
  };
}

/** CSV of the displayed rows; every row ends with its source and dataset version. */
export function modelCSV(model: ChartModel): string {
  const { source, version } = provenance(model.metas);
  const keys = model.columns.map((c) => c.key);
  const rows = model.rows.map((r) => ({ ...Object.fromEntries(keys.map((k) => [k, r[k]])), source, dataset_version: version }));
  return toCSV(rows.length ? rows : [Object.fromEntries([...keys, 'source', 'dataset_version'].map((k) => [k, null]))]).replace(/\n,*\n$/, '\n');
}

/** JSON of the displayed rows with the full citation and the sources of each dataset. */
export function modelJSON(model: ChartModel): string {
  return `${JSON.stringify(
    {
      rows: model.rows,
      sources: model.metas.map((m) => ({
        dataset: m.name,
        title: m.title,
        publisher: m.publisher,
        released: m.released,
        version: m.version,
        license: m.license,
        citation: citeDataset(m),
        urls: m.sources.map((s) => s.url),
      })),
    },
    null,
    2,
  )}\n`;
}

export function modelCitation(model: ChartModel, accessed: string): string {
  return model.metas.map((m) => citeDataset(m, { accessed })).join('\n');
}

function escapeXML(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Greedy word wrap by an average glyph width; good enough for a heading and a source line. */
function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ComposeOptions {
  readonly heading?: string;
  readonly description?: string;
  readonly source: string;
  readonly chartSVG: string;
  readonly fg: string;
  readonly muted: string;
  readonly bg: string;
  readonly font: string;
}

/**
 * One standalone SVG: heading, description, the chart, the source line. The same function
 * serves browser downloads and the Node static renderer, so both images are the same.
 */
export function composeSVG(o: ComposeOptions): string {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(o.chartSVG);
  const width = Math.max(320, Math.round(Number(size?.[1] ?? 640)));
  const chartHeight = Math.round(Number(size?.[2] ?? 320));
  const pad = 12;
  const perLine = Math.max(30, Math.floor((width - 2 * pad) / 7.2));
  const head = o.heading ? wrap(o.heading, Math.floor(perLine * 0.8)) : [];
  const desc = o.description ? wrap(o.description, perLine) : [];
  const src = wrap(o.source, Math.floor(perLine * 1.15));
  let y = pad;
  const text: string[] = [];
  for (const l of head) {
    y += 22;
    text.push(`<text x="${pad}" y="${y}" font-size="18" font-weight="700" fill="${o.fg}">${escapeXML(l)}</text>`);
  }
  for (const l of desc) {
    y += 18;
    text.push(`<text x="${pad}" y="${y}" font-size="13" fill="${o.muted}">${escapeXML(l)}</text>`);
  }
  y += head.length || desc.length ? 10 : 0;
  const chartY = y;
  y += chartHeight + 6;
  for (const l of src) {
    y += 15;
    text.push(`<text x="${pad}" y="${y}" font-size="11" fill="${o.muted}">${escapeXML(l)}</text>`);
  }
  const height = y + pad;
  const inner = o.chartSVG.replace(/^<\?xml[^>]*>\s*/, '').replace(/<svg\b/, `<svg x="0" y="${chartY}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXML(o.font)}"><rect width="100%" height="100%" fill="${o.bg}"/>${text.join('')}${inner}</svg>`;
}

/** Saves text or a data URL as a file through a temporary link (works under a strict CSP). */
export function saveFile(filename: string, content: string | Blob, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rasterises an SVG string to a PNG blob at `scale` × its size. */
export async function svgToPNG(svg: string, scale = 2): Promise<Blob> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  const w = Number(size?.[1] ?? 640);
  const h = Number(size?.[2] ?? 400);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = w;
    img.height = h;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart image could not be rasterised'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
