// One run, host-independent: the command line and the add-in both call these, between their own
// read and apply steps (architecture.md, "The flow of one run").

import {
  checkVoteParts,
  exclusionOf,
  formatProblem,
  meetingFiguresOnly,
  tally,
  type ExtraNamePolicy,
  type Lang,
  type MeetingResult,
  type PersonResult,
  type Problem,
  type RegulationId,
  type Settings,
  type TallyResult,
  type VoteInput,
} from "../rules";
import { extraNamesHint, settingsInForce } from "./extra-names";
import { fingerprintOf } from "./fingerprint";
import type { WorkbookGrids } from "./grid";
import { layoutResults } from "./layout";
import { capTexts, MAX_CELL_TEXT, overlongCells, type OverlongCell } from "./layout/text-limit";
import { parseWorkbook, type ParsedWorkbook } from "./parse";
import { settleResultArea } from "./parse/result-area";
import type { WritePlan } from "./plan";
import { ALL_PROBLEMS, workbookProblem } from "./problems";
import { PRODUCT_VERSION } from "./version";

/** A person as the roster lists them, without any count: all that may be shown of a person
 * while an error stands. */
export type ListedPerson = Pick<PersonResult, "id" | "name" | "position" | "exclusion">;

export interface CheckedWorkbook {
  readonly parsed: ParsedWorkbook;
  /** What was counted: the parsed input with the settings in force; null when it could not be
   * read. */
  readonly input: VoteInput | null;
  /** The settings counted with: the workbook's, or an override where the workbook is silent. */
  readonly settings: Settings;
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

/** A problem's message in the given language. */
export function describeProblem(problem: Problem, lang: Lang): string {
  return formatProblem(problem, lang, ALL_PROBLEMS);
}

/** What a caller may set where the workbook states nothing (the command line's options). */
export interface SettingOverrides {
  readonly extraNames?: ExtraNamePolicy;
}

/** What the check is for: a run that writes its results back (the default) is also warned of
 * texts too long for a cell (W044), which lays the results out in both languages; a caller that
 * writes nothing into the workbook (a consolidation) leaves that out. */
export interface CheckPurpose {
  readonly writesResults: boolean;
}

/** Parses the workbook and, when it could be read, tallies it with the settings it states. */
export function checkWorkbook(
  grids: WorkbookGrids,
  overrides: SettingOverrides = {},
  purpose: CheckPurpose = { writesResults: true }
): CheckedWorkbook {
  const parsed = settleResultArea(parseWorkbook(grids), grids);
  const settingProblems: Problem[] = [];
  const settings = settingsInForce(
    parsed.details.extraNames,
    overrides.extraNames,
    settingProblems
  );
  const input = parsed.input && { ...parsed.input, settings };
  const tallied = input && tally(input);
  const hint = input && tallied && extraNamesHint(input, tallied.problems);
  // A workbook that could not be read in full is not counted, yet every check its readable
  // parts allow still runs: one error does not hide another.
  const ruled = tallied?.problems ?? checkVoteParts({ ...parsed.parts, settings });
  const problems = [...parsed.problems, ...settingProblems, ...(hint ? [hint] : []), ...ruled];
  const blocked = tallied === null || problems.some((problem) => problem.severity === "error");
  const result = blocked ? null : tallied;
  const checked = {
    parsed,
    input,
    settings,
    regulation: parsed.parts.meeting.regulation ?? null,
    meeting: result?.meeting ?? (parsed.meeting && meetingFiguresOnly(parsed.meeting)),
    people: result?.people ?? listedPeople(parsed),
    result,
    problems,
    blocked,
  };
  return checked.blocked || !purpose.writesResults
    ? checked
    : { ...checked, problems: [...problems, ...textLimitWarnings(checked)] };
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

/** The fingerprint hashes every ballot entry (millions in a large meeting): a check lays the
 * plan out in both languages for W044 and a tally lays it out once more, all from one input. */
const fingerprints = new WeakMap<VoteInput, string>();
export function fingerprintOnce(input: VoteInput): string {
  const known = fingerprints.get(input);
  if (known !== undefined) return known;
  const fingerprint = fingerprintOf(input);
  fingerprints.set(input, fingerprint);
  return fingerprint;
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
  const { parsed, result, input } = checked;
  if (checked.blocked || result === null || input === null || parsed.roster === null) {
    throw new Error("planResults called on a blocked check");
  }
  return layoutResults({
    result,
    roster: parsed.roster,
    resultSheet: parsed.resultSheet,
    details: parsed.details,
    meetingDate: input.meeting.date.value,
    lang,
    version: PRODUCT_VERSION,
    fingerprint: fingerprintOnce(input),
    settings: checked.settings,
  });
}
