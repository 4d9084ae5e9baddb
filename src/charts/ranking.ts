/**
 * Which changes a summary may lead with (src/headlines.ts), shared by `<fpk-compare>`'s two-period
 * modes and `<fpk-map measure="yoy">`: when any compared value is provisional-flagged, changes are
 * ranked on CDC's predicted counts where CDC publishes them for both periods (the reported change
 * is quoted beside it); a change from fewer than 20 deaths is never ranked. No DOM.
 */
import { meaningfulBase } from '../headlines.js';

export interface ChangeCandidate {
  readonly key: string;
  /** The name inside a sentence. */
  readonly name: string;
  /** Percent change of the reported values, or null. */
  readonly reported: number | null;
  /** Percent change of CDC's predicted counts, or null where CDC publishes none for a period. */
  readonly predicted: number | null;
  /** The earlier period's deaths (the base of the change). */
  readonly base: number | null;
  /** A value of either period carries CDC's underreported flag or a wide predicted gap. */
  readonly flagged: boolean;
}

export interface RankedChange {
  readonly key: string;
  readonly name: string;
  /** The percent change ranked: predicted where `basis` is predicted and CDC publishes it, else reported. */
  readonly score: number;
  readonly basis: 'predicted' | 'reported';
  /** The reported change, quoted beside a predicted one. */
  readonly reported: number | null;
}

export interface ChangeRanking {
  /** Highest change first. */
  readonly ranked: readonly RankedChange[];
  /** Ranked on predicted counts (some compared value was provisional-flagged). */
  readonly predicted: boolean;
  /** Candidates with a change left out of the ranking because their base is under 20 deaths. */
  readonly tinyBases: number;
}

export function rankChanges(
  candidates: readonly ChangeCandidate[],
  byName: (a: { name: string }, b: { name: string }) => number,
): ChangeRanking {
  const withChange = candidates.filter((c) => c.reported !== null);
  const predicted = withChange.some((c) => c.flagged);
  const eligible = withChange.filter((c) => meaningfulBase('deaths', c.base));
  const ranked = eligible
    .map((c): RankedChange => {
      const usePredicted = predicted && c.predicted !== null;
      return {
        key: c.key,
        name: c.name,
        score: usePredicted ? c.predicted : c.reported!,
        basis: usePredicted ? 'predicted' : 'reported',
        reported: c.reported,
      };
    })
    .sort((a, b) => b.score - a.score || byName(a, b));
  return { ranked, predicted, tinyBases: withChange.length - eligible.length };
}
