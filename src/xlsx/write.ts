// The ExcelJS shell's writer: applies a WritePlan to a workbook in the order plan.ts fixes (the
// Office.js shell follows the same order, and the two results are compared cell for cell).
//
// ExcelJS shares one style object between cells (a merge copies the master's, a file read may
// reuse one per style id), so every change here replaces a cell's style with a fresh object
// instead of mutating it: otherwise a format would leak into cells the plan never named.

import ExcelJS from "exceljs";
import type {
  BorderSpec,
  FontSpec,
  FormatBlock,
  ListValidation,
  PageSetup,
  SheetWrite,
  ValueBlock,
  WritePlan,
} from "../workbook/plan";
import { edgeLines, type EdgeLines } from "../workbook/border-edges";
import { columnLetters, parseRange, type CellBox } from "../workbook/layout/a1";

/** Paper size code of A4 in SpreadsheetML. */
const PAPER_A4 = 9;

/** Applies every sheet of the plan, then activates the sheet that asks for it. Throws only on a
 * plan that contradicts the workbook (a user sheet that does not exist, an unreadable range):
 * that is a bug in whoever built the plan, not a problem in the user's data. */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  for (const write of plan.sheets) {
    const sheet = prepareSheet(workbook, write);
    for (const block of write.blocks) writeBlock(sheet, block);
    for (const format of write.formats) applyFormat(sheet, format);
    for (const merge of write.merges) sheet.mergeCellsWithoutStyle(boxOf(merge).address);
    for (const { column, width } of write.columnWidths) sheet.getColumn(column).width = width;
    for (const { row, height } of write.rowHeights) sheet.getRow(row).height = height;
    for (const validation of write.validations) addValidation(sheet, validation);
    if (write.page) applyPageSetup(sheet, write.page);
  }
  const active = plan.sheets.filter((write) => write.activate).at(-1);
  if (active) activate(workbook, active.sheet);
}

/** ExcelJS deflates at zlib's default level (6), in JavaScript: about a third of the time a
 * large tally takes to write. The fastest level makes the file about a third larger, and Excel
 * reads every level alike. */
const FAST_DEFLATE = { zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } };

/** The workbook as the bytes of an .xlsx file; the command line puts them in place safely
 * (safe-write.ts). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  // ExcelJS's typings omit the zip options its writer passes on to JSZip.
  const buffer = await workbook.xlsx.writeBuffer(FAST_DEFLATE as Partial<ExcelJS.XlsxWriteOptions>);
  // In Node it is a Buffer, a Uint8Array; ExcelJS's typings declare a Buffer of their own.
  return buffer as unknown as Uint8Array;
}

/** Step 1: an own sheet is replaced whole (and ends up last); on a user sheet only the previous
 * run's ranges are emptied. */
function prepareSheet(workbook: ExcelJS.Workbook, write: SheetWrite): ExcelJS.Worksheet {
  if (write.kind === "own") {
    const previous = workbook.getWorksheet(write.sheet);
    if (previous) workbook.removeWorksheet(previous.id);
    return workbook.addWorksheet(write.sheet);
  }
  const sheet = workbook.getWorksheet(write.sheet);
  if (!sheet) {
    throw new Error(
      `Không có trang tính cần ghi / The sheet to write does not exist: ${write.sheet}`
    );
  }
  for (const range of write.clear) clearRange(sheet, range);
  return sheet;
}

/** Empties a range: merges touching it, values and every format. Cells that were never created
 * stay uncreated. */
function clearRange(sheet: ExcelJS.Worksheet, range: string): void {
  const box = boxOf(range);
  sheet.unMergeCells(box.address);
  forEachCell(box, (row, column) => {
    const cell = sheet.findCell(row, column);
    if (!cell) return;
    cell.value = null;
    cell.style = {};
  });
}

/** Step 2: number formats first, then values, so a string lands in a cell that is already text. */
function writeBlock(sheet: ExcelJS.Worksheet, block: ValueBlock): void {
  const origin = boxOf(block.at);
  block.values.forEach((row, i) => {
    row.forEach((value, j) => {
      const cell = cellAt(sheet, origin.top + i, origin.left + j);
      const numFmt = block.numberFormats[i]?.[j];
      if (numFmt !== undefined) cell.style = { ...cell.style, numFmt };
      if (value !== null) cell.value = value;
    });
  });
}

/** Step 3: each block sets only the properties it names; a later block wins where two overlap.
 * Borders are set edge by edge, so an outline over an all-thin grid keeps the inner lines. */
function applyFormat(sheet: ExcelJS.Worksheet, format: FormatBlock): void {
  const box = boxOf(format.range);
  forEachCell(box, (row, column) => {
    const cell = cellAt(sheet, row, column);
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    if (format.font) style.font = fontOf(format.font);
    if (format.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: argb(format.fill) };
    if (format.horizontal || format.vertical || format.wrap !== undefined) {
      style.alignment = { ...style.alignment, ...alignmentOf(format) };
    }
    if (format.border)
      style.border = { ...style.border, ...edgesOf(format.border, box, row, column) };
    cell.style = style;
  });
}

