import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, type TallyResult } from "../../src/rules/types";
import { layoutResults } from "../../src/workbook/layout";
import type { RosterPlacement } from "../../src/workbook/placement";
import type { SheetWrite, WritePlan } from "../../src/workbook/plan";
import { applyPlan, workbookBytes } from "../../src/xlsx/write";
import { DETAILS, MEETING_DATE, placementFor, qd96Result } from "../workbook-layout/fixtures";

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "xlsx-write-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A roster as a user keeps it: a merged title in row 1, headers in row 2, an extra column of
 * their own (Ghi chú), fonts, fills, borders, a date format, notes, widths; and a meeting sheet. */
function userWorkbook(result: TallyResult): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const meeting = workbook.addWorksheet("Hội nghị");
  meeting.getCell("A1").value = "Số phiếu thu về";
  meeting.getCell("B1").value = 42;
  meeting.getCell("B1").note = "Đếm lại ngày 29/3";
  const roster = workbook.addWorksheet("Danh sách");
  roster.getCell("A1").value = "DANH SÁCH LẤY PHIẾU";
  roster.getCell("A1").font = { name: "Arial", size: 14, bold: true };
  roster.mergeCells("A1:F1");
  const headers = ["STT", "Mã", "Họ và tên", "Chức vụ", "Ngày bổ nhiệm", "Ghi chú"];
  headers.forEach((header, i) => {
    const cell = roster.getCell(2, i + 1);
    cell.value = header;
    cell.style = {
      font: { name: "Arial", size: 11, bold: true, color: { argb: "FF1F4E79" } },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
      border: { bottom: { style: "double" } },
    };
  });
  result.people.forEach((person, i) => {
    const row = roster.getRow(3 + i);
    row.values = [
      i + 1,
      person.id,
      person.name,
      person.position,
      new Date(Date.UTC(2020, 0, 1 + i)),
      i % 5 === 0 ? "=cmd()" : null,
    ];
    row.getCell(5).numFmt = "dd/mm/yyyy";
    row.getCell(3).font = { name: "Arial", size: 11, italic: i % 2 === 0 };
  });
  roster.getCell("C4").note = "Tên cũ: Trần Văn A";
  roster.getColumn(3).width = 28;
  roster.getColumn(4).width = 34;
  roster.getRow(2).height = 30;
  return workbook;
}

function planFor(result: TallyResult, ownedBlock: RosterPlacement["ownedBlock"] = null): WritePlan {
  return layoutResults({
    result,
    roster: placementFor(result, { headerRow: 2, ownedBlock }),
    resultSheet: {
      name: "Kết quả",
      exists: ownedBlock !== null,
      ours: ownedBlock !== null,
      rosterBlock: ownedBlock,
    },
    details: DETAILS,
    meetingDate: MEETING_DATE,
    lang: "vi",
    version: "0.1.0",
    fingerprint: "0123456789abcdef",
    settings: DEFAULT_SETTINGS,
  });
}

async function roundTrip(workbook: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, name);
  await writeFile(path, await workbookBytes(workbook));
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(path);
  return read;
}

/** Everything about a cell that a user could see or that a run could damage. */
function cellState(cell: ExcelJS.Cell): string {
  return JSON.stringify({
    value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
    type: cell.type,
    numFmt: cell.numFmt,
    font: cell.font,
    fill: cell.fill,
    border: cell.border,
    alignment: cell.alignment,
    note: cell.note,
    merged: cell.isMerged ? cell.master.address : null,
  });
}

/** Cell by cell over rows 1..rows and columns 1..columns, plus widths, heights and merges. */
function sheetState(sheet: ExcelJS.Worksheet, rows: number, columns: number): Map<string, string> {
  const state = new Map<string, string>();
  for (let r = 1; r <= rows; r++) {
    state.set(`row ${r}`, JSON.stringify(sheet.getRow(r).height ?? null));
    for (let c = 1; c <= columns; c++) {
      state.set(`R${r}C${c}`, cellState(sheet.getRow(r).getCell(c)));
    }
  }
  for (let c = 1; c <= columns; c++) {
    state.set(`column ${c}`, JSON.stringify(sheet.getColumn(c).width ?? null));
  }
  state.set("merges", JSON.stringify([...(sheet.model.merges ?? [])].sort()));
  return state;
}

/** The whole workbook, each sheet over a margin beyond its used size (taken before reading, as
 * reading creates cells). */
