import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/workbook/run";
import { sampleWorkbook } from "../../src/workbook/sample";
import { standardWorkbookPlan } from "../../src/workbook/template";
import { planToGrids } from "../helpers/plan-to-grids";

describe("a check for a consolidation, which writes nothing into the workbook", () => {
  const sample = sampleWorkbook();
  const longName = `Nguyễn ${"Văn ".repeat(9000)}An`;
  const grids = planToGrids(
    standardWorkbookPlan({
      ...sample,
      roster: sample.roster.map((row, index) => (index === 0 ? { ...row, name: longName } : row)),
      handTally: sample.handTally.map((line) =>
        line.order === 1 ? { ...line, name: longName } : line
      ),
    })
  );
  const codes = (writesResults: boolean) =>
    checkWorkbook(grids, {}, { writesResults }).problems.map((problem) => problem.code);

  it("leaves out W044, which is about the cells a tally would write", () => {
    expect(codes(true)).toContain("W044");
    expect(codes(false)).not.toContain("W044");
  });

  it("counts the same result", () => {
    const forWriting = checkWorkbook(grids);
    const forReading = checkWorkbook(grids, {}, { writesResults: false });
    expect(forReading.result).toEqual(forWriting.result);
  });
});
