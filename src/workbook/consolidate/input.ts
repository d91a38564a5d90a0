// One input of a consolidation, from its grids to its summary: the step every shell runs on each
// file it reads (the command line from a path, the pane and the offline page from bytes), so that
// both count a file the same way.

import type { WorkbookGrids } from "../grid";
import { checkWorkbook } from "../run";
import { isConsolidation } from "./marker";
import { skippedInput, summarizeChecked, type InputSummary } from "./summary";

/** Checked and tallied from its own sheets, never from a previous `Kết quả`; a consolidation
 * found among the inputs is skipped (W068). */
export function summarizeInput(file: string, grids: WorkbookGrids): InputSummary {
  if (isConsolidation(grids)) return skippedInput(file, "consolidation", []);
  return summarizeChecked(file, checkWorkbook(grids, {}, { writesResults: false }));
}
