// The extra-names rule kept in the workbook: the `Hội nghị` row is read forgivingly, decides the
// count, is covered by the fingerprint, names itself in the problems it causes, and is written
// back by a plan that touches only its own cells.

import { describe, expect, it } from "vitest";
import { formatProblem, tally } from "../../src/rules";
import { WORKBOOK_PROBLEMS } from "../../src/workbook/problems";
import { ballotsDecidedByExtraNames, extraNamesPlan } from "../../src/workbook/extra-names";
import type { CellValue } from "../../src/workbook/grid";
import { parseWorkbook } from "../../src/workbook/parse";
import { checkWorkbook, planResults } from "../../src/workbook/run";
import { found } from "./found";
import { standardGrids, type StandardSheets } from "./standard";

const LABEL = "Phiếu ghi thêm tên ngoài danh sách";
const at = (cell: string) => ({ sheet: "Hội nghị", cell });

/** The standard workbook with the extra-names row (A12:B12) holding `value`, and ballot 1
 * carrying an extra name when `extraName`. */
function grids(value: CellValue | undefined, extraName = false) {
  return standardGrids((sheets: StandardSheets) => {
    if (value !== undefined) sheets.meeting.rows.push([LABEL, value]);
    if (extraName) {
      sheets.ballots.rows = sheets.ballots.rows.map((row, index) => [
        ...row,
        index === 0 ? "Ghi thêm" : index === 1 ? "Phạm Văn Xa" : null,
      ]);
    }
  });
}

describe("the row `Phiếu ghi thêm tên ngoài danh sách`", () => {
  it("is read as forgivingly as the other labels, in either language", () => {
    expect(parseWorkbook(grids("  cả PHIẾU  không hợp lệ ")).details.extraNames).toEqual({
      stated: "void-ballot",
      cell: at("B12"),
    });
    const english = standardGrids((s) =>
      s.meeting.rows.push(["extra names on a ballot:", "Ignore the extra name"])
    );
    expect(parseWorkbook(english).details.extraNames).toEqual({
      stated: "ignore-name",
      cell: at("B12"),
    });
  });

  it("blank or missing means the default, and says where the row goes", () => {
    expect(parseWorkbook(grids(null)).details.extraNames).toEqual({ cell: at("B12") });
    expect(parseWorkbook(grids(undefined)).details.extraNames).toEqual({
      cell: at("B12"),
      newLabel: at("A12"),
    });
    expect(checkWorkbook(grids(undefined, true)).settings.extraNames).toBe("ignore-name");
  });

  it("any other value is E015 at its cell, listing the accepted values; nothing is counted", () => {
    const checked = checkWorkbook(grids("Hỏng phiếu", true));
    expect(found(checked.problems.filter((problem) => problem.severity === "error"))).toEqual([
      { code: "E015", sheet: "Hội nghị", cell: "B12" },
    ]);
    expect(checked.blocked).toBe(true);
    const [problem] = checked.problems;
    expect(formatProblem(problem!, "vi", WORKBOOK_PROBLEMS)).toBe(
      "Ô B12: “Hỏng phiếu” không phải là một lựa chọn của “Phiếu ghi thêm tên ngoài danh sách”; " +
        "hãy ghi “Bỏ qua tên ghi thêm” hoặc “Cả phiếu không hợp lệ”."
    );
    expect(formatProblem(problem!, "en", WORKBOOK_PROBLEMS)).toBe(
      "Cell B12: “Hỏng phiếu” is not a choice for “Extra names on a ballot”; " +
        "write “Ignore the extra name” or “Whole ballot invalid”."
    );
  });
});