/** The whole font, so that a later block replaces what an earlier one set; no colour is black,
 * as the Office.js shell writes it. */
function fontOf(font: FontSpec): Partial<ExcelJS.Font> {
  return {
    name: font.name,
    size: font.size,
    bold: font.bold ?? false,
    italic: font.italic ?? false,
    color: argb(font.color ?? "#000000"),
  };
}

function alignmentOf(format: FormatBlock): Partial<ExcelJS.Alignment> {
  return {
    ...(format.horizontal ? { horizontal: format.horizontal } : {}),
    ...(format.vertical ? { vertical: format.vertical } : {}),
    ...(format.wrap !== undefined ? { wrapText: format.wrap } : {}),
  };
}

/** ExcelJS's form of the edges edgeLines gives. */
function edgesOf(
  spec: BorderSpec,
  box: CellBox,
  row: number,
  column: number
): Partial<ExcelJS.Borders> {
  const edges: Partial<ExcelJS.Borders> = {};
  const lines = edgeLines(spec, box, row, column);
  for (const edge of Object.keys(lines) as (keyof EdgeLines)[])
    edges[edge] = { style: lines[edge] };
  return edges;
}

function addValidation(sheet: ExcelJS.Worksheet, validation: ListValidation): void {
  forEachCell(boxOf(validation.range), (row, column) => {
    cellAt(sheet, row, column).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${validation.list.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      error: validation.message,
      ...(validation.prompt !== undefined && { showInputMessage: true, prompt: validation.prompt }),
    };
  });
}

/** Step 8: A4, fit to one page wide with the height automatic (fitToHeight 0). */
function applyPageSetup(sheet: ExcelJS.Worksheet, page: PageSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4 as ExcelJS.PaperSize,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToPagesWide,
    fitToHeight: 0,
    printArea: absolutePrintArea(boxOf(page.printArea)),
    ...(page.printTitleRows ? { printTitlesRow: page.printTitleRows } : {}),
    margins: { ...page.margins },
    horizontalCentered: page.centerHorizontally,
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: page.centerFooter };
  // ExcelJS breaks below the row it is asked on; the plan names the row below the break.
  for (const row of page.rowBreaks ?? []) sheet.getRow(row - 1).addPageBreak();
}

/** A sheet's view; ExcelJS reads and writes `tabSelected`, but its types leave it out. */
type TabView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

/** ExcelJS writes the print area's defined name as "$" + each corner, which leaves the rows
 * relative ("$A1"); giving the corners as "A$1" makes the name fully absolute ("$A$1"), as Excel
 * writes it. */
function absolutePrintArea(box: CellBox): string {
  const corner = (row: number, column: number) => `${columnLetters(column)}$${row}`;
  return `${corner(box.top, box.left)}:${corner(box.bottom, box.right)}`;
}

/** Step 9: the sheet opens in front; only it is selected (several selected tabs would group the
 * sheets, and the next edit would go to all of them). */
function activate(workbook: ExcelJS.Workbook, name: string): void {
  const sheets = workbook.worksheets;
  const index = sheets.findIndex((sheet) => sheet.name === name);
  if (index < 0) return;
  sheets.forEach((sheet, i) => {
    const [first, ...rest] = (sheet.views ?? []) as TabView[];
    const selected = i === index;
    if ((first?.tabSelected ?? false) === selected) return;
    sheet.views = [{ state: "normal", ...first, tabSelected: selected }, ...rest] as TabView[];
  });
  const [view, ...others] = workbook.views ?? [];
  workbook.views = [{ ...DEFAULT_WORKBOOK_VIEW, ...view, activeTab: index }, ...others];
}

/** ExcelJS writes no workbook view unless given one, and Excel wants one to know the active tab. */
export const DEFAULT_WORKBOOK_VIEW: ExcelJS.WorkbookView = {
  x: 0,
  y: 0,
  width: 12000,
  height: 24000,
  firstSheet: 0,
  activeTab: 0,
  visibility: "visible",
};

function argb(hex: string): Partial<ExcelJS.Color> {
  return { argb: `FF${hex.replace("#", "").toUpperCase()}` };
}

/** A range of the plan with its ExcelJS address ("B3:D9"); throws on text that is not one. */
function boxOf(a1: string): CellBox & { readonly address: string } {
  const box = parseRange(a1);
  if (!box) {
    throw new Error(`Vùng ô không hợp lệ trong kế hoạch ghi / Not an A1 range in the plan: ${a1}`);
  }
  return { ...box, address: a1 };
}

/** A cell of the sheet, created when it does not exist yet. */
function cellAt(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return sheet.getRow(row).getCell(column);
}

function forEachCell(box: CellBox, visit: (row: number, column: number) => void): void {
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) visit(row, column);
  }
}
