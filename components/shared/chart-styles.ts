import { css } from 'lit';

/**
 * Styles of the vega output and the tooltip inside a host's shadow root, as a constructable
 * stylesheet (CSP-safe under `style-src 'self'`, where an inline `<style>` is blocked; vega itself
 * adds none: the charts are drawn with vega's own View). `adoptChartStyles` in vega-draw.ts adopts
 * it into the shadow root when `VegaController` draws, so a host need not list it (listing it is harmless).
 */
export const chartStyles = css`
  .fpk-vega {
    display: block;
  }
  .fpk-vega > svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .fpk-tooltip {
    position: fixed;
    z-index: 1000;
    max-width: min(20rem, calc(100vw - 1rem));
    padding: 0.4rem 0.55rem;
    pointer-events: none;
    border: 1px solid var(--fpk-grid, #c8c8c8);
    border-radius: 3px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
    background: var(--fpk-bg, #fff);
    color: var(--fpk-fg, #1b1b1b);
    font: 0.8125rem/1.35 var(--fpk-font, system-ui, sans-serif);
  }
  .fpk-tooltip .title {
    display: block;
    margin-bottom: 0.25rem;
  }
  .fpk-tooltip table {
    border-collapse: collapse;
  }
  .fpk-tooltip th {
    padding: 0 0.5rem 0 0;
    color: var(--fpk-muted, #595959);
    font-weight: normal;
    text-align: left;
    vertical-align: top;
  }
  .fpk-tooltip td {
    padding: 0;
    font-variant-numeric: tabular-nums;
  }
`;
