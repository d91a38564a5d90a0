import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../src/workbook/parse";
import { found } from "./found";
import { gridsOf, standardSheets, type StandardSheets } from "./standard";

/** A workbook with the hand tally as its only votes sheet. */
function parseHandTally(change: (tally: StandardSheets["handTally"], all: StandardSheets) => void) {
  const s = standardSheets();
  change(s.handTally, s);
  return parseWorkbook(gridsOf(s.meeting, s.roster, s.handTally));
}

describe("the hand tally", () => {
  it("reads each person's counts with their cells", () => {
    const parsed = parseHandTally(() => {});
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.handTally?.[2]).toEqual({
      personId: "3",
      counts: {
        high: { value: 1, ref: { sheet: "Kiểm phiếu", cell: "C4" } },
        medium: { value: 1, ref: { sheet: "Kiểm phiếu", cell: "D4" } },
        low: { value: 2, ref: { sheet: "Kiểm phiếu", cell: "E4" } },
      },
      invalid: { value: 1, ref: { sheet: "Kiểm phiếu", cell: "F4" } },
      ref: { sheet: "Kiểm phiếu", cell: "A4" },
    });
  });

  it("reads a person by name alone, counts as text with thousands separators, no invalid column", () => {
    const parsed = parseHandTally((t) => {
      t.rows = [
        ["Full name", "High confidence", "Confidence", "Low confidence"],
        ["Lê  Văn Cường".normalize("NFD"), "1.200", "12", " 3 "],
      ];
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.handTally).toEqual([
      {
        personId: "3",
        counts: {
          high: { value: 1200, ref: { sheet: "Kiểm phiếu", cell: "B2" } },
          medium: { value: 12, ref: { sheet: "Kiểm phiếu", cell: "C2" } },
          low: { value: 3, ref: { sheet: "Kiểm phiếu", cell: "D2" } },
        },
        ref: { sheet: "Kiểm phiếu", cell: "A2" },
      },
    ]);
  });

  it("reads two-level counts for nq96-btn", () => {
    const parsed = parseHandTally((t, s) => {
      s.meeting.rows[3]![1] = "NQ 96/2023/QH15 - bỏ phiếu tín nhiệm";
      t.rows = [
        ["Mã", "Tín nhiệm", "Không tín nhiệm", "Không hợp lệ"],
        [2, 3, 2, 0],
      ];
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.handTally?.[0]?.counts).toEqual({
      confidence: { value: 3, ref: { sheet: "Kiểm phiếu", cell: "B2" } },
      noConfidence: { value: 2, ref: { sheet: "Kiểm phiếu", cell: "C2" } },
    });
  });

  it.each<[string, (t: StandardSheets["handTally"], s: StandardSheets) => void, string, string]>([
    ["a blank count", (t) => (t.rows[2]![3] = null), "E007", "D3"],
    ["a count in words", (t) => (t.rows[2]![3] = "ba"), "E014", "D3"],
    ["a count with a wrong separator", (t) => (t.rows[2]![3] = "1.20"), "E014", "D3"],
    ["a blank invalid count", (t) => (t.rows[1]![5] = null), "E007", "F2"],
    ["a person nobody on the roster is", (t) => (t.rows[3]![1] = "Phạm Văn Dũng"), "E030", "B4"],
    [
      "a row without any person",
      (t) => ((t.rows[3]![0] = null), (t.rows[3]![1] = null)),
      "E007",
      "A4",
    ],
    ["STT and name naming two people", (t) => (t.rows[3]![0] = 2), "E036", "A4"],
    ["a person twice", (t) => (t.rows[3] = [...t.rows[2]!]), "E032", "A4"],
    ["a missing level column", (t) => (t.rows[0]![4] = "Thấp"), "E005", "A1"],
    [
      "two-level columns for a three-level regulation",
      (t) => (t.rows[0] = ["STT", "Họ và tên", "Tín nhiệm", "Không tín nhiệm"]),
      "E005",
      "A1",
    ],
  ])("reports %s", (_, change, code, cell) => {
    const parsed = parseHandTally(change);
    expect(found(parsed.problems)).toContainEqual({ code, sheet: "Kiểm phiếu", cell });
    expect(parsed.input).toBeNull();
  });

  it("asks only for what is missing: a level column, not a name beside an STT", () => {
    const parsed = parseHandTally((t) => {
      t.rows.forEach((row) => row.splice(1, 1));
      t.rows[0]![3] = "Thấp";
    });
    expect(parsed.problems.map((p) => [p.code, p.params.headerVi])).toEqual([
      ["E005", "Tín nhiệm thấp"],
    ]);
    const nameless = parseHandTally((t) => t.rows.forEach((row) => row.splice(0, 2)));
    expect(nameless.problems.map((p) => [p.code, p.params.headerVi])).toEqual([
      ["E005", "Họ và tên"],
    ]);
  });

  it("names both people when STT and name disagree", () => {
    const parsed = parseHandTally((t) => (t.rows[3]![0] = 2));
    expect(parsed.problems[0]?.params).toEqual({
      sheet: "Kiểm phiếu",
      row: 4,
      people: "Trần Thị Bình, Lê Văn Cường",
    });
  });
});
