/**
 * `<fpk-chart>`'s model: a chart the five elements do not draw, written by a developer as a
 * vega-lite spec whose data is a dataset's rows by name (`"data": {"name": "overdoses"}`), the
 * rows chosen by the SDK's own filter options (`query`, or the `jurisdictions`, `drugs`, `from`
 * and `to` shorthands). The rows are loaded and validated as `loadDataset` does for any caller,
 * the spec is compiled here with vega-lite, and the compiled Vega spec, with the rows inline, is
 * drawn by the same controller as every chart (CSP-safe interpreter, theme, tooltip, table,
 * downloads, source line with the releases of the rows used).
 *
 * vega-lite is imported here and nowhere else in the browser code: this module is `<fpk-chart>`'s
 * lazy model chunk, so only pages with an `<fpk-chart>` load the compiler (test/package/cdn.test.ts).
 * The compiled spec may use any of vega's transforms (stack, bin, window…), which the lean vega
 * of the other charts leaves out: the model says so (`ChartModel.fullVega`), and the controller
 * loads the rest of vega's transforms first.
 */
import { compile, type TopLevelSpec } from './vega-lite.js';
import { releasesOf, type ShownByDataset } from '../../cite.js';
import { FpkError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { loadDataset } from '../../load.js';
import type { DatasetMeta } from '../../meta.js';
import { DATASET_NAMES, type DatasetName } from '../../registry.js';
import type { SeizureDrug } from '../../dataset-schemas/seizures.js';
import { JURISDICTION_CODES, type Jurisdiction } from '../../jurisdictions.js';
import { DRUG_INDICATORS, drugName, placeName, seizureDrugName, type DrugIndicator } from '../../i18n/names.js';
import { THEME_SIGNALS } from '../../specs/config.js';
import { FIT_X, PLACEHOLDER_WIDTH } from '../../specs/vega.js';
import { parseList, pickRange, readDataset } from '../attributes.js';
import type { CellFormat, ChartModel, Column, ModelAttributes } from '../contract.js';
import { keysHint, type ChartNavigation, type NavItem } from '../navigation.js';
import { CHART_ATTRIBUTES } from './attributes.js';
import { chartText } from './text.js';

type Json = Record<string, unknown>;
type Row = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function badSpec(message: string): FpkError {
  return new FpkError('bad-spec', message, 'spec');
}

/** An attribute's JSON text as an object; `notJson` and `notObject` make the error for each way it can be wrong. */
function jsonObject(text: string, notJson: (reason: string) => FpkError, notObject: () => FpkError): Json {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw notJson((error as Error).message);
  }
  if (!isObject(parsed)) throw notObject();
  return parsed;
}

/** The spec attribute's JSON (or the object a host set as the property), checked to be a vega-lite spec of the dataset. */
export function readSpec(value: string | undefined, dataset: string): Json {
  if (value === undefined || value.trim() === '')
    throw badSpec('<fpk-chart> needs a vega-lite spec: a spec attribute with its JSON, or a <script type="application/json"> child.');
  const spec = jsonObject(
    value,
    (reason) => badSpec(`The spec is not JSON: ${reason}.`),
    () => badSpec('The spec must be a JSON object (a vega-lite spec), not an array or a single value.'),
  );
  const schema = spec['$schema'];
  if (typeof schema === 'string' && !/\/schema\/vega-lite\//.test(schema))
    throw badSpec(
      `The spec's $schema is "${schema}": <fpk-chart> takes vega-lite specs (https://vega.github.io/schema/vega-lite/v6.json).`,
    );
  checkData(spec, dataset, 'spec');
  return spec;
}

/**
 * Every `data` in the spec (top level, layers, concatenations) is the dataset by name, or absent
 * (inherited). A `url` or inline `values` would draw numbers from elsewhere under the dataset's
 * source line, so they are refused.
 */
function checkData(node: unknown, dataset: string, path: string): void {
  if (Array.isArray(node)) return node.forEach((n, i) => checkData(n, dataset, `${path}[${i}]`));
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'data' && value !== null && value !== undefined) {
      if (!isObject(value) || typeof value['name'] !== 'string' || Object.keys(value).some((k) => k !== 'name'))
        throw badSpec(
          `${path}.data must be {"name": "${dataset}"}: <fpk-chart> draws the rows of its dataset only (no url, no inline values), with the dataset's source line.`,
        );
      if (value['name'] !== dataset)
        throw badSpec(
          `${path}.data names "${String(value['name'])}", but the element's dataset is "${dataset}". Use {"name": "${dataset}"} or set dataset="${String(value['name'])}".`,
        );
    }
    if (key !== 'data') checkData(value, dataset, `${path}.${key}`);
  }
}

