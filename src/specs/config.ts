/**
 * The vega config built from the theme's token values (src/theme.ts): what the spec builders leave
 * to the theme. Apart from theme.ts because only drawing needs it (the Node renderer, and the
 * browser's lazy components/shared/vega-draw.ts), while the token defaults are in every page's core.
 */
import type { Config as VegaConfig } from 'vega-typings';
import { SERIES_COUNT, THEMES, type ThemeToken, type ThemeTokens } from '../theme.js';

/**
 * Theme colours a spec names instead of holding (`{ signal: THEME_SIGNALS.muted }`): the config
 * defines them, so a new theme (a new config) recolours those marks without a new spec. Used
 * where vega has no config default for the mark (the trend's event markers, the predicted band's
 * legend swatch, the one colour of an `<fpk-chart>` mark without a colour encoding).
 */
export const THEME_SIGNALS = { muted: 'fpk_muted', predicted: 'fpk_predicted', first: 'fpk_series_1' } as const;

/**
 * The vega config for a set of token values: what the spec builders in src/specs/ leave to the
 * theme (colours, fonts, the category palette). Marks, axes and legends are hidden from the
 * accessibility tree: the SVG is one labelled image and the table view is its accessible form.
 */
export function vegaConfigFrom(tokens: ThemeTokens): VegaConfig {
  const { fg, grid, font } = tokens;
  const muted = tokens.muted ?? fg;
  const series: string[] = [];
  for (let i = 1; i <= SERIES_COUNT; i++) {
    const colour = tokens[`series-${i}` as ThemeToken];
    if (colour) series.push(colour);
  }
  const fonts = font ? { labelFont: font, titleFont: font } : {};
  const mutedColour = muted ?? THEMES.light.muted;
  return {
    signals: [
      { name: THEME_SIGNALS.muted, value: mutedColour },
      { name: THEME_SIGNALS.predicted, value: tokens.predicted ?? mutedColour },
      { name: THEME_SIGNALS.first, value: series[0] ?? THEMES.light['series-1'] },
    ],
    // The chart sits on the host's background; an opaque white one would break dark themes.
    background: tokens.bg ?? 'transparent',
    ...(series.length > 0 ? { range: { category: series } } : {}),
    mark: { aria: false },
    axis: {
      aria: false,
      ...fonts,
      ...(muted ? { labelColor: muted, tickColor: muted, domainColor: muted } : {}),
      ...(fg ? { titleColor: fg } : {}),
      ...(grid ? { gridColor: grid } : {}),
    },
    legend: { aria: false, ...fonts, ...(fg ? { labelColor: fg, titleColor: fg } : {}) },
    title: { ...(font ? { font, subtitleFont: font } : {}), ...(fg ? { color: fg } : {}), ...(muted ? { subtitleColor: muted } : {}) },
    ...(font || fg ? { text: { ...(font ? { font } : {}), ...(fg ? { fill: fg } : {}) } } : {}),
    // Rules (connectors, zero lines) in the muted ink: vega's black vanishes on a dark background.
    ...(muted ? { rule: { stroke: muted } } : {}),
    // The plot frame (vega-lite's "cell").
    ...(grid ? { style: { cell: { stroke: grid } } } : {}),
  };
}
