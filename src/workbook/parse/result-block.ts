// The result columns a previous run wrote on the roster (workbook.md 4.1): parse ignores them as
// input and tells layout where they are, so that the next run replaces exactly them.

import type { RosterPlacement } from "../placement";
import { RESULT_CAPTION, RESULT_COLUMN_ORDER, RESULT_COLUMNS, type Term } from "../vocabulary";
import { matchesTerm } from "./normalize";
import { isBlank, type SheetView } from "./sheet-view";
import { cellText } from "./values";

export type OwnedBlock = NonNullable<RosterPlacement["ownedBlock"]>;

function headerIs(view: SheetView, row: number, col: number, term: Term): boolean {
  const value = view.headerValue(row, col);
  return !isBlank(value) && matchesTerm(cellText(value), term);
}

/** The lowest row holding anything in the given columns, from `from` down. */
function lowestRow(view: SheetView, from: number, firstColumn: number, lastColumn: number): number {
  for (let row = view.box.bottom; row > from; row--) {
    for (let col = firstColumn; col <= lastColumn; col++) {
      if (!isBlank(view.value(row, col))) return row;
    }
  }
  return from;
}

/** The block is ours only when the header row holds the whole sequence of result headers (three
 * or two levels, Vietnamese or English) after a blank column: a user's column that happens to be
 * called `Mức` is never taken for ours. Its `lastRow` is given when it reaches below the roster's
 * last row (people removed since the previous run), so that the next run clears it all. */
export function findOwnedBlock(
  view: SheetView,
  headerRow: number,
  rosterLastRow: number
): OwnedBlock | null {
  for (let col = view.box.left + 1; col <= view.box.right; col++) {
    if (!isBlank(view.headerValue(headerRow, col - 1))) continue;
    for (const order of Object.values(RESULT_COLUMN_ORDER)) {
      if (!order.every((key, i) => headerIs(view, headerRow, col + i, RESULT_COLUMNS[key])))
        continue;
      const above = headerRow - 1;
      const captioned = above >= 1 && headerIs(view, above, col, RESULT_CAPTION);
      const lastColumn = col + order.length - 1;
      const lastRow = lowestRow(view, rosterLastRow, col, lastColumn);
      return {
        firstColumn: col,
        lastColumn,
        captionRow: captioned ? above : null,
        ...(lastRow > rosterLastRow && { lastRow }),
      };
    }
  }
  return null;
}

/** The rightmost column holding anything of the user's (a value or a merged area) outside the
 * owned block, in any row. */
export function lastUserColumn(view: SheetView, owned: OwnedBlock | null): number {
  const ours = (col: number): boolean =>
    owned !== null && col >= owned.firstColumn && col <= owned.lastColumn;
  let last = 0;
  const { top, left, bottom, right } = view.box;
  for (let col = right; col >= left && last === 0; col--) {
    if (ours(col)) continue;
    for (let row = top; row <= bottom; row++) {
      if (!isBlank(view.value(row, col))) {
        last = col;
        break;
      }
    }
  }
  for (const m of view.merges) if (!ours(m.left)) last = Math.max(last, m.right);
  return last;
}
