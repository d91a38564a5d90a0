// examples/hoi-nghi-mau.xlsx is committed: it must still be what samplePlan gives (run
// `npx tsx scripts/make-sample.ts` after changing the template or the sample).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../src/workbook/parse";
import { SAMPLE_DEFAULTS, samplePlan } from "../../src/workbook/sample";
import { readWorkbookGrids } from "../../src/xlsx/read";
import { planToGrids } from "../helpers/plan-to-grids";

const bundled = join(import.meta.dirname, "..", "..", "examples", "hoi-nghi-mau.xlsx");

describe("the bundled sample", () => {
  it("reads, cell for cell, as the default samplePlan does", async () => {
    const fromFile = parseWorkbook(await readWorkbookGrids(readFileSync(bundled)));
    const fromPlan = parseWorkbook(planToGrids(samplePlan({ ...SAMPLE_DEFAULTS })));
    expect(fromFile.problems).toEqual([]);
    expect(fromFile.input).not.toBeNull();
    // The inputs carry the cell of every value, so equal inputs mean the same cells.
    expect(fromFile.input).toEqual(fromPlan.input);
    expect(fromFile.details).toEqual(fromPlan.details);
    expect(fromFile.roster).toEqual(fromPlan.roster);
  });
});