describe("the rule in force", () => {
  it("is the workbook's: it decides the count and W302 names the setting's cell", () => {
    const checked = checkWorkbook(grids("Cả phiếu không hợp lệ", true));
    expect(checked.settings).toEqual({ extraNames: "void-ballot", ref: at("B12") });
    // The hand tally was counted without that rule, so the result is blocked (E018, E314); the
    // count the rules make of the workbook's input voids the ballot all the same.
    expect(tally(checked.input!).meeting.invalidBallots).toBe(1);
    const w302 = checked.problems.find((problem) => problem.code === "W302");
    expect(w302?.refs.at(-1)).toEqual(at("B12"));
  });

  it("is covered by the fingerprint and printed in the notes of the result sheet", () => {
    const plan = (value: string) => {
      const checked = checkWorkbook(grids(value));
      expect(checked.blocked).toBe(false);
      return planResults(checked, "vi").sheets.find((sheet) => sheet.sheet === "Kết quả");
    };
    const texts = (value: string) =>
      JSON.stringify(plan(value)?.blocks.map((block) => block.values));
    // Without an extra name both rules count the same, so only the rule can tell them apart.
    const ignoring = texts("Bỏ qua tên ghi thêm");
    const voiding = texts("Cả phiếu không hợp lệ");
    expect(ignoring).toContain("- Phiếu ghi thêm tên ngoài danh sách: Bỏ qua tên ghi thêm.");
    expect(voiding).toContain("- Phiếu ghi thêm tên ngoài danh sách: Cả phiếu không hợp lệ.");
    const fingerprint = (text: string) =>
      /[0-9a-f]{16}/.exec(text.split("phieu-tin-nhiem")[1] ?? "")?.[0];
    expect(fingerprint(ignoring)).toBeDefined();
    expect(fingerprint(ignoring)).not.toBe(fingerprint(voiding));
  });

  it("when the ballots and the hand tally differ under void-ballot, E018 names the setting first", () => {
    const checked = checkWorkbook(grids("Cả phiếu không hợp lệ", true));
    const codes = checked.problems.map((problem) => problem.code);
    expect(codes.filter((code) => code === "E018")).toHaveLength(1);
    expect(codes.indexOf("E018")).toBeLessThan(codes.indexOf("E314"));
    const hint = checked.problems.find((problem) => problem.code === "E018")!;
    expect(hint.refs).toEqual([at("B12")]);
    expect(formatProblem(hint, "vi", WORKBOOK_PROBLEMS)).toContain(
      "có thể do thiết lập “Phiếu ghi thêm tên ngoài danh sách” là “Cả phiếu không hợp lệ”: 1 phiếu"
    );
    // Under the default the hand tally agrees: no E314, so no E018.
    const ignoring = checkWorkbook(grids("Bỏ qua tên ghi thêm", true));
    expect(ignoring.problems.map((problem) => problem.code)).toEqual(["W301"]);
  });

  it("how many ballots it decides is found by counting with both settings", () => {
    const with1 = checkWorkbook(grids(undefined, true)).input!;
    expect(ballotsDecidedByExtraNames(with1)).toBe(1);
    expect(ballotsDecidedByExtraNames(checkWorkbook(grids(undefined)).input!)).toBe(0);
  });
});

describe("writing the rule", () => {
  it("writes only the value's cell, as text, when the row is there", () => {
    const row = parseWorkbook(grids(null)).details.extraNames!;
    expect(extraNamesPlan(row, "void-ballot", "vi").sheets).toEqual([
      expect.objectContaining({
        sheet: "Hội nghị",
        kind: "user",
        clear: [],
        blocks: [{ at: "B12", values: [["Cả phiếu không hợp lệ"]], numberFormats: [["@"]] }],
        formats: [],
        validations: [],
      }),
    ]);
  });

  it("appends the row below the last used one, with its drop-down, when it is missing", () => {
    const row = parseWorkbook(grids(undefined)).details.extraNames!;
    const [sheet] = extraNamesPlan(row, "ignore-name", "en").sheets;
    expect(sheet?.blocks).toEqual([
      { at: "A12", values: [[LABEL]], numberFormats: [["@"]] },
      { at: "B12", values: [["Bỏ qua tên ghi thêm"]], numberFormats: [["@"]] },
    ]);
    expect(sheet?.validations).toEqual([
      expect.objectContaining({
        range: "B12",
        list: ["Bỏ qua tên ghi thêm", "Cả phiếu không hợp lệ"],
      }),
    ]);
  });
});
