/**
 * Static-first markup: `<fpk-trend …>` with its own fallback inside, in ordinary light-DOM HTML
 * (heading, the chart as inline SVG labelled as one image, the summary, the source line with its
 * links, the actions row's space and optionally the table). A page shows it before any script
 * runs, with scripts off, after `innerHTML` and after a sanitiser (which may drop the custom tag
 * but keeps the figure); the element adopts it when its script arrives (components/shared/adopt.ts).
 *
 * Nothing is styled inline (no `style` attribute, no `<style>`): classes only, styled by
 * `fpk-static.css` (components/shared/static.css, shipped as dist/cdn/fpk-static.css), so the
 * markup renders under `style-src 'self'`. The classes mirror the element's shadow DOM
 * (components/shared/styles.ts), so the fallback takes the space the live element will take.
 * No DOM, no vega: the chart SVG comes from `render()`.
 */
import { actionText, offeredActions } from '../charts/actions.js';
import { cellText, isNumeric, tableColumns } from '../charts/cells.js';
import type { ChartModel } from '../charts/contract.js';
import { hostOf } from '../charts/links.js';
import { dataVersion, sourceParts } from '../charts/source-line.js';
import { t, type Lang } from '../i18n/index.js';
import { safeURL } from '../safe-url.js';

export interface StaticOptions {
  /**
   * Also put the rows in a table, hidden from sight but read by screen readers and shown by
   * readers that drop the stylesheet (RSS, text-only, reader modes). Default false.
   */
  readonly table?: boolean;
  /** Prefix of the ids in the markup (the heading's), unique on the page; default from the tag and attributes. */
  readonly id?: string;
}

/** What `staticHTML` is drawn from: the chart alone (vega's SVG, labelled) and its model. */
export interface StaticChart {
  readonly chart: string;
  readonly model: ChartModel;
}

/**
 * The chart's SVG with coordinates to one decimal (vega writes up to ten): a tenth of a CSS pixel
 * is below what a screen shows, and the inline SVG is most of a static-first page's bytes, which
 * its first frame waits for (docs/PERFORMANCE.md). Only path data, transforms and positions are
 * rounded; the root's width, height and viewBox are whole numbers already, so the size (and the
 * no-layout-shift promise) is unchanged.
 */
export function compactSVG(svg: string): string {
  return svg.replace(/ (d|transform|x|y|x1|x2|y1|y2|points)="([^"]*)"/g, (_, name: string, value: string) => {
    const rounded = value.replace(/-?\d*\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
    return ` ${name}="${rounded}"`;
  });
}

/** Text or a double-quoted attribute value, escaped for HTML. */
export function escapeHTML(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const escape = escapeHTML;

/** ` name="value"` for each attribute, in order, escaped. */
export function attributeList(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
}

/** A short stable hash (FNV-1a) for default ids: the same chart gets the same id every run. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function sourceHTML(model: ChartModel, lang: Lang): string {
  const { label, entries } = sourceParts(model, lang);
  const links = entries.map((e) => {
    const href = safeURL(e.url);
    const link = href ? `<a href="${escape(href)}" rel="noopener" target="_blank">${escape(e.credit)}</a>` : escape(e.credit);
    return `${link}${escape(e.details)}`;
  });
  const notes = (model.notes ?? []).map((n) => ` ${escape(n)}`).join('');
  return `<p class="fpk-static-source">${escape(label)}: ${links.length ? `${links.join('; ')}.` : '…'}${notes}</p>`;
}

/**
 * The actions row the element will draw (Chart, Table, CSV ↓ …), as invisible placeholders of the
 * same size: without a script they would do nothing, and without them the page would move down
 * when the element's buttons appear.
 */
function actionsHTML(attributes: Readonly<Record<string, string>>, lang: Lang): string {
  const names = [t(lang, 'chart'), t(lang, 'table'), ...offeredActions(attributes['actions'], true).map((a) => actionText(lang, a))];
  return `<div class="fpk-static-actions" aria-hidden="true">${names.map((n) => `<span>${escape(n)}</span>`).join('')}</div>`;
}

function tableHTML(model: ChartModel, lang: Lang): string {
  const cls = (format: Parameters<typeof isNumeric>[0]) => (isNumeric(format) ? ' class="num"' : '');
  const cell = (value: unknown, format: Parameters<typeof cellText>[2]): string => {
    if (format !== 'link' || !Array.isArray(value) || value.length === 0) return escape(cellText(lang, value, format));
    return (value as readonly { url: string }[])
      .map((l) => {
        const href = safeURL(l.url);
        return href ? `<a href="${escape(href)}" rel="noopener" target="_blank">${escape(hostOf(l.url))}</a>` : escape(l.url);
      })
      .join(' ');
  };
  const columns = tableColumns(model.columns);
  const head = columns.map((c) => `<th scope="col"${cls(c.format)}>${escape(c.label)}</th>`).join('');
  const body = model.rows
    .map((row) => `<tr>${columns.map((c) => `<td${cls(c.format)}>${cell(row[c.key], c.format)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<div class="fpk-static-table"><table><caption>${escape(model.label)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/**
 * `<tag …attributes>` holding its static fallback: a `<figure class="fpk-static">` with
 * `data-fpk-static` and `data-version`, drawn in `lang`.
 */
export function staticHTML(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  drawn: StaticChart,
  lang: Lang,
  options: StaticOptions = {},
): string {
  const { model } = drawn;
  const id = options.id ?? `fpk-static-${hash(`${tag}${attributeList(attributes)}`)}`;
  const heading = attributes['heading'];
  const description = attributes['description'];
  const theme = attributes['theme'] === 'dark' ? ' fpk-static-dark' : '';
  const header =
    heading || description
      ? `<div class="fpk-static-header">${heading ? `<h2 id="${escape(id)}-heading">${escape(heading)}</h2>` : ''}${
          description ? `<p>${escape(description)}</p>` : ''
        }</div>`
      : '';
  const figure = [
    `<figure class="fpk-static${theme}" data-fpk-static data-version="${escape(dataVersion(model))}" lang="${lang}"${
      heading ? ` aria-labelledby="${escape(id)}-heading"` : ''
    }>`,
    header,
    `<div class="fpk-static-chart">${compactSVG(drawn.chart)}</div>`,
    `<p class="fpk-static-summary">${escape(model.summary)}</p>`,
    sourceHTML(model, lang),
    actionsHTML(attributes, lang),
    ...(options.table ? [tableHTML(model, lang)] : []),
    `</figure>`,
  ]
    .filter(Boolean)
    .join('\n');
  return `<${tag}${attributeList(attributes)}>\n${figure}\n</${tag}>`;
}
