// The people voted on, indexed once by id so that ballots and the hand tally find a person in
// constant time (1,000 ballots × 100 people is 100,000 look-ups).

import { ruleProblem } from "./problems";
import type { PersonInput, Problem } from "./types";

export interface RosterEntry {
  /** The person's row in the roster's order. */
  readonly index: number;
  readonly person: PersonInput;
}

export interface Roster {
  readonly people: readonly PersonInput[];
  /** Person id → the first roster row with that id. A later row with the same id (E201) is not
   * in here: it gets no counts. */
  readonly byId: ReadonlyMap<string, RosterEntry>;
}

/** Indexes the roster; an empty roster is E202, an id used twice is E201. */
export function readRoster(people: readonly PersonInput[], problems: Problem[]): Roster {
  if (people.length === 0) problems.push(ruleProblem("E202", {}));
  const byId = new Map<string, RosterEntry>();
  people.forEach((person, index) => {
    const first = byId.get(person.id);
    if (first === undefined) {
      byId.set(person.id, { index, person });
    } else {
      const params = { id: person.id, name: person.name };
      problems.push(ruleProblem("E201", params, [person.ref, first.person.ref]));
    }
  });
  return { people, byId };
}
