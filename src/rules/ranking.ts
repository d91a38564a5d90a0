// A ranking by high-confidence share (rules.md section 9): neither regulation asks for it, so it
// is offered as information only. Everybody at a meeting shares one base (ballots collected),
// so comparing counts compares shares exactly, with no rounding.

import { topLevelOf } from "./regulations";
import type { TallyResult } from "./types";

export interface RankedPerson {
  readonly id: string;
  readonly name: string;
  /** 1 for the highest share; equal counts share a rank and the next rank skips (1, 1, 3). */
  readonly rank: number;
  /** Entries for tín nhiệm cao (nq96-btn: tín nhiệm). */
  readonly count: number;
  readonly percent: number | null;
}

/** People voted on, by their count of the top level (high, or confidence for nq96-btn), highest
 * first; ties keep the roster's order. Excluded people and people without counts are left out. */
export function rankByTopLevel(result: TallyResult): RankedPerson[] {
  const level = topLevelOf(result.regulation);
  const ranked = result.people.flatMap((person) => {
    const count = person.exclusion === null ? person.counts?.[level] : undefined;
    if (count === undefined) return [];
    return [{ id: person.id, name: person.name, count, percent: person.percent?.[level] ?? null }];
  });
  // Array.prototype.sort is stable: equal counts stay in the roster's order.
  ranked.sort((a, b) => b.count - a.count);
  const ranks: RankedPerson[] = [];
  for (const person of ranked) {
    const previous = ranks.at(-1);
    const tied = previous !== undefined && previous.count === person.count;
    ranks.push({ ...person, rank: tied ? previous.rank : ranks.length + 1 });
  }
  return ranks;
}
