// A consolidation's input chosen in the browser (the pane, the offline page): its bytes read by
// ExcelJS, refused with F001 when they are not an .xlsx workbook, as on the command line.

import type { InputSummary } from "../workbook/consolidate/summary";
import { summarizeFile } from "./consolidation-input";
import { loadXlsxBytes } from "./open-xlsx";
import { readWorkbookGrids } from "./read";

export function summarizeXlsxBytes(file: string, bytes: ArrayBuffer): Promise<InputSummary> {
  return summarizeFile(file, () =>
    loadXlsxBytes(file, new Uint8Array(bytes), () => readWorkbookGrids(bytes))
  );
}
