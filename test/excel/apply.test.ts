// Applying a WritePlan through Office.js, against the fake host.

import { describe, expect, it } from "vitest";
import { activateSheet, applyPlan, selectCell } from "../../src/excel/apply";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payload";
import { columnWidthToPoints } from "../../src/excel/units";
import { cellAt, cellKey, FakeExcel, findSheet, workbookOf } from "../../src/fake-excel";
import type { PageSetup, SheetWrite, WritePlan } from "../../src/workbook/plan";

function sheetWrite(overrides: Partial<SheetWrite> & Pick<SheetWrite, "sheet">): SheetWrite {
  return {
    kind: "own",
    clear: [],
    blocks: [],
    formats: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    validations: [],
    ...overrides,
  };
}

const PAGE: PageSetup = {
  paper: "A4",
  orientation: "landscape",
  fitToPagesWide: 1,
  printArea: "A1:C3",
  printTitleRows: "2:2",
  rowBreaks: [3],
  centerFooter: "&CTrang &P/&N",
  margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.25, footer: 0.25 },
  centerHorizontally: true,
};

const INJECTED = '=HYPERLINK("http://evil.example","Nguyễn Văn A")';

/** An own sheet "Kết quả" with a text block, formats, merges, sizes, a drop-down and a page. */
const RESULTS: SheetWrite = sheetWrite({
  sheet: "Kết quả",
  blocks: [
    {
      at: "A1",
      values: [
        ["Họ và tên", "Tỷ lệ"],
        [INJECTED, 0.3888],
      ],
      numberFormats: [
        ["@", "@"],
        ["@", "0.00%"],
      ],
    },
  ],
  formats: [
    { range: "A1:B2", font: { name: "Times New Roman", size: 12, bold: true }, border: "all-thin" },
    { range: "A2:B2", fill: "#ffe699", horizontal: "center", vertical: "middle", wrap: true },
  ],
  merges: ["A3:B3"],
  columnWidths: [
    { column: 1, width: 30 },
    { column: 2, width: 12 },
  ],
  rowHeights: [{ row: 1, height: 30 }],
  validations: [
    { range: "C1:C2", list: ["1", "2", "3"], message: "Chỉ 1, 2 hoặc 3", prompt: "Gõ 1, 2, 3" },
  ],
  page: PAGE,
  activate: true,
});

async function apply(fake: FakeExcel, plan: WritePlan, limit?: number) {
  return fake.run((context) =>
    applyPlan(context, plan, fake.support, limit ? { batchLimitBytes: limit } : {})
  );
}

