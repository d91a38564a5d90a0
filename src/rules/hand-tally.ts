// The committee's hand tally (Kiểm phiếu): alone, it gives the counts; beside the ballots, it
// is checked against them cell by cell (double entry, rules.md section 8).

import type { CountRow } from "./ballots";
import { isCount } from "./figures";
import { addOccurrence, reportForeignLevels, type Occurrences } from "./occurrences";
import { ruleProblem } from "./problems";
import { levelName, levelsOf } from "./regulations";
import type { Roster, RosterEntry } from "./roster";
import type {
  HandTallyRow,
  Level,
  PersonInput,
  Problem,
  RegulationId,
  Sourced,
  SourceRef,
} from "./types";

const ALL_LEVELS: readonly Level[] = ["high", "medium", "low", "confidence", "noConfidence"];

/** A hand-tally cell after checking. */
interface CheckedCell {
  readonly what: Level | "invalid";
  /** Its count; null when the cell is absent or holds no count. */
  readonly count: number | null;
  readonly present: boolean;
  readonly ref: SourceRef | undefined;
}

/** One person's hand-tally row after checking: level cells in `levelsOf` order, then the
 * invalid cell, the same order as a CountRow. */
interface CheckedRow {
  readonly levels: readonly CheckedCell[];
  readonly invalid: CheckedCell;
  readonly ref: SourceRef | undefined;
}

function countWords(what: Level | "invalid") {
  return { countVi: levelName(what, "vi"), countEn: levelName(what, "en") };
}

/** Checks one cell: E309 (negative or fractional), E310 (not a finite number). */
function checkCell(
  what: Level | "invalid",
  cell: Sourced<number> | undefined,
  person: PersonInput,
  problems: Problem[]
): CheckedCell {
  if (cell === undefined) return { what, count: null, present: false, ref: undefined };
  if (isCount(cell.value)) return { what, count: cell.value, present: true, ref: cell.ref };
  const params = { name: person.name, ...countWords(what) };
  problems.push(
    Number.isFinite(cell.value)
      ? ruleProblem("E309", { ...params, value: cell.value }, [cell.ref, person.ref])
      : ruleProblem("E310", params, [cell.ref, person.ref])
  );
  return { what, count: null, present: true, ref: cell.ref };
}

/** Finds each roster person's row (by the person's first roster row): a row for nobody on the
 * roster is E306, a second row for the same person E308, a count for a level the regulation
 * does not have E305. Checks the cells of every row found. */
function readRows(
  regulation: RegulationId,
  roster: Roster,
  rows: readonly HandTallyRow[],
  problems: Problem[]
): Map<RosterEntry, CheckedRow> {
  const levels = levelsOf(regulation);
  const found = new Map<RosterEntry, CheckedRow>();
  const foreignLevels: Occurrences<Level> = new Map();
  for (const row of rows) {
    const entry = roster.byId.get(row.personId);
    if (entry === undefined) {
      problems.push(ruleProblem("E306", { personId: row.personId }, [row.ref]));
      continue;
    }
    for (const level of ALL_LEVELS) {
      const cell = row.counts[level];
      if (cell !== undefined && !levels.includes(level)) {
        addOccurrence(foreignLevels, level, cell.ref);
      }
    }
    const earlier = found.get(entry);
    if (earlier !== undefined) {
      problems.push(ruleProblem("E308", { name: entry.person.name }, [row.ref, earlier.ref]));
      continue;
    }
    const { person } = entry;
    found.set(entry, {
      levels: levels.map((level) => checkCell(level, row.counts[level], person, problems)),
      invalid: checkCell("invalid", row.invalid, person, problems),
      ref: row.ref,
    });
  }
  reportForeignLevels(foreignLevels, problems);
  return found;
}

/** E313 for each level count the row lacks; true when none is missing. */
function isComplete(row: CheckedRow, person: PersonInput, problems: Problem[]): boolean {
  const missing = row.levels.filter((cell) => !cell.present);
  for (const cell of missing) {
    const params = { name: person.name, ...countWords(cell.what) };
    problems.push(ruleProblem("E313", params, [row.ref, person.ref]));
  }
  return missing.length === 0;
}

