// The fake workbook to and from ExcelJS, so a test can load a real .xlsx into the fake, run the
// add-in over it, save the result, and compare it with what the command line writes. Runs in the
// browser too (ExcelJS has a browser build; bytes in, bytes out).
//
// Kept: values, formulas (with their cached results), number formats, fonts, solid fills,
// borders, alignment, merges, column widths, row heights, list validations, page setup, tables
// (read only), each sheet's visibility and the active sheet. Dates become serial numbers, as
// Office.js reports them.

import ExcelJS from "exceljs";
import { columnWidthToPoints, pointsToColumnWidth } from "../excel/units";
import { parseRange, rangeAddress } from "../workbook/layout/a1";
import { DEFAULT_WORKBOOK_VIEW } from "../xlsx/write";
import {
  cellAt,
  cellKey,
  eachCellOf,
  emptyWorkbook,
  keyPosition,
  newSheet,
  type BorderLine,
  type CellStyle,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbook,
  type PageState,
  type Scalar,
  type SheetVisibility,
  type Side,
} from "./model";

const SIDES: readonly Side[] = ["top", "bottom", "left", "right"];
const POINTS_PER_INCH = 72;
const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system, as ExcelJS places dates (UTC). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A tab's state in ExcelJS, as Office.js names it. */
const VISIBILITY: Readonly<Record<ExcelJS.WorksheetState, SheetVisibility>> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** SpreadsheetML paper codes of the sizes the add-in writes. */
const PAPER_CODES: Readonly<Record<string, number>> = { Letter: 1, A3: 8, A4: 9, A5: 11 };

export async function loadFakeWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<FakeWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return fakeFromExcelJs(workbook);
}

export async function saveFakeWorkbook(model: FakeWorkbook): Promise<Uint8Array> {
  return new Uint8Array(await excelJsFromFake(model).xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// ExcelJS → fake

export function fakeFromExcelJs(workbook: ExcelJS.Workbook): FakeWorkbook {
  const model = emptyWorkbook();
  for (const worksheet of workbook.worksheets) model.sheets.push(sheetFromExcelJs(worksheet));
  // ExcelJS leaves views undefined for a file without a workbook view (<bookViews>).
  const active = workbook.views?.[0]?.activeTab ?? 0;
  model.activeSheet = model.sheets[active]?.name ?? model.sheets[0]?.name ?? null;
  return model;
}

function sheetFromExcelJs(worksheet: ExcelJS.Worksheet): FakeSheet {
  const sheet = newSheet(worksheet.name);
  if (worksheet.state !== "visible") sheet.visibility = VISIBILITY[worksheet.state];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height !== undefined) sheet.rowHeights.set(rowNumber, row.height);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const fake = cellAt(sheet, rowNumber, column);
      // A merged area's other cells repeat its first value in ExcelJS; Excel keeps them empty.
      if (cell.type !== ExcelJS.ValueType.Merge) setValue(fake, cell);
      fake.numberFormat = cell.numFmt || "General";
      fake.style = styleFromExcelJs(cell);
      if (isBlank(fake)) sheet.cells.delete(cellKey(rowNumber, column));
    });
  });
  readValidations(worksheet, sheet);
  for (const merge of worksheet.model.merges ?? []) {
    const box = parseRange(merge);
    if (box) sheet.merges.push(box);
  }
  for (const column of worksheet.columns ?? []) {
    if (column.width !== undefined && column.number !== undefined) {
      sheet.columnWidths.set(column.number, columnWidthToPoints(column.width));
    }
  }
  sheet.page = pageFromExcelJs(worksheet);
  for (const table of worksheet.getTables() as unknown as LoadedTable[]) {
    const box = table.table.tableRef ? parseRange(table.table.tableRef) : null;
    if (!box) continue;
    sheet.tables.push({
      name: table.table.name ?? table.name ?? "",
      box,
      showHeaders: table.table.headerRow !== false,
      showTotals: table.table.totalsRow === true,
    });
  }
  return sheet;
}

