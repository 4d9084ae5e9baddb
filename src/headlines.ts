/**
 * What a generated summary may lead with. Two rules, one per way a headline can mislead:
 *
 * 1. **Provisional counts.** CDC's reported count for a recent month is too low while death
 *    records are still arriving; its predicted count adjusts for that delay. A value is
 *    *provisional-flagged* when CDC marks it underreported (footnote `*`) or when its predicted
 *    count exceeds the reported one by more than `PREDICTED_GAP` (10 %). Across the committed
 *    data, the gap is at most 8.7 % for 99 % of closed (`**`) state values and under 5 % for every US
 *    value, while the months a headline would be built on reach 32 % (North Carolina, 12 months
 *    ending July 2024: 2,269 reported, 2,996 predicted). Above 10 % the reported count is
 *    outside CDC's usual adjustment, so a reader is told both numbers. Flagged values show their
 *    predicted count and the flag in tooltips and tables, and a summary that ranks changes ranks
 *    them on predicted counts where CDC publishes both (and quotes the reported change beside it).
 *
 * 2. **Tiny bases.** A percent change from a small base says little: one seizure or one entry
 *    more or less moves it by tens of percent. `TINY_BASE` is, per measure, the base below which a
 *    summary gives the two values and never the percent change, and a ranking never leads with
 *    it. Overdose deaths: 20, the NCHS reliability standard (NCHS flags rates based on fewer
 *    than 20 deaths as unreliable). CBP seizures: 100 pounds (a month under 100 pounds at
 *    a border is one or two seizures) and 20 seizure events. OFAC list additions: 20 entries in
 *    a month (one designation action often adds a dozen entries at once).
 */

/** Predicted above reported by more than this share flags a value as provisional (see above). */
export const PREDICTED_GAP = 0.1;

/** The smallest base a percent change is headlined from, per measure (see above). */
export const TINY_BASE = {
  /** Overdose deaths (counts, and the deaths behind a rate). */
  deaths: 20,
  /** CBP seizures in a month, pounds. */
  pounds: 100,
  /** CBP seizure events in a month. */
  events: 20,
  /** Mexico-linked entries added to OFAC's SDN list in a month. */
  additions: 20,
} as const;

export type BaseKind = keyof typeof TINY_BASE;

/** Whether a percent change from `base` may lead a summary. */
export function meaningfulBase(kind: BaseKind, base: number | null | undefined): base is number {
  return typeof base === 'number' && Number.isFinite(base) && Math.abs(base) >= TINY_BASE[kind];
}

export interface ProvisionalFlag {
  /** CDC marks the value underreported (records still arriving). */
  readonly underreported: boolean;
  /** Predicted above reported by more than `PREDICTED_GAP`. */
  readonly wideGap: boolean;
  /** (predicted − reported) / reported, or null without both. */
  readonly gap: number | null;
  readonly predicted: number | null;
  readonly reported: number | null;
}

/** How provisional a VSRR value is; null when neither the flag nor the gap applies. */
export function provisionalFlag(row: {
  readonly reported: number | null;
  readonly predicted: number | null;
  readonly footnotes: readonly string[];
}): ProvisionalFlag | null {
  const underreported = row.footnotes.includes('underreported');
  const gap = row.reported !== null && row.predicted !== null && row.reported > 0 ? (row.predicted - row.reported) / row.reported : null;
  const wideGap = gap !== null && gap > PREDICTED_GAP;
  if (!underreported && !wideGap) return null;
  return { underreported, wideGap, gap, predicted: row.predicted, reported: row.reported };
}

/**
 * Percentage points by which a change on predicted counts must differ from the change on reported
 * counts for a summary to quote both; closer, they tell the same story and the reported change
 * (the one the chart draws) is quoted alone.
 */
export const QUOTE_BOTH_POINTS = 1;

/** Whether a summary quotes the predicted-count change beside the reported one. */
export function quoteBoth(predicted: number | null, reported: number | null): predicted is number {
  return predicted !== null && reported !== null && Math.abs(predicted - reported) >= QUOTE_BOTH_POINTS;
}

/** Percent change from `before` to `after`, or null without both or from a zero base. */
export function percentChange(before: number | null | undefined, after: number | null | undefined): number | null {
  if (typeof before !== 'number' || typeof after !== 'number' || before === 0) return null;
  return ((after - before) / before) * 100;
}
