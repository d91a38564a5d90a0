// The result columns a previous run wrote on the roster (workbook.md 4.1). The run owns exactly the
// rectangle its marker line records, and only while that rectangle still holds its block: the
// result headers on the roster's header row, the caption above them when there was room. Every
// other cell is the user's: beside the block, below it, or a block nobody recorded.

import { bandName, bandsOf, REGULATION_IDS, type Problem } from "../../rules";
import type { CellValue } from "../grid";
import type { CellBox } from "../layout/a1";
import { workbookProblem } from "../problems";
import {
  RESULT_CAPTION,
  RESULT_COLUMN_ORDER,
  RESULT_COLUMNS,
  ROSTER_HEADERS,
  type ResultColumnKey,
  type Term,
} from "../vocabulary";
import { matchesTerm } from "./normalize";
import { isBlank, type SheetView } from "./sheet-view";
import { cellText } from "./values";

function headerIs(view: SheetView, row: number, col: number, term: Term): boolean {
  const value = view.headerValue(row, col);
  return !isBlank(value) && matchesTerm(cellText(value), term);
}

/** The result columns the recorded rectangle holds on the header row, in either language and
 * either number of levels, below their caption; null when it holds something else (headers
 * changed, rows inserted above, the block moved). */
function blockColumnsAt(
  view: SheetView,
  headerRow: number,
  recorded: CellBox
): readonly ResultColumnKey[] | null {
  // Above a header row that has a row above it, the run wrote its caption.
  const captioned = headerRow > 1;
  const top = captioned ? headerRow - 1 : headerRow;
  if (recorded.top !== top || recorded.bottom < headerRow) return null;
  if (captioned && !headerIs(view, top, recorded.left, RESULT_CAPTION)) return null;
  const width = recorded.right - recorded.left + 1;
  const order = Object.values(RESULT_COLUMN_ORDER).find(
    (keys) =>
      keys.length === width &&
      keys.every((key, i) => headerIs(view, headerRow, recorded.left + i, RESULT_COLUMNS[key]))
  );
  return order ?? null;
}

/** Every band's name the product writes, in both languages, and the word it writes for a person
 * excluded from the vote. */
const BAND_TEXTS = new Set(
  [
    ...REGULATION_IDS.flatMap((id) =>
      bandsOf(id).flatMap((band) => [bandName(id, band, "vi"), bandName(id, band, "en")])
    ),
    ROSTER_HEADERS.exclusion.vi,
    ROSTER_HEADERS.exclusion.en,
  ].map((text) => text.trim())
);

/** Whether the product could have written this value in a body cell of the column: a whole count,
 * a rate between 0 and 1, a band's name; the consequence column also holds the user's own words
 * for an exclusion, so any text fits there. */
function writable(key: ResultColumnKey, value: CellValue): boolean {
  if (isBlank(value)) return true;
  if (key === "consequence") return typeof value === "string";
  if (key === "band") return typeof value === "string" && BAND_TEXTS.has(value.trim());
  if (typeof value !== "number") return false;
  if (key.endsWith("Rate")) return value >= 0 && value <= 1;
  return Number.isInteger(value) && value >= 0;
}

/** The caption row holds the caption in the block's first cell, nothing in the others. */
function captionWritable(view: SheetView, row: number, col: number, left: number): boolean {
  const value = view.value(row, col);
  if (isBlank(value)) return true;
  return col === left && headerIs(view, row, col, RESULT_CAPTION);
}

/** The recorded rectangle when it still holds the block, with an E041 for each cell inside it
 * that the product could not have written (the user's, and the run would erase it); null when
 * nothing is owned. */
export function ownedBlock(
  view: SheetView,
  headerRow: number,
  recorded: CellBox | null,
  problems: Problem[]
): CellBox | null {
  const keys = recorded && blockColumnsAt(view, headerRow, recorded);
  if (!recorded || !keys) return null;
  for (let row = recorded.top; row <= recorded.bottom; row++) {
    if (row === headerRow) continue;
    keys.forEach((key, i) => {
      const col = recorded.left + i;
      const ok =
        row < headerRow
          ? captionWritable(view, row, col, recorded.left)
          : writable(key, view.value(row, col));
      if (!ok) {
        const ref = view.ref(row, col);
        const value = cellText(view.value(row, col));
        problems.push(workbookProblem("E041", { cell: ref.cell, value }, [ref]));
      }
    });
  }
  return recorded;
}

/** The rightmost column holding anything of the user's (a value or a merged area) outside the
 * owned rectangle, in any row. */
export function lastUserColumn(view: SheetView, owned: CellBox | null): number {
  const inside = (row: number, col: number, box: CellBox | null): boolean =>
    box !== null && row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
  let last = 0;
  const { top, left, bottom, right } = view.box;
  for (let col = right; col >= left && last === 0; col--) {
    for (let row = top; row <= bottom; row++) {
      if (!isBlank(view.value(row, col)) && !inside(row, col, owned)) {
        last = col;
        break;
      }
    }
  }
  for (const m of view.merges) {
    const ours = inside(m.top, m.left, owned) && inside(m.bottom, m.right, owned);
    if (!ours) last = Math.max(last, m.right);
  }
  return last;
}
