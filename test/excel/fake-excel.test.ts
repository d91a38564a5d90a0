// The fake host behaves like Excel where the shell depends on it.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read,
   office-addins/call-sync-after-load, office-addins/no-navigational-load -- these tests read
   too early and load wrong names on purpose, to show that the fake throws as Excel does. */

import { describe, expect, it } from "vitest";
import { cellAt, cellKey, FakeExcel, FakeOfficeError, workbookOf } from "../../src/fake-excel";

function fakeWith(rows: (string | number | null)[][], apiVersion?: string): FakeExcel {
  return new FakeExcel(workbookOf({ Data: rows }), apiVersion ? { apiVersion } : {});
}

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason
  );
  return error instanceof FakeOfficeError ? error.code : `not a FakeOfficeError: ${String(error)}`;
}

function thrownCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return error instanceof FakeOfficeError ? error.code : `other: ${String(error)}`;
  }
  return "nothing thrown";
}

describe("loading", () => {
  it("throws PropertyNotLoaded until the property is loaded and synced", async () => {
    const context = fakeWith([["a", 1]]).context();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
    range.load("values");
    expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
    await context.sync();
    expect(range.values).toEqual([["a", 1]]);
    expect(thrownCode(() => range.numberFormat)).toBe("PropertyNotLoaded");
  });

  it("reports empty cells as empty strings and number formats as General", async () => {
    const context = fakeWith([["a", null, 3]]).context();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:C1");
    range.load("values,numberFormat,address");
    await context.sync();
    expect(range.values).toEqual([["a", "", 3]]);
    expect(range.numberFormat).toEqual([["General", "General", "General"]]);
    expect(range.address).toBe("Data!A1:C1");
  });

  it("gives a sheet's visibility once loaded, by the sheet or through the collection's items", async () => {
    const fake = new FakeExcel(workbookOf({ Data: [["a"]], Ẩn: [], "Ẩn sâu": [] }));
    fake.workbook.sheets[1]!.visibility = "Hidden";
    fake.workbook.sheets[2]!.visibility = "VeryHidden";
    const context = fake.context();
    const data = context.workbook.worksheets.getItem("Data").load("name");
    const sheets = context.workbook.worksheets.load("items/visibility");
    await context.sync();
    expect(thrownCode(() => data.visibility)).toBe("PropertyNotLoaded");
    expect(sheets.items.map((sheet) => sheet.visibility)).toEqual([
      "Visible",
      "Hidden",
      "VeryHidden",
    ]);
    data.load("visibility");
    await context.sync();
    expect(data.visibility).toBe("Visible");
  });

  it("refuses to load a property it does not know", () => {
    const context = fakeWith([["a"]]).context();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1");
    expect(thrownCode(() => range.load("valuez"))).toBe("InvalidArgument");
  });

  it("tells null objects after a sync, and finds sheets regardless of case", async () => {
    const context = fakeWith([["a"]]).context();
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    const found = context.workbook.worksheets.getItemOrNullObject("data");
    expect(thrownCode(() => missing.isNullObject)).toBe("PropertyNotLoaded");
    found.load("name");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(found.isNullObject).toBe(false);
    expect(found.name).toBe("Data");
  });

  it("gives the used range, or a null object for an empty sheet", async () => {
    const fake = fakeWith([
      [null, null],
      [null, "x"],
      [null, null],
    ]);
    fake.workbook.sheets.push({ ...workbookOf({ Empty: [] }).sheets[0]! });
    const context = fake.context();
    const used = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
    const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
    used.load("address");
    empty.load("address");
    await context.sync();
    expect(used.address).toBe("Data!B2");
    expect(empty.isNullObject).toBe(true);
  });

  it("chains null objects: the used range of a missing sheet is null", async () => {
    const context = fakeWith([["a"]]).context();
    const sheet = context.workbook.worksheets.getItemOrNullObject("Missing");
    const used = sheet.getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    expect(used.isNullObject).toBe(true);
  });
});

