/**
 * The CSV and JSON a reader downloads from an element, and its citation: exactly the displayed
 * rows, each carrying its provenance. Pure (no DOM): the elements' download buttons (through
 * components/shared/downloads.ts, which adds the file saving) and the Node renderer use the same
 * builders.
 *
 * A CSV is read by programs as much as by people, so every cell is plain data:
 * - the period(s) shown are columns of every row (a model puts them in its rows as download-only
 *   columns: `period`, or `period_start` / `period_end` for a change), never only in the filename;
 * - a rate or a percentage keeps its full precision and is followed by `<column>_display`, the
 *   same number rounded as the chart and the table show it (1 decimal; percentages in percent);
 *   counts are whole numbers and need no second column;
 * - a list (defendants, statutes, sources) is its items joined with `; `, never a JSON array;
 * - a code is written as the label a reader sees, with the code in its own column beside it
 *   (`checked: "Not found"`, `check_status_code: "not_found"`), from the model's download-only columns.
 */
import { toCSV } from '../csv-write.js';
import { citeDataset } from '../cite.js';
import type { CellFormat, ChartModel, Column } from './contract.js';
import type { Lang } from '../i18n/index.js';
import { citationParts, citationText, sourceEntryText, sourceText, type CitationPart } from './source-line.js';

/** Suffix of the column that holds a value rounded as displayed. */
export const DISPLAY_SUFFIX = '_display';

/** Decimals the chart and the table show for each rounded format (src/charts/cells.ts: rates 1, percentages 1). */
const DISPLAY_DIGITS: Partial<Record<CellFormat, number>> = { rate: 1, percent: 1 };

/** Separator of a list's items in one CSV cell. */
export const LIST_SEPARATOR = '; ';

/**
 * A number rounded as `Intl.NumberFormat` rounds it for display (half away from zero on the
 * double's exact value, which is what `toFixed` does too), kept a number so spreadsheets can sum it.
 */
function rounded(value: number, digits: number): number {
  const r = Number(value.toFixed(digits));
  return Object.is(r, -0) ? 0 : r;
}

/** A cell's value as the CSV writes it: lists joined, links as their addresses. */
function csvValue(value: unknown, format: CellFormat | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (format === 'link' && Array.isArray(value)) return value.map((l: { url: string }) => l.url).join(LIST_SEPARATOR);
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  return value;
}

/** The CSV columns of a model column: itself, and its rounded twin where the display rounds it. */
function csvColumns(column: Column): { name: string; value: (row: Readonly<Record<string, unknown>>) => unknown }[] {
  const own = { name: column.key, value: (row: Readonly<Record<string, unknown>>) => csvValue(row[column.key], column.format) };
  const digits = column.format ? DISPLAY_DIGITS[column.format] : undefined;
  if (digits === undefined) return [own];
  return [
    own,
    {
      name: `${column.key}${DISPLAY_SUFFIX}`,
      value: (row) => {
        const v = row[column.key];
        return typeof v === 'number' && Number.isFinite(v) ? rounded(v, digits) : null;
      },
    },
  ];
}

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
  const columns = model.columns.flatMap(csvColumns);
  const names = [...columns.map((c) => c.name), 'source', 'dataset_version'];
  const rows = model.rows.map((r) => ({
    ...Object.fromEntries(columns.map((c) => [c.name, c.value(r)])),
    source: source(r),
    dataset_version: version,
  }));
  // No rows: the header alone (toCSV takes its names from the first row, so one empty row is written and cut).
  return toCSV(rows.length ? rows : [Object.fromEntries(names.map((k) => [k, null]))]).replace(/\n,*\n$/, '\n');
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