/** List validations, also on cells that hold nothing (ExcelJS keys them by cell or range). */
function readValidations(worksheet: ExcelJS.Worksheet, sheet: FakeSheet): void {
  // ExcelJS's typings leave the worksheet's validations out.
  const { dataValidations } = worksheet as unknown as {
    dataValidations: { model: Record<string, DataRule> };
  };
  const rules = dataValidations.model;
  for (const [addresses, rule] of Object.entries(rules)) {
    if (rule?.type !== "list") continue;
    const validation = {
      source: unquoteList(String(rule.formulae?.[0] ?? "")),
      inCellDropDown: true,
      ...(rule.error ? { errorMessage: rule.error } : {}),
      ...(rule.errorTitle ? { errorTitle: rule.errorTitle } : {}),
      ...(rule.showInputMessage && rule.prompt ? { promptMessage: rule.prompt } : {}),
    };
    for (const address of addresses.split(/\s+/)) {
      const box = parseRange(address);
      if (box)
        eachCellOf(box, (row, column) => sheet.validations.set(cellKey(row, column), validation));
    }
  }
}

/** A validation rule as ExcelJS keeps it (undefined once removed). */
type DataRule = ExcelJS.DataValidation | undefined;

/** What ExcelJS keeps of a loaded table; its typings do not describe what getTables() returns. */
interface LoadedTable {
  readonly name?: string;
  readonly table: {
    readonly name?: string;
    readonly tableRef?: string;
    readonly headerRow?: boolean;
    readonly totalsRow?: boolean;
  };
}

function isBlank(cell: FakeCell): boolean {
  return (
    cell.value === null &&
    cell.formula === null &&
    cell.numberFormat === "General" &&
    Object.keys(cell.style).length === 0
  );
}

function setValue(fake: FakeCell, cell: ExcelJS.Cell): void {
  const value = cell.value;
  if (
    value !== null &&
    typeof value === "object" &&
    ("formula" in value || "sharedFormula" in value)
  ) {
    fake.formula = `=${cell.formula}`;
    fake.value = scalarOf(value.result);
  } else fake.value = scalarOf(value);
}

/** A constant as Office.js reports it: dates as serial numbers, rich text and links as their text,
 * errors as their code; "" as empty. */
function scalarOf(value: ExcelJS.CellValue | undefined): Scalar | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
  if ("richText" in value) return scalarOf(value.richText.map((part) => part.text).join(""));
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return scalarOf(value.text as ExcelJS.CellValue);
  return null;
}

/** `"1,2,3"` (a list written in the rule) → `1,2,3`; a reference stays as it is. */
function unquoteList(formula: string): string {
  return /^".*"$/s.test(formula) ? formula.slice(1, -1).replace(/""/g, '"') : formula;
}

const HORIZONTAL: Readonly<Record<string, string>> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const VERTICAL: Readonly<Record<string, string>> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

/** SpreadsheetML border styles as Office.js style and weight. */
const BORDER_LINES: Readonly<Record<string, { style: string; weight: string }>> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  hair: { style: "Continuous", weight: "Hairline" },
  dotted: { style: "Dot", weight: "Thin" },
  dashed: { style: "Dash", weight: "Thin" },
  mediumDashed: { style: "Dash", weight: "Medium" },
  dashDot: { style: "DashDot", weight: "Thin" },
  mediumDashDot: { style: "DashDot", weight: "Medium" },
  dashDotDot: { style: "DashDotDot", weight: "Thin" },
  mediumDashDotDot: { style: "DashDotDot", weight: "Medium" },
  slantDashDot: { style: "SlantDashDot", weight: "Medium" },
  double: { style: "Double", weight: "Thick" },
};

function styleFromExcelJs(cell: ExcelJS.Cell): CellStyle {
  const style: CellStyle = {};
  const font = cell.font;
  if (font && !isDefaultFont(font)) {
    style.font = {
      ...(font.name !== undefined ? { name: font.name } : {}),
      ...(font.size !== undefined ? { size: font.size } : {}),
      ...(font.bold !== undefined ? { bold: font.bold } : {}),
      ...(font.italic !== undefined ? { italic: font.italic } : {}),
      ...(hexOf(font.color) ? { color: hexOf(font.color) } : {}),
    };
  }
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid" && hexOf(fill.fgColor)) {
    style.fill = hexOf(fill.fgColor);
  }
  const alignment = cell.alignment;
  if (alignment?.horizontal) style.horizontal = HORIZONTAL[alignment.horizontal];
  if (alignment?.vertical) style.vertical = VERTICAL[alignment.vertical];
  if (alignment?.wrapText !== undefined) style.wrap = alignment.wrapText;
  const border: Partial<Record<Side, BorderLine>> = {};
  for (const side of SIDES) {
    const line = cell.border?.[side];
    const office = line?.style ? BORDER_LINES[line.style] : undefined;
    if (office) border[side] = { ...office, color: hexOf(line?.color) ?? "#000000" };
  }
  if (Object.keys(border).length > 0) style.border = border;
  return style;
}

