/**
 * vega-lite specs for comparing one period across jurisdictions or drugs: ranked bars
 * (`compareBarsSpec`), the values at two periods joined by a line (`compareDumbbellSpec`) and
 * the percent change between them as diverging bars (`compareChangeSpec`). Pure functions, no
 * DOM: the element and the static renderer share them. Callers pass only drawable items (hidden
 * values are listed in the table, never drawn as 0), already in rank order, and every text in
 * the reader's language through `labels`. Colours come from the theme (`range.category`).
 */
import type { Config, TopLevelSpec } from 'vega-lite';

export type NumberLocale = NonNullable<NonNullable<Config['locale']>['number']>;

/** Bar thickness step in pixels; the chart grows with the number of items. */
const STEP = 20;

interface CommonLabels {
  /** Accessible description of the chart (the spec's `description`). */
  readonly description: string;
  /** Title of the value axis, e.g. "Deaths, 12 months ending July 2024". */
  readonly valueAxis: string;
  /** Title of the category axis and tooltips: "Jurisdiction" or "Drug". */
  readonly category: string;
  /** Longest category label in pixels before it is cut with "…" (default 200). */
  readonly labelLimit?: number;
  /** d3 number locale for axis, label and tooltip numbers (en-US when absent). */
  readonly numberLocale?: NumberLocale;
}

export interface RankedBar {
  /** Jurisdiction code or indicator slug. */
  readonly key: string;
  /** Displayed name; unique among the items. */
  readonly label: string;
  readonly value: number;
  readonly highlighted?: boolean;
}

export interface BarsLabels extends CommonLabels {
  /** Legend entries when some items are highlighted. */
  readonly highlighted: string;
  readonly others: string;
}

export interface BarsOptions {
  readonly labels: BarsLabels;
  /** d3 format of values: ",.0f" for counts, ",.1f" for rates. */
  readonly format: string;
  /** d3 format of axis ticks (default `format`), e.g. ",.1~f" so ticks read "5", "7.5". */
  readonly axisFormat?: string;
}

function withLocale(spec: Record<string, unknown>, locale: NumberLocale | undefined): TopLevelSpec {
  return (locale ? { ...spec, config: { locale: { number: locale } } } : spec) as unknown as TopLevelSpec;
}

/** Horizontal bars, largest first, each labelled with its value. */
/**
 * A long axis title ("Deaths per 100,000 residents, 12 months ending June 2024") on two lines,
 * broken after its last comma or colon, so it is not cut off in a phone-width column.
 */
function axisTitle(text: string): string | string[] {
  const at = Math.max(text.lastIndexOf(', '), text.lastIndexOf(': '));
  return text.length > 32 && at > 0 ? [text.slice(0, at + 1), text.slice(at + 2)] : text;
}

export function compareBarsSpec(items: readonly RankedBar[], options: BarsOptions): TopLevelSpec {
  const { labels, format, axisFormat = format } = options;
  const highlight = items.some((i) => i.highlighted);
  const values = items.map((i) => ({
    key: i.key,
    label: i.label,
    value: i.value,
    ...(highlight ? { group: i.highlighted ? labels.highlighted : labels.others } : {}),
  }));
  const y = { field: 'label', type: 'nominal', title: null, sort: items.map((i) => i.label), axis: { labelLimit: labels.labelLimit ?? 200 } };
  return withLocale(
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: labels.description,
      data: { values },
      height: { step: STEP },
      encoding: {
        y,
        x: { field: 'value', type: 'quantitative', title: labels.valueAxis, axis: { format: axisFormat, grid: true, labelOverlap: true, title: axisTitle(labels.valueAxis) } },
        tooltip: [
          { field: 'label', type: 'nominal', title: labels.category },
          { field: 'value', type: 'quantitative', title: labels.valueAxis, format },
        ],
      },
      layer: [
        {
          mark: { type: 'bar' },
          ...(highlight
            ? { encoding: { color: { field: 'group', type: 'nominal', title: null, scale: { domain: [labels.others, labels.highlighted] }, legend: { orient: 'top' } } } }
            : {}),
        },
        { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3 }, encoding: { text: { field: 'value', type: 'quantitative', format } } },
      ],
    },
    labels.numberLocale,
  );
}

