// Counting ballot by ballot (rules.md section 2). An invalid ballot counts in ballots collected
// and gives an invalid entry to everybody; an invalid entry (blank, two or three boxes, name
// crossed out) is invalid for that person only. For every person, levels + invalid = ballots.

import { addOccurrence, reportForeignLevels, type Occurrences } from "./occurrences";
import { ruleProblem } from "./problems";
import { levelsOf } from "./regulations";
import type { Roster, RosterEntry } from "./roster";
import type {
  BallotInput,
  EntryMark,
  Level,
  Problem,
  RegulationId,
  Settings,
  SourceRef,
} from "./types";

/** One person's counts: entries per level in `levelsOf` order, then invalid entries. */
export type CountRow = readonly number[];

export interface BallotTally {
  /** Per roster row; null for a row whose id an earlier row has (it gets no counts). */
  readonly counts: readonly (CountRow | null)[];
  readonly validBallots: number;
  readonly invalidBallots: number;
}

// What the current ballot gives a person besides a level index 0, 1, 2: an invalid entry
// (blank, invalid, or a level of another regulation), or two entries at once.
const INVALID_ENTRY = -1;
const TWICE_ON_BALLOT = -2;

/** A roster person while the ballots are read. `seenOn` stamps the ballot that set `mark` (from
 * its entry at `markPosition`), so nothing needs clearing between ballots. */
interface PersonSlot {
  readonly entry: RosterEntry;
  readonly excluded: boolean;
  readonly levelCounts: number[];
  seenOn: number;
  mark: number;
  markPosition: number;
}

/** Blank and invalid are the marks that are not levels; used where `markCodes` has no code for
 * a mark, to name it as the level of another regulation that it then is. */
function isLevel(mark: EntryMark): mark is Level {
  return mark !== "blank" && mark !== "invalid";
}

/** Where the ballot's entry at `position` came from: its own ref, else the one the ballot names
 * when asked (only a problem asks). */
function entryRefOf(ballot: BallotInput, position: number): SourceRef | undefined {
  return ballot.entries[position]?.ref ?? ballot.entryRef?.(position);
}

/** Reports a ballot number used more than once (E301), with every ballot that carries it. */
export function checkBallotNumbers(ballots: readonly BallotInput[], problems: Problem[]): void {
  const byNumber: Occurrences<string> = new Map();
  for (const ballot of ballots) {
    addOccurrence(byNumber, ballot.number.value.trim(), ballot.number.ref ?? ballot.ref);
  }
  for (const [number, refs] of byNumber) {
    if (refs.length > 1) problems.push(ruleProblem("E301", { number, count: refs.length }, refs));
  }
}

/** Every ballot collected has its row: a number of rows other than C is E302. */
export function checkBallotCount(
  rows: number,
  collected: number | null,
  collectedRef: SourceRef | undefined,
  problems: Problem[]
): void {
  if (collected !== null && rows !== collected) {
    problems.push(ruleProblem("E302", { ballots: rows, collected }, [collectedRef]));
  }
}

/** Whether the ballot counts; reports each extra name written on it (W301 kept, W302 voided). */
export function ballotIsValid(
  ballot: BallotInput,
  settings: Settings,
  problems: Problem[]
): boolean {
  const extraNames = ballot.extraNames ?? [];
  const voids = settings.extraNames === "void-ballot";
  for (const extra of extraNames) {
    const params = { ballot: ballot.number.value, name: extra.value };
    // A voided ballot also names the setting that voided it.
    const refs = voids ? [extra.ref, ballot.ref, settings.ref] : [extra.ref, ballot.ref];
    problems.push(voids ? ruleProblem("W302", params, refs) : ruleProblem("W301", params, refs));
  }
  return !ballot.invalid && !(voids && extraNames.length > 0);
}

/** Counts every ballot for every person on the roster. `excluded[i]`: the roster's person i is
 * not voted on; their non-blank entries are reported (W201) and their counts are not used. */
