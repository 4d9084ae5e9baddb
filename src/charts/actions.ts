/**
 * The actions row under a chart (view toggle, downloads, cite): which are offered for an
 * `actions` attribute and what their buttons say. The element draws the buttons; the static
 * fallback (src/render/html.ts) reserves the same row so the page does not move when the element
 * takes over. No DOM.
 */
import { t, type Lang, type MessageKey } from '../i18n/index.js';

export const ACTIONS = ['csv', 'json', 'png', 'svg', 'cite'] as const;
export type Action = (typeof ACTIONS)[number];

/** The actions `actions` asks for (space- or comma-separated; default all), images only with a chart. */
export function offeredActions(actions: string | undefined, hasChart: boolean): Action[] {
  const asked = actions === undefined ? [...ACTIONS] : actions.split(/[\s,]+/).filter(Boolean);
  const known = asked.filter((a): a is Action => (ACTIONS as readonly string[]).includes(a));
  return hasChart ? known : known.filter((a) => a !== 'png' && a !== 'svg');
}

/** The button's short name: 'CSV', 'Cite'. */
export function actionLabel(lang: Lang, action: Action): string {
  return t(lang, ACTION_LABELS[action]);
}

/** Each action's message key, written out so that every key in use can be found (test/node/i18n-catalogues.test.ts). */
const ACTION_LABELS: Readonly<Record<Action, MessageKey>> = {
  csv: 'downloadCsv',
  json: 'downloadJson',
  png: 'downloadPng',
  svg: 'downloadSvg',
  cite: 'cite',
};

/** The button's visible text: 'CSV ↓' for a download, 'Cite' for the citation. */
export function actionText(lang: Lang, action: Action): string {
  return action === 'cite' ? actionLabel(lang, action) : `${actionLabel(lang, action)} ↓`;
}