export interface DumbbellItem {
  readonly key: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface DumbbellLabels extends CommonLabels {
  /** Names of the two periods, for the legend and tooltips, e.g. "July 2023" and "July 2024". */
  readonly start: string;
  readonly end: string;
  /** Tooltip title of the period, e.g. "12 months ending". */
  readonly period: string;
}

export interface DumbbellOptions {
  readonly labels: DumbbellLabels;
  readonly format: string;
  readonly axisFormat?: string;
}

/** Two points per item (start and end period) joined by a rule, ordered as given. */
export function compareDumbbellSpec(items: readonly DumbbellItem[], options: DumbbellOptions): TopLevelSpec {
  const { labels, format, axisFormat = format } = options;
  const y = { field: 'label', type: 'nominal', title: null, sort: items.map((i) => i.label), axis: { labelLimit: labels.labelLimit ?? 200 } };
  const points = items.flatMap((i) => [
    { key: i.key, label: i.label, period: labels.start, value: i.start },
    { key: i.key, label: i.label, period: labels.end, value: i.end },
  ]);
  const x = { field: 'value', type: 'quantitative', title: labels.valueAxis, axis: { format: axisFormat, grid: true, labelOverlap: true, title: axisTitle(labels.valueAxis) } };
  return withLocale(
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: labels.description,
      height: { step: STEP },
      layer: [
        {
          data: { values: items.map((i) => ({ key: i.key, label: i.label, start: i.start, end: i.end })) },
          mark: { type: 'rule', strokeWidth: 2, opacity: 0.5 },
          encoding: {
            y,
            x: { field: 'start', type: 'quantitative', title: labels.valueAxis, axis: { format: axisFormat, grid: true, labelOverlap: true, title: axisTitle(labels.valueAxis) } },
            x2: { field: 'end' },
          },
        },
        {
          data: { values: points },
          mark: { type: 'point', filled: true, size: 70, opacity: 1 },
          encoding: {
            y,
            x,
            color: { field: 'period', type: 'nominal', title: null, scale: { domain: [labels.start, labels.end] }, legend: { orient: 'top' } },
            tooltip: [
              { field: 'label', type: 'nominal', title: labels.category },
              { field: 'period', type: 'nominal', title: labels.period },
              { field: 'value', type: 'quantitative', title: labels.valueAxis, format },
            ],
          },
        },
      ],
    },
    labels.numberLocale,
  );
}

export interface ChangeBar {
  readonly key: string;
  readonly label: string;
  /** Change as a fraction of the start value (0.25 = +25%). */
  readonly ratio: number;
  readonly start: number;
  readonly end: number;
}

export interface ChangeLabels extends CommonLabels {
  readonly rise: string;
  readonly fall: string;
  readonly unchanged: string;
  /** Tooltip titles of the two values. */
  readonly start: string;
  readonly end: string;
}

export interface ChangeOptions {
  readonly labels: ChangeLabels;
  /** d3 format of the start and end values in tooltips. */
  readonly format: string;
}

/** Percent change bars from a zero line, rises and falls in two theme colours, ordered as given. */
export function compareChangeSpec(items: readonly ChangeBar[], options: ChangeOptions): TopLevelSpec {
  const { labels, format } = options;
  const direction = (r: number) => (r > 0 ? labels.rise : r < 0 ? labels.fall : labels.unchanged);
  const values = items.map((i) => ({ key: i.key, label: i.label, ratio: i.ratio, start: i.start, end: i.end, direction: direction(i.ratio) }));
  // Falls first so they take the first theme colour; "unchanged" only when an item is.
  const domain = [labels.fall, labels.rise, ...(values.some((v) => v.direction === labels.unchanged) ? [labels.unchanged] : [])];
  const percent = '+.1%';
  const y = { field: 'label', type: 'nominal', title: null, sort: items.map((i) => i.label), axis: { labelLimit: labels.labelLimit ?? 200 } };
  // Room on both sides for the labels at the bar ends (falls are labelled left of the bar).
  const x = { field: 'ratio', type: 'quantitative', title: labels.valueAxis, scale: { padding: 48 }, axis: { format: '+.0%', grid: true, labelOverlap: true, title: axisTitle(labels.valueAxis) } };
  return withLocale(
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: labels.description,
      data: { values },
      height: { step: STEP },
      // Encodings per layer: the zero rule must not inherit `y`, so it spans the whole plot.
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            y,
            x,
            color: { field: 'direction', type: 'nominal', title: null, scale: { domain }, legend: { orient: 'top' } },
            tooltip: [
              { field: 'label', type: 'nominal', title: labels.category },
              { field: 'start', type: 'quantitative', title: labels.start, format },
              { field: 'end', type: 'quantitative', title: labels.end, format },
              { field: 'ratio', type: 'quantitative', title: labels.valueAxis, format: percent },
            ],
          },
        },
        {
          transform: [{ filter: 'datum.ratio >= 0' }],
          mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3 },
          encoding: { y, x, text: { field: 'ratio', type: 'quantitative', format: percent } },
        },
        {
          transform: [{ filter: 'datum.ratio < 0' }],
          mark: { type: 'text', align: 'right', baseline: 'middle', dx: -3 },
          encoding: { y, x, text: { field: 'ratio', type: 'quantitative', format: percent } },
        },
        { mark: { type: 'rule' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      ],
    },
    labels.numberLocale,
  );
}
