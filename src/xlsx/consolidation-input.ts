// A consolidation's input read by a file shell: a file that cannot be read is an input listed
// with its coded file problem (F001, F002…), never a stop, so the rest are still consolidated.
// No reader here: the command line reads with the package reader and never loads ExcelJS
// (consolidation-bytes.ts is the browser's).

import { summarizeInput } from "../workbook/consolidate/input";
import { skippedInput, type InputSummary } from "../workbook/consolidate/summary";
import type { WorkbookGrids } from "../workbook/grid";
import { formatProblem } from "../rules";
import { FILE_PROBLEMS, FileFailure } from "./file-problems";

/** `file` summarized from the grids `read` gives; a FileFailure makes it an unreadable input. */
export async function summarizeFile(
  file: string,
  read: () => Promise<WorkbookGrids>
): Promise<InputSummary> {
  try {
    return summarizeInput(file, await read());
  } catch (error) {
    if (!(error instanceof FileFailure)) throw error;
    // The message alone: the next step travels in `action`, and every surface prints it once.
    const problem = {
      code: error.code,
      severity: "error" as const,
      params: error.params,
      refs: [],
    };
    const vi = formatProblem(problem, "vi", FILE_PROBLEMS);
    const en = formatProblem(problem, "en", FILE_PROBLEMS);
    const action = FILE_PROBLEMS[error.code].action;
    return skippedInput(file, "unreadable", [
      { code: error.code, severity: "error", sheet: null, cell: null, message: { vi, en }, action },
    ]);
  }
}