/** The query attribute's JSON and the shorthand attributes, as `loadDataset`'s filter options. */
export function readQuery(attributes: ModelAttributes, dataset: DatasetName): Json {
  const text = attributes['query'];
  const query =
    text === undefined || text.trim() === ''
      ? {}
      : jsonObject(
          text,
          (reason) => new FpkError('bad-attribute', `query is not JSON: ${reason}.`, 'query'),
          () => new FpkError('bad-attribute', 'query must be a JSON object of filter options, e.g. {"jurisdictions": ["OH"]}.', 'query'),
        );
  const jurisdictions = parseList(attributes['jurisdictions']);
  const drugs = parseList(attributes['drugs']);
  const range = pickRange(attributes['from'], attributes['to']);
  return {
    ...query,
    ...(jurisdictions.length ? { jurisdictions } : {}),
    ...(drugs.length ? { [dataset === 'overdoses' ? 'indicators' : 'drugs']: drugs } : {}),
    ...range,
  };
}

/** Field names the spec's encodings read, in the order written (for the table's columns). */
function encodedFields(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => encodedFields(n, out));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'encoding' && isObject(value))
        for (const channel of Object.values(value)) {
          const defs = Array.isArray(channel) ? channel : [channel];
          for (const def of defs) if (isObject(def) && typeof def['field'] === 'string') out.add(def['field']);
        }
      else encodedFields(value, out);
    }
  }
  return out;
}

const NUMERIC = new Set(['number', 'integer']);

/** The display-name fields `withNames` adds. */
const NAME_FIELDS = ['jurisdictionName', 'indicatorName', 'drugName'];

/** The table's columns: the time field, the key fields, and every field the spec encodes (a name field after its code). */
function columnsFor(meta: DatasetMeta, spec: Json): Column[] {
  const used = encodedFields(spec);
  const fields = meta.fields.filter((f) => f.name === meta.timeField || used.has(f.name) || meta.key.includes(f.name));
  const columns: Column[] = fields.map((f) => {
    const format: CellFormat | undefined = NUMERIC.has(f.type)
      ? 'number'
      : f.name === 'period'
        ? 'month'
        : f.type === 'date'
          ? 'date'
          : undefined;
    return { key: f.name, label: f.name, ...(format ? { format } : {}) };
  });
  for (const name of NAME_FIELDS.filter((n) => used.has(n))) {
    const after = columns.findIndex((c) => c.key === name.replace(/Name$/, ''));
    columns.splice(after + 1, 0, { key: name, label: name });
  }
  return columns;
}

/** Past this many rows a keyboard list is more than a reader steps through (and its sentences cost a page load). */
const MAX_STEPPED_ROWS = 2000;

/**
 * A single-view chart whose x and y read fields as they are (no aggregate, bin or time unit) draws
 * one mark per row: the keys step through the rows in the order drawn, each said as its fields.
 * Anything else (layers, aggregates, facets) has no one-to-one marks, and no keyboard list.
 */
function navigationFor(spec: Json, rows: readonly Row[], columns: readonly Column[], lang: Lang): ChartNavigation | undefined {
  const encoding = spec['encoding'];
  if (!isObject(encoding) || 'layer' in spec || 'facet' in spec || 'repeat' in spec || 'concat' in spec) return undefined;
  const channels = ['x', 'y', 'color'].map((c) => encoding[c]).filter(isObject);
  if (!channels.length || channels.some((c) => 'aggregate' in c || 'bin' in c || 'timeUnit' in c || typeof c['field'] !== 'string'))
    return undefined;
  const fields = channels.map((c) => c['field'] as string);
  // Temporal fields become dates inside vega; the other fields find the row's mark.
  const matchOn = fields.filter((f) => !channels.some((c) => c['field'] === f && c['type'] === 'temporal'));
  if (!matchOn.length || rows.length > MAX_STEPPED_ROWS) return undefined;
  const title = new Map(columns.map((c) => [c.key, c.label]));
  // A mark is found by fields that are a string or a number in every row.
  if (rows.some((r) => matchOn.some((f) => typeof r[f] !== 'string' && typeof r[f] !== 'number'))) return undefined;
  const items: NavItem[] = rows.map((r) => ({
    sentence: `${fields.map((f) => `${title.get(f) ?? f}: ${r[f] === null || r[f] === undefined ? '—' : String(r[f])}`).join(', ')}.`,
    mark: { marks: ['marks'], match: Object.fromEntries(matchOn.map((f) => [f, r[f] as string | number])) },
  }));
  return { lists: [items], hint: keysHint(lang, { series: false }) };
}

const isJurisdiction = (v: string): v is Jurisdiction => (JURISDICTION_CODES as readonly string[]).includes(v);
const isDrugIndicator = (v: string): v is DrugIndicator => (DRUG_INDICATORS as readonly string[]).includes(v);

/**
 * Each row with the display names of its codes in the element's language (`jurisdictionName`:
 * "Ohio", `indicatorName`: "synthetic opioids (mainly fentanyl)", `drugName` for seizures), so a
 * spec can label marks with names a reader understands instead of codes.
 */
function withNames(row: Row, lang: Lang): Row {
  const j = row['jurisdiction'];
  const i = row['indicator'];
  const d = row['drug'];
  // Only seizures rows have a drug (CBP's drug types, which their schema checks); any other value gets no name.
  const seizureDrug = typeof d === 'string' ? (seizureDrugName(lang, d as SeizureDrug) as string | undefined) : undefined;
  return {
    ...row,
    ...(typeof j === 'string' && isJurisdiction(j) ? { jurisdictionName: placeName(lang, j) } : {}),
    ...(typeof i === 'string' && isDrugIndicator(i) ? { indicatorName: drugName(lang, i) } : {}),
    ...(seizureDrug ? { drugName: seizureDrug } : {}),
  };
}

