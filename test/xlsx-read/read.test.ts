import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FORMULA_WITHOUT_RESULT } from "../../src/workbook/grid";
import { loadWorkbook, plainValue, readWorkbookGrids } from "../../src/xlsx/read";
import type { Grid } from "../../src/workbook/grid";
import { packageGridsOf, withoutFormats } from "../helpers/package-read";

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function roundTrip(
  build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void
): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Danh sách"), workbook);
  const bytes = await bytesOf(workbook);
  const grids = await readWorkbookGrids(bytes);
  // The streaming package reader must read every case here exactly alike.
  expect(packageGridsOf(bytes)).toEqual(withoutFormats(grids));
  return grids.sheets[0]!;
}

describe("readWorkbookGrids", () => {
  it("gives the used range, with its offset, empty cells null, formats 'General' by default", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("C3").value = "STT";
      sheet.getCell("E5").value = 12;
      sheet.getCell("E5").numFmt = "#,##0";
      sheet.getCell("D4").value = "";
    });
    expect(grid).toEqual({
      sheet: "Danh sách",
      top: 3,
      left: 3,
      values: [
        ["STT", null, null],
        [null, null, null],
        [null, null, 12],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["General", "General", "General"],
        ["General", "General", "#,##0"],
      ],
      merges: [],
      tables: [],
    });
  });

  it("reads numbers, text, booleans, and dates as UTC-midnight Dates of the day Excel shows", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getRow(1).values = [1.5, "Nguyễn Văn An", true];
      sheet.getCell("D1").value = new Date(Date.UTC(2023, 2, 29));
      sheet.getCell("D1").numFmt = "dd/mm/yyyy";
    });
    expect(grid.values[0]).toEqual([1.5, "Nguyễn Văn An", true, new Date(Date.UTC(2023, 2, 29))]);
    expect(grid.numberFormats[0]?.[3]).toBe("dd/mm/yyyy");
  });

  it("reads rich text, hyperlinks, formula results, shared formulas and error values", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("A1").value = {
        richText: [{ text: "Nguyễn " }, { text: "Văn An", font: { bold: true } }],
      };
      sheet.getCell("A2").value = { text: "Trang chủ", hyperlink: "https://example.org" };
      sheet.getCell("A3").value = { formula: "2+3", result: 5 };
      sheet.getCell("B1").value = 1;
      sheet.getCell("B2").value = 2;
      // A shared formula: C2 refers to C1's formula, with a result of its own.
      sheet.fillFormula("C1:C2", "B1*10", [10, 20]);
      sheet.getCell("A4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      sheet.getCell("B4").value = { error: "#REF!" };
      sheet.getCell("C4").value = {
        formula: "A9",
        result: undefined,
      } as unknown as ExcelJS.CellFormulaValue;
    });
    expect(grid.values).toEqual([
      ["Nguyễn Văn An", 1, 10],
      ["Trang chủ", 2, 20],
      [5, null, null],
      // A formula the file keeps no result for is not a blank: parse stops at it (E009).
      ["#DIV/0!", "#REF!", FORMULA_WITHOUT_RESULT],
    ]);
  });

  it("reports merged areas and leaves their other cells empty, as Excel does", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.getCell("A1").value = "DANH SÁCH";
      sheet.mergeCells("A1:D1");
      sheet.getCell("B2").value = "Họ và tên";
      sheet.mergeCells("B2:B3");
    });
    expect(grid.merges.slice().sort()).toEqual(["A1:D1", "B2:B3"]);
    expect(grid.values).toEqual([
      ["DANH SÁCH", null, null, null],
      [null, "Họ và tên", null, null],
      [null, null, null, null],
    ]);
  });

  it("reports tables with their header, without a totals row", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.addTable({
        name: "DanhSach",
        ref: "B2",
        headerRow: true,
        totalsRow: true,
        columns: [{ name: "STT" }, { name: "Họ và tên" }],
        rows: [
          [1, "An"],
          [2, "Bình"],
        ],
      });
    });
    expect(grid.tables).toEqual(["B2:C4"]);
    expect(grid.values.at(-1)?.[0]).toBe("Total");
  });

  it("leaves out a table without a header row: parse finds data by its headers", async () => {
    const grid = await roundTrip((sheet) => {
      sheet.addTable({
        name: "KhongTieuDe",
        ref: "A1",
        headerRow: false,
        columns: [{ name: "A" }, { name: "B" }],
        rows: [[1, 2]],
      });
    });
    expect(grid.values).toEqual([[1, 2]]);
    expect(grid.tables).toEqual([]);
  });

  it("lists sheets in tab order and reads an empty sheet as an empty grid", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Hội nghị").getCell("A1").value = "x";
    workbook.addWorksheet("Trống");
    workbook.addWorksheet("Phiếu").getCell("A1").value = "y";
    const grids = await readWorkbookGrids(await bytesOf(workbook));
    expect(grids.sheets.map((s) => s.sheet)).toEqual(["Hội nghị", "Trống", "Phiếu"]);
    expect(grids.sheets[1]).toMatchObject({ top: 1, left: 1, values: [], merges: [], tables: [] });
  });

  it("reads a Buffer and an ArrayBuffer alike", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Hội nghị").getCell("B2").value = "Số phiếu thu về";
    const bytes = await bytesOf(workbook);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const [fromBuffer, fromArrayBuffer] = await Promise.all([
      readWorkbookGrids(bytes),
      readWorkbookGrids(arrayBuffer as ArrayBuffer),
    ]);
    expect(fromBuffer.sheets[0]?.values).toEqual([["Số phiếu thu về"]]);
    expect(fromArrayBuffer).toEqual(fromBuffer);
  });

  it("rejects a file that is not a workbook (the caller reports it as a file error)", async () => {
    await expect(readWorkbookGrids(Buffer.from("not a zip"))).rejects.toThrow();
  });
});

