import { describe, expect, it } from "vitest";
import {
  formatAction,
  formatProblem,
  RULE_PROBLEMS,
  ruleProblem,
  type ProblemCatalogue,
} from "../../src/rules";
import { ref } from "./build";

describe("ruleProblem", () => {
  it("takes the catalogue's severity and leaves out absent refs", () => {
    const problem = ruleProblem("E104", { present: 10, summoned: 9 }, [
      undefined,
      ref("B6"),
      undefined,
    ]);
    expect(problem).toEqual({
      code: "E104",
      severity: "error",
      params: { present: 10, summoned: 9 },
      refs: [ref("B6")],
    });
    expect(ruleProblem("W101", { issued: 2, present: 1 }).refs).toEqual([]);
    expect(ruleProblem("W101", { issued: 2, present: 1 }).severity).toBe("warning");
  });
});

describe("formatProblem", () => {
  it("fills the template in Vietnamese and in English", () => {
    const problem = ruleProblem("E106", { present: 29, summoned: 45, required: 30 });
    expect(formatProblem(problem, "vi", RULE_PROBLEMS)).toBe(
      "Hội nghị không đủ điều kiện tiến hành: có mặt 29 trên 45 người được triệu tập, cần ít nhất " +
        "2/3 (30 người). Kết quả không được ghi."
    );
    expect(formatProblem(problem, "en", RULE_PROBLEMS)).toBe(
      "The meeting may not proceed: 29 of the 45 people summoned are present, at least two thirds " +
        "(30) are required. No result is written."
    );
  });

  it("uses each language's own words for a bilingual param", () => {
    const problem = ruleProblem("E101", {
      figureVi: "Số phiếu thu về",
      figureEn: "Ballots collected",
      value: 2.5,
    });
    expect(formatProblem(problem, "vi", RULE_PROBLEMS)).toBe(
      "Số phiếu thu về phải là số nguyên không âm, nhưng đang là 2,5."
    );
    expect(formatProblem(problem, "en", RULE_PROBLEMS)).toBe(
      "Ballots collected must be a whole number, 0 or more, but is 2.5."
    );
  });

  it("works with another layer's catalogue merged in", () => {
    const workbook: ProblemCatalogue = {
      E001: {
        severity: "error",
        vi: "Thiếu trang {sheet}.",
        en: "The sheet {sheet} is missing.",
        action: { vi: "Thêm trang.", en: "Add the sheet." },
      },
    };
    const catalogue = { ...RULE_PROBLEMS, ...workbook };
    const problem = {
      code: "E001",
      severity: "error" as const,
      params: { sheet: "Phiếu" },
      refs: [],
    };
    expect(formatProblem(problem, "vi", catalogue)).toBe("Thiếu trang Phiếu.");
    expect(formatProblem(problem, "en", catalogue)).toBe("The sheet Phiếu is missing.");
    expect(formatProblem(ruleProblem("E202", {}), "en", catalogue)).toBe(
      "The roster of people voted on is empty."
    );
  });

  it("gives the code for an unknown code, even one named like an Object member", () => {
    const unknown = { code: "E999", severity: "error" as const, params: {}, refs: [] };
    expect(formatProblem(unknown, "vi", RULE_PROBLEMS)).toBe("E999");
    expect(formatProblem({ ...unknown, code: "constructor" }, "en", RULE_PROBLEMS)).toBe(
      "constructor"
    );
  });

  it("leaves a missing param's placeholder visible rather than inventing a value", () => {
    const problem = { code: "E104", severity: "error" as const, params: { present: 3 }, refs: [] };
    expect(formatProblem(problem, "en", RULE_PROBLEMS)).toBe(
      "People present (3) are more than people summoned ({summoned})."
    );
  });

  it("writes every template in both languages, with the same numeric params", () => {
    for (const spec of Object.values(RULE_PROBLEMS)) {
      const names = (template: string) =>
        [...template.matchAll(/\{(\w+)\}/g)]
          .map((match) => match[1] ?? "")
          .filter((name) => !/(Vi|En)$/.test(name))
          .sort();
      expect(spec.vi.length).toBeGreaterThan(0);
      expect(spec.en.length).toBeGreaterThan(0);
      expect(names(spec.vi)).toEqual(names(spec.en));
    }
  });
});

describe("formatAction", () => {
  it("gives the catalogue's next step in each language, the same for any params", () => {
    const problem = ruleProblem("E104", { present: 10, summoned: 9 });
    expect(formatAction(problem, "vi", RULE_PROBLEMS)).toBe(
      "Đối chiếu hai số với danh sách triệu tập và điểm danh."
    );
    expect(formatAction(problem, "en", RULE_PROBLEMS)).toBe(
      "Check both figures against the list of people summoned and the roll call."
    );
  });

  it("gives nothing for an unknown code, even one named like an Object member", () => {
    const unknown = { code: "E999", severity: "error" as const, params: {}, refs: [] };
    expect(formatAction(unknown, "vi", RULE_PROBLEMS)).toBeNull();
    expect(formatAction({ ...unknown, code: "toString" }, "en", RULE_PROBLEMS)).toBeNull();
  });
});
