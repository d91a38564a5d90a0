// The streaming reader's whole: a package's worksheets as the grids parse reads, in tab order,
// built from the parts alone (no spreadsheet library), at a cost bounded by the cells that hold
// data. Number formats are left out as the Office.js shell leaves them out: parse tells dates by
// their values, and the reader already turned date-styled numbers into Dates.

import type { CellValue, Grid, WorkbookGrids } from "../../workbook/grid";
import { rangeAddress, type CellBox } from "../../workbook/layout/a1";
import { PackageDamage } from "./damage";
import { readRelationships } from "./relationships";
import { readSharedStrings } from "./read-shared-strings";
import { readSheet, type FoundCells, type SheetContext } from "./read-sheet";
import { readDateStyles } from "./read-styles";
import { readTables } from "./read-tables";
import { readWorkbookPart, type ListedSheet } from "./read-workbook";
import type { ZipArchive } from "./zip";

/**
 * A grid is dense from its top-left to its bottom-right cell, so a sheet's data (its cells with
 * values, merged areas and tables) must fit in a rectangle of at most this many cells: 6 million,
 * room for the largest vote allowed (10,000 ballots × 500 people) and a few hundred MB at most.
 * A stray value far away (XFD1048576 beside A1) would otherwise ask for billions of cells; it is
 * refused with F020 naming it. One far cell alone is a small grid and is read.
 */
export const MAX_GRID_CELLS = 6_000_000;

export function packageGrids(archive: ZipArchive): WorkbookGrids {
  const workbook = readWorkbookPart(archive);
  const sharedStrings = readSharedStrings(archive, workbook.sharedStringsPart);
  const dateStyles = readDateStyles(archive, workbook.stylesPart);
  return {
    sheets: workbook.sheets.map((sheet) =>
      sheetGrid(archive, sheet, {
        sheet: sheet.name,
        sharedStrings,
        dateStyles,
        date1904: workbook.date1904,
      })
    ),
  };
}

function areaOf(box: CellBox): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/** The rectangle around a sheet's data, grown one box at a time, F020 at the first box that makes
 * it too large. Kept as four numbers: a sheet's million cells cost no box each. */
class Extent {
  top = Infinity;
  left = Infinity;
  bottom = 0;
  right = 0;

  constructor(private readonly sheet: string) {}

  include(box: CellBox): void {
    this.grow(box.top, box.left, box.bottom, box.right);
  }

  includeCells({ rows, cols }: FoundCells): void {
    for (let cell = 0; cell < rows.length; cell++) {
      const row = rows[cell]!;
      const col = cols[cell]!;
      this.grow(row, col, row, col);
    }
  }

  /** null when no box was included. */
  box(): CellBox | null {
    if (this.bottom === 0) return null;
    return { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
  }

  private grow(top: number, left: number, bottom: number, right: number): void {
    this.top = Math.min(this.top, top);
    this.left = Math.min(this.left, left);
    this.bottom = Math.max(this.bottom, bottom);
    this.right = Math.max(this.right, right);
    if ((this.bottom - this.top + 1) * (this.right - this.left + 1) > MAX_GRID_CELLS) {
      throw new PackageDamage("F020", {
        sheetName: this.sheet,
        cell: rangeAddress({ top, left, bottom, right }),
        limitVi: MAX_GRID_CELLS.toLocaleString("vi-VN"),
        limitEn: MAX_GRID_CELLS.toLocaleString("en-US"),
      });
    }
  }
}

function sheetGrid(archive: ZipArchive, listed: ListedSheet, context: SheetContext): Grid {
  const { cells, merges, tableIds } = readSheet(archive, listed.part, context);
  const tables = readTables(archive, tableIds, readRelationships(archive, listed.part));
  const data = new Extent(listed.name);
  data.includeCells(cells);
  for (const box of [...merges, ...tables]) data.include(box);
  const extent = data.box();
  const grid = {
    sheet: listed.name,
    numberFormats: [],
    merges: merges.map(rangeAddress),
    tables: tables.map(rangeAddress),
    ...(listed.visibility && { visibility: listed.visibility }),
  };
  if (extent === null) return { ...grid, top: 1, left: 1, values: [] };
  const { top, left, bottom, right } = extent;
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array<CellValue>(right - left + 1).fill(null)
  );
  for (let cell = 0; cell < cells.rows.length; cell++) {
    values[cells.rows[cell]! - top]![cells.cols[cell]! - left] = cells.values[cell]!;
  }
  clearMergedCells(listed.name, values, top, left, merges);
  return { ...grid, top, left, values };
}

/** A merged area shows its first cell's value only; Excel reports its other cells empty, and the
 * grid does too (a value left in one by another program is not shown). Merged areas cannot
 * overlap in a sound file, so together they cover at most the grid: more is a damaged file. */
function clearMergedCells(
  sheet: string,
  values: CellValue[][],
  top: number,
  left: number,
  merges: readonly CellBox[]
): void {
  let covered = 0;
  for (const merge of merges) {
    covered += areaOf(merge);
    if (covered > MAX_GRID_CELLS) {
      throw new PackageDamage("F002", {}, { cause: new Error(`${sheet}: overlapping merges`) });
    }
    for (let row = merge.top; row <= merge.bottom; row++) {
      const line = values[row - top]!;
      for (let col = merge.left; col <= merge.right; col++) {
        if (row !== merge.top || col !== merge.left) line[col - left] = null;
      }
    }
  }
}