describe("loadWorkbook", () => {
  type Store = Record<string, ExcelJS.DataValidation | undefined>;
  const storeOf = (sheet: ExcelJS.Worksheet | undefined) =>
    (sheet as unknown as { dataValidations: { model: Store } }).dataValidations.model;
  const dropDown = (codes: string): ExcelJS.DataValidation => ({
    type: "list",
    allowBlank: true,
    formulae: [`"${codes}"`],
  });

  it("keeps a drop-down given for a range as that range, and every cell still has it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Phiếu");
    for (let row = 2; row <= 40; row++) {
      for (let column = 3; column <= 12; column++) {
        sheet.getCell(row, column).dataValidation = dropDown("1,2,3,0");
      }
    }
    // Two cells apart with another list: not one rectangle, so they stay cell by cell.
    sheet.getCell("A2").dataValidation = dropDown("x");
    sheet.getCell("A5").dataValidation = dropDown("x");

    const loaded = await loadWorkbook(await bytesOf(workbook));
    const store = storeOf(loaded.getWorksheet("Phiếu"));
    expect(Object.keys(store).sort()).toEqual(["A2", "A5", "C2:L40"]);

    // Read back by ExcelJS alone, which gives each cell its own entry again.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await loaded.xlsx.writeBuffer());
    const reloaded = again.getWorksheet("Phiếu")!;
    expect(reloaded.getCell("C2").dataValidation?.formulae).toEqual(['"1,2,3,0"']);
    expect(reloaded.getCell("L40").dataValidation?.formulae).toEqual(['"1,2,3,0"']);
    expect(reloaded.getCell("M40").dataValidation).toBeUndefined();
    expect(reloaded.getCell("A5").dataValidation?.formulae).toEqual(['"x"']);
    expect(reloaded.getCell("A3").dataValidation).toBeUndefined();
  });
});

describe("plainValue", () => {
  it("turns every ExcelJS value shape into a grid value", () => {
    expect(plainValue(undefined)).toBeNull();
    expect(plainValue("")).toBeNull();
    expect(plainValue({ richText: [] })).toBeNull();
    expect(
      plainValue({
        text: { richText: [{ text: "a" }, { text: "b" }] },
        hyperlink: "x",
      } as unknown as ExcelJS.CellValue)
    ).toBe("ab");
    expect(plainValue({ formula: "A1", result: new Date(Date.UTC(2024, 0, 2)) })).toEqual(
      new Date(Date.UTC(2024, 0, 2))
    );
    expect(plainValue({ sharedFormula: "A1", result: "x" } as ExcelJS.CellValue)).toBe("x");
  });

  it("passes on a formula without a result as FORMULA_WITHOUT_RESULT, never as a blank", async () => {
    expect(plainValue({ formula: "B1*2" } as ExcelJS.CellValue)).toBe(FORMULA_WITHOUT_RESULT);
    expect(plainValue({ sharedFormula: "A1" } as ExcelJS.CellValue)).toBe(FORMULA_WITHOUT_RESULT);
    expect(plainValue({ formula: "B1*2", result: 0 } as ExcelJS.CellValue)).toBe(0);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").getCell("A1").value = { formula: "B1*2" } as ExcelJS.CellValue;
    const grids = await readWorkbookGrids(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(grids.sheets[0]?.values).toEqual([[FORMULA_WITHOUT_RESULT]]);
  });
});
