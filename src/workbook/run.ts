// One run, host-independent: the command line and the add-in both call these, between their own
// read and apply steps (architecture.md, "The flow of one run").

import {
  formatProblem,
  meetingFiguresOnly,
  RULE_PROBLEMS,
  tally,
  type Lang,
  type MeetingResult,
  type Problem,
  type Settings,
  type TallyResult,
} from "../rules";
import { fingerprintOf } from "./fingerprint";
import type { WorkbookGrids } from "./grid";
import { layoutResults } from "./layout";
import { parseWorkbook, type ParsedWorkbook } from "./parse";
import { settleResultArea } from "./parse/result-area";
import type { WritePlan } from "./plan";
import { capTexts, MAX_CELL_TEXT, overlongCells, type OverlongCell } from "./layout/text-limit";
import { workbookProblem, WORKBOOK_PROBLEMS } from "./problems";
import { PRODUCT_VERSION } from "./version";

export interface CheckedWorkbook {
  readonly parsed: ParsedWorkbook;
  /** Null when the workbook could not be read far enough for the rules to count. */
  readonly result: TallyResult | null;
  /** The tally's meeting figures, or those of the meeting sheet alone when the votes could not
   * be read; null when the meeting sheet could not be read either. */
  readonly meeting: MeetingResult | null;
  /** The workbook's problems, then the rules' ones. */
  readonly problems: readonly Problem[];
  /** An error stands: nothing may be written. */
  readonly blocked: boolean;
}

const ALL_PROBLEMS = { ...WORKBOOK_PROBLEMS, ...RULE_PROBLEMS };

/** A problem's message in the given language. */
export function describeProblem(problem: Problem, lang: Lang): string {
  return formatProblem(problem, lang, ALL_PROBLEMS);
}

/** Parses the workbook and, when it could be read, tallies it. */
export function checkWorkbook(grids: WorkbookGrids, settings: Settings): CheckedWorkbook {
  const parsed = settleResultArea(parseWorkbook(grids), grids);
  const result = parsed.input === null ? null : tally({ ...parsed.input, settings });
  const problems = [...parsed.problems, ...(result?.problems ?? [])];
  const meetingRead = parsed.meeting && meetingFiguresOnly(parsed.meeting);
  const checked = {
    parsed,
    result,
    meeting: result?.meeting ?? meetingRead,
    problems,
    blocked: result === null || problems.some((problem) => problem.severity === "error"),
  };
  return checked.blocked
    ? checked
    : { ...checked, problems: [...problems, ...textLimitWarnings(checked)] };
}

/** W044 for each cell the run would write a text into that is longer than Excel allows. The cells
 * are the same in either language; a text's length is taken in the longer of the two. */
function textLimitWarnings(checked: CheckedWorkbook): Problem[] {
  const longest = new Map<string, OverlongCell>();
  for (const lang of ["vi", "en"] as const) {
    for (const cell of overlongCells(layoutPlan(checked, lang))) {
      const key = `${cell.sheet}!${cell.cell}`;
      if ((longest.get(key)?.length ?? 0) < cell.length) longest.set(key, cell);
    }
  }
  return [...longest.values()].map(({ sheet, cell, length }) =>
    workbookProblem("W044", { cell, sheet, length, limit: MAX_CELL_TEXT }, [{ sheet, cell }])
  );
}

/** What a run writes back, every text within Excel's limit. Throws when the check is blocked:
 * callers must not ask then. */
export function planResults(checked: CheckedWorkbook, lang: Lang): WritePlan {
  return capTexts(layoutPlan(checked, lang));
}

function layoutPlan(checked: CheckedWorkbook, lang: Lang): WritePlan {
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
