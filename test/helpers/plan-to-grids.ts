// What a shell would read back after applying a plan of "own" sheets to an empty workbook, without
// ExcelJS or Excel: each sheet's used range (the box around the cells holding a value) as a Grid,
// with the plan's number formats ("General" where the plan sets none). Lets tests parse plans.

import type { CellValue, Grid, WorkbookGrids } from "../../src/workbook/grid";
import { parseRange } from "../../src/workbook/layout/a1";
import type { SheetWrite, WritePlan } from "../../src/workbook/plan";

export function planToGrids(plan: WritePlan): WorkbookGrids {
  return { sheets: plan.sheets.map(sheetToGrid) };
}

/** Excel's column count: a cell's key is row × this + column. */
const MAX_COLUMNS = 16_384;

interface Cell {
  value: CellValue;
  format: string;
}

function sheetToGrid(sheet: SheetWrite): Grid {
  if (sheet.kind !== "own") throw new Error(`planToGrids reads own sheets only: ${sheet.sheet}`);
  const cells = new Map<number, Cell>();
  const key = (row: number, column: number) => row * MAX_COLUMNS + column;
  for (const block of sheet.blocks) {
    const at = parseRange(block.at);
    if (!at) throw new Error(`bad block address ${block.at}`);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = block.numberFormats[r]?.[c];
        if (format === undefined) throw new Error(`no number format for ${block.at} +${r},${c}`);
        const place = key(at.top + r, at.left + c);
        // As in the plan's order: the format first, then the value; null leaves the value.
        cells.set(place, { value: value ?? cells.get(place)?.value ?? null, format });
      })
    );
  }
  const used = [...cells.entries()].filter(([, cell]) => cell.value !== null);
  if (used.length === 0) {
    return {
      sheet: sheet.sheet,
      top: 1,
      left: 1,
      values: [],
      numberFormats: [],
      merges: [],
      tables: [],
    };
  }
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const [place] of used) {
    const [row, column] = [Math.floor(place / MAX_COLUMNS), place % MAX_COLUMNS];
    [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
    [left, right] = [Math.min(left, column), Math.max(right, column)];
  }
  const rows = Array.from({ length: bottom - top + 1 }, (_, r) =>
    Array.from({ length: right - left + 1 }, (_, c) => cells.get(key(top + r, left + c)))
  );
  return {
    sheet: sheet.sheet,
    top,
    left,
    values: rows.map((row) => row.map((cell) => cell?.value ?? null)),
    numberFormats: rows.map((row) => row.map((cell) => cell?.format ?? "General")),
    merges: [...sheet.merges],
    tables: [],
  };
}
