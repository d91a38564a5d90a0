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

describe("a text longer than a cell holds", () => {
  it("is cut to 32,767 characters with W044 naming the cell, its row at most 409 pt", async () => {
    const position = "Phó Bí thư thường trực ".repeat(2_000).trim();
    expect(position.length).toBeGreaterThan(32_767);
    const file = await standardFile((workbook) => {
      workbook.getWorksheet("Danh sách")!.getCell("C3").value = position;
    });
    const run = await tally(file);
    expect(run.status).toBe(0);
    const warning = run.problems.find((problem) => problem.code === "W044");
    expect(warning).toMatchObject({ severity: "warning", sheet: "Kết quả" });
    const results = run.output!.getWorksheet("Kết quả")!;
    expect(results.getCell(warning!.cell!).value).toBe(position.slice(0, 32_767));
    const heights: number[] = [];
    results.eachRow((row) => heights.push(row.height ?? 0));
    expect(Math.max(...heights)).toBe(409);
  });
});
