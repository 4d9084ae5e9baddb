/**
 * Vega specs for comparing one period across jurisdictions or drugs: ranked bars
 * (`compareBarsSpec`), the values at two periods joined by a line (`compareDumbbellSpec`) and
 * the percent change between them as diverging bars (`compareChangeSpec`). Pure functions, no
 * DOM: the element and the static renderer share them. Callers pass only drawable items (hidden
 * values are listed in the table, never drawn as 0), already in rank order, and every text in
 * the reader's language through `labels`. Colours come from the theme (`range.category`).
 *
 * Everything is computed here, not in vega: the band order is the order given, the value domain
 * is the data's extent with zero, the height is one step per item. The specs use no data
 * transforms.
 *
 * Every mark says `aria: false` itself: the theme's `mark.aria` hides only a mark's items, which
 * would leave each mark's container an unlabelled `graphics-symbol` (an axe violation). The SVG
 * is one labelled image; the table view is its accessible form.
 */
import type { Axis, Config, Legend, Mark, Scale } from 'vega-typings';
import { chartFrame, field, formatted, tooltipSignal, type VegaSpec } from './vega.js';

export type NumberLocale = NonNullable<NonNullable<Config['locale']>['number']>;

/** Pixels per item along the category axis; the chart grows with the number of items. */
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

/**
 * A long axis title ("Deaths per 100,000 residents, 12 months ending June 2024") on two lines,
 * broken after its last comma or colon, so it is not cut off in a phone-width column.
 */
function axisTitle(text: string): string | string[] {
  const at = Math.max(text.lastIndexOf(', '), text.lastIndexOf(': '));
  return text.length > 32 && at > 0 ? [text.slice(0, at + 1), text.slice(at + 2)] : text;
}

/** What every compare chart shares: size, frame, the data sets. */
function frame(labels: CommonLabels, count: number, data: Record<string, readonly object[]>): VegaSpec {
  return {
    // One step per item, as vega-lite's `height: {step: 20}` laid it out.
    ...chartFrame(labels.description, STEP * count),
    // The plot frame (its stroke comes from the theme's `style.cell`).
    style: 'cell',
    data: Object.entries(data).map(([name, values]) => ({ name, values: values as object[] })),
  };
}

/** The spec with the reader's number locale in its config, when the caller gave one. */
function withLocale(spec: VegaSpec, locale: NumberLocale | undefined): VegaSpec {
  return locale ? { ...spec, config: { locale: { number: locale } } } : spec;
}

/** The category axis: one band per item, in the order given. */
function bandScale(items: readonly { label: string }[], padding: { inner: number; outer: number }): Scale {
  return {
    name: 'y',
    type: 'band',
    domain: items.map((i) => i.label),
    range: 'height',
    paddingInner: padding.inner,
    paddingOuter: padding.outer,
  };
}

/** The value axis's scale: the extent of `values` and zero, rounded to nice ticks. */
function valueScale(values: readonly number[], extra: Partial<{ padding: number }> = {}): Scale {
  return {
    name: 'x',
    type: 'linear',
    domain: [Math.min(0, ...values), Math.max(0, ...values)],
    range: 'width',
    nice: true,
    zero: true,
    ...extra,
  };
}

/** The colour scale: the theme's category colours, in the order of `domain`. */
function colorScale(domain: readonly string[]): Scale {
  return { name: 'color', type: 'ordinal', domain: [...domain], range: 'category' };
}

/** The legend of the colour scale, above the plot, in a row (as vega-lite laid it out). */
function topLegend(symbolType: 'square' | 'circle'): Legend {
  return { fill: 'color', orient: 'top', direction: 'horizontal', symbolType };
}

/**
 * Least room per value tick: a label ("−44%", "12,500") and a gap. vega-lite's tick every 40 px
 * put a grid line every 2 % on a wide change chart and labels that ran together ("−44%−42%").
 */