/** The workbook's default font (Calibri 11, no emphasis or colour) is no formatting. */
function isDefaultFont(font: Partial<ExcelJS.Font>): boolean {
  return (
    (font.name === undefined || font.name === "Calibri") &&
    (font.size === undefined || font.size === 11) &&
    !font.bold &&
    !font.italic &&
    hexOf(font.color) === undefined
  );
}

function hexOf(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function pageFromExcelJs(worksheet: ExcelJS.Worksheet): PageState {
  const setup = worksheet.pageSetup;
  const paper = Object.entries(PAPER_CODES).find(([, code]) => code === setup.paperSize)?.[0];
  const margins = setup.margins;
  return {
    ...(paper ? { paperSize: paper } : {}),
    ...(setup.orientation ? { orientation: capitalized(setup.orientation) } : {}),
    ...(setup.fitToPage
      ? { horizontalFitToPages: setup.fitToWidth ?? 1, verticalFitToPages: setup.fitToHeight ?? 1 }
      : setup.scale !== undefined
        ? { scale: setup.scale }
        : {}),
    ...(setup.printArea ? { printArea: setup.printArea.replace(/\$/g, "") } : {}),
    ...(setup.printTitlesRow ? { printTitleRows: setup.printTitlesRow.replace(/\$/g, "") } : {}),
    ...(centerSectionOf(worksheet.headerFooter?.oddFooter) !== undefined
      ? { centerFooter: centerSectionOf(worksheet.headerFooter?.oddFooter) }
      : {}),
    // Not centred is the default, and the file leaves it out.
    ...(setup.horizontalCentered ? { centerHorizontally: true } : {}),
    ...(margins
      ? {
          margins: {
            top: margins.top * POINTS_PER_INCH,
            bottom: margins.bottom * POINTS_PER_INCH,
            left: margins.left * POINTS_PER_INCH,
            right: margins.right * POINTS_PER_INCH,
            header: margins.header * POINTS_PER_INCH,
            footer: margins.footer * POINTS_PER_INCH,
          },
        }
      : {}),
  };
}

/** The text of the &C section of a header or footer code. */
function centerSectionOf(code: string | undefined): string | undefined {
  const match = code === undefined ? null : /&C(.*?)(?=&[LR]|$)/s.exec(code);
  return match ? match[1] : undefined;
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// ---------------------------------------------------------------------------------------------
// fake → ExcelJS

export function excelJsFromFake(model: FakeWorkbook): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const state = Object.entries(VISIBILITY).find(([, office]) => office === sheet.visibility);
    writeSheet(
      workbook.addWorksheet(sheet.name, state ? { state: state[0] as ExcelJS.WorksheetState } : {}),
      sheet
    );
  }
  const active = model.sheets.findIndex((sheet) => sheet.name === model.activeSheet);
  workbook.views = [{ ...DEFAULT_WORKBOOK_VIEW, activeTab: Math.max(0, active) }];
  return workbook;
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: FakeSheet): void {
  for (const [key, cell] of sheet.cells) {
    const { row, column } = keyPosition(key);
    const target = worksheet.getCell(row, column);
    if (cell.formula !== null) {
      target.value = {
        formula: cell.formula.slice(1),
        ...(cell.value !== null ? { result: cell.value } : {}),
      } as ExcelJS.CellFormulaValue;
    } else if (cell.value !== null) target.value = cell.value;
    target.style = styleToExcelJs(cell);
  }
  for (const box of sheet.merges) worksheet.mergeCellsWithoutStyle(rangeAddress(box));
  for (const [column, points] of sheet.columnWidths) {
    worksheet.getColumn(column).width = pointsToColumnWidth(points);
  }
  for (const [row, points] of sheet.rowHeights) worksheet.getRow(row).height = points;
  for (const [key, validation] of sheet.validations) {
    const { row, column } = keyPosition(key);
    worksheet.getCell(row, column).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${validation.source.replace(/"/g, '""')}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      ...(validation.errorMessage ? { error: validation.errorMessage } : {}),
      ...(validation.errorTitle ? { errorTitle: validation.errorTitle } : {}),
      ...(validation.promptMessage
        ? { showInputMessage: true, prompt: validation.promptMessage }
        : {}),
    };
  }
  writePage(worksheet, sheet.page);
}

function styleToExcelJs({ numberFormat, style }: FakeCell): Partial<ExcelJS.Style> {
  const font = style.font;
  const horizontal = Object.entries(HORIZONTAL).find(([, office]) => office === style.horizontal);
  const vertical = Object.entries(VERTICAL).find(([, office]) => office === style.vertical);
  const border: Partial<ExcelJS.Borders> = {};
  for (const side of SIDES) {
    const line = style.border?.[side];
    const name = Object.entries(BORDER_LINES).find(
      ([, office]) => office.style === line?.style && office.weight === line?.weight
    )?.[0];
    if (line && name) {
      border[side] = { style: name as ExcelJS.BorderStyle, color: { argb: argbOf(line.color) } };
    }
  }
  return {
    ...(numberFormat !== "General" ? { numFmt: numberFormat } : {}),
    ...(font
      ? {
          font: {
            ...(font.name !== undefined ? { name: font.name } : {}),
            ...(font.size !== undefined ? { size: font.size } : {}),
            ...(font.bold !== undefined ? { bold: font.bold } : {}),
            ...(font.italic !== undefined ? { italic: font.italic } : {}),
            ...(font.color !== undefined ? { color: { argb: argbOf(font.color) } } : {}),
          },
        }
      : {}),
    ...(style.fill
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(style.fill) } } }
      : {}),
    ...(horizontal || vertical || style.wrap !== undefined
      ? {
          alignment: {
            ...(horizontal ? { horizontal: horizontal[0] as ExcelJS.Alignment["horizontal"] } : {}),
            ...(vertical ? { vertical: vertical[0] as ExcelJS.Alignment["vertical"] } : {}),
            ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
          },
        }
      : {}),
    ...(Object.keys(border).length > 0 ? { border } : {}),
  };
}