describe("writing", () => {
  it("queues writes until sync", async () => {
    const fake = fakeWith([["old"]]);
    const context = fake.context();
    context.workbook.worksheets.getItem("Data").getRange("A1").values = [["new"]];
    expect(fake.workbook.sheets[0]!.cells.get(cellKey(1, 1))!.value).toBe("old");
    await context.sync();
    expect(fake.workbook.sheets[0]!.cells.get(cellKey(1, 1))!.value).toBe("new");
  });

  it("leaves a cell unchanged where the array holds null", async () => {
    const fake = fakeWith([["keep", "old"]]);
    const context = fake.context();
    context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[null, "new"]];
    await context.sync();
    const sheet = fake.workbook.sheets[0]!;
    expect(sheet.cells.get(cellKey(1, 1))!.value).toBe("keep");
    expect(sheet.cells.get(cellKey(1, 2))!.value).toBe("new");
  });

  it("takes a string starting with = as a formula, unless the cell is text", async () => {
    const fake = fakeWith([]);
    const context = fake.context();
    const data = context.workbook.worksheets.getItem("Data");
    const injected = '=HYPERLINK("http://x","y")';
    data.getRange("A1").values = [[injected]];
    data.getRange("B1").numberFormat = [["@"]];
    data.getRange("B1").values = [[injected]];
    data.getRange("C1").values = [["007"]];
    data.getRange("D1").numberFormat = [["@"]];
    data.getRange("D1").values = [["007"]];
    await context.sync();
    const sheet = fake.workbook.sheets[0]!;
    expect(cellAt(sheet, 1, 1)).toMatchObject({ formula: injected, value: null });
    expect(cellAt(sheet, 1, 2)).toMatchObject({ formula: null, value: injected });
    expect(cellAt(sheet, 1, 3).value).toBe(7);
    expect(cellAt(sheet, 1, 4).value).toBe("007");
  });

  it("refuses an array whose shape differs from the range", async () => {
    const context = fakeWith([]).context();
    context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["a", "b"]];
    expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
  });

  it("refuses to write to a null object", async () => {
    const context = fakeWith([]).context();
    context.workbook.worksheets.getItemOrNullObject("Missing").getRange("A1").values = [["x"]];
    expect(await rejectionCode(context.sync())).toBe("ItemNotFound");
  });

  it("adds a sheet at the end, refuses a duplicate name, deletes one", async () => {
    const fake = fakeWith([]);
    const context = fake.context();
    const added = context.workbook.worksheets.add("Kết quả");
    added.getRange("A1").values = [["x"]];
    await context.sync();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Data", "Kết quả"]);
    context.workbook.worksheets.add("kết quả");
    expect(await rejectionCode(context.sync())).toBe("ItemAlreadyExists");
    context.workbook.worksheets.getItem("Kết quả").delete();
    await context.sync();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Data"]);
  });

  it("refuses to delete a very hidden sheet, as Office.js does, and deletes a hidden one", async () => {
    const fake = new FakeExcel(workbookOf({ Data: [["a"]], Ẩn: [], "Ẩn sâu": [] }));
    fake.workbook.sheets[1]!.visibility = "Hidden";
    fake.workbook.sheets[2]!.visibility = "VeryHidden";
    const context = fake.context();
    context.workbook.worksheets.getItem("Ẩn sâu").delete();
    expect(await rejectionCode(context.sync())).toBe("InvalidOperation");
    context.workbook.worksheets.getItem("Ẩn").delete();
    await context.sync();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Data", "Ẩn sâu"]);
  });

  it("draws inside borders on both neighbouring cells and edges on the outside only", async () => {
    const fake = fakeWith([]);
    const context = fake.context();
    const borders = context.workbook.worksheets.getItem("Data").getRange("A1:B1").format.borders;
    borders.getItem("InsideVertical").style = "Continuous";
    borders.getItem("EdgeTop").weight = "Medium";
    await context.sync();
    const sheet = fake.workbook.sheets[0]!;
    expect(cellAt(sheet, 1, 1).style.border).toEqual({
      right: { style: "Continuous", weight: "Thin", color: "#000000" },
      top: { style: "Continuous", weight: "Medium", color: "#000000" },
    });
    expect(cellAt(sheet, 1, 2).style.border?.left?.style).toBe("Continuous");
    expect(cellAt(sheet, 1, 2).style.border?.right).toBeUndefined();
  });

  it("merges keep the top-left value only; clearing formats unmerges", async () => {
    const fake = fakeWith([["a", "b"]]);
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
    range.merge();
    await context.sync();
    const sheet = fake.workbook.sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(sheet.cells.get(cellKey(1, 2))?.value ?? null).toBeNull();
    range.clear("Formats");
    await context.sync();
    expect(sheet.merges).toEqual([]);
    expect(cellAt(sheet, 1, 1).value).toBe("a");
  });

  it("fails a run that leaves operations unsynced", async () => {
    const fake = fakeWith([]);
    const run = fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    });
    expect(await rejectionCode(run)).toBe("PendingOperations");
  });
});