describe("applyPlan", () => {
  it("writes an own sheet in two syncs, with calculation suspended for the write", async () => {
    const fake = new FakeExcel(workbookOf({ "Danh sách": [["STT"]] }));
    const report = await apply(fake, { sheets: [RESULTS] });
    expect(report).toEqual({ syncs: 2, notices: [] });
    expect(fake.syncs.map((sync) => sync.calculationSuspended)).toEqual([false, true]);
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Danh sách", "Kết quả"]);
    expect(fake.workbook.activeSheet).toBe("Kết quả");
  });

  it("sets text format before values: a name starting with = stays text", async () => {
    const fake = new FakeExcel(workbookOf({ "Danh sách": [] }));
    await apply(fake, { sheets: [RESULTS] });
    const cell = cellAt(findSheet(fake.workbook, "Kết quả")!, 2, 1);
    expect(cell).toMatchObject({ value: INJECTED, formula: null, numberFormat: "@" });
  });

  it("writes formats, merges, sizes, drop-downs and the page", async () => {
    const fake = new FakeExcel(workbookOf({ "Danh sách": [] }));
    await apply(fake, { sheets: [RESULTS] });
    const sheet = findSheet(fake.workbook, "Kết quả")!;
    expect(cellAt(sheet, 1, 1).style).toMatchObject({
      font: { name: "Times New Roman", size: 12, bold: true, italic: false, color: "#000000" },
      border: { top: { weight: "Thin" }, bottom: { weight: "Thin" }, right: { weight: "Thin" } },
    });
    expect(cellAt(sheet, 2, 2).style).toMatchObject({
      fill: "#FFE699",
      horizontal: "Center",
      vertical: "Center",
      wrap: true,
    });
    expect(sheet.merges).toEqual([{ top: 3, left: 1, bottom: 3, right: 2 }]);
    expect(sheet.columnWidths.get(1)).toBe(columnWidthToPoints(30));
    expect(sheet.rowHeights.get(1)).toBe(30);
    expect(sheet.validations.get(cellKey(2, 3))).toMatchObject({
      source: "1,2,3",
      errorMessage: "Chỉ 1, 2 hoặc 3",
      promptMessage: "Gõ 1, 2, 3",
    });
    expect(sheet.page).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      horizontalFitToPages: 1,
      printArea: "A1:C3",
      printTitleRows: "2:2",
      rowBreaks: [3],
      centerFooter: "Trang &P/&N",
      centerHorizontally: true,
      margins: { top: 54, left: 36, header: 18 },
    });
    // The height is left automatic: 0, the file format's "automatic", is no documented zoom.
    expect(sheet.page).not.toHaveProperty("verticalFitToPages");
  });

  it("keeps a fill on merged cells whose top-left cell is empty (merges before formats)", async () => {
    const fake = new FakeExcel(workbookOf({ "Danh sách": [] }));
    const banner = sheetWrite({
      sheet: "Kết quả",
      merges: ["A1:C2"],
      formats: [{ range: "A1:C2", fill: "#ffe699" }],
    });
    await apply(fake, { sheets: [banner] });
    const sheet = findSheet(fake.workbook, "Kết quả")!;
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
    expect(cellAt(sheet, 1, 1).style.fill).toBe("#FFE699");
    expect(cellAt(sheet, 2, 3).style.fill).toBe("#FFE699");
  });

  it.each([
    { refused: "print titles that are not whole rows", page: { ...PAGE, printTitleRows: "A2:C2" } },
    { refused: "a print area that is no range", page: { ...PAGE, printArea: "A1:" } },
  ])("reports the results written when Excel refuses $refused, with a notice", async (bad) => {
    const fake = new FakeExcel(workbookOf({ "Danh sách": [] }));
    const report = await apply(fake, { sheets: [{ ...RESULTS, page: bad.page }] });
    expect(report.notices.map((notice) => notice.code)).toEqual(["page-setup-failed"]);
    expect(report.notices[0]!.vi).toContain("Đã ghi kết quả");
    expect(report.syncs).toBe(2);
    const sheet = findSheet(fake.workbook, "Kết quả")!;
    expect(cellAt(sheet, 2, 1).value).toBe(INJECTED);
    expect(sheet.validations.size).toBe(2);
    expect(fake.workbook.activeSheet).toBe("Kết quả");
  });

  it("still fails the write when what fails is not the page setup", async () => {
    const fake = new FakeExcel(workbookOf({ "Danh sách": [] }));
    const broken = { ...RESULTS, merges: ["A3:"] };
    await expect(apply(fake, { sheets: [broken] })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("skips page setup with a notice on ExcelApi 1.8, and drop-downs on 1.7", async () => {
    const on18 = new FakeExcel(workbookOf({ "Danh sách": [] }), { apiVersion: "1.8" });
    const report = await apply(on18, { sheets: [RESULTS] });
    expect(report.notices.map((notice) => notice.code)).toEqual(["page-setup-skipped"]);
    expect(report.notices[0]!.vi).toContain("trang in");
    expect(report.notices[0]!.en).toContain("Page setup skipped");
    const written = findSheet(on18.workbook, "Kết quả")!;
    expect(written.page).toEqual({});
    expect(written.validations.size).toBe(2);
    expect(cellAt(written, 2, 1).value).toBe(INJECTED);

    const on17 = new FakeExcel(workbookOf({ "Danh sách": [] }), { apiVersion: "1.7" });
    const older = await apply(on17, { sheets: [RESULTS] });
    expect(older.notices.map((notice) => notice.code)).toEqual([
      "validation-skipped",
      "page-setup-skipped",
    ]);
    expect(findSheet(on17.workbook, "Kết quả")!.validations.size).toBe(0);
  });

  it("replaces an own sheet whole and puts it last", async () => {
    const fake = new FakeExcel(
      workbookOf({ "Kết quả": [[null, null, null, "old"]], "Danh sách": [["STT"]] })
    );
    await apply(fake, { sheets: [RESULTS] });
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Danh sách", "Kết quả"]);
    expect(findSheet(fake.workbook, "Kết quả")!.cells.get(cellKey(1, 4))).toBeUndefined();
  });

  it("on a user sheet, clears only the clear ranges and leaves null cells unchanged", async () => {
    const fake = new FakeExcel(
      workbookOf({
        "Danh sách": [
          ["STT", "Họ và tên", null, "Kết quả lấy phiếu", "old"],
          [1, "A", null, "old", "old"],
        ],
      })
    );
    const roster = fake.workbook.sheets[0]!;
    roster.merges.push({ top: 1, left: 4, bottom: 1, right: 5 });
    cellAt(roster, 2, 4).style = { fill: "#FF0000" };
    const write = sheetWrite({
      sheet: "Danh sách",
      kind: "user",
      clear: ["D1:E2"],
      blocks: [{ at: "B2", values: [[null, null, 5]], numberFormats: [["@", "@", "0"]] }],
    });
    const report = await apply(fake, { sheets: [write] });
    expect(report.syncs).toBe(1);
    expect(cellAt(roster, 1, 1).value).toBe("STT");
    expect(cellAt(roster, 2, 2).value).toBe("A");
    expect(cellAt(roster, 2, 4)).toMatchObject({ value: 5, numberFormat: "0", style: {} });
    expect(roster.cells.get(cellKey(1, 5))).toBeUndefined();
    expect(roster.merges).toEqual([]);
  });

  it("splits only a request that would pass the 5 MB cap, under the cap each", async () => {
    const rows = 1200;
    const wide = "Nguyễn Thị Phương Thảo — Phó Chủ tịch Ủy ban nhân dân ".repeat(2);
    const values = Array.from({ length: rows }, () => Array<string>(40).fill(wide));
    const formats = values.map((row) => row.map(() => "@"));
    const big = sheetWrite({
      sheet: "Big",
      blocks: [{ at: "A1", values, numberFormats: formats }],
    });
    const fake = new FakeExcel(workbookOf({ Other: [] }));
    const report = await apply(fake, { sheets: [big] });
    expect(report.syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(
      PAYLOAD_LIMIT_BYTES
    );
    const sheet = findSheet(fake.workbook, "Big")!;
    expect(cellAt(sheet, rows, 40).value).toBe(wide);
    expect(cellAt(sheet, 1, 1).value).toBe(wide);
  });

  it("keeps to two syncs when the batch limit is not reached", async () => {
    const fake = new FakeExcel(workbookOf({ Other: [] }));
    const many = Array.from({ length: 30 }, (_, index) =>
      sheetWrite({ ...RESULTS, sheet: `S${index}`, activate: false })
    );
    const report = await apply(fake, { sheets: many });
    expect(report.syncs).toBe(2);
  });
});

describe("selectCell and activateSheet", () => {
  it("select a cell on its sheet, and say when the sheet is missing", async () => {
    const fake = new FakeExcel(workbookOf({ A: [], "Kết quả": [] }));
    expect(await fake.run((context) => selectCell(context, "Kết quả", "C7"))).toBe(true);
    expect(fake.workbook.selection).toEqual({ sheet: "Kết quả", address: "C7" });
    expect(fake.workbook.activeSheet).toBe("Kết quả");
    expect(await fake.run((context) => activateSheet(context, "A"))).toBe(true);
    expect(fake.workbook.activeSheet).toBe("A");
    expect(await fake.run((context) => selectCell(context, "Nope", "A1"))).toBe(false);
  });
});
