import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_PROBLEMS, tally, type RegulationId } from "../../src/rules";
import { parseWorkbook } from "../../src/workbook/parse";
import { CONSOLIDATION_PROBLEMS } from "../../src/workbook/consolidate/problems";
import { WORKBOOK_PROBLEMS } from "../../src/workbook/problems";
import { samplePlan } from "../../src/workbook/sample";
import { planToGrids } from "../helpers/plan-to-grids";
import { standardGrids } from "./standard";

describe("parseWorkbook", () => {
  it.each<RegulationId>(["qd96", "nq96", "nq96-btn"])(
    "reads the product's own %s sample without a problem, and the rules count it",
    (regulation) => {
      const parsed = parseWorkbook(planToGrids(samplePlan({ regulation })));
      expect(parsed.problems).toEqual([]);
      expect(parsed.input?.meeting.regulation).toBe(regulation);
      const result = tally(parsed.input!);
      expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(result.people.length).toBe(parsed.input?.people.length);
    }
  );

  it("gives the standard workbook to the rules, which count it as the hand tally says", () => {
    const parsed = parseWorkbook(standardGrids());
    const result = tally(parsed.input!);
    expect(result.problems).toEqual([]);
    expect(result.people.map((p) => p.counts)).toEqual([
      { high: 4, medium: 1, low: 0, invalid: 0 },
      { high: 1, medium: 3, low: 1, invalid: 0 },
      { high: 1, medium: 1, low: 2, invalid: 1 },
    ]);
  });

  it("never throws on odd grids: empty sheets, ragged offsets, values of every type", () => {
    const odd = parseWorkbook({
      sheets: [
        {
          sheet: "Hội nghị",
          top: 5,
          left: 3,
          values: [],
          numberFormats: [],
          merges: ["nonsense"],
          tables: ["?"],
        },
        {
          sheet: "Danh sách",
          top: 2,
          left: 2,
          values: [
            ["STT", "Họ và tên", "Chức vụ"],
            [true, new Date(Number.NaN), 0],
            [null, "#REF!", ""],
          ],
          numberFormats: [],
          merges: [],
          tables: [],
        },
      ],
    });
    expect(odd.input).toBeNull();
    expect(odd.problems.length).toBeGreaterThan(0);
    for (const p of odd.problems)
      expect(p.refs[0]).toMatchObject({
        sheet: expect.any(String),
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
      });
  });
});

describe("the workbook problem catalogue", () => {
  it("uses only E0xx/W0xx codes, none of the rules'", () => {
    for (const code of Object.keys(WORKBOOK_PROBLEMS)) {
      expect(code).toMatch(/^[EW]0\d\d$/);
      expect(RULE_PROBLEMS).not.toHaveProperty(code);
      expect(WORKBOOK_PROBLEMS[code as keyof typeof WORKBOOK_PROBLEMS].severity).toBe(
        code.startsWith("E") ? "error" : "warning"
      );
    }
  });

  it("has a documented entry for every code, and no entry without a code", () => {
    const doc = readFileSync(new URL("../../docs/problems.md", import.meta.url), "utf8");
    const documented = [...doc.matchAll(/^#+\s+([EW]0\d\d)\b/gm)].map((m) => m[1]);
    const catalogued = { ...WORKBOOK_PROBLEMS, ...CONSOLIDATION_PROBLEMS };
    expect(documented.sort()).toEqual(Object.keys(catalogued).sort());
  });
});
