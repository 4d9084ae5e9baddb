/**
 * The trend's overdose series: one per jurisdiction and drug in the chosen measure (reported,
 * predicted, year-over-year, per 100,000), or one per CDC release (measure="revisions"), cut to one
 * coherent latest month. Each builder pushes the source notes its rows need.
 */
import { releasesOf, vintagesOf, type ShownData } from '../../cite.js';
import { meaningfulBase, provisionalFlag } from '../../headlines.js';
import { addMonths, overdoseSeries, populationFor, revisions, withYearOverYear } from '../../query.js';
import { footnoteText, footnotesTranslated, hiddenReason, provisionalText, reasonText, type MissingReason } from '../../i18n/names.js';
import type { Lang } from '../../i18n/index.js';
import type { TrendData } from './data.js';
import { inRange, type Row, type Series } from './series.js';
import type { TrendSettings } from './settings.js';
import { trendText, type RevisionsSummary } from './text.js';

export function overdoseSeriesList(
  settings: TrendSettings,
  data: TrendData,
  lang: Lang,
  notes: string[],
  shownData: Record<string, ShownData>,
): Series[] {
  const text = trendText(lang);
  const { measure } = settings;
  const missingPopulation = new Set<string>();
  const vintages: { year: number; vintage: string }[] = [];
  let list = settings.jurisdictions.flatMap((jurisdiction) =>
    settings.indicators.map((indicator): Series => {
      const points = overdoseSeries(data.overdoses, {
        jurisdictions: [jurisdiction],
        indicators: [indicator],
        measure: measure === 'predicted' ? 'predicted' : 'reported',
      });
      const base = (p: (typeof points)[number]) => ({
        series: text.overdoseSeries(jurisdiction, indicator),
        jurisdiction,
        indicator,
        period: p.period,
      });
      // CDC's underreported flag or a wide predicted gap (src/headlines.ts), in words: all of it in the
      // tooltip (`flag`); in the table only the gap (`provisional`), as the footnotes column already
      // carries CDC's underreported sentence and a column the predicted value.
      const flags = new Map<string, string>();
      const tail = (p: (typeof points)[number]) => {
        const flag = p.value === null ? null : provisionalFlag(p);
        // The keyboard navigation says the value alone, so its flag names the predicted count too.
        if (flag) flags.set(p.period, provisionalText(lang, flag, { predicted: true }));
        return {
          release: p.release,
          footnotes: footnoteText(lang, p.footnotes),
          provisional: flag?.wideGap ? provisionalText(lang, { ...flag, underreported: false }, { predicted: measure === 'yoy' }) : '',
          ...(flag ? { flag: provisionalText(lang, flag, { predicted: measure === 'yoy' }) } : {}),
        };
      };
      let rows: Row[];
      if (measure === 'yoy') {
        const have = new Set(points.map((p) => p.period));
        rows = withYearOverYear(points)
          // A window whose year-earlier month is outside the data has no change to show; a hidden one is a gap.
          .filter((p) => inRange(settings, p.period) && have.has(addMonths(p.period, -12)))
          .map((p) => ({ ...base(p), value: p.changePercent, reported: p.value, previous: p.previous, ...tail(p) }));
      } else if (measure === 'per100k') {
        rows = points.flatMap((p) => {
          const pop = populationFor(data.population!.rows, jurisdiction, p.period);
          if (pop.population === null) {
            missingPopulation.add(p.period);
            return [];
          }
          vintages.push({ year: pop.year, vintage: pop.vintage });
          const rate = (v: number | null) => (v === null ? null : (v / pop.population) * 100_000);
          return [
            {
              ...base(p),
              value: rate(p.reported),
              predicted: rate(p.predicted),
              reported: p.reported,
              population: pop.population,
              populationYear: pop.year,
              ...tail(p),
            },
          ];
        });
      } else if (measure === 'predicted') {
        rows = points.map((p) => ({ ...base(p), value: p.predicted, reported: p.reported, ...tail(p) }));
      } else {
        rows = points.map((p) => ({ ...base(p), value: p.reported, predicted: p.predicted, ...tail(p) }));
      }
      const byPeriod = new Map(points.map((p) => [p.period, p]));
      const hidden = new Map(
        rows.flatMap((r) => {
          if (r.value !== null) return [];
          const p = byPeriod.get(r.period as string);
          const reason: MissingReason = !p || p.value !== null ? 'no-previous' : hiddenReason(p.footnotes);
          return [[r.period as string, reasonText(lang, reason, { drug: indicator })] as const];
        }),
      );
      return { name: text.overdoseSeries(jurisdiction, indicator), measure, rows, hidden, flags };
    }),
  );
  const cut = coherentEnd(settings, list, lang, notes);
  list = cut.list;
  const shown = list.flatMap((s) => s.rows);
  const hidden = shown.filter((r) => r.value === null).length;
  const releases = releasesOf(shown);
  if (releases.length > 1) notes.push(text.notes.mixedReleases(releases));
  const underreported = footnoteText(lang, ['underreported']);
  if (shown.some((r) => String(r.footnotes).includes(underreported))) notes.push(text.notes.underreported);
  const translated = footnotesTranslated(lang);
  if (translated && shown.some((r) => r.footnotes)) notes.push(translated);
  if (hidden) notes.push(text.notes.hidden(hidden));
  if (measure === 'per100k') {
    notes.push(text.notes.populationYear);
    // Months past the common latest month the chart was cut to need no word.
    const missing = [...missingPopulation].filter((p) => !cut.at || p <= cut.at).sort();
    if (missing.length) notes.push(text.notes.noPopulation(missing));
    if (data.population)
      shownData[data.population.meta.name] = {
        vintages: vintagesOf(vintages.filter((v) => !cut.at || v.year <= Number(cut.at.slice(0, 4)))),
      };
  }
  return list;
}

