// The command line's JSON report (workbook.md section 6): one object, stable key order, the same
// numbers the workbook gets. Percentages are the rules' rounded values; bands come from whole
// numbers.
//
// The shape:
//   { "regulation": "qd96" | "nq96" | "nq96-btn" | null,
//     "blocked": true | false,
//     "meeting": { summoned, present, issued, collected, validBallots, invalidBallots,
//                  quorumMet } | null,
//     "people": [ { id, name, position, excluded, exclusionReason, counts, percent, band } ],
//     "problems": [ { code, severity, sheet, cell, message } ] }
// `blocked` is true while an error stands. Then nothing is a result: each person has only id,
// name, position, excluded and exclusionReason (no `counts`, `percent` or `band` key at all), and
// the meeting's validBallots and invalidBallots are null. `meeting` is null when the meeting
// sheet could not be read in full.

import {
  exclusionReasonText,
  levelsOf,
  type Band,
  type Lang,
  type MeetingResult,
  type PersonResult,
  type Problem,
  type RegulationId,
  type Severity,
} from "../rules";
import { describeAction } from "./problems";
import { describeProblem, type CheckedWorkbook, type ListedPerson } from "./run";

/** A person as listed, in every report. */
export interface JsonListedPerson {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly excluded: boolean;
  readonly exclusionReason: string | null;
}

/** A person with the result, only in a report that is not blocked. */
export interface JsonPerson extends JsonListedPerson {
  readonly counts: Readonly<Record<string, number>> | null;
  readonly percent: Readonly<Record<string, number>> | null;
  readonly band: Band | null;
}

export interface JsonProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  /** What to do about it ("Cần làm / What to do"); null only for a code no catalogue knows. */
  readonly action: string | null;
}

export interface JsonReport {
  readonly regulation: RegulationId | null;
  readonly blocked: boolean;
  readonly meeting: MeetingResult | null;
  readonly people: readonly (JsonPerson | JsonListedPerson)[];
  readonly problems: readonly JsonProblem[];
}

function listedEntry(person: ListedPerson, lang: Lang): JsonListedPerson {
  return {
    id: person.id,
    name: person.name,
    position: person.position,
    excluded: person.exclusion !== null,
    exclusionReason: person.exclusion && exclusionReasonText(person.exclusion, lang),
  };
}

function personEntry(regulation: RegulationId, person: PersonResult, lang: Lang): JsonPerson {
  const levels = levelsOf(regulation);
  // Keys in the regulation's order of levels, then the invalid entries.
  const counts = person.counts && {
    ...Object.fromEntries(levels.map((level) => [level, person.counts?.[level] ?? 0])),
    invalid: person.counts.invalid,
  };
  const percent =
    person.percent &&
    Object.fromEntries(levels.map((level) => [level, person.percent?.[level] ?? 0]));
  return { ...listedEntry(person, lang), counts, percent, band: person.band };
}

export function jsonReport(checked: CheckedWorkbook, lang: Lang): JsonReport {
  const { result } = checked;
  return {
    regulation: checked.regulation,
    blocked: checked.blocked,
    meeting: checked.meeting,
    people: result
      ? result.people.map((person) => personEntry(result.regulation, person, lang))
      : checked.people.map((person) => listedEntry(person, lang)),
    problems: checked.problems.map((problem) => jsonProblem(problem, lang)),
  };
}

/** A problem as every JSON report gives it: its first cell, its message and what to do. */
export function jsonProblem(problem: Problem, lang: Lang): JsonProblem {
  return {
    code: problem.code,
    severity: problem.severity,
    sheet: problem.refs[0]?.sheet ?? null,
    cell: problem.refs[0]?.cell ?? null,
    message: describeProblem(problem, lang),
    action: describeAction(problem, lang),
  };
}
