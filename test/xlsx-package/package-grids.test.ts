// The streaming package reader: the same grids as the ExcelJS reader on every workbook the
// product makes (template, sample, a tallied output), and a coded problem, never a guess or a
// library's words, on packages edited by hand into shapes ExcelJS would never write.

import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FORMULA_WITHOUT_RESULT } from "../../src/workbook/grid";
import { checkWorkbook, describeProblem, planResults } from "../../src/workbook/run";
import { samplePlan } from "../../src/workbook/sample";
import { templatePlan } from "../../src/workbook/template";
import { FileFailure } from "../../src/xlsx/file-problems";
import { readXlsxPackage } from "../../src/xlsx/files";
import { loadWorkbook } from "../../src/xlsx/read";
import { applyPlan, workbookBytes } from "../../src/xlsx/write";
import { editParts, packageGridsOf, readWithBoth } from "../helpers/package-read";
import { standardWorkbook } from "../workbook-parse/standard";

const dir = mkdtempSync(join(tmpdir(), "package-grids-"));
const SHEET1 = "xl/worksheets/sheet1.xml";

async function planBytes(plan: Parameters<typeof applyPlan>[1]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, plan);
  return workbookBytes(workbook);
}

/** A one-sheet workbook ("Phiếu") with a few cells, to edit by hand. */
async function oneSheet(cells: Readonly<Record<string, ExcelJS.CellValue>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phiếu");
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The sheet part's <sheetData> replaced by the test's rows. */
function withSheetData(rows: string): (xml: string) => string {
  return (xml) =>
    xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows}</sheetData>`);
}

async function failureOf(bytes: Uint8Array): Promise<FileFailure> {
  const file = join(dir, `case-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  const error: unknown = await readXlsxPackage(file).then(
    () => null,
    (thrown: unknown) => thrown
  );
  if (!(error instanceof FileFailure))
    throw new Error(`expected a FileFailure, got ${String(error)}`);
  return error;
}

describe("packageGrids gives the ExcelJS reader's grids", () => {
  it.each(["qd96", "nq96", "nq96-btn"] as const)("for the %s template", async (regulation) => {
    await readWithBoth(await planBytes(templatePlan({ lang: "vi", regulation, people: 12 })));
  });

  it("for the bundled sample and for the workbook a tally writes from it", async () => {
    const bundled = await readFile(
      join(import.meta.dirname, "..", "..", "examples", "hoi-nghi-mau.xlsx")
    );
    const grids = await readWithBoth(bundled);
    const workbook = await loadWorkbook(bundled);
    applyPlan(workbook, planResults(checkWorkbook(grids), "vi"));
    const tallied = await readWithBoth(await workbookBytes(workbook));
    expect(tallied.sheets.map((sheet) => sheet.sheet)).toContain("Kết quả");
  });

  it("for a larger sample (120 ballots × 20 people, each regulation)", async () => {
    for (const regulation of ["qd96", "nq96", "nq96-btn"] as const) {
      await readWithBoth(await planBytes(samplePlan({ ballots: 120, people: 20, regulation })));
    }
  });
});

