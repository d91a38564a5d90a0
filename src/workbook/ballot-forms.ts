// Printing the ballots, host-independent: the command line and the add-in both call these between
// their own read and apply steps. Before a vote there are no ballots yet, so only what the ballots
// print must pass: the meeting's date and regulation, and the roster, with every check the tally
// makes on them. The present count gives the number of copies unless the caller gives one.

import { exclusionOf, type Lang, type PersonInput, type Problem } from "../rules";
import type { WorkbookGrids } from "./grid";
import {
  layoutBallotSheet,
  type BallotFormContent,
  type BallotPerson,
  tableRows,
} from "./layout/ballot-sheet";
import { layoutCountSheet } from "./layout/count-sheet";
import { capTexts } from "./layout/text-limit";
import { parseWorkbook, type ParsedWorkbook } from "./parse";
import { normalizeLabel } from "./parse/normalize";
import type { WritePlan } from "./plan";
import { workbookProblem } from "./problems";
import { RESULT_SHEET_MARKER } from "./result-marker";
import { MEETING_LABELS, SHEETS } from "./vocabulary";
import { PRODUCT_VERSION } from "./version";

/** Manual page breaks Excel keeps on one sheet (1,026), with room to spare. */
export const MAX_COPIES = 1000;
const SHEET_ROWS = 1_048_576;

export interface BallotFormsOptions {
  /** How many ballots to print; the meeting's present count when absent. */
  readonly copies?: number;
}

export interface BallotFormsCheck {
  /** What the ballots print; null while an error stands. */
  readonly content: BallotFormContent | null;
  readonly copies: number | null;
  /** The two sheets written, named in the roster's language. */
  readonly sheets: { readonly ballots: string; readonly count: string };
  readonly problems: readonly Problem[];
  readonly blocked: boolean;
}

type OwnSheet = "ballotForms" | "countSheet";

/** The cell right of each sheet's print area that marks it as the add-in's own. */
function markOf(sheet: OwnSheet): string {
  return `${RESULT_SHEET_MARKER} ${PRODUCT_VERSION} · ${sheet}`;
}

const MARK = new RegExp(
  `^${RESULT_SHEET_MARKER} \\d+\\.\\d+\\.\\d+\\S* · (ballotForms|countSheet)$`
);

/** Meeting values the ballots do not need: they are known only after the vote. */
const AFTER_THE_VOTE = [MEETING_LABELS.summoned, MEETING_LABELS.issued, MEETING_LABELS.collected];

export function checkBallotForms(
  grids: WorkbookGrids,
  options: BallotFormsOptions = {}
): BallotFormsCheck {
  const parsed = parseWorkbook(grids);
  const english =
    parsed.sheets.roster !== null &&
    normalizeLabel(parsed.sheets.roster) === normalizeLabel(SHEETS.roster.en);
  const sheets = {
    ballots: english ? SHEETS.ballotForms.en : SHEETS.ballotForms.vi,
    count: english ? SHEETS.countSheet.en : SHEETS.countSheet.vi,
  };
  const problems = parsed.problems.filter((problem) =>
    neededForBallots(problem, parsed, options.copies !== undefined)
  );
  for (const [role, name] of [
    ["ballotForms", sheets.ballots],
    ["countSheet", sheets.count],
  ] as const) {
    const grid = grids.sheets.find((sheet) => normalizeLabel(sheet.sheet) === normalizeLabel(name));
    if (grid && !grid.values.some((row) => row.some((value) => isMark(value, role)))) {
      problems.push(
        workbookProblem("E058", { sheet: grid.sheet }, [{ sheet: grid.sheet, cell: "A1" }])
      );
    }
  }
  const { regulation, date, present } = parsed.parts.meeting;
  const voteDate = date?.value ?? null;
  // The tally reports a roster's unreadable appointment date (E203); so must the ballots, which
  // would otherwise print or leave off that person on a guess.
  const voted = parsed.people.filter((person) => exclusionOf(person, voteDate, problems) === null);
  const rosterSheet = parsed.sheets.roster;
  if (rosterSheet !== null && parsed.people.length > 0 && voted.length === 0) {
    problems.push(
      workbookProblem("E056", { sheet: rosterSheet }, [{ sheet: rosterSheet, cell: "A1" }])
    );
  }
  const people = ballotOrder(voted, parsed.ballotColumns);
  const copies = options.copies ?? present?.value ?? null;
  if (copies !== null && voted.length > 0) {
    // The ballot's rows (its head, the table, a group's subheadings) and the cut line.
    const rowsPerBallot = 8 + tableRows(people, "vi").length;
    const max = Math.min(MAX_COPIES, Math.floor(SHEET_ROWS / rowsPerBallot));
    if (copies < 1 || copies > max) {
      const refs = options.copies === undefined && present?.ref ? [present.ref] : [];
      problems.push(workbookProblem("E057", { copies, max }, refs));
    }
  }
  const blocked = problems.some((problem) => problem.severity === "error");
  const content =
    blocked || !regulation || !date
      ? null
      : {
          regulation,
          details: parsed.details,
          meetingDate: date.value,
          people,
        };
  return { content, copies: content && copies, sheets, problems, blocked: content === null };
}

