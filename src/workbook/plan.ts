// A WritePlan: everything a run writes, as plain, serializable data. Layout builds it; each shell
// applies it the same way, in the order the fields are listed in SheetWrite:
//   1. own sheet: delete it if present, add it at the end; user sheet: clear the `clear` ranges
//      (values, formats, merges) — the previous run's output, never a user cell;
//   2. for each block: number formats first, then values (so a string is text before it lands);
//   3. formats in order (a later block wins where two overlap), 4. merges, 5. column widths,
//      6. row heights, 7. data validations, 8. page setup, 9. activation.

/** A cell to write: a string is always written as text (its number format must be "@");
 * null leaves the cell as it is. */
export type PlanCell = string | number | null;

export interface ValueBlock {
  /** Top-left cell in A1 notation, e.g. "K1"; the block's size comes from `values`. */
  readonly at: string;
  readonly values: readonly (readonly PlanCell[])[];
  /** Same shape as values. "@" for every string cell; "0", "0.00%", "dd/mm/yyyy", "General" … */
  readonly numberFormats: readonly (readonly string[])[];
}

export interface FontSpec {
  /** Always named: a printer or LibreOffice otherwise falls back to a serif face. */
  readonly name: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** "#RRGGBB". */
  readonly color?: string;
}

export type BorderSpec = "all-thin" | "outline-thin" | "bottom-thin" | "outline-medium";

export interface FormatBlock {
  /** A1 range, e.g. "A7:J30". */
  readonly range: string;
  readonly font?: FontSpec;
  /** Background colour "#RRGGBB". */
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly border?: BorderSpec;
}

export interface ListValidation {
  /** A1 range of the cells that get an in-cell drop-down. */
  readonly range: string;
  /** The accepted entries; any other typed value is refused with `message`. */
  readonly list: readonly string[];
  readonly message: string;
  /** Shown while one of the cells is selected (Excel's input message); none when absent. */
  readonly prompt?: string;
}

export interface PageSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fit to this many pages wide; the height is left automatic. */
  readonly fitToPagesWide: 1;
  /** A1 range. */
  readonly printArea: string;
  /** Rows repeated at the top of each page, e.g. "8:9". */
  readonly printTitleRows?: string;
  /** Manual page breaks: each number is a 1-based row that starts a new printed page (the
   * break lies above it; never row 1), ascending, none repeated; empty or absent: the printer
   * breaks where the page is full. Layout places them so that a block that must print whole (the
   * signatures with their names) does. Applied as: ExcelJS `worksheet.getRow(row - 1)
   * .addPageBreak()` (OOXML `<rowBreaks><brk id="row - 1" max="16383" man="1"/>`, the id being
   * the last row above the break); Office.js (ExcelApi 1.9) `worksheet.horizontalPageBreaks
   * .add("A<row>")`; the browser print view starts a new page at the row. */
  readonly rowBreaks?: readonly number[];
  /** Excel header/footer codes, e.g. "&CTrang &P/&N". */
  readonly centerFooter: string;
  /** Margins in inches. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly centerHorizontally: boolean;
}

export interface SheetWrite {
  readonly sheet: string;
  /** "own": a sheet the add-in creates and replaces whole. "user": a user's sheet, where only
   * the `clear` ranges and the written cells change. */
  readonly kind: "own" | "user";
  readonly clear: readonly string[];
  readonly blocks: readonly ValueBlock[];
  readonly formats: readonly FormatBlock[];
  readonly merges: readonly string[];
  /** Widths in characters of the default font (Excel's column width unit). */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  /** Heights in points. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly validations: readonly ListValidation[];
  readonly page?: PageSetup;
  /** Make this the active sheet after writing. */
  readonly activate?: boolean;
}

export interface WritePlan {
  readonly sheets: readonly SheetWrite[];
}
