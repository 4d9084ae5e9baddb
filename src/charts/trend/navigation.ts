/** The trend's keyboard navigation: the lists of values the arrow keys step through, with what each one says. */
import { keysHint, type ChartNavigation } from '../navigation.js';
import type { Lang } from '../../i18n/index.js';
import type { Series } from './series.js';
import { trendText } from './text.js';

/**
 * What the arrow keys step through (src/charts/navigation.ts): one list per series in legend
 * order, its values in month order, hidden ones included (the reader hears why a gap is one);
 * each item is the point (or bar) vega draws for it, found by series and month.
 */
export function trendNavigation(series: readonly Series[], barReader: Series | null, lang: Lang): ChartNavigation {
  const text = trendText(lang);
  const lists = [...series, ...(barReader ? [barReader] : [])]
    .map((s) =>
      s.rows.map((r) => {
        const period = r.period as string;
        const date = Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1);
        const value = typeof r.value === 'number' ? r.value : null;
        return {
          sentence: text.point({
            series: s.name,
            measure: s.measure,
            period,
            value,
            ...(s.flags?.has(period) ? { flag: s.flags.get(period)! } : typeof r.flag === 'string' ? { flag: r.flag } : {}),
            ...(s.hidden?.has(period) ? { hidden: s.hidden.get(period)! } : {}),
          }),
          mark: { marks: ['points_marks', 'bars_marks', 'reader_marks'], match: { series: s.name, date }, x: date },
        };
      }),
    )
    .filter((l) => l.length);
  return { lists, hint: keysHint(lang, { series: lists.length > 1 }) };
}
