// Parse reads each sheet on its own; the roster's result block is the one place where two sheets
// meet: the result sheet's marker line records the rectangle a previous run wrote on the roster.
// This step, run after parseWorkbook, hands that rectangle to the roster's placement, and checks
// that the result columns fit before Excel's last column.

import type { Problem, RegulationId } from "../../rules";
import type { WorkbookGrids } from "../grid";
import { columnLetters } from "../layout/a1";
import { resultColumnCount } from "../layout/roster-columns";
import type { RosterPlacement } from "../placement";
import { workbookProblem } from "../problems";
import type { ParsedWorkbook } from "./index";
import { rosterResultArea } from "./roster";
import { isBlank, viewOf, type SheetView } from "./sheet-view";

/** Excel's last column, XFD. */
export const LAST_COLUMN = 16_384;

/** The parsed workbook with the roster's owned block settled: E041 for each cell in it that the
 * product could not have written, E043 when the result columns would pass column XFD. */
export function settleResultArea(parsed: ParsedWorkbook, grids: WorkbookGrids): ParsedWorkbook {
  const roster = parsed.roster;
  const grid = roster && grids.sheets.find((sheet) => sheet.sheet === roster.sheet);
  if (!roster || !grid) return parsed;
  const view = viewOf(grid);
  const problems: Problem[] = [];
  const recorded = parsed.resultSheet.rosterBlock;
  const settled = recorded
    ? { ...roster, ...rosterResultArea(view, roster.headerRow, recorded, problems) }
    : roster;
  const regulation = parsed.meeting?.regulation;
  if (regulation) reportNoRoom(view, settled, regulation, problems);
  return { ...parsed, roster: settled, problems: [...parsed.problems, ...problems] };
}

/** E043 when the result columns, one blank column right of the user's last one, would run past
 * XFD: nothing is written rather than a part of the block, or a crash. */
function reportNoRoom(
  view: SheetView,
  roster: RosterPlacement,
  regulation: RegulationId,
  problems: Problem[]
): void {
  const count = resultColumnCount(regulation);
  const last = roster.lastUserColumn;
  if (last + 1 + count <= LAST_COLUMN) return;
  let row = roster.headerRow;
  for (let r = view.box.top; r <= view.box.bottom; r++) {
    if (!isBlank(view.value(r, last))) {
      row = r;
      break;
    }
  }
  const ref = view.ref(row, last);
  problems.push(
    workbookProblem(
      "E043",
      { sheet: view.name, cell: ref.cell, count, last: columnLetters(LAST_COLUMN) },
      [ref]
    )
  );
}
