// Excel holds at most 32,767 characters in a cell; a longer text is refused by Excel and by the
// file format. Layout writes the user's own strings (names, positions, reasons, the meeting's
// details), so a text can exceed it: it is cut to the limit, and the check names each such cell
// in a warning to acknowledge before anything is written.

import type { WritePlan } from "../plan";
import { cellAddress, parseRange } from "./a1";

export const MAX_CELL_TEXT = 32_767;

export interface OverlongCell {
  readonly sheet: string;
  readonly cell: string;
  readonly length: number;
}

/** Every text of the plan longer than Excel's limit, with where it would be written. */
export function overlongCells(plan: WritePlan): OverlongCell[] {
  const found: OverlongCell[] = [];
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      const at = parseRange(block.at);
      if (!at) continue;
      block.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
            const cell = cellAddress(at.top + r, at.left + c);
            found.push({ sheet: sheet.sheet, cell, length: value.length });
          }
        })
      );
    }
  }
  return found;
}

/** The text cut to Excel's limit, never inside a surrogate pair. */
function capped(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const cut = text.slice(0, MAX_CELL_TEXT);
  return /[\uD800-\uDBFF]$/u.test(cut) ? cut.slice(0, -1) : cut;
}

/** The plan with every text cut to Excel's limit. */
export function capTexts(plan: WritePlan): WritePlan {
  return {
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map((block) => ({
        ...block,
        values: block.values.map((row) =>
          row.map((value) => (typeof value === "string" ? capped(value) : value))
        ),
      })),
    })),
  };
}
