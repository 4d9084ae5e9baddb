/** The trend's keyboard navigation: the lists of values the arrow keys step through, with what each one says. */
import { keysHint, type ChartNavigation, type NavItem } from '../navigation.js';
import type { Lang } from '../../i18n/index.js';
import type { MarkerInfo } from './markers.js';
import type { Series } from './series.js';
import { safeURL } from '../../safe-url.js';
import { trendText } from './text.js';

/**
 * What the arrow keys step through (src/charts/navigation.ts): one list per series in legend
 * order, its values in month order, hidden ones included (the reader hears why a gap is one);
 * each item is the point (or bar) vega draws for it, found by series and month. The event markers
 * are the last list, in date order, said as the list under the chart says them; Enter opens a
 * marker's first source.
 */
export function trendNavigation(
  series: readonly Series[],
  barReader: Series | null,
  markers: readonly MarkerInfo[],
  lang: Lang,
): ChartNavigation {
  const text = trendText(lang);
  const lists: NavItem[][] = [...series, ...(barReader ? [barReader] : [])]
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
  if (markers.length)
    lists.push(
      markers.map((m) => {
        const date = Date.UTC(Number(m.date.slice(0, 4)), Number(m.date.slice(5, 7)) - 1, Number(m.date.slice(8, 10)));
        const href = safeURL(m.links[0]?.url);
        return {
          sentence: `${m.dateText} — ${m.lead}${m.parties.length ? `: ${m.parties.join(', ')}` : ''}.`.replace(/\.\.$/, '.'),
          mark: { marks: ['markers_marks'], match: { date, kind: m.kind }, x: date },
          ...(href ? { href } : {}),
        };
      }),
    );
  return { lists, hint: keysHint(lang, { series: lists.length > 1 }) };
}
