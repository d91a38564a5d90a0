// The ExcelJS shell's reading side: an .xlsx file's bytes into WorkbookGrids, the plain arrays
// parse reads. The browser's reader (the task pane's consolidation, the preview); the command
// line reads with the package reader (package/), from a path.

import ExcelJS from "exceljs";
import {
  FORMULA_WITHOUT_RESULT,
  type CellValue,
  type Grid,
  type WorkbookGrids,
} from "../workbook/grid";
import { rangeAddress, parseRange, type CellBox } from "../workbook/layout/a1";

/** An .xlsx file's bytes. */
export type XlsxSource = Uint8Array | ArrayBuffer;

/** The workbook, with its data validations kept by range where the file gave them by range (a
 * cell inside one then has no `dataValidation` of its own in ExcelJS; the file is unchanged). */
export async function loadWorkbook(source: XlsxSource): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings declare a Buffer of their own (an ArrayBuffer); its zip reader takes a
  // Node Buffer and an ArrayBuffer alike.
  await workbook.xlsx.load(source as ArrayBuffer);
  for (const worksheet of workbook.worksheets) keepValidationRanges(worksheet);
  return workbook;
}

/** ExcelJS's per-sheet store of data validations: keyed by a cell ("C12") or a range ("C12:Q41"). */
type ValidationStore = Record<string, object | undefined>;

/**
 * ExcelJS reads a validation given for a range (a drop-down over a whole ballot sheet) as one
 * entry per cell, and when it writes it regroups them cell by cell: seconds for a sheet of
 * 100,000 ballot cells. The entries read from one range share one object, so a group that fills
 * its bounding box exactly is put back as that range; ExcelJS writes a range as it is.
 */
function keepValidationRanges(worksheet: ExcelJS.Worksheet): void {
  const store = (worksheet as unknown as { dataValidations: { model: ValidationStore } })
    .dataValidations.model;
  const groups = new Map<object, { cells: string[]; bounds: CellBox }>();
  for (const [address, validation] of Object.entries(store)) {
    const box = parseRange(address);
    if (validation === undefined || box === null) continue;
    const group = groups.get(validation);
    if (group === undefined) {
      groups.set(validation, { cells: [address], bounds: box });
    } else {
      group.cells.push(address);
      group.bounds = enclosing(group.bounds, box);
    }
  }
  for (const [validation, { cells, bounds }] of groups) {
    const area = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
    // Only single cells that fill their box exactly: anything else is kept as ExcelJS has it.
    if (cells.length < 2 || area !== cells.length || cells.some((cell) => cell.includes(":"))) {
      continue;
    }
    for (const cell of cells) delete store[cell];
    store[rangeAddress(bounds)] = validation;
  }
}

function enclosing(a: CellBox, b: CellBox): CellBox {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export async function readWorkbookGrids(source: XlsxSource): Promise<WorkbookGrids> {
  return workbookGrids(await loadWorkbook(source));
}

/** Every sheet of a loaded workbook, in tab order. */
export function workbookGrids(workbook: ExcelJS.Workbook): WorkbookGrids {
  // ExcelJS lists them in tab order.
  return { sheets: workbook.worksheets.map(gridOf) };
}

/** A cell's value as the core sees it: rich text and hyperlinks as their text, a formula as its
 * result (FORMULA_WITHOUT_RESULT when the file has none), an error as its text (#REF!), empty
 * text as null. A Date stays a Date: ExcelJS puts the
 * day of an Excel date at UTC midnight, and parse reads its UTC fields. */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  if ("richText" in value) return plainValue(value.richText.map((part) => part.text).join(""));
  if ("error" in value) return value.error;
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  // Shared formulas carry their own result like any other formula.
  if ("formula" in value || "sharedFormula" in value) {
    return value.result === undefined ? FORMULA_WITHOUT_RESULT : plainValue(value.result);
  }
  return null;
}

/** What ExcelJS keeps of a table; its typings do not describe what getTables() returns. */
interface LoadedTable {
  readonly table: {
    readonly tableRef?: string;
    readonly headerRow?: boolean;
    readonly totalsRow?: boolean;
  };
}

/** Each table's header and body: a totals row is a sum, not a person or a ballot. Tables without
 * a header row are left out: parse finds data by its headers. */
function tableRanges(worksheet: ExcelJS.Worksheet): CellBox[] {
  const tables = worksheet.getTables() as unknown as LoadedTable[];
  return tables.flatMap(({ table }) => {
    const box = table.tableRef ? parseRange(table.tableRef) : null;
    if (!box || table.headerRow === false) return [];
    return [{ ...box, bottom: box.bottom - (table.totalsRow ? 1 : 0) }];
  });
}

interface Found {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly numberFormat: string;
}

/** The grid's visibility field: present only for a hidden tab. */
function visibilityOf(worksheet: ExcelJS.Worksheet): Pick<Grid, "visibility"> {
  return worksheet.state === "visible" ? {} : { visibility: worksheet.state };
}

function gridOf(worksheet: ExcelJS.Worksheet): Grid {
  const cells: Found[] = [];
  // A merged area's other cells repeat its first cell's value in ExcelJS; Excel reports them
  // empty, and so does the grid. Their extent gives the merged areas.
  const merges = new Map<string, CellBox>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const key = master.address;
        const box = merges.get(key) ?? { top: +master.row, left: +master.col, bottom: 0, right: 0 };
        merges.set(key, {
          ...box,
          bottom: Math.max(box.bottom, rowNumber),
          right: Math.max(box.right, col),
        });
        return;
      }
      const value = plainValue(cell.value);
      if (value !== null)
        cells.push({ row: rowNumber, col, value, numberFormat: cell.numFmt || "General" });
    });
  });
  const tables = tableRanges(worksheet);
  const boxes: CellBox[] = [
    ...cells.map(({ row, col }) => ({ top: row, left: col, bottom: row, right: col })),
    ...merges.values(),
    ...tables,
  ];
  if (boxes.length === 0) {
    return {
      sheet: worksheet.name,
      top: 1,
      left: 1,
      values: [],
      numberFormats: [],
      merges: [],
      tables: [],
      ...visibilityOf(worksheet),
    };
  }
  // A loop, not Math.min(...): a large sheet has more cells than a call may take arguments.
  const { top, left, bottom, right } = boxes.reduce((a, b) => ({
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  }));
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array<CellValue>(right - left + 1).fill(null)
  );
  const numberFormats: string[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array<string>(right - left + 1).fill("General")
  );
  for (const { row, col, value, numberFormat } of cells) {
    values[row - top]![col - left] = value;
    numberFormats[row - top]![col - left] = numberFormat;
  }
  return {
    sheet: worksheet.name,
    top,
    left,
    values,
    numberFormats,
    merges: [...merges.values()].map(rangeAddress),
    tables: tables.map(rangeAddress),
    ...visibilityOf(worksheet),
  };
}
