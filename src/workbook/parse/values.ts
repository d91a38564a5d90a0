// Cells into typed values. Each reader accepts exactly the forms workbook.md lists and reports
// anything else as a coded problem at the cell: a value is never guessed.

import {
  foldText,
  formatDate,
  isRealDate,
  REGULATION_IDS,
  type CivilDate,
  type Problem,
  type RegulationId,
  type SourceRef,
} from "../../rules";
import { FORMULA_WITHOUT_RESULT, type CellValue } from "../grid";
import { workbookProblem } from "../problems";
import { REGULATION_TEXTS } from "../vocabulary";
import { isBlank } from "./sheet-view";

const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** The text of a cell as the user reads it: trimmed text, a number in JavaScript's shortest form,
 * a date as dd/mm/yyyy; "" for an empty cell. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) {
    const date = civilOfDate(value);
    return date ? formatDate(date) : "";
  }
  if (typeof value === "string") return value.trim();
  return String(value);
}

/** Reports a blank required cell or an Excel error value (#REF!, …); true when the cell holds a
 * value the caller may read. */
export function readable(
  value: CellValue,
  ref: SourceRef,
  field: string,
  problems: Problem[]
): value is string | number | boolean | Date {
  if (isBlank(value)) {
    problems.push(workbookProblem("E007", { cell: ref.cell, field }, [ref]));
    return false;
  }
  return !isExcelError(value, ref, problems);
}

/** Reports an Excel error value (#REF!, #DIV/0!, …) as E008, a formula saved without its result
 * as E009; true when the cell holds either. */
export function isExcelError(value: CellValue, ref: SourceRef, problems: Problem[]): boolean {
  if (value === FORMULA_WITHOUT_RESULT) {
    problems.push(workbookProblem("E009", { cell: ref.cell }, [ref]));
    return true;
  }
  if (typeof value !== "string" || !EXCEL_ERRORS.has(value.trim().toUpperCase())) return false;
  problems.push(workbookProblem("E008", { cell: ref.cell, value: value.trim() }, [ref]));
  return true;
}

// Whole digits, or digits in exact groups of three separated by one kind of separator ("1.200",
// "1,200", "12.345.678"). "1.5", "1,20" or "1.200,5" are not whole numbers: an error, not a guess.
const PLAIN_DIGITS = /^\d+$/u;
const THOUSANDS = [/^\d{1,3}(?:\.\d{3})+$/u, /^\d{1,3}(?:,\d{3})+$/u];

/** A whole number ≥ 0: a number cell, or text holding one (with or without a thousands
 * separator). */
export function readWholeNumber(
  value: CellValue,
  ref: SourceRef,
  field: string,
  problems: Problem[]
): number | null {
  if (!readable(value, ref, field, problems)) return null;
  let whole: number | null = null;
  if (typeof value === "number") {
    whole = value;
  } else if (typeof value === "string") {
    const text = value.trim();
    if (PLAIN_DIGITS.test(text)) whole = Number(text);
    else if (THOUSANDS.some((pattern) => pattern.test(text)))
      whole = Number(text.replace(/\D/gu, ""));
  }
  if (whole !== null && Number.isSafeInteger(whole) && whole >= 0) return whole;
  problems.push(workbookProblem("E014", { cell: ref.cell, value: cellText(value) }, [ref]));
  return null;
}

const DAY_MS = 86_400_000;
/** Excel's serial of 1970-01-01 (serial 1 is 1900-01-01 and Excel counts a 29/02/1900). */
const SERIAL_OF_UNIX_EPOCH = 25_569;

function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS + SERIAL_OF_UNIX_EPOCH;
}

// A bare number is read as a date serial only between these dates: every meeting and every
// appointment falls inside, while a year typed alone (2023) or a count does not.
const FIRST_SERIAL = serialOf(1950, 1, 1);
const LAST_SERIAL = serialOf(2100, 12, 31);

/** The calendar day of a Date in UTC: ExcelJS (and JavaScript built from Excel serials) put a
 * cell's date at UTC midnight, so the local time zone must not shift it. */
function civilOfDate(date: Date): CivilDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;

function civilOfText(text: string): CivilDate | null {
  const match = DMY.exec(text.trim());
  if (!match) return null;
  const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

/** A calendar date: an Excel date between 1950 and 2100 (a Date, or a serial — its time of day
 * ignored) or text dd/mm/yyyy (also d/m/yyyy). A Date outside those years is refused like a
 * serial: ExcelJS reads a date cell holding "2023-13-45" as serial 2023, 15/07/1905. */
export function readDate(
  value: CellValue,
  ref: SourceRef,
  field: string,
  problems: Problem[]
): CivilDate | null {
  if (!readable(value, ref, field, problems)) return null;
  let date: CivilDate | null = null;
  const serial = value instanceof Date ? value.getTime() / DAY_MS + SERIAL_OF_UNIX_EPOCH : value;
  if (typeof serial === "number" && serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1) {
    date = civilOfDate(new Date((Math.floor(serial) - SERIAL_OF_UNIX_EPOCH) * DAY_MS));
  } else if (typeof value === "string") date = civilOfText(value);
  if (date) return date;
  problems.push(workbookProblem("E012", { cell: ref.cell, value: cellText(value) }, [ref]));
  return null;
}

/** Letters and digits only, without diacritics: "QĐ 96 - QĐ/TW" → "qd96qdtw". */
function regulationKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/gu, "");
}

const REGULATION_BY_KEY = new Map<string, RegulationId>(
  REGULATION_IDS.flatMap((id) => [
    [regulationKey(REGULATION_TEXTS[id]), id],
    [regulationKey(id), id],
  ])
);

/** The regulation as written in the meeting sheet (REGULATION_TEXTS) or by its id, forgiving
 * spaces, case, punctuation and diacritics. */
export function readRegulation(
  value: CellValue,
  ref: SourceRef,
  field: string,
  problems: Problem[]
): RegulationId | null {
  if (!readable(value, ref, field, problems)) return null;
  const id = typeof value === "string" ? REGULATION_BY_KEY.get(regulationKey(value)) : undefined;
  if (id) return id;
  const accepted = REGULATION_IDS.map((r) => `“${REGULATION_TEXTS[r]}”`).join(", ");
  problems.push(
    workbookProblem("E013", { cell: ref.cell, value: cellText(value), accepted }, [ref])
  );
  return null;
}

/** What an optional check-box column (`Phiếu không hợp lệ`) holds when it is not ticked: blank,
 * 0, FALSE or "không" / "no" (workbook.md 3), compared without case or diacritics. */
const UNTICKED = new Set(["0", "false", "khong", "no"]);

/** A ticked check-box cell: anything else (`x`, 1, TRUE…). Null after reporting an Excel error. */
export function readTick(value: CellValue, ref: SourceRef, problems: Problem[]): boolean | null {
  if (isBlank(value) || value === false || value === 0) return false;
  if (isExcelError(value, ref, problems)) return null;
  return !UNTICKED.has(foldText(cellText(value)));
}

/** A text cell (names, positions, reasons): the user's spelling, trimmed. A blank optional cell
 * gives undefined; a blank required one an E007. */
export function readText(
  value: CellValue,
  ref: SourceRef,
  field: string,
  problems: Problem[],
  required: boolean
): string | undefined {
  if (!required && isBlank(value)) return undefined;
  return readable(value, ref, field, problems) ? cellText(value) : undefined;
}
