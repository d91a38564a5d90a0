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
import { isBlank } from "./sheet-view";
import { cellText, isExcelError } from "./values";

export interface EntryReader {
  /** The mark a cell holds: "blank" for an empty cell; null after reporting E034 or E008. */
  (value: CellValue, ref: SourceRef, problems: Problem[]): EntryMark | null;
}

export function entryReader(regulation: RegulationId): EntryReader {
  const table = ENTRY_CODES[levelsOf(regulation).length === 2 ? "twoLevel" : "threeLevel"];
  const marks = new Map(
    table.flatMap(({ mark, codes }) => codes.map((c) => [codeKey(c), mark] as const))
  );
  const accepted = table.flatMap(({ codes }) => codes).join(", ");
  const recognized = new Map<string, EntryMark>();
  return (value, ref, problems) => {
    if (isBlank(value)) return "blank";
    if (isExcelError(value, ref, problems)) return null;
    const text = cellText(value);
    // A ballot sheet repeats a handful of texts many thousand times: fold each text once.
    const mark = recognized.get(text) ?? marks.get(codeKey(text));
    if (mark) {
      recognized.set(text, mark);
      return mark;
    }
    problems.push(workbookProblem("E034", { cell: ref.cell, value: text, codes: accepted }, [ref]));
    return null;
  };
}
