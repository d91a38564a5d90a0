// Parse reads each sheet on its own; the roster's result block is the one place where two sheets
// meet: the result sheet's marker line records the rectangle a previous run wrote on the roster.
// This step, run after parseWorkbook, hands that rectangle to the roster's placement.

import type { Problem } from "../../rules";
import type { WorkbookGrids } from "../grid";
import type { ParsedWorkbook } from "./index";
import { rosterResultArea } from "./roster";
import { viewOf } from "./sheet-view";

/** The parsed workbook with the roster's owned block settled, and E041 for each cell in it that
 * the product could not have written. */
export function settleResultArea(parsed: ParsedWorkbook, grids: WorkbookGrids): ParsedWorkbook {
  const roster = parsed.roster;
  const recorded = parsed.resultSheet.rosterBlock;
  const grid = roster && grids.sheets.find((sheet) => sheet.sheet === roster.sheet);
  if (!roster || !recorded || !grid) return parsed;
  const problems: Problem[] = [];
  const area = rosterResultArea(viewOf(grid), roster.headerRow, recorded, problems);
  return {
    ...parsed,
    roster: { ...roster, ...area },
    problems: [...parsed.problems, ...problems],
  };
}
