// Output within Excel's limits: a roster whose right edge leaves no room for the result columns
// gets a coded error before anything is written, instead of a crash halfway through writing.

import { describe, expect, it } from "vitest";
import { standardFile, tally } from "./cli-run";

describe("the roster's right edge", () => {
  it("at XFA5 leaves no room for nine result columns: E043 at that cell, exit 1, nothing written", async () => {
    const file = await standardFile((workbook) => {
      workbook.getWorksheet("Danh sách")!.getCell("XFA5").value = "ghi chú";
    });
    const run = await tally(file);
    expect(run.status).toBe(1);
    expect(run.problems).toContainEqual(
      expect.objectContaining({ code: "E043", sheet: "Danh sách", cell: "XFA5" })
    );
    expect(run.output).toBeNull();
  });

  it("at XET1 still leaves room: the block ends at XFD", async () => {
    const file = await standardFile((workbook) => {
      workbook.getWorksheet("Danh sách")!.getCell("XET1").value = "ghi chú";
    });
    const run = await tally(file);
    expect(run.status).toBe(0);
    expect(run.output!.getWorksheet("Danh sách")!.getCell("XFD1").value).toBe(
      "Xử lý theo quy định"
    );
  });
});
