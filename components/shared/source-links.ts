/** The list of a record's sources as the timeline, cases table and trend markers show it (one template for all three). */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SourceLink } from '../../src/dataset-schemas/sources.js';
import { safeURL } from '../../src/safe-url.js';
import type { Lang } from '../../src/i18n/index.js';
import { linkLabel } from '../../src/charts/links.js';

/**
 * Links in the order given (reading order: official first), each labelled by `linkLabel` with a
 * `data-kind` for styling and tests; `separator` between them (a line break in tables). A URL
 * safeURL refuses is shown as text, never as a link.
 */
export function sourceList(
  lang: Lang,
  links: readonly SourceLink[],
  onOpen?: () => void,
  separator: 'br' | 'space' = 'br',
): TemplateResult {
  return html`${links.map((l, i) => {
    const { text, tag } = linkLabel(l, lang);
    return html`${i ? (separator === 'br' ? html`<br />` : ' ') : nothing}<span class="source" data-kind=${l.kind}
      ><a href=${ifDefined(safeURL(l.url))} rel="noopener" target="_blank" @click=${() => onOpen?.()}>${text}</a>${tag ? html` <small>(${tag})</small>` : nothing}</span
    >`;
  })}`;
}
