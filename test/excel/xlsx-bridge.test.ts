// The fake workbook to and from ExcelJS: what a file holds arrives in the fake in Office.js terms,
// and what the fake holds survives a save and a load.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { columnWidthToPixels, columnWidthToPoints } from "../../src/excel/units";
import { cellAt, cellKey, findSheet } from "../../src/fake-excel";
import {
  excelJsFromFake,
  fakeFromExcelJs,
  loadFakeWorkbook,
  saveFakeWorkbook,
} from "../../src/fake-excel/xlsx-bridge";

/** A workbook with one of everything the bridge keeps. */
function richWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Notes").getCell("A1").value = "n";
  const sheet = workbook.addWorksheet("Kết quả");
  sheet.getCell("A1").value = "Họ và tên";
  sheet.getCell("A1").font = {
    name: "Times New Roman",
    size: 13,
    bold: true,
    color: { argb: "FFC00000" },
  };
  sheet.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE699" } };
  sheet.getCell("A1").alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  sheet.getCell("A1").border = { top: { style: "thin" }, bottom: { style: "medium" } };
  sheet.getCell("B1").value = new Date(Date.UTC(2023, 2, 29));
  sheet.getCell("B1").numFmt = "dd/mm/yyyy";
  sheet.getCell("C1").value = { formula: "1+2", result: 3 };
  sheet.getCell("D1").value = { richText: [{ text: "Nguyễn " }, { text: "Văn A" }] };
  sheet.getCell("A2").value = "merged";
  sheet.mergeCells("A2:C2");
  sheet.getColumn(1).width = 30;
  sheet.getRow(3).height = 24;
  sheet.getCell("E1").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"1,2,3"'],
    showErrorMessage: true,
    error: "Chỉ 1, 2, 3",
    showInputMessage: true,
    prompt: "Gõ 1, 2 hoặc 3",
  };
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9 as ExcelJS.PaperSize,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: "A1:E3",
    printTitlesRow: "1:1",
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 1, bottom: 1, header: 0.25, footer: 0.25 },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: "&CTrang &P/&N" };
  workbook.views = [
    { x: 0, y: 0, width: 100, height: 100, firstSheet: 0, visibility: "visible", activeTab: 1 },
  ];
  return workbook;
}

describe("fakeFromExcelJs", () => {
  it("keeps values, formulas, formats, styles, merges, sizes, drop-downs, page and the active sheet", () => {
    const model = fakeFromExcelJs(richWorkbook());
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Notes", "Kết quả"]);
    expect(model.activeSheet).toBe("Kết quả");
    const sheet = findSheet(model, "Kết quả")!;
    expect(cellAt(sheet, 1, 1)).toEqual({
      value: "Họ và tên",
      formula: null,
      numberFormat: "General",
      style: {
        font: { name: "Times New Roman", size: 13, bold: true, color: "#C00000" },
        fill: "#FFE699",
        horizontal: "Center",
        vertical: "Center",
        wrap: true,
        border: {
          top: { style: "Continuous", weight: "Thin", color: "#000000" },
          bottom: { style: "Continuous", weight: "Medium", color: "#000000" },
        },
      },
    });
    expect(cellAt(sheet, 1, 2)).toMatchObject({ value: 45014, numberFormat: "dd/mm/yyyy" });
    expect(cellAt(sheet, 1, 3)).toMatchObject({ value: 3, formula: "=1+2" });
    expect(cellAt(sheet, 1, 4).value).toBe("Nguyễn Văn A");
    expect(sheet.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
    expect(sheet.cells.get(cellKey(2, 2))).toBeUndefined();
    expect(sheet.columnWidths.get(1)).toBe(columnWidthToPoints(30));
    expect(sheet.rowHeights.get(3)).toBe(24);
    expect(sheet.validations.get(cellKey(1, 5))).toEqual({
      source: "1,2,3",
      inCellDropDown: true,
      errorMessage: "Chỉ 1, 2, 3",
      promptMessage: "Gõ 1, 2 hoặc 3",
    });
    expect(sheet.page).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
      printArea: "A1:E3",
      printTitleRows: "1:1",
      centerFooter: "Trang &P/&N",
      centerHorizontally: true,
      margins: { left: 36, top: 72, footer: 18 },
    });
  });
});