export function countBallots(
  regulation: RegulationId,
  roster: Roster,
  excluded: readonly boolean[],
  ballots: readonly BallotInput[],
  settings: Settings,
  problems: Problem[]
): BallotTally {
  const levels = levelsOf(regulation);
  // What each mark gives: a level index, or an invalid entry; a mark not in here is a level of
  // another regulation (E305), also an invalid entry.
  const markCodes = new Map<EntryMark, number>([
    ...levels.map((level, index): [EntryMark, number] => [level, index]),
    ["invalid", INVALID_ENTRY],
    ["blank", INVALID_ENTRY],
  ]);
  const slots = new Map<string, PersonSlot>();
  for (const [id, entry] of roster.byId) {
    slots.set(id, {
      entry,
      excluded: excluded[entry.index] === true,
      levelCounts: levels.map(() => 0),
      seenOn: -1,
      mark: INVALID_ENTRY,
      markPosition: -1,
    });
  }
  // Ballot sheets list the people in the same columns on every ballot: remembering the slot
  // found at each position spares most look-ups by id (100,000 for 1,000 ballots × 100 people).
  const slotAtPosition: { readonly personId: string; readonly slot: PersonSlot | undefined }[] = [];
  const slotOf = (position: number, personId: string): PersonSlot | undefined => {
    const known = slotAtPosition[position];
    if (known !== undefined && known.personId === personId) return known.slot;
    const slot = slots.get(personId);
    slotAtPosition[position] = { personId, slot };
    return slot;
  };

  const unknownPeople: Occurrences<string> = new Map();
  const foreignLevels: Occurrences<Level> = new Map();
  const excludedEntries: Occurrences<PersonSlot> = new Map();
  const touched: PersonSlot[] = [];
  let validBallots = 0;

  checkBallotNumbers(ballots, problems);
  ballots.forEach((ballot, ballotIndex) => {
    const valid = ballotIsValid(ballot, settings, problems);
    touched.length = 0;
    ballot.entries.forEach(({ personId, mark }, position) => {
      const slot = slotOf(position, personId);
      if (slot === undefined) {
        addOccurrence(unknownPeople, personId, entryRefOf(ballot, position));
        return;
      }
      const code = markCodes.get(mark);
      if (code === undefined && isLevel(mark)) {
        addOccurrence(foreignLevels, mark, entryRefOf(ballot, position));
      }
      if (slot.excluded && mark !== "blank") {
        addOccurrence(excludedEntries, slot, entryRefOf(ballot, position));
      }
      if (slot.seenOn !== ballotIndex) {
        slot.seenOn = ballotIndex;
        slot.mark = code ?? INVALID_ENTRY;
        slot.markPosition = position;
        touched.push(slot);
      } else if (slot.mark !== TWICE_ON_BALLOT) {
        // Two entries for one person on one ballot: neither can be read as the voter's choice.
        const params = { ballot: ballot.number.value, name: slot.entry.person.name };
        const refs = [entryRefOf(ballot, slot.markPosition), entryRefOf(ballot, position)];
        problems.push(ruleProblem("E304", params, refs));
        slot.mark = TWICE_ON_BALLOT;
      }
    });
    if (!valid) return;
    validBallots += 1;
    for (const slot of touched) {
      if (slot.mark >= 0) slot.levelCounts[slot.mark] = (slot.levelCounts[slot.mark] ?? 0) + 1;
    }
  });

  for (const [personId, refs] of unknownPeople) {
    problems.push(ruleProblem("E303", { personId, count: refs.length }, refs));
  }
  reportForeignLevels(foreignLevels, problems);
  const excludedInRosterOrder = [...excludedEntries].sort(
    ([a], [b]) => a.entry.index - b.entry.index
  );
  for (const [slot, refs] of excludedInRosterOrder) {
    const params = { name: slot.entry.person.name, count: refs.length };
    problems.push(ruleProblem("W201", params, [...refs, slot.entry.person.ref]));
  }

  const counts: (CountRow | null)[] = roster.people.map(() => null);
  for (const slot of slots.values()) {
    const valid = slot.levelCounts.reduce((sum, count) => sum + count, 0);
    counts[slot.entry.index] = [...slot.levelCounts, ballots.length - valid];
  }
  return { counts, validBallots, invalidBallots: ballots.length - validBallots };
}
