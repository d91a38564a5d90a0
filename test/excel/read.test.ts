// Reading grids through Office.js, against the fake host.

import { describe, expect, it } from "vitest";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payload";
import { readWorkbook } from "../../src/excel/read";
import { cellAt, FakeExcel, workbookOf, type Rows } from "../../src/fake-excel";

const STANDARD: Record<string, Rows> = {
  "Hội nghị": [
    ["Ngày lấy phiếu", 45000],
    ["Số phiếu thu về", 3],
  ],
  "Danh sách": [
    ["STT", "Họ và tên", "Chức vụ"],
    [1, "Nguyễn Văn A", "Bí thư"],
  ],
  Phiếu: [
    ["Số phiếu", 1],
    [1, "1"],
    [2, null],
  ],
};

async function read(fake: FakeExcel, merges = true) {
  return (await fake.run((context) => readWorkbook(context, fake.support, { merges }))).grids;
}

describe("readWorkbookGrids", () => {
  it("reads a standard workbook in one sync, empty cells as null", async () => {
    const workbook = workbookOf({ Notes: [["x"]], ...STANDARD });
    cellAt(workbook.sheets[1]!, 1, 2).numberFormat = "dd/mm/yyyy";
    const fake = new FakeExcel(workbook);
    const grids = await read(fake);
    expect(fake.syncs).toHaveLength(1);
    expect(grids.sheets.map((grid) => grid.sheet)).toEqual(["Hội nghị", "Danh sách", "Phiếu"]);
    const ballots = grids.sheets[2]!;
    expect(ballots).toMatchObject({ top: 1, left: 1, merges: [], tables: [] });
    expect(ballots.values).toEqual([
      ["Số phiếu", 1],
      [1, "1"],
      [2, null],
    ]);
    // Parse reads dates from their serials: number formats are not asked for.
    expect(grids.sheets[0]!.numberFormats).toEqual([]);
    expect(grids.sheets[0]!.values[0]).toEqual(["Ngày lấy phiếu", 45000]);
  });

  it("keeps the response to the values, under a cap that values and formats would pass", async () => {
    const wide: Rows = Array.from({ length: 100 }, () => Array<string>(50).fill("1"));
    const workbook = () => workbookOf({ ...STANDARD, Phiếu: wide });
    const valuesBytes = JSON.stringify(wide).length;
    const fake = new FakeExcel(workbook(), { payloadLimitBytes: 2 * valuesBytes });
    const grids = await read(fake);
    expect(grids.sheets[2]!.values).toEqual(wide);
    expect(fake.syncs[0]!.responseBytes).toBeLessThan(2 * valuesBytes);
  });

  it("reads 10,000 ballots × 300 people in row blocks, every response under the 5 MB cap", async () => {
    const ballots: Rows = [
      ["Số phiếu", ...Array.from({ length: 300 }, (_, person) => person + 1)],
      ...Array.from({ length: 10_000 }, (_, ballot) => [
        ballot + 1,
        ...Array.from({ length: 300 }, (_, person) => ((ballot + person) % 3) + 1),
      ]),
    ];
    const handTally: Rows = [
      ["STT", "Họ và tên"],
      ...Array.from({ length: 300 }, (_, i) => [i + 1, "Tên"]),
    ];
    const fake = new FakeExcel(
      workbookOf({ ...STANDARD, Phiếu: ballots, "Kiểm phiếu": handTally })
    );
    const grids = await read(fake);
    expect(grids.sheets[2]!.values).toEqual(ballots);
    // Read before and after the large sheet: a block ends a batch, none is cut short.
    expect(grids.sheets.map((grid) => grid.values)).toEqual([
      STANDARD["Hội nghị"],
      STANDARD["Danh sách"],
      ballots,
      handTally,
    ]);
    // The one read is refused; then the addresses, then the values (6 MB) in three blocks: the
    // first sized by a guess of the bytes per cell, the other two by the bytes it brought.
    expect(fake.refusedSyncs).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    expect(fake.syncs).toHaveLength(4);
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("splits a block again when Excel refuses it, down to what the cap lets through", async () => {
    const wide: Rows = Array.from({ length: 200 }, (_, row) => Array<string>(50).fill(`${row}`));
    const fake = new FakeExcel(workbookOf({ ...STANDARD, Phiếu: wide }), {
      payloadLimitBytes: 15_000,
    });
    const grids = await read(fake);
    expect(grids.sheets[2]!.values).toEqual(wide);
    expect(fake.refusedSyncs.length).toBeGreaterThan(1);
    expect(new Set(fake.refusedSyncs)).toEqual(new Set(["ResponsePayloadSizeLimitExceeded"]));
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(15_000);
  });

  it("fails with Excel's payload error when a single row is over the cap", async () => {
    const fake = new FakeExcel(
      workbookOf({ ...STANDARD, Phiếu: [Array<string>(50).fill("x".repeat(400))] }),
      { payloadLimitBytes: 15_000 }
    );
    await expect(read(fake)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("reads the other sheets in blocks when a sheet is missing by name and they pass the cap", async () => {
    const { "Danh sách": roster, ...rest } = STANDARD;
    const notes: Rows = Array.from({ length: 300 }, () => Array<string>(20).fill("ghi chú"));
    const fake = new FakeExcel(
      workbookOf({ ...rest, "DS cán bộ": roster!, Notes: notes, Notes2: notes }),
      { payloadLimitBytes: 100_000 }
    );
    const grids = await read(fake);
    expect(grids.sheets.map((grid) => grid.sheet)).toEqual([
      "Hội nghị",
      "Phiếu",
      "DS cán bộ",
      "Notes",
      "Notes2",
    ]);
    expect(grids.sheets[3]!.values).toEqual(notes);
    expect(grids.sheets[4]!.values).toEqual(notes);
    expect(fake.refusedSyncs).toContain("ResponsePayloadSizeLimitExceeded");
    for (const sync of fake.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(100_000);
  });

  it("reads which sheets are hidden or very hidden, in the same sync, and nothing for a visible one", async () => {
    const workbook = workbookOf(STANDARD);
    workbook.sheets[0]!.visibility = "Hidden";
    workbook.sheets[1]!.visibility = "VeryHidden";
    const fake = new FakeExcel(workbook);
    const grids = await read(fake, false);
    expect(fake.syncs).toHaveLength(1);
    expect(grids.sheets.map((grid) => [grid.sheet, grid.visibility])).toEqual([
      ["Hội nghị", "hidden"],
      ["Danh sách", "veryHidden"],
      ["Phiếu", undefined],
    ]);
    expect(grids.sheets[2]).not.toHaveProperty("visibility");
  });

  it("reads the visibility of the other sheets read when a required sheet has another name", async () => {
    const { "Danh sách": roster, ...rest } = STANDARD;
    const workbook = workbookOf({ ...rest, "Cán bộ": roster! });
    workbook.sheets[2]!.visibility = "Hidden";
    const fake = new FakeExcel(workbook);
    const grids = await read(fake, false);
    expect(fake.syncs).toHaveLength(2);
    expect(grids.sheets.map((grid) => [grid.sheet, grid.visibility])).toEqual([
      ["Hội nghị", undefined],
      ["Phiếu", undefined],
      ["Cán bộ", "hidden"],
    ]);
  });

  it("reads which sheets and whether the structure are protected, in the same sync", async () => {
    const workbook = workbookOf(STANDARD);
    workbook.sheets[1]!.protected = true;
    workbook.structureProtected = true;
    const fake = new FakeExcel(workbook);
    const { protection } = await fake.run((context) =>
      readWorkbook(context, fake.support, { merges: false })
    );
    expect(protection).toEqual({ structure: true, sheets: ["Danh sách"] });
    expect(fake.syncs).toHaveLength(1);
  });

  it("still reads every sheet where a method on a null object fails the batch", async () => {
    const workbookWith = () => workbookOf({ Notes: [["x"]], ...STANDARD });
    const usual = await read(new FakeExcel(workbookWith()));
    const strict = new FakeExcel(workbookWith(), { nullObjectMethods: "fail" });
    const grids = await read(strict);
    // The batch that looked sheets up by name failed; the lists and then every sheet were read.
    expect(strict.syncs).toHaveLength(2);
    expect(grids.sheets.map((grid) => grid.sheet)).toEqual([
      "Notes",
      "Hội nghị",
      "Danh sách",
      "Phiếu",
    ]);
    expect(grids.sheets.slice(1)).toEqual(usual.sheets);
  });

  it("places a used range that does not start at A1", async () => {
    const workbook = workbookOf(STANDARD);
    const roster = workbook.sheets[1]!;
    roster.cells.clear();
    cellAt(roster, 3, 2).value = "STT";
    cellAt(roster, 4, 3).value = "x";
    const grids = await read(new FakeExcel(workbook));
    expect(grids.sheets[1]).toMatchObject({
      top: 3,
      left: 2,
      values: [
        ["STT", null],
        [null, "x"],
      ],
    });
  });

  it("finds English names, and reads a standard sheet that is empty", async () => {
    const workbook = workbookOf({ Meeting: [], Roster: [["STT"]], "Hand tally": [["Mã"]] });
    const fake = new FakeExcel(workbook);
    const grids = await read(fake);
    expect(fake.syncs).toHaveLength(1);
    expect(grids.sheets[0]).toMatchObject({ sheet: "Meeting", values: [], numberFormats: [] });
  });

  it("reads every other sheet in a second sync when a required sheet has another name", async () => {
    const { "Danh sách": roster, ...rest } = STANDARD;
    const fake = new FakeExcel(workbookOf({ ...rest, "DS cán bộ": roster!, Notes: [["n"]] }));
    const grids = await read(fake);
    expect(fake.syncs).toHaveLength(2);
    expect(grids.sheets.map((grid) => grid.sheet)).toEqual([
      "Hội nghị",
      "Phiếu",
      "DS cán bộ",
      "Notes",
    ]);
  });

  it("reports merged areas where ExcelApi 1.13 exists, and none below", async () => {
    const workbook = workbookOf(STANDARD);
    workbook.sheets[1]!.merges.push({ top: 1, left: 2, bottom: 1, right: 3 });
    const grids = await read(new FakeExcel(workbook));
    expect(grids.sheets[1]!.merges).toEqual(["B1:C1"]);
    const old = await read(new FakeExcel(workbookOf(STANDARD), { apiVersion: "1.12" }));
    expect(old.sheets[1]!.merges).toEqual([]);
  });

  it("finds a user's merge whose top-left cell lies above or right of the values (office-js#3611)", async () => {
    const workbook = workbookOf(STANDARD);
    const roster = workbook.sheets[1]!;
    roster.cells.clear();
    cellAt(roster, 3, 1).value = "STT";
    cellAt(roster, 4, 3).value = "x";
    // A banner merged from an empty cell above the values, reaching right of them, and a box
    // right of them: Excel gives neither for the used range alone.
    roster.merges.push(
      { top: 1, left: 2, bottom: 3, right: 5 },
      { top: 4, left: 8, bottom: 4, right: 9 }
    );
    const grids = await read(new FakeExcel(workbook));
    expect([...grids.sheets[1]!.merges].sort()).toEqual(["B1:E3", "H4:I4"]);
  });

  it("leaves merged areas, and the user's Undo list, alone when not asked for them", async () => {
    const workbook = workbookOf(STANDARD);
    workbook.sheets[1]!.merges.push({ top: 1, left: 2, bottom: 1, right: 3 });
    const fake = new FakeExcel(workbook);
    const grids = await read(fake, false);
    expect(grids.sheets[1]!.merges).toEqual([]);
    expect(fake.undoClearedBy).toEqual([]);
  });

  it("reads table ranges in a second sync, without a totals row or a headerless table", async () => {
    const workbook = workbookOf(STANDARD);
    workbook.sheets[1]!.tables.push({
      name: "Roster",
      box: { top: 1, left: 1, bottom: 3, right: 3 },
      showHeaders: true,
      showTotals: true,
    });
    workbook.sheets[2]!.tables.push({
      name: "NoHeader",
      box: { top: 2, left: 1, bottom: 3, right: 2 },
      showHeaders: false,
      showTotals: false,
    });
    const fake = new FakeExcel(workbook);
    const grids = await read(fake);
    expect(fake.syncs).toHaveLength(2);
    expect(grids.sheets[1]!.tables).toEqual(["A1:C2"]);
    expect(grids.sheets[2]!.tables).toEqual([]);
  });

  it("reads a formula's result, and booleans as they are", async () => {
    const workbook = workbookOf(STANDARD);
    const cell = cellAt(workbook.sheets[0]!, 2, 2);
    cell.formula = "=1+2";
    cell.value = 3;
    cellAt(workbook.sheets[0]!, 3, 1).value = true;
    const grids = await read(new FakeExcel(workbook));
    expect(grids.sheets[0]!.values).toEqual([
      ["Ngày lấy phiếu", 45000],
      ["Số phiếu thu về", 3],
      [true, null],
    ]);
  });
});
