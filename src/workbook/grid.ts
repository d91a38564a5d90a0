// A sheet as the shells hand it to the core: its used range as plain 2-D arrays.
// Both shells (Office.js and ExcelJS) produce exactly this, so parsing is host-independent.

/** A cell's value as a host reports it. Dates from ExcelJS arrive as Date; from Office.js as
 * serial numbers with a date number format. Formula cells hold their result. */
export type CellValue = string | number | boolean | Date | null;

/** What a shell hands over for a formula cell saved without its result (a file written by a
 * program that does not calculate, read by ExcelJS; Excel always has one). Spelled like an Excel
 * error so that every reader stops at it instead of reading a blank; parse reports it as E009. */
export const FORMULA_WITHOUT_RESULT = "#NO-RESULT!";

export interface Grid {
  /** The sheet's name as the user wrote it. */
  readonly sheet: string;
  /** 1-based row and column of values[0][0] (the used range's top-left cell). */
  readonly top: number;
  readonly left: number;
  /** Rows of equal length; empty cells are null (Office.js "" is turned into null by the shell). */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as values ("General" when none), or empty where the host does
   * not read them: parse reads dates from their values, and the Office.js shell leaves formats
   * out to keep its read under Excel on the web's 5 MB response cap. */
  readonly numberFormats: readonly (readonly string[])[];
  /** Merged areas that reach into the used range's rows, as A1 ranges ("A1:C1"); a merge of the
   * user's may reach beyond the cells holding values. */
  readonly merges: readonly string[];
  /** Excel tables (ListObjects) on the sheet, as A1 ranges including their header row. */
  readonly tables: readonly string[];
  /** Set when the sheet's tab is hidden, so a problem naming it can say how to find it ("very
   * hidden" tabs cannot be shown from Excel's menus); absent for a visible sheet, and where the
   * host does not read it. */
  readonly visibility?: SheetVisibility;
}

export type SheetVisibility = "hidden" | "veryHidden";

/** Every sheet of a workbook, in tab order. */
export interface WorkbookGrids {
  readonly sheets: readonly Grid[];
}
