// Which edges of one cell a border spec of the plan draws, and with what line: shared by the
// writers that set borders cell by cell (the ExcelJS shell and the package writer).

import type { BorderSpec } from "./plan";

export type EdgeLines = Partial<Record<"left" | "right" | "top" | "bottom", "thin" | "medium">>;

/** The edges a border spec draws on one cell, given where the cell sits in the range. */
export function edgeLines(
  spec: BorderSpec,
  box: { top: number; left: number; bottom: number; right: number },
  row: number,
  column: number
): EdgeLines {
  const line = spec === "outline-medium" ? "medium" : "thin";
  if (spec === "bottom-thin") return row === box.bottom ? { bottom: line } : {};
  const all = spec === "all-thin";
  return {
    ...((all || row === box.top) && { top: line }),
    ...((all || row === box.bottom) && { bottom: line }),
    ...((all || column === box.left) && { left: line }),
    ...((all || column === box.right) && { right: line }),
  };
}
