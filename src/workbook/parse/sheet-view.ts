// A sheet read by absolute cell positions: the Grid's offsets, merges and tables resolved once,
// so the parsers speak in the row and column numbers the user sees.

import type { SourceRef } from "../../rules";
import type { CellValue, Grid, SheetVisibility } from "../grid";
import { cellAddress, parseRange, type CellBox } from "../layout/a1";

export interface SheetView {
  readonly name: string;
  /** Set for a hidden sheet, as the grid gives it. */
  readonly visibility: SheetVisibility | undefined;
  /** The used range; bottom < top (or right < left) for an empty sheet. */
  readonly box: CellBox;
  readonly merges: readonly CellBox[];
  readonly tables: readonly CellBox[];
  /** The cell's value; null outside the used range. */
  value(row: number, col: number): CellValue;
  numberFormat(row: number, col: number): string;
  ref(row: number, col: number): SourceRef;
  /** The merged area the cell belongs to, if any. */
  mergeAt(row: number, col: number): CellBox | undefined;
  /** A header cell's text as the user sees it: a vertically merged header shows in every row it
   * spans, a horizontally merged one only in its first column (so it names one column). */
  headerValue(row: number, col: number): CellValue;
}

export function viewOf(grid: Grid): SheetView {
  const width = grid.values[0]?.length ?? 0;
  const box: CellBox = {
    top: grid.top,
    left: grid.left,
    bottom: grid.top + grid.values.length - 1,
    right: grid.left + width - 1,
  };
  const boxes = (ranges: readonly string[]): CellBox[] =>
    ranges.map(parseRange).filter((b): b is CellBox => b !== null);
  const merges = boxes(grid.merges);
  const value = (row: number, col: number): CellValue =>
    grid.values[row - grid.top]?.[col - grid.left] ?? null;
  const mergeAt = (row: number, col: number): CellBox | undefined =>
    merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return {
    name: grid.sheet,
    visibility: grid.visibility,
    box,
    merges,
    tables: boxes(grid.tables),
    value,
    numberFormat: (row, col) => grid.numberFormats[row - grid.top]?.[col - grid.left] ?? "General",
    ref: (row, col) => ({ sheet: grid.sheet, cell: cellAddress(row, col) }),
    mergeAt,
    headerValue: (row, col) => {
      const merge = mergeAt(row, col);
      if (!merge) return value(row, col);
      return merge.left === col ? value(merge.top, col) : null;
    },
  };
}

/** Null, or text made only of spaces. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