function workbookState(workbook: ExcelJS.Workbook): Map<string, string> {
  const state = new Map<string, string>();
  state.set("order", JSON.stringify(workbook.worksheets.map((sheet) => sheet.name)));
  state.set("active", JSON.stringify(workbook.views[0]?.activeTab ?? null));
  const sizes = workbook.worksheets.map((sheet) => [sheet.rowCount + 2, sheet.columnCount + 2]);
  for (const [i, sheet] of workbook.worksheets.entries()) {
    const [rows, columns] = sizes[i]!;
    for (const [key, value] of sheetState(sheet, rows!, columns!)) {
      state.set(`${sheet.name}!${key}`, value);
    }
    state.set(
      `${sheet.name}!page`,
      JSON.stringify({ ...sheet.pageSetup, headerFooter: sheet.headerFooter })
    );
  }
  return state;
}

describe("applyPlan on a user's workbook", () => {
  it("keeps every user cell, note, width and merge as it was, and writes the result columns", async () => {
    const result = qd96Result();
    const original = await roundTrip(userWorkbook(result), "original.xlsx");
    const before = sheetState(original.getWorksheet("Danh sách")!, 45, 7);
    const meetingBefore = sheetState(original.getWorksheet("Hội nghị")!, 3, 3);

    const working = await roundTrip(userWorkbook(result), "working.xlsx");
    applyPlan(working, planFor(result));
    const after = await roundTrip(working, "after.xlsx");

    const roster = after.getWorksheet("Danh sách")!;
    const rosterAfter = sheetState(roster, 45, 7);
    const merges = JSON.parse(rosterAfter.get("merges")!) as string[];
    expect(merges).toEqual(["A1:F1", "H1:P1"]);
    for (const [key, value] of before) {
      if (key !== "merges") expect({ key, value: rosterAfter.get(key) }).toEqual({ key, value });
    }
    expect(sheetState(after.getWorksheet("Hội nghị")!, 3, 3)).toEqual(meetingBefore);

    expect(roster.getCell("H1").value).toBe("Kết quả lấy phiếu");
    expect(roster.getCell("H2").value).toBe("Phiếu hợp lệ");
    expect(roster.getCell("H3").value).toBe(41);
    expect(roster.getCell("J3").value).toBe(0.7143);
    expect(roster.getCell("J3").numFmt).toBe("0.00%");
    expect(roster.getCell("P5").value).toBe("Đã có thông báo nghỉ hưu");
    expect(roster.getCell("P5").numFmt).toBe("@");
    expect(roster.getCell("H7").fill).toMatchObject({ fgColor: { argb: "FFFFE699" } });
    expect(roster.getCell("G7").fill).toBeUndefined();
    // The user's "=cmd()" and the names stay plain strings.
    expect(roster.getCell("F3").type).toBe(ExcelJS.ValueType.String);
  });

  it("adds Kết quả last, makes it the active sheet and sets its page up for A4", async () => {
    const result = qd96Result();
    const working = await roundTrip(userWorkbook(result), "page-in.xlsx");
    const plan = planFor(result);
    applyPlan(working, plan);
    const after = await roundTrip(working, "page-out.xlsx");
    // The defined names as Excel reads them: absolute references, local to the third sheet.
    const book = (await run("unzip", ["-p", join(dir, "page-out.xlsx"), "xl/workbook.xml"])).stdout;
    const last = plan.sheets[1]!.page!.printArea.split(":")[1]!.replace(/\d+/, "");
    expect(book).toMatch(
      new RegExp(`localSheetId="2">&apos;Kết quả&apos;!\\$A\\$1:\\$${last}\\$\\d+<`)
    );
    expect(book).toContain(
      `localSheetId="2">&apos;Kết quả&apos;!$${plan.sheets[1]!.page!.printTitleRows!.replace(":", ":$")}<`
    );
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual([
      "Hội nghị",
      "Danh sách",
      "Kết quả",
    ]);
    expect(after.views[0]?.activeTab).toBe(2);
    const sheet = after.getWorksheet("Kết quả")!;
    const page = plan.sheets[1]!.page!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: page.printArea,
      printTitlesRow: page.printTitleRows,
      horizontalCentered: true,
      margins: page.margins,
    });
    expect(sheet.headerFooter.oddFooter).toBe(page.centerFooter);
    expect(page.centerFooter).toContain("Trang &P/&N");
    expect(sheet.getCell("A4").value).toBe("KẾT QUẢ LẤY PHIẾU TÍN NHIỆM");
    expect(sheet.getCell("A4").font).toMatchObject({
      name: "Times New Roman",
      size: 14,
      bold: true,
    });
    expect(sheet.getColumn(2).width).toBe(plan.sheets[1]!.columnWidths[1]!.width);
  });

  it("writes the plan's page breaks above the rows it names", async () => {
    const result = qd96Result(60);
    const plan = planFor(result);
    const breaks = plan.sheets[1]!.page!.rowBreaks!;
    expect(breaks.length).toBeGreaterThan(0);
    const working = userWorkbook(result);
    applyPlan(working, plan);
    await roundTrip(working, "breaks-out.xlsx");
    const xml = (
      await run("unzip", ["-p", join(dir, "breaks-out.xlsx"), "xl/worksheets/sheet3.xml"])
    ).stdout;
    const ids = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((match) => Number(match[1]));
    // OOXML numbers a break by the last row above it.
    expect(ids).toEqual(breaks.map((row) => row - 1));
  });

  it("gives an identical workbook when run a second time over its own output", async () => {
    const result = qd96Result();
    const first = await roundTrip(userWorkbook(result), "twice-in.xlsx");
    applyPlan(first, planFor(result));
    const once = await roundTrip(first, "once.xlsx");
    const onceState = workbookState(once);

    const again = await roundTrip(once, "again.xlsx");
    applyPlan(again, planFor(result, { top: 1, left: 8, bottom: 42, right: 16 }));
    const twice = await roundTrip(again, "twice.xlsx");
    const twiceState = workbookState(twice);
    expect([...twiceState.keys()]).toEqual([...onceState.keys()]);
    for (const [key, value] of onceState) {
      expect({ key, value: twiceState.get(key) }).toEqual({ key, value });
    }
  });
});

