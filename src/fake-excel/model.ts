// The fake Excel host's document: a workbook of sheets of cells, in Office.js terms (points,
// "#RRGGBB" colours, Office enum strings), so the fake's proxies write it directly and the xlsx
// bridge translates it to and from ExcelJS. Plain data, no Office or node imports: it also runs in
// the browser preview.

import type { CellBox } from "../workbook/layout/a1";

export type Scalar = string | number | boolean;

export interface BorderLine {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

export type Side = "top" | "bottom" | "left" | "right";

export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  border?: Partial<Record<Side, BorderLine>>;
}

export interface FakeCell {
  /** A constant, or a formula's last result (null when the fake could not compute it). */
  value: Scalar | null;
  /** "=…" when the cell holds a formula. */
  formula: string | null;
  numberFormat: string;
  style: CellStyle;
}

/** A list validation on one cell, as Office.js describes it. */
export interface CellValidation {
  /** Comma-separated entries, as in ListDataValidation.source. */
  readonly source: string;
  readonly inCellDropDown: boolean;
  readonly errorMessage?: string;
  readonly errorTitle?: string;
  /** The input message shown while the cell is selected. */
  readonly promptMessage?: string;
}

/** Page setup in Office.js units (margins in points). */
export interface PageState {
  paperSize?: string;
  orientation?: string;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
  scale?: number;
  printArea?: string;
  printTitleRows?: string;
  /** Rows with a manual page break above them, ascending. */
  rowBreaks?: number[];
  centerFooter?: string;
  centerHorizontally?: boolean;
  margins?: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
}

/** An Excel table (ListObject); its box includes the header and totals rows. */
export interface FakeTable {
  readonly name: string;
  readonly box: CellBox;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
}

export interface FakeSheet {
  name: string;
  /** Keyed by cellKey(row, column). */
  readonly cells: Map<number, FakeCell>;
  merges: CellBox[];
  /** Column → width in points. */
  readonly columnWidths: Map<number, number>;
  /** Row → height in points. */
  readonly rowHeights: Map<number, number>;
  /** Keyed by cellKey(row, column). */
  readonly validations: Map<number, CellValidation>;
  readonly tables: FakeTable[];
  page: PageState;
  /** Protected (Review › Protect Sheet, no cell unlocked): every write to it is refused. */
  protected?: boolean;
  /** The tab's visibility, as Worksheet.visibility gives it; absent for a visible tab. */
  visibility?: SheetVisibility;
}

/** Excel.SheetVisibility's values. */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeWorkbook {
  /** In tab order. */
  readonly sheets: FakeSheet[];
  activeSheet: string | null;
  /** The last range selected with Range.select(), as "Sheet!A1". */
  selection: { sheet: string; address: string } | null;
  /** Structure protected (Review › Protect Workbook): sheets cannot be added or deleted. */
  structureProtected?: boolean;
}

/** Excel's grid: 16,384 columns. */
export const MAX_COLUMNS = 16_384;

export function cellKey(row: number, column: number): number {
  return (row - 1) * MAX_COLUMNS + (column - 1);
}

export function keyPosition(key: number): { row: number; column: number } {
  return { row: Math.floor(key / MAX_COLUMNS) + 1, column: (key % MAX_COLUMNS) + 1 };
}

export function emptyWorkbook(): FakeWorkbook {
  return { sheets: [], activeSheet: null, selection: null };
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    validations: new Map(),
    tables: [],
    page: {},
  };
}

/** Excel matches sheet names without regard to case. */
export function findSheet(workbook: FakeWorkbook, name: string): FakeSheet | null {
  const wanted = name.toLowerCase();
  return workbook.sheets.find((sheet) => sheet.name.toLowerCase() === wanted) ?? null;
}

export function blankCell(): FakeCell {
  return { value: null, formula: null, numberFormat: "General", style: {} };
}

/** The cell, created blank when absent. */
export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (cell === undefined) {
    cell = blankCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function hasContent(cell: FakeCell): boolean {
  return cell.value !== null || cell.formula !== null;
}

export function hasFormatting(cell: FakeCell): boolean {
  return cell.numberFormat !== "General" || Object.keys(cell.style).length > 0;
}

/** The smallest box holding every cell with a value (valuesOnly) or also any formatting, like
 * Worksheet.getUsedRange; null for an empty sheet. */
export function usedBox(sheet: FakeSheet, valuesOnly: boolean): CellBox | null {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const [key, cell] of sheet.cells) {
    if (!hasContent(cell) && (valuesOnly || !hasFormatting(cell))) continue;
    const { row, column } = keyPosition(key);
    if (box === null) box = { top: row, left: column, bottom: row, right: column };
    else {
      box.top = Math.min(box.top, row);
      box.left = Math.min(box.left, column);
      box.bottom = Math.max(box.bottom, row);
      box.right = Math.max(box.right, column);
    }
  }
  return box;
}

export function intersects(a: CellBox, b: CellBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function eachCellOf(box: CellBox, visit: (row: number, column: number) => void): void {
  for (let row = box.top; row <= box.bottom; row += 1) {
    for (let column = box.left; column <= box.right; column += 1) visit(row, column);
  }
}
