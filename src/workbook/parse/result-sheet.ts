// The output sheet (`Kết quả`): whether a previous run wrote it (it carries the marker) or the
// user has a sheet of that name, which the add-in must not overwrite.

import type { Problem } from "../../rules";
import type { ResultSheetState } from "../placement";
import { workbookProblem } from "../problems";
import { SHEETS } from "../vocabulary";
import { carriesResultMarker } from "../result-marker";
import { normalizeLabel } from "./normalize";
import type { SheetView } from "./sheet-view";

/** The output sheet speaks the workbook's language: "Results" beside an English "Roster", else
 * "Kết quả". A sheet of that name without the marker is E040 (blocking). */
export function resultSheetState(
  views: readonly SheetView[],
  rosterSheet: string | null,
  problems: Problem[]
): ResultSheetState {
  const english =
    rosterSheet !== null && normalizeLabel(rosterSheet) === normalizeLabel(SHEETS.roster.en);
  const name = english ? SHEETS.results.en : SHEETS.results.vi;
  // Excel compares sheet names without regard to case.
  const existing = views.find((v) => normalizeLabel(v.name) === normalizeLabel(name));
  if (!existing) return { name, exists: false, ours: false };
  const ours = carriesMarker(existing);
  if (!ours) problems.push(workbookProblem("E040", { sheet: existing.name }, [existing.ref(1, 1)]));
  return { name: existing.name, exists: true, ours };
}

/** True when a cell of the sheet starts with RESULT_SHEET_MARKER. */
export function carriesMarker(view: SheetView): boolean {
  const { top, left, bottom, right } = view.box;
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      if (carriesResultMarker(view.value(row, col))) return true;
    }
  }
  return false;
}
