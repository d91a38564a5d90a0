// One fact seen in many cells (an unknown person on 1,000 ballots) is reported once, with its
// count and every cell, rather than as 1,000 problems.

import { ruleProblem } from "./problems";
import { levelName } from "./regulations";
import type { Level, Problem, SourceRef } from "./types";

export type Occurrences<K> = Map<K, (SourceRef | undefined)[]>;

export function addOccurrence<K>(
  occurrences: Occurrences<K>,
  key: K,
  ref: SourceRef | undefined
): void {
  const refs = occurrences.get(key);
  if (refs === undefined) occurrences.set(key, [ref]);
  else refs.push(ref);
}

/** E305 for each level that the regulation applied does not have (a "high" count in a
 * no-confidence vote), with the cells where it was found. */
export function reportForeignLevels(foreign: Occurrences<Level>, problems: Problem[]): void {
  for (const [level, refs] of foreign) {
    const params = { levelVi: levelName(level, "vi"), levelEn: levelName(level, "en") };
    problems.push(ruleProblem("E305", { ...params, count: refs.length }, refs));
  }
}