describe("saving and loading", () => {
  it("keeps the borders, fills and formats of cells that hold nothing", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.getCell("A1").value = "Ngày bổ nhiệm";
    sheet.getCell("A2").border = { bottom: { style: "thin" } };
    sheet.getCell("A3").numFmt = "dd/mm/yyyy";
    const fake = fakeFromExcelJs(workbook);
    const cells = findSheet(fake, "Danh sách")!.cells;
    expect(cells.get(cellKey(2, 1))?.style).not.toEqual({});
    expect(cells.get(cellKey(3, 1))?.numberFormat).toBe("dd/mm/yyyy");
    const back = excelJsFromFake(fake).getWorksheet("Danh sách")!;
    expect(back.getCell("A2").border.bottom?.style).toBe("thin");
    expect(back.getCell("A3").numFmt).toBe("dd/mm/yyyy");
  });

  it("loads what it saved, through .xlsx bytes, unchanged", async () => {
    const first = fakeFromExcelJs(richWorkbook());
    const again = await loadFakeWorkbook(await saveFakeWorkbook(first));
    expect(again.activeSheet).toBe(first.activeSheet);
    for (const sheet of first.sheets) {
      const other = findSheet(again, sheet.name)!;
      expect([...other.cells]).toEqual([...sheet.cells]);
      expect(other.merges).toEqual(sheet.merges);
      expect([...other.validations]).toEqual([...sheet.validations]);
      expect([...other.rowHeights]).toEqual([...sheet.rowHeights]);
      expect(other.page).toEqual(sheet.page);
      const pixels = (widths: Map<number, number>) =>
        [...widths].map(([column, points]) => [column, Math.round(points / 0.75)]);
      expect(pixels(other.columnWidths)).toEqual(pixels(sheet.columnWidths));
    }
  });

  it("writes a formula the fake holds as a formula, and text as text", async () => {
    const model = fakeFromExcelJs(richWorkbook());
    const sheet = findSheet(model, "Kết quả")!;
    cellAt(sheet, 5, 1).value = "=SUM(1,2)";
    cellAt(sheet, 5, 1).numberFormat = "@";
    const saved = excelJsFromFake(model).getWorksheet("Kết quả")!;
    expect(saved.getCell("A5").value).toBe("=SUM(1,2)");
    expect(saved.getCell("A5").numFmt).toBe("@");
    expect(saved.getCell("C1").value).toEqual({ formula: "1+2", result: 3 });
  });

  it("opens a file saved without a workbook view, its first sheet active", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách").getCell("A1").value = "x";
    workbook.addWorksheet("Phiếu");
    const model = await loadFakeWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(model.activeSheet).toBe("Danh sách");
  });

  it("keeps each sheet hidden, very hidden or visible, in Office.js terms, through a save", async () => {
    const workbook = richWorkbook();
    workbook.addWorksheet("Ẩn").state = "hidden";
    workbook.addWorksheet("Ẩn sâu").state = "veryHidden";
    const model = fakeFromExcelJs(workbook);
    const states = (sheets: readonly { name: string; visibility?: string }[]) =>
      sheets.map((sheet) => [sheet.name, sheet.visibility]);
    expect(states(model.sheets)).toEqual([
      ["Notes", undefined],
      ["Kết quả", undefined],
      ["Ẩn", "Hidden"],
      ["Ẩn sâu", "VeryHidden"],
    ]);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await saveFakeWorkbook(model)) as unknown as ArrayBuffer);
    expect(saved.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Notes", "visible"],
      ["Kết quả", "visible"],
      ["Ẩn", "hidden"],
      ["Ẩn sâu", "veryHidden"],
    ]);
    expect(states((await loadFakeWorkbook(await saveFakeWorkbook(model))).sheets)).toEqual(
      states(model.sheets)
    );
  });

  it("turns a width in points back into the same width in pixels", () => {
    for (const width of [8.43, 12, 12.5, 30, 45.7]) {
      const model = fakeFromExcelJs(new ExcelJS.Workbook());
      model.sheets.push({ ...fakeFromExcelJs(richWorkbook()).sheets[0]! });
      model.sheets[0]!.columnWidths.set(2, columnWidthToPoints(width));
      const saved = excelJsFromFake(model).worksheets[0]!.getColumn(2).width!;
      expect(columnWidthToPixels(saved)).toBe(columnWidthToPixels(width));
    }
  });
});