/** The ballots and the count sheet; the ballots are made the active sheet. Throws when the check
 * is blocked: callers must not ask then. */
export function planBallotForms(check: BallotFormsCheck, lang: Lang): WritePlan {
  const { content, copies } = check;
  if (content === null || copies === null) throw new Error("planBallotForms on a blocked check");
  const ballots = layoutBallotSheet({
    ...content,
    sheet: check.sheets.ballots,
    copies,
    lang,
    mark: markOf("ballotForms"),
  });
  const count = layoutCountSheet({
    ...content,
    sheet: check.sheets.count,
    lang,
    mark: markOf("countSheet"),
  });
  return capTexts({ sheets: [count, ballots] });
}

/** True when a sheet of the workbook carries the ballots' or the count sheet's mark. */
export function carriesBallotMark(grids: WorkbookGrids): boolean {
  return grids.sheets.some((grid) =>
    grid.values.some((row) => row.some((value) => isMark(value, "ballotForms")))
  );
}

function isMark(value: unknown, role: OwnSheet): boolean {
  return typeof value === "string" && MARK.exec(value.trim())?.[1] === role;
}

/** A problem the ballots must heed: any on the meeting or the roster sheet (or a missing one),
 * but for the blanks of figures known only after the vote, and the present count when the copies
 * are given. Problems of the ballot, hand tally and result sheets are the tally's. */
function neededForBallots(problem: Problem, parsed: ParsedWorkbook, copiesGiven: boolean): boolean {
  if (problem.code === "E002") return false;
  if (problem.code === "E007" || problem.code === "E010") {
    const field = String(problem.params.field ?? problem.params.labelVi ?? "");
    const later = copiesGiven ? [...AFTER_THE_VOTE, MEETING_LABELS.present] : AFTER_THE_VOTE;
    if (later.some((label) => label.vi === field)) return false;
  }
  const inputs = [
    parsed.sheets.meeting ?? SHEETS.meeting.vi,
    parsed.sheets.roster ?? SHEETS.roster.vi,
  ];
  return problem.refs.length === 0 || problem.refs.some((ref) => inputs.includes(ref.sheet));
}

/** The people voted on in the order of the ballot sheet's columns, then anyone without a column
 * in the roster's order. */
function ballotOrder(people: readonly PersonInput[], columns: readonly string[]): BallotPerson[] {
  const rank = new Map(columns.map((id, i) => [id, i]));
  return [...people]
    .map((person, i) => ({ person, key: rank.get(person.id) ?? columns.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ person }) => ({
      name: person.name,
      position: person.position,
      ...(person.group !== undefined && { group: person.group }),
    }));
}