/** The SDK's errors for a query option or value the dataset does not have. */
const QUERY_ERRORS = new Set<string>(['unknown-value', 'bad-attribute', 'bad-period', 'bad-range', 'unknown-dataset']);

/** What vega-lite writes as the colour of an unencoded mark, replaced by the theme's signal after the compile. */
const MARK_COLOUR = '#fpk-series-1';

function themed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(themed);
  if (!isObject(node)) return node;
  if (node['value'] === MARK_COLOUR && Object.keys(node).length === 1) return { signal: THEME_SIGNALS.first };
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, v === MARK_COLOUR ? { signal: THEME_SIGNALS.first } : themed(v)]));
}

export async function buildChartModel(attributes: ModelAttributes, lang: Lang): Promise<ChartModel> {
  readDataset('fpk-chart', attributes['dataset'], DATASET_NAMES);
  const dataset = (attributes['dataset'] || CHART_ATTRIBUTES.dataset.default) as DatasetName;
  const spec = readSpec(attributes['spec'], dataset);
  const query = readQuery(attributes, dataset);
  // The SDK validates the query against the dataset's fields (a typed error lists what is allowed).
  const { rows, meta } = await loadDataset(dataset, query as never).catch((error: unknown) => {
    // The SDK names the field at fault; on the element, the attribute at fault is the query.
    if (error instanceof FpkError && QUERY_ERRORS.has(error.code)) throw new FpkError(error.code, error.message, 'query');
    throw error;
  });

  const description = typeof spec['description'] === 'string' ? spec['description'] : null;
  const title =
    typeof spec['title'] === 'string'
      ? spec['title']
      : isObject(spec['title']) && typeof spec['title']['text'] === 'string'
        ? spec['title']['text']
        : null;
  // The chart fits its container's width unless the spec fixes one; a title is the element's
  // heading (above the chart, in exports too), not drawn a second time inside it.
  const { title: _title, ...untitled } = spec;
  const sized: Json = 'width' in spec ? untitled : { ...untitled, width: PLACEHOLDER_WIDTH, autosize: FIT_X };
  let compiled: Json;
  try {
    // Marks without a colour encoding take the theme's first series colour, as a signal the
    // theme's vega config defines (a theme change recolours them, as in every chart).
    compiled = compile(sized as unknown as TopLevelSpec, { config: { mark: { color: MARK_COLOUR } } }).spec as unknown as Json;
  } catch (error) {
    throw badSpec(`The vega-lite spec could not be compiled: ${(error as Error).message}`);
  }
  compiled = themed(compiled) as Json;
  // vega-lite's white background would break dark themes: the chart sits on the host's, as every chart does.
  if (!('background' in spec)) delete compiled['background'];
  // The rows inline, as copies: vega tags each object it ingests, and loaded rows are shared.
  const data = Array.isArray(compiled['data']) ? (compiled['data'] as Json[]) : [];
  const source = data.find((d) => d['name'] === dataset);
  if (!source) throw badSpec(`The spec draws no data: give it "data": {"name": "${dataset}"}.`);
  const named = rows.map((r) => withNames(r as Row, lang));
  source['values'] = named.map((r) => ({ ...r }));

  const text = chartText(lang);
  const columns = columnsFor(meta, spec);
  const times = meta.timeField
    ? rows
        .map((r) => (r as Row)[meta.timeField!])
        .filter((v): v is string => typeof v === 'string')
        .sort()
    : [];
  const span = times.length ? ([times[0]!, times[times.length - 1]!] as const) : null;
  const label = description ?? title ?? text.label(meta.title);
  compiled['description'] = label;
  const releases = releasesOf(rows as readonly Row[]);
  const shown: ShownByDataset = {
    [meta.name]: { ...(releases.length ? { releases } : {}), ...(span && meta.timeField === 'period' ? { through: span[1] } : {}) },
  };
  const navigation = navigationFor(spec, named, columns, lang);
  // What the source says of the rows (CDC's underreported footnote) and of their releases, under the chart.
  const underreported = rows.filter((r) => {
    const footnotes = (r as Row)['footnotes'];
    return Array.isArray(footnotes) && footnotes.includes('underreported');
  }).length;
  const notes = [
    ...(underreported ? [text.underreported(underreported, rows.length)] : []),
    ...(releases.length > 1 ? [text.mixedReleases(releases.length)] : []),
  ];
  return {
    rows: named,
    columns,
    spec: compiled,
    fullVega: true,
    label,
    ...(title ? { heading: title } : {}),
    summary: text.summary({ dataset: meta.title, rows: rows.length, span }),
    metas: [meta],
    shown,
    filename: `fpk-chart-${dataset}`,
    ...(notes.length ? { notes } : {}),
    ...(navigation ? { navigation } : {}),
  };
}