/**
 * measure="revisions": one line per CDC release of one jurisdiction and drug, each the reported
 * counts as that release published them (`revisions` in src/query.ts). Without `from`, the chart
 * starts 24 months before the last month the oldest release publishes, where the releases part.
 */
export function revisionSeriesList(
  settings: TrendSettings,
  data: TrendData,
  lang: Lang,
  notes: string[],
  facts: { summary?: RevisionsSummary },
): Series[] {
  const text = trendText(lang);
  const jurisdiction = settings.jurisdictions[0]!;
  const indicator = settings.indicators[0]!;
  const all = revisions(data.overdoses, { jurisdiction, indicator });
  const lastOf = (release: string) =>
    all.periods.reduce((last, p) => (p.values.some((v) => v.release === release) && p.period > last ? p.period : last), '');
  const oldest = all.releases[0];
  const from = settings.from ?? (oldest ? addMonths(lastOf(oldest), -24) : undefined);
  const shown = all.periods.filter((p) => (!from || p.period >= from) && (!settings.to || p.period <= settings.to));
  const name = text.overdoseSeries(jurisdiction, indicator);
  const list = all.releases.map((release): Series => {
    const rows = shown.flatMap((p) => {
      const v = p.values.find((x) => x.release === release);
      if (!v) return [];
      const flag = v.reported === null ? null : provisionalFlag(v);
      return [
        {
          series: text.releaseSeries(release),
          jurisdiction,
          indicator,
          period: p.period,
          value: v.reported,
          predicted: v.predicted,
          release,
          footnotes: footnoteText(lang, v.footnotes),
          provisional: flag?.wideGap ? provisionalText(lang, { ...flag, underreported: false }, { predicted: false }) : '',
          ...(flag ? { flag: provisionalText(lang, flag, { predicted: true }) } : {}),
        },
      ];
    });
    return { name: text.releaseSeries(release), measure: 'revisions', rows };
  });
  // The summary: each older release's last month as first reported and as the newest release with it reports it.
  const inRange = (period: string) => shown.some((p) => p.period === period);
  const firstReports = all.releases.slice(0, -1).flatMap((release) => {
    const point = all.periods.find((p) => p.period === lastOf(release));
    const first = point?.values.find((v) => v.release === release);
    if (
      !point ||
      !first ||
      first.reported === null ||
      point.latest.release === release ||
      point.latest.reported === null ||
      !inRange(point.period)
    )
      return [];
    return [{ period: point.period, release, first: first.reported, latestRelease: point.latest.release, latest: point.latest.reported }];
  });
  const overlap = shown.filter((p) => p.values.length > 1);
  const largest = overlap
    .filter((p) => p.change !== null && meaningfulBase('deaths', p.first.reported))
    .reduce<(typeof overlap)[number] | null>((best, p) => (!best || Math.abs(p.change!) > Math.abs(best.change!) ? p : best), null);
  facts.summary = {
    name,
    releases: list.filter((s) => s.rows.length).map((s) => s.rows[0]!.release as string),
    facts: firstReports,
    overlap: overlap.length,
    revised: overlap.filter((p) => p.change !== null && p.change !== 0).length,
    largest:
      largest && largest.change ? { period: largest.period, first: largest.first.reported!, latest: largest.latest.reported! } : null,
  };
  notes.push(text.notes.revisions);
  return list.filter((s) => s.rows.length);
}

/** The last month of a series (a hidden value counts: CDC published the month) and its release. */
function lastRow(rows: readonly Row[]): Row | undefined {
  return rows.reduce<Row | undefined>((last, r) => (!last || (r.period as string) > (last.period as string) ? r : last), undefined);
}

/**
 * One coherent latest month. Without `to`, every series stops at the latest month all of them
 * have (series without any rows cannot hold it back), and a note says which series go further and
 * how to see them. With `to`, a series that stops before the others is marked where it ends, and
 * the summary says why.
 */
function coherentEnd(settings: TrendSettings, list: Series[], lang: Lang, notes: string[]): { list: Series[]; at?: string } {
  const text = trendText(lang);
  const ends = list.map((s) => lastRow(s.rows));
  const periods = ends.filter((r): r is Row => r !== undefined).map((r) => r.period as string);
  if (periods.length < 2) return { list };
  const common = periods.reduce((a, b) => (a < b ? a : b));
  const latest = periods.reduce((a, b) => (a > b ? a : b));
  if (common === latest) return { list };
  const end = (i: number) => ({
    period: ends[i]!.period as string,
    release: typeof ends[i]!.release === 'string' ? ends[i]!.release : null,
  });
  if (!settings.to) {
    notes.push(
      text.notes.commonEnd(
        common,
        list.flatMap((s, i) => (ends[i] && end(i).period > common ? [{ name: s.name, ...end(i) }] : [])),
      ),
    );
    return { list: list.map((s) => ({ ...s, rows: s.rows.filter((r) => (r.period as string) <= common) })), at: common };
  }
  return { list: list.map((s, i) => (ends[i] && end(i).period < latest ? { ...s, endsEarly: end(i) } : s)) };
}