function argbOf(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function writePage(worksheet: ExcelJS.Worksheet, page: PageState): void {
  const fit = page.horizontalFitToPages !== undefined || page.verticalFitToPages !== undefined;
  const inches = (points: number) => points / POINTS_PER_INCH;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    ...(page.paperSize && PAPER_CODES[page.paperSize]
      ? { paperSize: PAPER_CODES[page.paperSize] as ExcelJS.PaperSize }
      : {}),
    ...(page.orientation
      ? { orientation: page.orientation.toLowerCase() as "portrait" | "landscape" }
      : {}),
    ...(fit
      ? {
          fitToPage: true,
          fitToWidth: page.horizontalFitToPages ?? 0,
          fitToHeight: page.verticalFitToPages ?? 0,
        }
      : page.scale !== undefined
        ? { scale: page.scale }
        : {}),
    ...(page.printArea ? { printArea: page.printArea } : {}),
    ...(page.printTitleRows ? { printTitlesRow: page.printTitleRows } : {}),
    ...(page.centerHorizontally !== undefined
      ? { horizontalCentered: page.centerHorizontally }
      : {}),
    ...(page.margins
      ? {
          margins: {
            top: inches(page.margins.top),
            bottom: inches(page.margins.bottom),
            left: inches(page.margins.left),
            right: inches(page.margins.right),
            header: inches(page.margins.header),
            footer: inches(page.margins.footer),
          },
        }
      : {}),
  };
  if (page.centerFooter !== undefined) {
    worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: `&C${page.centerFooter}` };
  }
  // ExcelJS breaks below the row it is asked on. It writes breaks but does not read them back, so
  // a file read into the fake has none.
  for (const row of page.rowBreaks ?? []) worksheet.getRow(row - 1).addPageBreak();
}
