/**
 * The files a reader downloads: exactly the displayed rows, each carrying its provenance, and
 * images that keep the heading and the source line with the chart (print, social cards).
 */
import { toCSV } from '../../src/csv-write.js';
import { citeDataset } from '../../src/cite.js';
import type { ChartModel } from '../../src/charts/contract.js';
import type { Lang } from '../../src/i18n/index.js';
import { citationParts, citationText, sourceEntryText, sourceText, type CitationPart } from '../../src/charts/source-line.js';

// One implementation for browser downloads and the Node renderer.
export { composeSVG, type ComposeOptions } from '../../src/compose.js';

/**
 * The `source` cell of a CSV row: the row's own release where it names one (a VSRR row, or the two
 * releases a change reads), otherwise what the chart shows of each dataset. English, like the
 * column names: a CSV is read by programs as much as by people.
 */
function sourceCells(model: ChartModel): (row: Readonly<Record<string, unknown>>) => string {
  const all = model.metas.map((m) => sourceEntryText(m, model.shown?.[m.name], 'en')).join('; ');
  const perRelease = new Map<string, string>();
  return (row) => {
    const release = row['release'];
    if (typeof release !== 'string' || !release) return all;
    let cell = perRelease.get(release);
    if (cell === undefined) {
      // The row's dataset gets the row's releases; the other datasets (population) what the chart shows of them.
      const [own, ...others] = model.metas;
      const releases = release.split('; ');
      cell = [
        ...(own ? [sourceEntryText(own, { ...model.shown?.[own.name], releases }, 'en')] : []),
        ...others.map((m) => sourceEntryText(m, model.shown?.[m.name], 'en')),
      ].join('; ');
      perRelease.set(release, cell);
    }
    return cell;
  };
}

/** CSV of the displayed rows; every row ends with its source (naming its release) and dataset version. */
export function modelCSV(model: ChartModel): string {
  const source = sourceCells(model);
  const version = model.metas.map((m) => `${m.name} ${m.version}`).join('; ');
  const keys = model.columns.map((c) => c.key);
  const rows = model.rows.map((r) => ({ ...Object.fromEntries(keys.map((k) => [k, r[k]])), source: source(r), dataset_version: version }));
  return toCSV(rows.length ? rows : [Object.fromEntries([...keys, 'source', 'dataset_version'].map((k) => [k, null]))]).replace(
    /\n,*\n$/,
    '\n',
  );
}

/**
 * JSON of the displayed rows with the source line, the full citation and the sources of each
 * dataset: the releases (or vintages) of the rows shown and the last month shown, not only the
 * dataset's newest release.
 */
export function modelJSON(model: ChartModel): string {
  return `${JSON.stringify(
    {
      rows: model.rows,
      source: sourceText(model, 'en'),
      sources: model.metas.map((m) => {
        const shown = model.shown?.[m.name];
        return {
          dataset: m.name,
          title: m.title,
          publisher: m.publisher,
          ...(shown?.releases ? { releases: shown.releases } : shown?.vintages ? { vintages: shown.vintages } : { released: m.released }),
          ...(shown?.through ? { through: shown.through } : {}),
          version: m.version,
          license: m.license,
          citation: citeDataset(m),
          urls: m.sources.map((s) => s.url),
        };
      }),
    },
    null,
    2,
  )}\n`;
}

/** What the Cite box shows and copies, in the element's language (the sources' references stay English). */
export function modelCitation(model: ChartModel, accessed: string, lang: Lang = 'en'): { parts: CitationPart[]; text: string } {
  const parts = citationParts(model.metas, lang, accessed);
  return { parts, text: citationText(parts) };
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
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