describe("applyPlan mechanics", () => {
  const sheet = (write: Partial<SheetWrite>): SheetWrite => ({
    sheet: "S",
    kind: "user",
    clear: [],
    blocks: [],
    formats: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    validations: [],
    ...write,
  });

  it("clears values, formats and merges of the clear ranges only", () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    for (const address of ["B2", "C2", "D2", "B3"]) {
      ws.getCell(address).value = "x";
      ws.getCell(address).font = { name: "Arial", bold: true };
    }
    ws.mergeCells("B2:C2");
    applyPlan(workbook, { sheets: [sheet({ clear: ["B2:C3"] })] });
    expect(ws.getCell("B2").value).toBeNull();
    expect(ws.getCell("B3").value).toBeNull();
    expect(ws.getCell("B2").font).toBeUndefined();
    expect(ws.getCell("B2").isMerged).toBe(false);
    expect(ws.getCell("D2").value).toBe("x");
    expect(ws.getCell("D2").font).toMatchObject({ bold: true });
  });

  it("writes strings as text, numbers with their format, and leaves null cells alone", () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.getCell("C1").value = "keep";
    applyPlan(workbook, {
      sheets: [
        sheet({
          blocks: [
            {
              at: "A1",
              values: [["=SUM(1)", 0.5, null]],
              numberFormats: [["@", "0.00%", "General"]],
            },
          ],
        }),
      ],
    });
    expect(ws.getCell("A1").value).toBe("=SUM(1)");
    expect(ws.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("A1").numFmt).toBe("@");
    expect(ws.getCell("B1").numFmt).toBe("0.00%");
    expect(ws.getCell("C1").value).toBe("keep");
  });

  it("applies formats in order, property by property and edge by edge, without leaking", () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    const font = { name: "Times New Roman", size: 11 };
    applyPlan(workbook, {
      sheets: [
        sheet({
          formats: [
            { range: "A1:C3", font, border: "all-thin", horizontal: "center" },
            { range: "A1:C3", border: "outline-medium", fill: "#FFE699" },
            { range: "B2", font: { ...font, bold: true } },
          ],
          merges: ["A1:C1"],
        }),
      ],
    });
    expect(ws.getCell("A1").border).toEqual({
      top: { style: "medium" },
      left: { style: "medium" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("B2").border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("B2").font).toMatchObject({ bold: true });
    expect(ws.getCell("A2").font).toMatchObject({ bold: false, name: "Times New Roman" });
    expect(ws.getCell("A2").font?.color).toEqual({ argb: "FF000000" });
    expect(ws.getCell("C3").fill).toMatchObject({ fgColor: { argb: "FFFFE699" } });
    expect(ws.getCell("C3").alignment).toEqual({ horizontal: "center" });
    // A merge keeps each cell's own border (the right edge of the merged title stays medium).
    expect(ws.getCell("C1").border?.right).toEqual({ style: "medium" });
    expect(ws.getCell("C1").isMerged).toBe(true);
  });

  it("adds list validations and refuses a plan naming a missing user sheet", () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    applyPlan(workbook, {
      sheets: [
        sheet({ validations: [{ range: "B2:B3", list: ["1", "2", "3"], message: "1, 2 hoặc 3" }] }),
      ],
    });
    expect(ws.getCell("B3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"1,2,3"'],
      error: "1, 2 hoặc 3",
    });
    expect(ws.getCell("B4").dataValidation).toBeUndefined();
    expect(() => applyPlan(workbook, { sheets: [sheet({ sheet: "Missing" })] })).toThrow(/Missing/);
  });
});
