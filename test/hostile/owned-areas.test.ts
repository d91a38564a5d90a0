// The add-in owns exactly what it wrote: the rectangle of result columns its marker line records
// on the roster, and its own `Kết quả` sheet recognized by the whole marker line. A user's cell
// anywhere else is kept; one inside what the run would replace is named before anything goes.

import { describe, expect, it } from "vitest";
import { cellsOf, open, save, standardFile, tally } from "./cli-run";

/** The standard workbook tallied once: its roster carries the block H1:P4 (three people). */
async function firstRun() {
  const first = await tally(await standardFile());
  expect(first.status).toBe(0);
  return open(first.outputFile);
}

describe("the result block on the roster", () => {
  it("keeps a note typed below the block in its columns, and writes the block again", async () => {
    const workbook = await firstRun();
    workbook.getWorksheet("Danh sách")!.getCell("J40").value = "ghi chú của tôi";
    const again = await tally(await save(workbook));
    expect(again.status).toBe(0);
    const roster = cellsOf(again.output!.getWorksheet("Danh sách")!);
    expect(roster.get("J40")).toBe("ghi chú của tôi");
    // The note is the user's column now: the block moves right of it, the old one is cleared.
    expect(roster.get("L1")).toBe("Phiếu hợp lệ");
    expect(roster.has("H1")).toBe(false);
    expect(roster.has("H2")).toBe(false);
  });

  it("replaces its own block in place on a second run", async () => {
    const workbook = await firstRun();
    const before = cellsOf(workbook.getWorksheet("Danh sách")!);
    const again = await tally(await save(workbook));
    expect(again.status).toBe(0);
    expect(cellsOf(again.output!.getWorksheet("Danh sách")!)).toEqual(before);
  });

  it("stops with E041 at a user's cell inside the block, and writes nothing", async () => {
    const workbook = await firstRun();
    workbook.getWorksheet("Danh sách")!.getCell("K3").value = "xem lại";
    const again = await tally(await save(workbook));
    expect(again.status).toBe(1);
    expect(again.problems).toContainEqual(
      expect.objectContaining({ code: "E041", sheet: "Danh sách", cell: "K3" })
    );
    expect(again.output).toBeNull();
  });
});

describe("a sheet named Kết quả", () => {
  it("is the user's when its A1 merely starts with the product's name (E040, nothing written)", async () => {
    const file = await standardFile((workbook) => {
      workbook.addWorksheet("Kết quả").getCell("A1").value = "phieu-tin-nhiem: ghi chú của tôi";
    });
    const run = await tally(file);
    expect(run.status).toBe(1);
    expect(run.problems).toContainEqual(
      expect.objectContaining({ code: "E040", sheet: "Kết quả", cell: "A1" })
    );
    expect(run.output).toBeNull();
  });

  it("of the add-in's, with cells the user added, warns W042 naming them before replacing", async () => {
    const workbook = await firstRun();
    const results = workbook.getWorksheet("Kết quả")!;
    results.getCell("Z3").value = "ý kiến";
    results.getCell(results.rowCount + 2, 1).value = "đã ký";
    const again = await tally(await save(workbook));
    const warning = again.problems.find((problem) => problem.code === "W042");
    expect(warning).toMatchObject({ severity: "warning", sheet: "Kết quả", cell: "Z3" });
    expect((warning as unknown as { message: string }).message).toContain(
      `Z3, A${results.rowCount}`
    );
  });
});
