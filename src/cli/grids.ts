// The grids a tally parses, from the input's bytes (already read once for the package). Read with
// the ExcelJS shell for now, loaded on demand so that it stays out of every other path.

import type { WorkbookGrids } from "../workbook/grid";
import { xlsxWorkbook } from "../xlsx/files";

export async function gridsOf(file: string, bytes: Buffer): Promise<WorkbookGrids> {
  const { workbookGrids } = await import("../xlsx/read");
  return workbookGrids(await xlsxWorkbook(file, bytes));
}