describe("packageGrids on packages ExcelJS would not write", () => {
  it("reads inline strings, escapes, phonetic runs and cells without r", async () => {
    const bytes = editParts(await oneSheet({ A1: "x" }), {
      [SHEET1]: withSheetData(
        '<row r="2"><c r="B2" t="inlineStr"><is><r><t>Nguyễn </t></r><r><t>Văn An</t></r>' +
          '<rPh><t>phonetic</t></rPh></is></c><c t="str"><v>a_x000D_b</v></c>' +
          '<c t="b"><v>0</v></c><c t="e"><v>#REF!</v></c><c><f>1+1</f></c></row>'
      ),
    });
    const grid = packageGridsOf(bytes).sheets[0]!;
    expect(grid).toMatchObject({ top: 2, left: 2 });
    expect(grid.values).toEqual([
      ["Nguyễn Văn An", "a\rb", false, "#REF!", FORMULA_WITHOUT_RESULT],
    ]);
  });

  it("reads a date-styled number as the day, in the 1900 and the 1904 date systems", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hội nghị");
    sheet.getCell("A1").value = new Date(Date.UTC(2023, 2, 29));
    sheet.getCell("A1").numFmt = "[$-vi-VN]dd/mm/yyyy;@";
    sheet.getCell("B1").value = 45014;
    sheet.getCell("B1").numFmt = '"ngày" 0';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(packageGridsOf(bytes).sheets[0]!.values).toEqual([
      [new Date(Date.UTC(2023, 2, 29)), 45014],
    ]);
    const mac = editParts(bytes, {
      "xl/workbook.xml": (xml) => xml.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>'),
    });
    // The same serial counts from 1904: 1,462 days later.
    expect(packageGridsOf(mac).sheets[0]!.values[0]![0]).toEqual(new Date(Date.UTC(2027, 2, 30)));
  });

  it("refuses a document type declaration (entity bombs, external entities) as a damaged file", async () => {
    const bytes = editParts(await oneSheet({ A1: "x" }), {
      [SHEET1]: (xml) => xml.replace("<worksheet", '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet'),
    });
    expect((await failureOf(bytes)).code).toBe("F002");
  });

  it("names a sheet the workbook lists whose part is missing: F018, not a tally of the others", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Hội nghị").getCell("A1").value = "x";
    workbook.addWorksheet("Phiếu").getCell("A1").value = "y";
    const bytes = editParts(new Uint8Array(await workbook.xlsx.writeBuffer()), {
      "xl/worksheets/sheet2.xml": () => undefined,
    });
    const failure = await failureOf(bytes);
    expect(failure.code).toBe("F018");
    expect(failure.params.sheetName).toBe("Phiếu");
    expect(failure.message).not.toMatch(/undefined|Cannot read/);
  });

  it.each([
    ["a number that is not one", '<c r="C3"><v>abc</v></c>', "abc"],
    ["a boolean that is neither 0 nor 1", '<c r="C3" t="b"><v>2</v></c>', "2"],
    ["a shared string that does not exist", '<c r="C3" t="s"><v>999</v></c>', "999"],
  ])("names the cell holding %s: F019, never NaN", async (_, cell, value) => {
    const bytes = editParts(await oneSheet({ A1: "x" }), {
      [SHEET1]: withSheetData(`<row r="3">${cell}</row>`),
    });
    const failure = await failureOf(bytes);
    expect(failure.code).toBe("F019");
    expect(failure.params).toMatchObject({ sheetName: "Phiếu", cell: "C3", value });
    expect(failure.message).not.toContain("NaN");
  });

  it.each([
    ["A1", 1, 1],
    ["AB12", 12, 28],
    ["XFD9", 9, 16_384],
    ["C1048576", 1_048_576, 3],
  ])("places a cell by its reference %s", async (reference, row, col) => {
    const bytes = editParts(await oneSheet({ A1: "x" }), {
      [SHEET1]: withSheetData(`<row r="${row}"><c r="${reference}"><v>7</v></c></row>`),
    });
    expect(packageGridsOf(bytes).sheets[0]).toMatchObject({ top: row, left: col, values: [[7]] });
  });

  it.each(["a1", "A01", "A0", "AAAA1", "A12345678", "A1x", "1A", "A", " A1", "XFE1", "A1048577"])(
    "refuses the cell reference “%s” as a damaged file: F002",
    async (reference) => {
      const bytes = editParts(await oneSheet({ A1: "x" }), {
        [SHEET1]: withSheetData(`<row r="1"><c r="${reference}"><v>7</v></c></row>`),
      });
      expect((await failureOf(bytes)).code).toBe("F002");
    }
  );

  it("reads a single value at XFD1048576 as a one-cell grid", async () => {
    const grid = packageGridsOf(await oneSheet({ XFD1048576: "x" })).sheets[0]!;
    expect(grid).toMatchObject({ top: 1_048_576, left: 16_384, values: [["x"]] });
  });

  it("refuses data spanning more than the limit, naming the cell that took it there: F020", async () => {
    const failure = await failureOf(await oneSheet({ A1: "x", B2: "y", XFD1048576: "z" }));
    expect(failure.code).toBe("F020");
    expect(failure.params).toMatchObject({ sheetName: "Phiếu", cell: "XFD1048576" });
    expect(failure.params.limitVi).toBe("6.000.000");
  });
});

describe("a hidden sheet", () => {
  it("is read as hidden or very hidden by both readers, and E003 says so with how to show it", async () => {
    const workbook = standardWorkbook();
    const copy = workbook.addWorksheet("Roster");
    workbook.getWorksheet("Danh sách")!.eachRow((row, r) => (copy.getRow(r).values = row.values));
    copy.state = "veryHidden";
    workbook.getWorksheet("Kiểm phiếu")!.state = "hidden";
    const grids = await readWithBoth(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(grids.sheets.map((grid) => grid.visibility)).toEqual([
      undefined,
      undefined,
      undefined,
      "hidden",
      "veryHidden",
    ]);
    const twice = checkWorkbook(grids).problems.find((problem) => problem.code === "E003")!;
    expect(describeProblem(twice, "vi")).toContain("Trang “Roster” bị ẩn sâu");
    expect(describeProblem(twice, "vi")).toContain("Alt+F11");
    expect(describeProblem(twice, "en")).toContain("Sheet “Roster” is very hidden");
  });
});
