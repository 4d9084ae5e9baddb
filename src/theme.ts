/**
 * The chart theme as plain values: the `--fpk-*` design tokens, their default values in the light
 * and dark themes (the vega config built from them is src/specs/config.ts). Browser elements read the tokens
 * from CSS (components/shared/chart-theme.ts) and declare the defaults from here
 * (components/shared/styles.ts); the Node renderer passes the same values directly, so both draw
 * the same chart. No DOM.
 */
export const SERIES_COUNT = 8;

/** Token names; each is the CSS custom property `--fpk-<name>`. */
export const THEME_TOKENS = [
  'font',
  'fg',
  'bg',
  'muted',
  'accent',
  'grid',
  'focus-ring',
  'reported',
  'predicted',
  ...Array.from({ length: SERIES_COUNT }, (_, i) => `series-${i + 1}` as const),
] as const;
export type ThemeToken = (typeof THEME_TOKENS)[number];

/** Token values; a missing token leaves vega's default in place. */
export type ThemeTokens = Partial<Record<ThemeToken, string>>;

export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export const DEFAULT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * Default token values. Series colours are distinguishable with common colour-vision
 * deficiencies and reach 3:1 against their theme's background. `reported` follows `fg`.
 */
export const THEMES: Readonly<Record<ThemeName, Readonly<Record<ThemeToken, string>>>> = {
  light: {
    font: DEFAULT_FONT,
    fg: '#1f1f1d',
    bg: '#ffffff',
    muted: '#5c5c57',
    accent: '#0b5cad',
    grid: '#e3e3de',
    'focus-ring': '#0b5cad',
    reported: '#1f1f1d',
    predicted: '#8a8a84',
    'series-1': '#0b5cad',
    'series-2': '#c2410c',
    'series-3': '#15803d',
    'series-4': '#7e22ce',
    'series-5': '#a16207',
    'series-6': '#be185d',
    'series-7': '#0f766e',
    'series-8': '#4b5563',
  },
  dark: {
    font: DEFAULT_FONT,
    fg: '#ecebe6',
    bg: '#161615',
    muted: '#b0afa9',
    accent: '#8cc4ff',
    grid: '#3a3a37',
    'focus-ring': '#8cc4ff',
    reported: '#ecebe6',
    predicted: '#9d9d97',
    'series-1': '#8cc4ff',
    'series-2': '#fdba74',
    'series-3': '#86efac',
    'series-4': '#d8b4fe',
    'series-5': '#fde047',
    'series-6': '#f9a8d4',
    'series-7': '#5eead4',
    'series-8': '#d1d5db',
  },
};
