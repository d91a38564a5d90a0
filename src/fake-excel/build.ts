// Building a fake workbook directly, as a user would have typed it: for tests and samples.

import { cellAt, emptyWorkbook, newSheet, type FakeWorkbook, type Scalar } from "./model";

export type Rows = readonly (readonly (Scalar | null)[])[];

/** A workbook with one sheet per entry, in order, each filled from A1; the first is active. */
export function workbookOf(sheets: Readonly<Record<string, Rows>>): FakeWorkbook {
  const workbook = emptyWorkbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = newSheet(name);
    rows.forEach((row, rowIndex) =>
      row.forEach((value, columnIndex) => {
        if (value !== null) cellAt(sheet, rowIndex + 1, columnIndex + 1).value = value;
      })
    );
    workbook.sheets.push(sheet);
  }
  workbook.activeSheet = workbook.sheets[0]?.name ?? null;
  return workbook;
}
