// A workbook as plain data, cell by cell: what a person would see and print (value, number
// format, font, fill, border, alignment), plus merges, column widths and page setup. Two dumps
// that are deep-equal are the same workbook for every purpose the add-in cares about.

import type ExcelJS from "exceljs";

export interface CellDump {
  readonly value: unknown;
  readonly numFmt?: string;
  readonly font?: unknown;
  readonly fill?: unknown;
  readonly border?: unknown;
  readonly alignment?: unknown;
}

export interface SheetDump {
  readonly name: string;
  readonly cells: Readonly<Record<string, CellDump>>;
  readonly merges: readonly string[];
  readonly widths: Readonly<Record<string, number>>;
  readonly page: unknown;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    (typeof value === "object" && value !== null && !Object.keys(value).length)
  );
}

function cellDump(cell: ExcelJS.Cell): CellDump | null {
  const style = cell.style;
  const dump: Record<string, unknown> = {};
  const value = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
  if (value !== null && value !== undefined) dump.value = value;
  if (style.numFmt) dump.numFmt = style.numFmt;
  for (const key of ["font", "fill", "border", "alignment"] as const) {
    if (!isEmpty(style[key])) dump[key] = JSON.parse(JSON.stringify(style[key]));
  }
  if (Object.keys(dump).length === 0) return null;
  return { value: null, ...dump };
}

export function dumpSheet(sheet: ExcelJS.Worksheet): SheetDump {
  const cells: Record<string, CellDump> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const dump = cellDump(cell);
      if (dump !== null) cells[cell.address] = dump;
    });
  });
  const widths: Record<string, number> = {};
  (sheet.columns ?? []).forEach((column, index) => {
    if (column.width !== undefined) widths[String(index + 1)] = column.width;
  });
  const page = sheet.pageSetup;
  return {
    name: sheet.name,
    cells,
    merges: [...(sheet.model.merges ?? [])].sort(),
    widths,
    page: {
      paperSize: page.paperSize,
      orientation: page.orientation,
      fitToPage: page.fitToPage,
      fitToWidth: page.fitToWidth,
      fitToHeight: page.fitToHeight,
      printArea: page.printArea,
      printTitlesRow: page.printTitlesRow,
      footer: sheet.headerFooter?.oddFooter ?? null,
    },
  };
}

export function dumpWorkbook(workbook: ExcelJS.Workbook): SheetDump[] {
  return workbook.worksheets.map(dumpSheet);
}
