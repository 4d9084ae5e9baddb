/**
 * The chrome every element shows around its chart or table, as templates: heading, loading
 * message, error panel, source line, actions and citation box. Pure templates: the element
 * (base.ts) owns the state and passes what to show and what a button does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isLoadFailure } from '../../src/errors.js';
import { safeURL } from '../../src/safe-url.js';
import { langMark, t, type Lang } from '../../src/i18n/index.js';
import type { ChartModel } from '../../src/charts/contract.js';
import { sourceParts, type CitationPart } from '../../src/charts/source-line.js';
import type { FpkErrorDetail } from './events.js';
import { actionLabel, actionText, type Action } from '../../src/charts/actions.js';

export function header(heading: string | undefined, description: string | undefined, headingId: string): TemplateResult | typeof nothing {
  if (!heading && !description) return nothing;
  return html`<div part="header">
    ${heading ? html`<h2 id=${headingId}>${heading}</h2>` : nothing} ${description ? html`<p>${description}</p>` : nothing}
  </div>`;
}

/** What the chart's place holds until the model is there (Retry moves focus to it). */
export function loadingMessage(lang: Lang): TemplateResult {
  return html`<div part="chart"><div class="placeholder" role="status" tabindex="-1">${t(lang, 'loading')}</div></div>`;
}

/**
 * The error panel. Something that did not arrive may arrive on a second try (Retry); a bad
 * attribute will not (no button). A chunk cannot either: browsers keep a failed import() for the
 * page's lifetime, so only a page reload asks again.
 */
export function errorPanel(lang: Lang, { code, message }: FpkErrorDetail, on: { retry(): void; reloadPage(): void }): TemplateResult {
  const chunk = code === 'chunk-load-failed';
  const retry = isLoadFailure(code)
    ? html`<button type="button" class="retry" @click=${() => (chunk ? on.reloadPage() : on.retry())}>${t(lang, chunk ? 'reloadPage' : 'retry')}</button>`
    : nothing;
  return html`<div part="error" role="alert"><strong>${t(lang, 'errorTitle')}</strong><span class="message">${message}</span>${retry}</div>`;
}

/** The source line, always shown ("…" until the model names its sources), with the model's notes. */
export function sourceLine(lang: Lang, model: ChartModel | null): TemplateResult {
  const { label, entries } = sourceParts(model ?? { metas: [] }, lang);
  return html`<p part="source">
    ${label}:
    ${
      entries.length
        ? html`${entries.map((e, i) => html`${i ? '; ' : ''}<a href=${ifDefined(safeURL(e.url))} rel="noopener" target="_blank">${e.credit}</a>${e.details}`)}.`
        : '…'
    }
    ${(model?.notes ?? []).map((n) => html` ${n}`)}
  </p>`;
}

export interface ActionBar {
  /** Whether there is a chart (view toggle and image downloads are offered only then). */
  readonly chart: boolean;
  readonly view: 'chart' | 'table';
  readonly actions: readonly Action[];
  setView(view: 'chart' | 'table'): void;
  run(action: Action): void;
}

export function actionBar(lang: Lang, bar: ActionBar): TemplateResult {
  return html`<div part="actions" role="group" aria-label=${t(lang, 'actions')}>
    ${
      bar.chart
        ? html`<button type="button" aria-pressed=${bar.view !== 'table'} @click=${() => bar.setView('chart')}>${t(lang, 'chart')}</button>
          <button type="button" aria-pressed=${bar.view === 'table'} @click=${() => bar.setView('table')}>${t(lang, 'table')}</button>`
        : nothing
    }
    ${bar.actions.map(
      (a) =>
        html`<button type="button" data-action=${a} aria-label=${a === 'cite' ? t(lang, 'citeTitle') : `${t(lang, 'download')} ${actionLabel(lang, a)}`} @click=${() => bar.run(a)}>
          ${actionText(lang, a)}
        </button>`,
    )}
  </div>`;
}

/**
 * The Cite box: one paragraph per dataset, the source's own reference (English, as published:
 * marked lang="en" on a page in another language) followed by our words in the element's language.
 */
export function citationBox(lang: Lang, citation: readonly CitationPart[], close: () => void): TemplateResult {
  // Focus moves into the box when it opens (tabindex="-1"); Escape closes it, as Close does.
  return html`<div class="cite-box" role="region" tabindex="-1" aria-label=${t(lang, 'citeTitle')} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), close())}>
    ${citation.map((p) => html`<p><span lang=${ifDefined(langMark(lang, 'en'))}>${p.reference}</span>${p.via}</p>`)}
    <button type="button" @click=${close}>${t(lang, 'close')}</button>
  </div>`;
}
