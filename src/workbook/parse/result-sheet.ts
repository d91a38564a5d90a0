// The output sheet (`Kết quả`): whether a previous run wrote it (it carries the whole marker line)
// or the user has a sheet of that name, which the add-in must not overwrite.

import type { Problem, SourceRef } from "../../rules";
import { rangeAddress } from "../layout/a1";
import { resultSheetWidth } from "../layout/result-sheet";
import type { ResultSheetState } from "../placement";
import { workbookProblem } from "../problems";
import { readMarkerLine, type MarkerLine } from "../result-marker";
import { SHEETS } from "../vocabulary";
import { normalizeLabel } from "./normalize";
import { isBlank, type SheetView } from "./sheet-view";

/** Cells named in W042 before "…": the message stays readable, the first ones say where to look. */
const CELLS_LISTED = 10;

/** The output sheet speaks the workbook's language: "Results" beside an English "Roster", else
 * "Kết quả". A sheet of that name without the marker line is E040 (blocking); cells the user
 * added to the add-in's own sheet are W042 (they go when it is replaced). */
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
  if (!existing) return { name, exists: false, ours: false, rosterBlock: null };
  const marker = markerOf(existing);
  if (!marker) {
    problems.push(workbookProblem("E040", { sheet: existing.name }, [existing.ref(1, 1)]));
    return { name: existing.name, exists: true, ours: false, rosterBlock: null };
  }
  reportAddedCells(existing, marker, problems);
  return { name: existing.name, exists: true, ours: true, rosterBlock: marker.line.rosterBlock };
}

interface FoundMarker {
  readonly line: MarkerLine;
  readonly row: number;
}

/** The sheet's marker line and its row; null when no cell holds a whole one. */
function markerOf(view: SheetView): FoundMarker | null {
  const { top, left, bottom, right } = view.box;
  for (let row = bottom; row >= top; row--) {
    for (let col = left; col <= right; col++) {
      const line = readMarkerLine(view.value(row, col));
      if (line) return { line, row };
    }
  }
  return null;
}

/** True when a cell of the sheet holds the whole marker line. */
export function carriesMarker(view: SheetView): boolean {
  return markerOf(view) !== null;
}

/** W042 for the user's cells on the add-in's own sheet: below its marker line (the last line it
 * writes) or right of its table. Replacing the sheet would drop them without a word otherwise. */
function reportAddedCells(view: SheetView, marker: FoundMarker, problems: Problem[]): void {
  const written = {
    top: 1,
    left: 1,
    bottom: marker.row,
    right: resultSheetWidth(marker.line.regulation),
  };
  const added: SourceRef[] = [];
  const { top, left, bottom, right } = view.box;
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      if (row <= written.bottom && col <= written.right) continue;
      if (!isBlank(view.value(row, col))) added.push(view.ref(row, col));
    }
  }
  if (added.length === 0) return;
  const listed = added
    .slice(0, CELLS_LISTED)
    .map((ref) => ref.cell)
    .join(", ");
  const cells = added.length > CELLS_LISTED ? `${listed}, …` : listed;
  problems.push(
    workbookProblem(
      "W042",
      { sheet: view.name, cells, count: added.length, area: rangeAddress(written) },
      added
    )
  );
}