describe("requirement sets", () => {
  it("refuses pageLayout below ExcelApi 1.9 and data validation below 1.8", () => {
    const old = fakeWith([], "1.7").context();
    const sheet = old.workbook.worksheets.getItem("Data");
    expect(thrownCode(() => sheet.pageLayout)).toBe("ApiNotFound");
    expect(thrownCode(() => sheet.horizontalPageBreaks)).toBe("ApiNotFound");
    expect(thrownCode(() => sheet.getRange("A1").dataValidation)).toBe("ApiNotFound");
    expect(thrownCode(() => old.application.suspendApiCalculationUntilNextSync())).toBe(
      "nothing thrown"
    );
  });

  it("adds a page break above the top-left cell of the range, once, and refuses what is no range", async () => {
    const fake = fakeWith([], "1.9");
    const context = fake.context();
    const breaks = context.workbook.worksheets.getItem("Data").horizontalPageBreaks;
    breaks.add("A30");
    breaks.add("C12:D14");
    breaks.add("A30");
    await context.sync();
    expect(fake.workbook.sheets[0]!.page.rowBreaks).toEqual([12, 30]);
    breaks.add("not a range");
    expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
  });

  it("answers isSetSupported by version, 1.10 above 1.9", () => {
    const fake = fakeWith([], "1.10");
    expect(fake.support.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(fake.support.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(fake.support.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("writes page setup on ExcelApi 1.9, margins in points", async () => {
    const fake = fakeWith([], "1.9");
    const context = fake.context();
    const layout = context.workbook.worksheets.getItem("Data").pageLayout;
    layout.orientation = "Landscape";
    layout.setPrintMargins("Inches", { top: 1, left: 0.5 });
    layout.headersFooters.defaultForAllPages.centerFooter = "Trang &P/&N";
    await context.sync();
    expect(fake.workbook.sheets[0]!.page).toMatchObject({
      orientation: "Landscape",
      centerFooter: "Trang &P/&N",
      margins: { top: 72, left: 36 },
    });
  });
});

describe("the sync log", () => {
  it("records each sync's request and response sizes", async () => {
    const fake = fakeWith([["Nguyễn"]]);
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1");
    range.load("values");
    await context.sync();
    range.values = [["x".repeat(1000)]];
    await context.sync();
    expect(fake.syncs).toHaveLength(2);
    expect(fake.syncs[0]!.responseBytes).toBe('[["Nguyễn"]]'.length + 2);
    expect(fake.syncs[1]!.requestBytes).toBeGreaterThan(1000);
    expect(fake.syncs[1]!.responseBytes).toBe(0);
  });

  it("refuses a request over the payload limit", async () => {
    const fake = new FakeExcel(workbookOf({ Data: [] }), { payloadLimitBytes: 500 });
    const context = fake.context();
    context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x".repeat(600)]];
    expect(await rejectionCode(context.sync())).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("refuses a response over the payload limit, and logs each refused sync apart", async () => {
    const fake = new FakeExcel(workbookOf({ Data: [["x".repeat(600)]] }), {
      payloadLimitBytes: 500,
    });
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
    expect(await rejectionCode(context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    range.load("address");
    await context.sync();
    expect(fake.refusedSyncs).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    expect(fake.syncs).toHaveLength(1);
  });
});

describe("worksheet events", () => {
  /** Registers on every sheet event of the fake and returns what they report. */
  async function listen(fake: FakeExcel): Promise<string[]> {
    const heard: string[] = [];
    await fake.run(async (context) => {
      const { worksheets } = context.workbook;
      worksheets.onChanged.add(async (args) => {
        heard.push(`changed ${args.address} ${args.triggerSource ?? "-"}`);
      });
      worksheets.onAdded.add(async () => {
        heard.push("added");
      });
      worksheets.onDeleted.add(async () => {
        heard.push("deleted");
      });
      expect(heard).toEqual([]);
      await context.sync();
    });
    return heard;
  }

  it("are raised for the add-in's writes and for the user's edits, and say which (1.14)", async () => {
    const fake = fakeWith([["a"]]);
    const heard = await listen(fake);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B1").values = [["x", "y"]];
      // A number format is a format, not data: Excel raises onFormatChanged for it.
      sheet.getRange("C1").numberFormat = [["0%"]];
      sheet.getRange("A1").clear("Formats");
      context.workbook.worksheets.add("Mới");
      await context.sync();
      context.workbook.worksheets.getItem("Mới").delete();
      expect(heard).toEqual(["changed A1:B1 ThisLocalAddin", "added"]);
      await context.sync();
    });
    fake.editAsUser("Data", "B2", 7);
    fake.addSheetAsUser("Khác");
    expect(heard).toEqual([
      "changed A1:B1 ThisLocalAddin",
      "added",
      "deleted",
      "changed B2 Unknown",
      "added",
    ]);
    expect(fake.workbook.sheets[0]!.cells.get(cellKey(2, 2))?.value).toBe(7);
  });

  it("carry no trigger source below ExcelApi 1.14; the sheets' onChanged needs 1.9", async () => {
    const heard = await listen(fakeWith([], "1.9"));
    expect(heard).toEqual([]);
    const older = fakeWith([], "1.13");
    const olderHeard = await listen(older);
    older.editAsUser("Data", "A1", "x");
    expect(olderHeard).toEqual(["changed A1 -"]);
    const context = fakeWith([], "1.8").context();
    expect(thrownCode(() => context.workbook.worksheets.onChanged)).toBe("ApiNotFound");
  });

  it("refuses a user's edit on a sheet that is not there", () => {
    expect(thrownCode(() => fakeWith([]).editAsUser("Không có", "A1", 1))).toBe("ItemNotFound");
  });
});

describe("as strict as Excel", () => {
  it("gives only the merged areas whose top-left cell lies in the range (office-js#3611)", async () => {
    const fake = fakeWith([["a", null, null, null]]);
    const sheet = fake.workbook.sheets[0]!;
    sheet.merges.push(
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 3, right: 4 }
    );
    const context = fake.context();
    const merged = context.workbook.worksheets
      .getItem("Data")
      .getRange("B2:D3")
      .getMergedAreasOrNullObject();
    await context.sync();
    expect(merged.isNullObject).toBe(true);
    const wider = context.workbook.worksheets
      .getItem("Data")
      .getRange("B2:D3")
      .getBoundingRect("A1")
      .getMergedAreasOrNullObject();
    wider.areas.load("items/address");
    await context.sync();
    expect(wider.areas.items.map((area) => area.address)).toEqual(["Data!A1:B2", "Data!C1:D3"]);
    expect(fake.undoClearedBy).toEqual([
      "Range.getMergedAreasOrNullObject",
      "Range.getMergedAreasOrNullObject",
    ]);
  });

  it("refuses writes to a protected sheet and sheets added to a protected structure", async () => {
    const fake = fakeWith([["a"]]);
    fake.workbook.sheets[0]!.protected = true;
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1").values = [["b"]];
    expect(await rejectionCode(context.sync())).toBe("AccessDenied");
    sheet.getRange("A1").format.fill.color = "#FF0000";
    expect(await rejectionCode(context.sync())).toBe("AccessDenied");
    expect(cellAt(fake.workbook.sheets[0]!, 1, 1)).toMatchObject({ value: "a", style: {} });

    fake.workbook.structureProtected = true;
    context.workbook.worksheets.add("New");
    expect(await rejectionCode(context.sync())).toBe("AccessDenied");
    const protection = context.workbook.protection.load("protected");
    const sheetProtection = sheet.protection.load("protected");
    await context.sync();
    expect([protection.protected, sheetProtection.protected]).toEqual([true, true]);
  });

  it("refuses a batch while a cell is being edited", async () => {
    const fake = fakeWith([["a"]]);
    fake.editingCell = true;
    const context = fake.context();
    context.workbook.worksheets.getItem("Data").getRange("A1").values = [["b"]];
    expect(await rejectionCode(context.sync())).toBe("InvalidOperationInCellEditMode");
  });

  it("refuses page setup the reference does not describe, keeping what ran before", async () => {
    const fake = fakeWith([["a"]]);
    const context = fake.context();
    const layout = context.workbook.worksheets.getItem("Data").pageLayout;
    layout.zoom = { horizontalFitToPages: 1 };
    context.trace("zoom set");
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const error: unknown = await context.sync().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: "InvalidArgument", traceMessages: ["zoom set"] });
    expect(fake.workbook.sheets[0]!.page).toEqual({ horizontalFitToPages: 1 });
    layout.setPrintTitleRows("A1:C1");
    expect(await rejectionCode(context.sync())).toBe("InvalidArgument");
    layout.setPrintTitleRows("$1:$2");
    await context.sync();
    expect(fake.workbook.sheets[0]!.page.printTitleRows).toBe("1:2");
  });
});
