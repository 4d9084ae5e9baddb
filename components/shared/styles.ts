/**
 * Shared element styles, adopted as constructable stylesheets (CSP-safe: no inline <style>).
 * Design tokens are `--fpk-*` custom properties with fallbacks, so a host page restyles every
 * element with CSS alone; charts read the same tokens through getComputedStyle.
 */
import { css, unsafeCSS } from 'lit';
import { THEME_TOKENS, THEMES, type ThemeName } from '../../src/theme.js';

/** `--_<token>`: the page's `--fpk-<token>` or the theme default (src/theme.ts, shared with Node). */
function declare(theme: ThemeName): string {
  const values = THEMES[theme];
  // `reported` follows the foreground, the page's --fpk-fg included.
  return THEME_TOKENS.map((name) => `--_${name}: var(--fpk-${name}, ${name === 'reported' ? 'var(--_fg)' : values[name]});`).join('\n');
}

const light = unsafeCSS(`${declare('light')}
  --_focus: var(--_focus-ring); /* the shorter name some element styles use */
  --_error-bg: #fff4f2;
  --_error-fg: #8c1d12;
  color-scheme: light;`);
const dark = unsafeCSS(`${declare('dark')}
  --_error-bg: #3a1512;
  --_error-fg: #ffb4a8;
  color-scheme: dark;`);

export const tokens = css`
  :host {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      ${dark}
    }
  }
`;

export const chrome = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    line-height: 1.45;
    font-size: max(14px, 1rem);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /*
   * The shadow tree's root sets every inherited property the element's text depends on. A host
   * page can restyle the host element itself ('all: unset', a serif body font, 'line-height: 0',
   * 'box-sizing: content-box' on '*') and its rules beat ':host'; this element it cannot reach.
   * Text follows the page's root font size (a reader's larger default), never below 14 px (a
   * 'font-size: 62.5%' root would make it 10 px, and the 0.8 em source line 8 px).
   */
  figure {
    display: block;
    margin: 0;
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: max(14px, 1rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    color: var(--_fg);
    visibility: visible;
  }
  [part='header'] h2 {
    font-size: 1.15em;
    line-height: 1.25;
    margin: 0 0 0.2em;
  }
  [part='header'] p {
    margin: 0 0 0.6em;
    color: var(--_muted);
    font-size: 0.92em;
  }
  [part='chart'] {
    position: relative;
    width: 100%;
    /* Space is reserved before vega loads, so the page does not shift when the chart appears. */
    min-height: var(--fpk-chart-height, 320px);
  }
  [part='chart'] svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .placeholder {
    display: grid;
    place-items: center;
    min-height: var(--fpk-chart-height, 320px);
    color: var(--_muted);
    font-size: 0.9em;
    border: 1px dashed var(--_grid);
    border-radius: 4px;
  }
  .summary {
    margin: 0.6em 0 0;
    font-size: 0.92em;
  }
  [part='source'] {
    margin: 0.6em 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }
  [part='source'] a {
    color: inherit;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.6em 0 0;
    padding: 0;
    list-style: none;
  }
  button,
  input,
  select {
    font: inherit;
    font-size: 0.85em;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    padding: 0.25em 0.65em;
    min-height: 2em;
  }
  button {
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
    border-color: var(--_fg);
  }
  button:hover {
    border-color: var(--_muted);
  }
  :focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  [part='error'] {
    background: var(--_error-bg);
    color: var(--_error-fg);
    border-left: 4px solid currentColor;
    padding: 0.6em 0.9em;
    border-radius: 2px;
    font-size: 0.92em;
  }
  [part='error'] strong {
    display: block;
  }
  [part='error'] .retry {
    display: block;
    margin-top: 0.6em;
    color: var(--_error-fg);
    background: transparent;
    border-color: currentColor;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .cite-box {
    margin-top: 0.6em;
    padding: 0.6em 0.8em;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    font-size: 0.85em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    [part='actions'] {
      display: none;
    }
    :host {
      break-inside: avoid;
    }
  }
`;
