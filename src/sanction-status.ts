/**
 * An OFAC entity's status on each dated copy of the SDN list, by entity number: the join
 * designations → sanctions asks "was ent_num N listed, under which name and programs, on
 * 2024-05-03, 2026-07-23 and 2026-08-20?". Pure functions over `sanctions` rows; no I/O.
 */
import { SANCTION_LIST_DATES, type SanctionEntry, type SanctionListDate, type SanctionListState } from './dataset-schemas/sanctions.js';

const indexes = new WeakMap<readonly SanctionEntry[], ReadonlyMap<number, SanctionEntry>>();

function entryOf(entries: readonly SanctionEntry[], entNum: number): SanctionEntry | undefined {
  let index = indexes.get(entries);
  if (!index) {
    index = new Map(entries.map((e) => [e.entNum, e]));
    indexes.set(entries, index);
  }
  return index.get(entNum);
}

/**
 * The entry on every dated copy, oldest first (one state per `SANCTION_LIST_DATES`). Undefined
 * when `sanctions` has no such entry: it is not Mexico-linked by the dataset's rules (or not an
 * SDN entry at all), so its status is unknown here, which is not the same as "never listed".
 */
export function sanctionStates(entries: readonly SanctionEntry[], entNum: number): readonly SanctionListState[] | undefined {
  return entryOf(entries, entNum)?.states;
}

/** The entry on one dated copy; undefined as for `sanctionStates`. */
export function sanctionStateOn(entries: readonly SanctionEntry[], entNum: number, date: SanctionListDate): SanctionListState | undefined {
  return sanctionStates(entries, entNum)?.[SANCTION_LIST_DATES.indexOf(date)];
}