/** An excluded person with level counts on the hand tally (W201): they are not counted. */
function reportExcludedCounts(row: CheckedRow, person: PersonInput, problems: Problem[]): void {
  const count = row.levels.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
  if (count > 0) {
    problems.push(ruleProblem("W201", { name: person.name, count }, [row.ref, person.ref]));
  }
}

/** A person's counts from their checked row; null when they cannot be known. With an invalid
 * column the counts must add up to C (E311, the cross-check); without one, invalid = C − levels
 * and a negative remainder is E312. `collected`: C when it is a count, else null. */
function countsOfRow(
  row: CheckedRow,
  person: PersonInput,
  collected: number | null,
  problems: Problem[]
): CountRow | null {
  const levels: number[] = [];
  for (const cell of row.levels) {
    if (cell.count === null) return null;
    levels.push(cell.count);
  }
  const sum = levels.reduce((total, count) => total + count, 0);
  const refs = [row.ref, person.ref];
  if (row.invalid.present) {
    if (row.invalid.count === null) return null;
    const total = sum + row.invalid.count;
    if (collected !== null && total !== collected) {
      problems.push(ruleProblem("E311", { name: person.name, sum: total, collected }, refs));
    }
    return [...levels, row.invalid.count];
  }
  if (collected === null) return null;
  if (sum > collected) {
    problems.push(ruleProblem("E312", { name: person.name, sum, collected }, refs));
    return null;
  }
  return [...levels, collected - sum];
}

/** Counts from the hand tally alone (no ballots), per roster row; null where they cannot be
 * known, for an excluded person and for a repeated roster id. A person voted on without a row
 * is E307. */
export function countHandTally(
  regulation: RegulationId,
  roster: Roster,
  excluded: readonly boolean[],
  rows: readonly HandTallyRow[],
  collected: number | null,
  problems: Problem[]
): (CountRow | null)[] {
  const found = readRows(regulation, roster, rows, problems);
  const counts: (CountRow | null)[] = roster.people.map(() => null);
  for (const entry of roster.byId.values()) {
    const { person, index } = entry;
    const row = found.get(entry);
    if (excluded[index] === true) {
      if (row !== undefined) reportExcludedCounts(row, person, problems);
    } else if (row === undefined) {
      problems.push(ruleProblem("E307", { name: person.name }, [person.ref]));
    } else if (isComplete(row, person, problems)) {
      counts[index] = countsOfRow(row, person, collected, problems);
    }
  }
  return counts;
}

/** Double entry: each hand-tally count that differs from the ballots' is E314, naming the
 * hand-tally cell and the person's row. A person voted on without a row is W303: their counts
 * stand on the ballots alone. */
export function checkHandTallyAgainstBallots(
  regulation: RegulationId,
  roster: Roster,
  excluded: readonly boolean[],
  rows: readonly HandTallyRow[],
  ballotCounts: readonly (CountRow | null)[],
  problems: Problem[]
): void {
  const found = readRows(regulation, roster, rows, problems);
  for (const entry of roster.byId.values()) {
    const { person, index } = entry;
    const row = found.get(entry);
    if (excluded[index] === true) {
      if (row !== undefined) reportExcludedCounts(row, person, problems);
      continue;
    }
    if (row === undefined) {
      problems.push(ruleProblem("W303", { name: person.name }, [person.ref]));
      continue;
    }
    isComplete(row, person, problems);
    const fromBallots = ballotCounts[index] ?? [];
    [...row.levels, row.invalid].forEach((cell, position) => {
      const ballots = fromBallots[position];
      if (cell.count === null || ballots === undefined || cell.count === ballots) return;
      const params = { name: person.name, ...countWords(cell.what), ballots, hand: cell.count };
      problems.push(ruleProblem("E314", params, [cell.ref ?? row.ref, person.ref]));
    });
  }
}
