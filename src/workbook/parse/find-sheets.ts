// Which sheet plays which part: by name first (Vietnamese or English), else by its headers or
// labels. The output sheets (`Kết quả`, `Phiếu in`, `Phiếu kiểm`) are never taken for an input:
// their tables have the same headers as the roster.

import type { Problem } from "../../rules";
import { workbookProblem } from "../problems";
import { SHEETS } from "../vocabulary";
import { ballotHeaderComplete, BALLOT_COLUMNS } from "./ballots";
import { looksLikeHandTally } from "./hand-tally";
import { findHeader } from "./headers";
import { hiddenNote } from "./hidden-sheets";
import { meetingLabelOf } from "./meeting";
import { matchesTerm } from "./normalize";
import { carriesMarker } from "./result-sheet";
import { ROSTER_COLUMNS, rosterHeaderComplete } from "./roster-columns";
import type { SheetView } from "./sheet-view";

export type SheetRole = "meeting" | "roster" | "ballots" | "handTally";

const ROLES: readonly SheetRole[] = ["meeting", "roster", "ballots", "handTally"];

/** A meeting sheet without its name still holds at least this many of its labels. */
const MEETING_LABELS_TO_RECOGNIZE = 3;

function countMeetingLabels(view: SheetView): number {
  let count = 0;
  const { top, left, bottom, right } = view.box;
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      const value = view.value(row, col);
      if (typeof value === "string" && meetingLabelOf(value) !== undefined) count++;
    }
  }
  return count;
}

const LOOKS_LIKE: Readonly<Record<SheetRole, (view: SheetView) => boolean>> = {
  meeting: (view) => countMeetingLabels(view) >= MEETING_LABELS_TO_RECOGNIZE,
  roster: (view) => findHeader(view, ROSTER_COLUMNS, rosterHeaderComplete) !== null,
  ballots: (view) => findHeader(view, BALLOT_COLUMNS, ballotHeaderComplete) !== null,
  handTally: looksLikeHandTally,
};

/** The sheets the add-in writes: never an input, though the ballots and the count sheet have
 * the roster's headers and the hand tally's levels. */
const OUTPUT_SHEETS = [SHEETS.results, SHEETS.ballotForms, SHEETS.countSheet];

/** True for a sheet the add-in wrote, or would write: named like an output sheet, or carrying
 * the result sheet's marker. */
function isOutputSheet(view: SheetView): boolean {
  return OUTPUT_SHEETS.some((term) => matchesTerm(view.name, term)) || carriesMarker(view);
}

/** The sheet of each part, or null; E003 when two sheets claim one part (the first is used to
 * report further problems), W004 for a sheet recognized by its content, E001/E002 when missing. */
export function findSheets(
  views: readonly SheetView[],
  problems: Problem[]
): Readonly<Record<SheetRole, SheetView | null>> {
  const inputs = views.filter((v) => !isOutputSheet(v));
  const found: Record<SheetRole, SheetView | null> = {
    meeting: null,
    roster: null,
    ballots: null,
    handTally: null,
  };
  const taken = new Set<SheetView>();
  const choose = (role: SheetRole, candidates: readonly SheetView[], byContent: boolean): void => {
    const [first, ...others] = candidates;
    if (!first) return;
    const { vi, en } = SHEETS[role];
    for (const other of others) {
      const params = {
        roleVi: vi,
        roleEn: en,
        sheet: other.name,
        other: first.name,
        ...hiddenNote([first, other]),
      };
      problems.push(workbookProblem("E003", params, [other.ref(1, 1), first.ref(1, 1)]));
    }
    if (byContent) {
      problems.push(
        workbookProblem(
          "W004",
          { sheet: first.name, roleVi: vi, roleEn: en, ...hiddenNote([first]) },
          [first.ref(1, 1)]
        )
      );
    }
    found[role] = first;
    taken.add(first);
  };
  for (const role of ROLES)
    choose(
      role,
      inputs.filter((v) => matchesTerm(v.name, SHEETS[role])),
      false
    );
  for (const role of ROLES) {
    if (found[role]) continue;
    choose(
      role,
      inputs.filter((v) => !taken.has(v) && LOOKS_LIKE[role](v)),
      true
    );
  }
  for (const role of ["meeting", "roster"] as const) {
    if (found[role]) continue;
    const { vi, en } = SHEETS[role];
    problems.push(
      workbookProblem("E001", { sheetVi: vi, sheetEn: en }, [{ sheet: vi, cell: "A1" }])
    );
  }
  if (!found.ballots && !found.handTally) {
    problems.push(workbookProblem("E002", {}, [{ sheet: SHEETS.ballots.vi, cell: "A1" }]));
  }
  return found;
}
