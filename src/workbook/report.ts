// The command line's JSON report (workbook.md section 6): one object, stable key order, the same
// numbers the workbook gets. Percentages are the rules' rounded values; bands come from whole
// numbers.

import {
  exclusionReasonText,
  levelsOf,
  type Band,
  type Lang,
  type MeetingResult,
  type PersonResult,
  type RegulationId,
  type Severity,
} from "../rules";
import { describeAction } from "./problems";
import { describeProblem, type CheckedWorkbook } from "./run";

export interface JsonPerson {
  readonly id: string;
  readonly name: string;
  readonly position: string;
  readonly excluded: boolean;
  readonly exclusionReason: string | null;
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
  readonly meeting: MeetingResult | null;
  readonly people: readonly JsonPerson[];
  readonly problems: readonly JsonProblem[];
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
  return {
    id: person.id,
    name: person.name,
    position: person.position,
    excluded: person.exclusion !== null,
    exclusionReason: person.exclusion && exclusionReasonText(person.exclusion, lang),
    counts,
    percent,
    band: person.band,
  };
}

export function jsonReport(checked: CheckedWorkbook, lang: Lang): JsonReport {
  const { result } = checked;
  return {
    regulation: result?.regulation ?? checked.parsed.meeting?.regulation ?? null,
    meeting: checked.meeting,
    people: result ? result.people.map((p) => personEntry(result.regulation, p, lang)) : [],
    problems: checked.problems.map((problem) => ({
      code: problem.code,
      severity: problem.severity,
      sheet: problem.refs[0]?.sheet ?? null,
      cell: problem.refs[0]?.cell ?? null,
      message: describeProblem(problem, lang),
      action: describeAction(problem, lang),
    })),
  };
}
