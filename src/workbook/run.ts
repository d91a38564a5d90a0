// One run, host-independent: the command line and the add-in both call these, between their own
// read and apply steps (architecture.md, "The flow of one run").

import {
  checkVoteParts,
  exclusionOf,
  formatProblem,
  meetingFiguresOnly,
  RULE_PROBLEMS,
  tally,
  type Lang,
  type MeetingResult,
  type PersonResult,
  type Problem,
  type RegulationId,
  type Settings,
  type TallyResult,
} from "../rules";
import { fingerprintOf } from "./fingerprint";
import type { WorkbookGrids } from "./grid";
import { layoutResults } from "./layout";
import { parseWorkbook, type ParsedWorkbook } from "./parse";
import type { WritePlan } from "./plan";
import { WORKBOOK_PROBLEMS } from "./problems";
import { PRODUCT_VERSION } from "./version";

/** A person as the roster lists them, without any count: all that may be shown of a person
 * while an error stands. */
export type ListedPerson = Pick<PersonResult, "id" | "name" | "position" | "exclusion">;

export interface CheckedWorkbook {
  readonly parsed: ParsedWorkbook;
  readonly regulation: RegulationId | null;
  /** The meeting's figures as read, null when the meeting sheet could not be read in full.
   * Valid and invalid ballots are counts: they are given only with a result. */
  readonly meeting: MeetingResult | null;
  /** The people the roster lists, in its order, and whether each is voted on. */
  readonly people: readonly ListedPerson[];
  /** Counts, percentages and bands; null whenever an error stands, so that no surface can show
   * a result the vote does not have. */
  readonly result: TallyResult | null;
  /** The workbook's problems, then the rules' ones. */
  readonly problems: readonly Problem[];
  /** An error stands: nothing may be shown as a result, nothing may be written. */
  readonly blocked: boolean;
}

const ALL_PROBLEMS = { ...WORKBOOK_PROBLEMS, ...RULE_PROBLEMS };

/** A problem's message in the given language. */
export function describeProblem(problem: Problem, lang: Lang): string {
  return formatProblem(problem, lang, ALL_PROBLEMS);
}

/** Parses the workbook and, when it could be read, tallies it. */
export function checkWorkbook(grids: WorkbookGrids, settings: Settings): CheckedWorkbook {
  const parsed = parseWorkbook(grids);
  const tallied = parsed.input === null ? null : tally({ ...parsed.input, settings });
  // A workbook that could not be read in full is not counted, yet every check its readable
  // parts allow still runs: one error does not hide another.
  const ruled = tallied?.problems ?? checkVoteParts({ ...parsed.parts, settings });
  const problems = [...parsed.problems, ...ruled];
  const blocked = tallied === null || problems.some((problem) => problem.severity === "error");
  const result = blocked ? null : tallied;
  return {
    parsed,
    regulation: parsed.parts.meeting.regulation ?? null,
    meeting: result?.meeting ?? (parsed.meeting && meetingFiguresOnly(parsed.meeting)),
    people: result?.people ?? listedPeople(parsed),
    result,
    problems,
    blocked,
  };
}

/** The roster's people as read, each excluded as the rules would exclude them. */
function listedPeople(parsed: ParsedWorkbook): ListedPerson[] {
  const voteDate = parsed.parts.meeting.date?.value ?? null;
  return parsed.people.map((person) => ({
    id: person.id,
    name: person.name,
    position: person.position,
    // Its problems (E203) are the tally's to report; the parse has reported the cell already.
    exclusion: exclusionOf(person, voteDate, []),
  }));
}

/** What a run writes back. Throws when the check is blocked: callers must not ask then. */
export function planResults(checked: CheckedWorkbook, lang: Lang): WritePlan {
  const { parsed, result } = checked;
  if (checked.blocked || result === null || parsed.input === null || parsed.roster === null) {
    throw new Error("planResults called on a blocked check");
  }
  return layoutResults({
    result,
    roster: parsed.roster,
    resultSheet: parsed.resultSheet,
    details: parsed.details,
    meetingDate: parsed.input.meeting.date.value,
    lang,
    version: PRODUCT_VERSION,
    fingerprint: fingerprintOf(parsed.input),
  });
}
