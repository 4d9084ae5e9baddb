/**
 * The theme tokens of a host, from its CSS custom properties, read with getComputedStyle, so a
 * page restyles every chart with CSS alone (including `prefers-color-scheme` rules). The chart
 * config comes from them through src/theme.ts, which the Node renderer calls with the same values.
 */
import { THEME_TOKENS, type ThemeTokens } from '../../src/theme.js';

export { SERIES_COUNT } from '../../src/theme.js';

/**
 * A token is read from the element's resolved `--_<name>` (styles.ts: the page's `--fpk-<name>`
 * or the theme default) and, on hosts without those styles, from `--fpk-<name>`; unset tokens are
 * left out and vega's defaults apply. The background is only ever the page's own `--fpk-bg`: the
 * chart is transparent over the host's background unless the page asks otherwise.
 */
export function themeTokens(host: Element): ThemeTokens {
  const style = getComputedStyle(host);
  const read = (name: string): string | undefined => style.getPropertyValue(name).trim() || undefined;
  const tokens: ThemeTokens = {};
  for (const name of THEME_TOKENS) {
    const value = name === 'bg' ? read('--fpk-bg') : (read(`--_${name}`) ?? read(`--fpk-${name}`));
    if (value) tokens[name] = value;
  }
  return tokens;
}
