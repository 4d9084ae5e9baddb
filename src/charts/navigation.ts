/**
 * Keyboard and screen-reader navigation of a chart's data, without the DOM: what a reader steps
 * through with the arrow keys (the items, in lists: a trend's series, a compare's bars, the map's
 * states, the timeline's events), which item a key moves to, and the sentence the live region says
 * for each. Each chart's model builds its `ChartNavigation` from its displayed rows with the words
 * its table and tooltips use (src/charts/<chart>/text.ts, src/i18n/); the one DOM part,
 * components/shared/chart-keyboard.ts, finds the drawn mark of an item in vega's scenegraph, draws
 * the focus mark and speaks the sentence.
 *
 * Vega has no keyboard model of its own: the SVG it draws is one labelled image, unreachable mark
 * by mark. This is that model, the same for every chart element.
 */
import { cellText } from './cells.js';
import type { ChartNavigation, Column, NavItem } from './contract.js';

export type { ChartNavigation, MarkRef, NavItem } from './contract.js';
import type { Lang } from '../i18n/index.js';

type Row = Readonly<Record<string, unknown>>;

/** Where the reader is: list and item index. */
export interface NavPosition {
  readonly list: number;
  readonly item: number;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const NAV_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * The position a key moves to from `at` (null: nothing focused yet, the first key lands on the
 * first item; Home/End on the first/last of the list). Left/Right stop at the ends of a list.
 * With one list, Up/Down step through it like Left/Right; with several, they go to the previous/next list, to the item nearest in place (the same
 * month in a trend whose series have different lengths: `keyOf` gives each item's place), and
 * stop at the first and last list.
 */
export function nextPosition(
  nav: ChartNavigation,
  at: NavPosition | null,
  key: NavKey,
  keyOf?: (item: NavItem) => string | number,
): NavPosition | null {
  const { lists } = nav;
  if (!lists.length || !lists[0]!.length) return null;
  if (!at) return key === 'End' ? { list: 0, item: lists[0]!.length - 1 } : { list: 0, item: 0 };
  const list = lists[at.list] ?? lists[0]!;
  const last = list.length - 1;
  switch (key) {
    case 'ArrowLeft':
      return { list: at.list, item: Math.max(0, at.item - 1) };
    case 'ArrowRight':
      return { list: at.list, item: Math.min(last, at.item + 1) };
    case 'Home':
      return { list: at.list, item: 0 };
    case 'End':
      return { list: at.list, item: last };
    case 'ArrowUp':
    case 'ArrowDown': {
      // One list (bars one under another, states, events): Up and Down step through it too.
      if (lists.length === 1) return { list: 0, item: Math.min(last, Math.max(0, at.item + (key === 'ArrowDown' ? 1 : -1))) };
      const to = Math.min(lists.length - 1, Math.max(0, at.list + (key === 'ArrowDown' ? 1 : -1)));
      if (to === at.list) return at;
      return { list: to, item: nearest(lists[to]!, list[at.item], at.item, keyOf) };
    }
  }
}

function nearest(list: readonly NavItem[], from: NavItem | undefined, index: number, keyOf?: (item: NavItem) => string | number): number {
  if (!keyOf || !from) return Math.min(index, list.length - 1);
  const place = keyOf(from);
  const same = list.findIndex((i) => keyOf(i) === place);
  if (same >= 0) return same;
  // No item at that place: the last one before it (or the first).
  let best = 0;
  list.forEach((item, i) => {
    if (keyOf(item) < place) best = i;
  });
  return best;
}

/** The item at a position, if any. */
export function itemAt(nav: ChartNavigation, at: NavPosition | null): NavItem | undefined {
  return at ? nav.lists[at.list]?.[at.item] : undefined;
}

/**
 * A row said as its table shows it: the naming cell (and `context`, e.g. the period a bar chart
 * shows), then "label: value" for every other shown column with a value, in the table's words and
 * formats (cells.ts). For charts whose rows read well as their table row (compare's bars, the
 * map's states, the timeline's events). `omit`: columns not worth hearing (a list of addresses).
 */
export function rowSentence(
  lang: Lang,
  columns: readonly Column[],
  row: Row,
  options: { readonly lead: string; readonly context?: string; readonly omit?: readonly string[] },
): string {
  const { lead, context, omit = [] } = options;
  const leadColumn = columns.find((c) => c.key === lead);
  const parts = columns
    .filter((c) => !c.downloadOnly && c.key !== lead && !omit.includes(c.key))
    .flatMap((c) => {
      const value = row[c.key];
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return [];
      return [`${c.label}: ${cellText(lang, value, c.format)}`];
    });
  const head = [cellText(lang, row[lead], leadColumn?.format), context].filter(Boolean).join(', ');
  return [head, ...parts].map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ');
}

/** The key hint's words, one catalogue per language (the same keys in both). */
const KEY_WORDS = {
  en: {
    series: 'Use the left and right arrow keys to step through the values, up and down to change series',
    items: 'Use the arrow keys to step through the items',
    ends: 'Home and End for the first and last',
    select: ', Enter to select',
    open: ', Enter to open the source',
    hint: (move: string, ends: string, enter: string) => `${move}, ${ends}${enter}, and Escape to leave.`,
  },
  es: {
    series: 'Use las flechas izquierda y derecha para recorrer los valores, arriba y abajo para cambiar de serie',
    items: 'Use las flechas para recorrer los elementos',
    ends: 'Inicio y Fin para ir al primero y al último',
    select: ', Intro para seleccionar',
    open: ', Intro para abrir la fuente',
    hint: (move: string, ends: string, enter: string) => `${move}, ${ends}${enter} y Escape para salir.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** How to step through a chart, said after its name: with several series (Up/Down change series) or one list, and whether Enter selects or opens. */
export function keysHint(lang: Lang, o: { readonly series: boolean; readonly enter?: 'select' | 'open' }): string {
  const w = KEY_WORDS[lang];
  return w.hint(o.series ? w.series : w.items, w.ends, o.enter ? w[o.enter] : '');
}