const VALUE_TICK_PX = 80;

/**
 * The value axis with grid lines, and the category axis: a tick per `VALUE_TICK_PX` of plot width,
 * the end labels kept inside the plot, labels closer than 8 px dropped.
 */
function axes(title: string, format: string, labelLimit: number | undefined): Axis[] {
  return [
    {
      scale: 'x',
      orient: 'bottom',
      grid: true,
      title: axisTitle(title),
      format,
      labelOverlap: true,
      labelSeparation: 8,
      labelFlush: true,
      tickCount: { signal: `max(2, floor(width / ${VALUE_TICK_PX}))` },
      zindex: 0,
    },
    { scale: 'y', orient: 'left', labelLimit: labelLimit ?? 200, zindex: 0 },
  ];
}

/** The middle of an item's band. */
const bandMiddle = { scale: 'y', field: 'label', band: 0.5 } as const;

/** Horizontal bars, largest first, each labelled with its value. */
export function compareBarsSpec(items: readonly RankedBar[], options: BarsOptions): VegaSpec {
  const { labels, format, axisFormat = format } = options;
  const highlight = items.some((i) => i.highlighted);
  const values = items.map((i) => ({
    key: i.key,
    label: i.label,
    value: i.value,
    ...(highlight ? { group: i.highlighted ? labels.highlighted : labels.others } : {}),
  }));
  const tooltip = tooltipSignal([
    [labels.category, field('label')],
    [labels.valueAxis, formatted('value', format)],
  ]);
  const marks: Mark[] = [
    {
      name: 'bars_marks',
      aria: false,
      type: 'rect',
      from: { data: 'bars' },
      encode: {
        update: {
          // Without a highlight every bar is an "other": the theme's first colour, and no legend.
          fill: highlight ? { scale: 'color', field: 'group' } : { scale: 'color', value: labels.others },
          x: { scale: 'x', field: 'value' },
          x2: { scale: 'x', value: 0 },
          y: { scale: 'y', field: 'label' },
          height: { scale: 'y', band: 1 },
          tooltip,
        },
      },
    },
    {
      name: 'bar_labels_marks',
      aria: false,
      type: 'text',
      from: { data: 'bars' },
      encode: {
        update: {
          x: { scale: 'x', field: 'value' },
          y: bandMiddle,
          align: { value: 'left' },
          baseline: { value: 'middle' },
          dx: { value: 3 },
          text: { signal: formatted('value', format) },
          tooltip,
        },
      },
    },
  ];
  return withLocale(
    {
      ...frame(labels, items.length, { bars: values }),
      scales: [
        valueScale(values.map((v) => v.value)),
        bandScale(items, { inner: 0.1, outer: 0.05 }),
        colorScale(highlight ? [labels.others, labels.highlighted] : [labels.others]),
      ],
      axes: axes(labels.valueAxis, axisFormat, labels.labelLimit),
      ...(highlight ? { legends: [topLegend('square')] } : {}),
      marks,
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
export function compareDumbbellSpec(items: readonly DumbbellItem[], options: DumbbellOptions): VegaSpec {
  const { labels, format, axisFormat = format } = options;
  const rules = items.map((i) => ({ key: i.key, label: i.label, start: i.start, end: i.end }));
  const points = items.flatMap((i) => [
    { key: i.key, label: i.label, period: labels.start, value: i.start },
    { key: i.key, label: i.label, period: labels.end, value: i.end },
  ]);
  const marks: Mark[] = [
    {
      name: 'spans_marks',
      aria: false,
      type: 'rule',
      from: { data: 'rules' },
      encode: {
        update: {
          x: { scale: 'x', field: 'start' },
          x2: { scale: 'x', field: 'end' },
          y: bandMiddle,
          strokeWidth: { value: 2 },
          opacity: { value: 0.5 },
        },
      },
    },
    {
      name: 'points_marks',
      aria: false,
      type: 'symbol',
      from: { data: 'points' },
      encode: {
        update: {
          x: { scale: 'x', field: 'value' },
          y: bandMiddle,
          fill: { scale: 'color', field: 'period' },
          size: { value: 70 },
          opacity: { value: 1 },
          tooltip: tooltipSignal([
            [labels.category, field('label')],
            [labels.period, field('period')],
            [labels.valueAxis, formatted('value', format)],
          ]),
        },
      },
    },
  ];
  return withLocale(
    {
      ...frame(labels, items.length, { rules, points }),
      scales: [valueScale(points.map((p) => p.value)), bandScale(items, { inner: 0, outer: 0 }), colorScale([labels.start, labels.end])],
      axes: axes(labels.valueAxis, axisFormat, labels.labelLimit),
      legends: [topLegend('circle')],
      marks,
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
export function compareChangeSpec(items: readonly ChangeBar[], options: ChangeOptions): VegaSpec {
  const { labels, format } = options;
  const direction = (r: number) => (r > 0 ? labels.rise : r < 0 ? labels.fall : labels.unchanged);
  const values = items.map((i) => ({
    key: i.key,
    label: i.label,
    ratio: i.ratio,
    start: i.start,
    end: i.end,
    direction: direction(i.ratio),
  }));
  // Falls first so they take the first theme colour; "unchanged" only when an item is.
  const domain = [labels.fall, labels.rise, ...(values.some((v) => v.direction === labels.unchanged) ? [labels.unchanged] : [])];
  const percent = '+.1%';
  // Rises (and no change) are labelled right of the bar's end, falls left of it.
  const ends = (rise: boolean) => values.filter((v) => v.ratio >= 0 === rise).map((v) => ({ key: v.key, label: v.label, ratio: v.ratio }));
  const endLabel = (name: string, data: string, rise: boolean): Mark => ({
    name,
    aria: false,
    type: 'text',
    from: { data },
    encode: {
      update: {
        x: { scale: 'x', field: 'ratio' },
        y: bandMiddle,
        align: { value: rise ? 'left' : 'right' },
        baseline: { value: 'middle' },
        dx: { value: rise ? 3 : -3 },
        text: { signal: formatted('ratio', percent) },
      },
    },
  });
  const marks: Mark[] = [
    {
      name: 'bars_marks',
      aria: false,
      type: 'rect',
      from: { data: 'bars' },
      encode: {
        update: {
          fill: { scale: 'color', field: 'direction' },
          x: { scale: 'x', field: 'ratio' },
          x2: { scale: 'x', value: 0 },
          y: { scale: 'y', field: 'label' },
          height: { scale: 'y', band: 1 },
          tooltip: tooltipSignal([
            [labels.category, field('label')],
            [labels.start, formatted('start', format)],
            [labels.end, formatted('end', format)],
            [labels.valueAxis, formatted('ratio', percent)],
          ]),
        },
      },
    },
    endLabel('rise_labels_marks', 'rises', true),
    endLabel('fall_labels_marks', 'falls', false),
    // The zero line, across the whole plot, on a whole pixel so it stays crisp at any width.
    {
      name: 'zero_rule_marks',
      aria: false,
      type: 'rule',
      encode: { update: { x: { scale: 'x', value: 0, round: true }, y: { value: 0 }, y2: { signal: 'height' } } },
    },
  ];
  return withLocale(
    {
      ...frame(labels, items.length, { bars: values, rises: ends(true), falls: ends(false) }),
      scales: [
        // 48 px of room on both sides for the labels at the bar ends.
        valueScale(
          values.map((v) => v.ratio),
          { padding: 48 },
        ),
        bandScale(items, { inner: 0.1, outer: 0.05 }),
        colorScale(domain),
      ],
      axes: axes(labels.valueAxis, '+.0%', labels.labelLimit),
      legends: [topLegend('square')],
      marks,
    },
    labels.numberLocale,
  );
}
