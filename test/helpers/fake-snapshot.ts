// What the parity tests compare of a fake Excel workbook: per cell its value, formula, number
// format and style, with merges, widths, heights, validations and page setup per sheet.

import { rangeAddress } from "../../src/workbook/layout/a1";
import { keyPosition, type FakeSheet, type FakeWorkbook } from "../../src/fake-excel";

/** Everything compared, in plain data: per cell its value, formula, number format and style. */
export function snapshot(workbook: FakeWorkbook) {
  return {
    active: workbook.activeSheet,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      cells: cellsOf(sheet),
      merges: sheet.merges.map(rangeAddress).sort(),
      // Excel shows widths in whole pixels; both shells round to them.
      widthsInPixels: [...sheet.columnWidths]
        .map(([column, points]) => [column, Math.round(points / 0.75)])
        .sort((a, b) => a[0]! - b[0]!),
      heights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
      validations: [...sheet.validations].sort((a, b) => a[0] - b[0]),
      page: sheet.page,
    })),
  };
}

function cellsOf(sheet: FakeSheet) {
  return [...sheet.cells]
    .sort((a, b) => a[0] - b[0])
    .map(([key, cell]) => {
      const { row, column } = keyPosition(key);
      const font = cell.style.font;
      // The add-in names Excel's automatic black; the file leaves it out. Both print alike.
      const style = font ? { ...cell.style, font: { color: "#000000", ...font } } : cell.style;
      return [`${row},${column}`, { ...cell, style }] as const;
    });
}
