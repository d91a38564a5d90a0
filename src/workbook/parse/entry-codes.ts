// Entry codes on the ballot sheet (workbook.md 3): matched ignoring case, diacritics and spaces.

import {
  levelsOf,
  type EntryMark,
  type Problem,
  type RegulationId,
  type SourceRef,
} from "../../rules";
import type { CellValue } from "../grid";
import { workbookProblem } from "../problems";
import { ENTRY_CODES } from "../vocabulary";
import { codeKey } from "./normalize";
import { isBlank, type SheetView } from "./sheet-view";
import { cellText, isExcelError } from "./values";

export interface EntryReader {
  /** The mark the cell holds: "blank" for an empty cell; null after reporting E034, E008 or E009
   * at the cell. */
  (view: SheetView, row: number, col: number, problems: Problem[]): EntryMark | null;
}

export function entryReader(regulation: RegulationId): EntryReader {
  const table = ENTRY_CODES[levelsOf(regulation).length === 2 ? "twoLevel" : "threeLevel"];
  const marks = new Map(
    table.flatMap(({ mark, codes }) => codes.map((c) => [codeKey(c), mark] as const))
  );
  const accepted = table.flatMap(({ codes }) => codes).join(", ");
  const markOf = (value: CellValue, ref: SourceRef, problems: Problem[]): EntryMark | null => {
    if (isBlank(value)) return "blank";
    if (isExcelError(value, ref, problems)) return null;
    const text = cellText(value);
    const mark = marks.get(codeKey(text));
    if (mark) return mark;
    problems.push(workbookProblem("E034", { cell: ref.cell, value: text, codes: accepted }, [ref]));
    return null;
  };
  // A ballot sheet repeats a handful of values over a million cells: each value is read, and its
  // cell named, once. A value that is no mark is reported at every cell it is in, so never kept.
  const known = new Map<CellValue, EntryMark>();
  return (view, row, col, problems) => {
    const value = view.value(row, col);
    const seen = known.get(value);
    if (seen !== undefined) return seen;
    const mark = markOf(value, view.ref(row, col), problems);
    if (mark !== null) known.set(value, mark);
    return mark;
  };
}
