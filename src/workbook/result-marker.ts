// How the add-in recognizes its own output sheet (`Kết quả`) from a previous run: the sheet's
// version line starts with this marker. A sheet of that name without it is the user's, and the
// add-in must not overwrite it.

import type { CellValue } from "./grid";

/** The first word of the version line layout writes on the output sheet, e.g.
 * "phieu-tin-nhiem 0.1.0 · qd96 · 3f2a…". Only this prefix is checked. */
export const RESULT_SHEET_MARKER = "phieu-tin-nhiem";

/** True when a cell's text starts with the marker (surrounding spaces ignored). */
export function carriesResultMarker(value: CellValue): boolean {
  return typeof value === "string" && value.trim().startsWith(RESULT_SHEET_MARKER);
}
