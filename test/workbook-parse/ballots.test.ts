import { describe, expect, it } from "vitest";
import type { BallotInput, EntryMark } from "../../src/rules";
import { fingerprintOf } from "../../src/workbook/fingerprint";
import { parseWorkbook } from "../../src/workbook/parse";
import type { CellValue } from "../../src/workbook/grid";
import { found } from "./found";
import { gridsOf, standardGrids, standardSheets, type StandardSheets } from "./standard";

function parseBallots(change: (ballots: StandardSheets["ballots"], all: StandardSheets) => void) {
  return parseWorkbook(standardGrids((s) => change(s.ballots, s)));
}

/** A workbook whose ballots sheet holds one ballot with these entries for person 1. */
function marksOf(regulation: string, codes: readonly CellValue[]) {
  const s = standardSheets();
  s.meeting.rows[3]![1] = regulation;
  s.ballots.rows = [
    ["Số phiếu", "1", "2", "3"],
    ...codes.map((code, i) => [i + 1, code, null, null]),
  ];
  return parseWorkbook(gridsOf(s.meeting, s.roster, s.ballots));
}

describe("the ballots sheet", () => {
  it("reads each ballot with its number, entries and cells", () => {
    const parsed = parseWorkbook(standardGrids());
    const [first] = parsed.input?.ballots ?? [];
    expect(first).toEqual({
      number: { value: "1", ref: { sheet: "Phiếu", cell: "A2" } },
      invalid: false,
      entries: [
        { personId: "1", mark: "high" },
        { personId: "2", mark: "high" },
        { personId: "3", mark: "medium" },
      ],
      ref: { sheet: "Phiếu", cell: "A2" },
    });
    expect([0, 1, 2, 3].map((position) => first?.entryRef?.(position))).toEqual([
      { sheet: "Phiếu", cell: "C2" },
      { sheet: "Phiếu", cell: "D2" },
      { sheet: "Phiếu", cell: "E2" },
      undefined,
    ]);
    expect(parsed.input?.ballots).toHaveLength(5);
  });

  it("shares one entry object among the ballots holding the same value for a person", () => {
    // A sheet of 5,000 ballots × 300 people would otherwise hold 1.5 million entries.
    const parsed = marksOf("qd96", [1, 1, "t", "t", "Thấp", null, null]);
    const entries = parsed.input?.ballots?.map((b) => b.entries[0]) ?? [];
    expect(entries.map((e) => e?.mark)).toEqual([
      "high",
      "high",
      "medium",
      "medium",
      "low",
      "blank",
      "blank",
    ]);
    expect(entries[1]).toBe(entries[0]);
    expect(entries[3]).toBe(entries[2]);
    expect(entries[6]).toBe(entries[5]);
    expect(new Set(entries).size).toBe(4);
    expect(parsed.input?.ballots?.[4]?.entryRef?.(0)).toEqual({ sheet: "Phiếu", cell: "B6" });
  });

  it("reports a value that is no mark at every cell holding it", () => {
    const parsed = marksOf("qd96", ["TC", 1, "TC", "#REF!", "#REF!"]);
    expect(found(parsed.problems)).toEqual([
      { code: "E034", sheet: "Phiếu", cell: "B2" },
      { code: "E034", sheet: "Phiếu", cell: "B4" },
      { code: "E008", sheet: "Phiếu", cell: "B5" },
      { code: "E008", sheet: "Phiếu", cell: "B6" },
    ]);
  });

  it("gives the fingerprint the same data as plain ballots with a ref in every entry", () => {
    const input = parseWorkbook(standardGrids()).input;
    if (!input?.ballots) throw new Error("the standard workbook has ballots");
    const plain: BallotInput[] = input.ballots.map((b) => ({
      number: b.number,
      invalid: b.invalid,
      entries: b.entries.map((entry, position) => ({ ...entry, ref: b.entryRef?.(position) })),
      ...(b.extraNames && { extraNames: b.extraNames }),
      ref: b.ref,
    }));
    expect(fingerprintOf(input)).toBe(fingerprintOf({ ...input, ballots: plain }));
  });

  it.each<[string, readonly CellValue[], readonly EntryMark[]]>([
    ["qd96", [1, "C", "cao", "TNC", "tnc"], ["high", "high", "high", "high", "high"]],
    ["qd96", [2, "T", "tn", " t n "], ["medium", "medium", "medium", "medium"]],
    [
      "qd96",
      [3, "TH", "Thấp", "thap", "THẤP".normalize("NFD"), "TNT"],
      ["low", "low", "low", "low", "low", "low"],
    ],
    [
      "qd96",
      [0, "X", "k", "Hỏng", "hong", null, "  "],
      ["invalid", "invalid", "invalid", "invalid", "invalid", "blank", "blank"],
    ],
    ["NQ 96/2023/QH15", ["1", "TNC", "3"], ["high", "high", "low"]],
    [
      "NQ 96/2023/QH15 - bỏ phiếu tín nhiệm",
      [1, "T", "tn"],
      ["confidence", "confidence", "confidence"],
    ],
    [
      "NQ 96/2023/QH15 - bỏ phiếu tín nhiệm",
      [2, "K", "ktn"],
      ["noConfidence", "noConfidence", "noConfidence"],
    ],
    ["NQ 96/2023/QH15 - bỏ phiếu tín nhiệm", [0, "x", null], ["invalid", "invalid", "blank"]],
  ])("reads %s codes %j", (regulation, codes, marks) => {
    const parsed = marksOf(regulation, codes);
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.ballots?.map((b) => b.entries[0]?.mark)).toEqual(marks);
  });

  it.each<[string, CellValue, string]>([
    ["qd96", 4, "B2"],
    ["qd96", "TC", "B2"],
    ["qd96", "KTN", "B2"],
    ["qd96", true, "B2"],
    ["qd96", 1.5, "B2"],
    ["NQ 96/2023/QH15 - bỏ phiếu tín nhiệm", 3, "B2"],
    ["NQ 96/2023/QH15 - bỏ phiếu tín nhiệm", "Cao", "B2"],
    ["NQ 96/2023/QH15 - bỏ phiếu tín nhiệm", "Hỏng", "B2"],
  ])("refuses a %s entry %j with E034 at the cell, never a guess", (regulation, code, cell) => {
    const parsed = marksOf(regulation, [code]);
    expect(found(parsed.problems)).toEqual([{ code: "E034", sheet: "Phiếu", cell }]);
    expect(parsed.input).toBeNull();
  });

  it("lists the accepted codes of the regulation in E034", () => {
    const parsed = marksOf("NQ 96/2023/QH15 - bỏ phiếu tín nhiệm", ["Cao"]);
    expect(parsed.problems[0]?.params).toMatchObject({
      value: "Cao",
      codes: "1, T, TN, 2, K, KTN, 0, X",
    });
  });

  it("matches columns by Mã, STT or name, normalized", () => {
    const parsed = parseBallots((b, s) => {
      s.roster.rows = [
        ["Mã", ...s.roster.rows[0]!],
        ...s.roster.rows.slice(1).map((r, i) => [`CB0${i + 1}`, ...r]),
      ];
      b.rows[0] = [
        "Số phiếu",
        "Phiếu không hợp lệ",
        "cb01",
        2,
        " LÊ  VĂN  CƯỜNG ".normalize("NFD"),
      ];
      s.handTally.rows.forEach((r) => (r[0] = r[0] === "STT" ? "Mã" : `CB0${String(r[0])}`));
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.ballots?.[0]?.entries.map((e) => e.personId)).toEqual([
      "CB01",
      "CB02",
      "CB03",
    ]);
  });

  it("reads an invalid-ballot mark of any kind and the extra names written", () => {
    const parsed = parseBallots((b) => {
      b.rows[0]!.push("Ghi thêm", "Extra names");
      b.rows[2]![1] = "x";
      b.rows[3]![1] = "Không hợp lệ";
      b.rows[3]![5] = "Phạm Văn Dũng";
      b.rows[3]![6] = "Hồ Thị Em";
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.ballots?.map((b) => b.invalid)).toEqual([false, true, true, false, false]);
    expect(parsed.input?.ballots?.[2]?.extraNames).toEqual([
      { value: "Phạm Văn Dũng", ref: { sheet: "Phiếu", cell: "F4" } },
      { value: "Hồ Thị Em", ref: { sheet: "Phiếu", cell: "G4" } },
    ]);
    expect(parsed.input?.ballots?.[0]).not.toHaveProperty("extraNames");
  });

  it("reads 0, FALSE and không in the invalid-ballot column as not ticked, and TRUE as ticked", () => {
    const parsed = parseBallots((b) => {
      b.rows[1]![1] = 0;
      b.rows[2]![1] = false;
      b.rows[3]![1] = " KHÔNG ";
      b.rows[4]![1] = "FALSE";
      b.rows[5]![1] = true;
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.ballots?.map((b) => b.invalid)).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it("stops with E008 at an Excel error in the invalid-ballot column", () => {
    const parsed = parseBallots((b) => (b.rows[2]![1] = "#REF!"));
    expect(found(parsed.problems)).toEqual([{ code: "E008", sheet: "Phiếu", cell: "B3" }]);
    expect(parsed.input).toBeNull();
  });

  it("reports an Excel error in a person's header (ballots) or key (hand tally) as E008", () => {
    const parsed = parseBallots((b, s) => {
      b.rows[0]![3] = "#REF!";
      s.handTally.rows[2]![1] = "#N/A";
    });
    const codes = parsed.problems.map((p) => p.code);
    expect(codes).not.toContain("E030");
    expect(found(parsed.problems)).toEqual(
      expect.arrayContaining([
        { code: "E008", sheet: "Phiếu", cell: "D1" },
        { code: "E008", sheet: "Kiểm phiếu", cell: "B3" },
      ])
    );
    expect(parsed.problems.find((p) => p.code === "E008")?.params).toEqual({
      cell: "D1",
      value: "#REF!",
    });
  });

  it("reads a header under a title block, in an Excel table, skipping blank rows", () => {
    const parsed = parseBallots((b) => {
      b.rows = [
        ["PHIẾU LẤY PHIẾU TÍN NHIỆM"],
        [],
        ...b.rows.slice(0, 3),
        [],
        ...b.rows.slice(3),
        [],
        ["Tổng", null, 5],
      ];
      b.tables = ["A3:E9"];
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.ballots?.map((b) => b.number.ref?.cell)).toEqual([
      "A4",
      "A5",
      "A7",
      "A8",
      "A9",
    ]);
  });

  it.each<[string, (b: StandardSheets["ballots"], s: StandardSheets) => void, string, string]>([
    ["no Số phiếu column", (b) => (b.rows[0]![0] = "Phiếu số"), "E005", "A1"],
    [
      "a person column nobody on the roster has",
      (b) => (b.rows[0]![4] = "Phạm Văn Dũng"),
      "E030",
      "E1",
    ],
    ["a person twice", (b) => (b.rows[0]![4] = 1), "E032", "E1"],
    ["a blank ballot number", (b) => (b.rows[3]![0] = null), "E007", "A4"],
    ["an unknown code", (b) => (b.rows[4]![3] = "?"), "E034", "D5"],
    ["data in a column without header", (b) => (b.rows[5]![6] = "ghi chú"), "E035", "G6"],
    ["an Excel error in an entry", (b) => (b.rows[2]![2] = "#VALUE!"), "E008", "C3"],
  ])("reports %s", (_, change, code, cell) => {
    const parsed = parseBallots(change);
    expect(found(parsed.problems)).toContainEqual({ code, sheet: "Phiếu", cell });
    expect(parsed.input).toBeNull();
  });

  it("reports E031 for a header that names two namesakes", () => {
    const parsed = parseBallots((b, s) => {
      s.roster.rows[3]![1] = "Trần Thị Bình";
      s.handTally.rows.forEach((r) => r.splice(1, 1));
      b.rows.forEach((r) => r.splice(4, 1));
    });
    expect(found(parsed.problems)).toEqual([
      { code: "W021", sheet: "Danh sách", cell: "B4" },
      { code: "E031", sheet: "Phiếu", cell: "D1" },
      { code: "E033", sheet: "Phiếu", cell: "A1" },
      { code: "E033", sheet: "Phiếu", cell: "A1" },
    ]);
  });

  it("reports E033 for a person voted on without a column, not for one excluded", () => {
    const missing = parseBallots((b) => b.rows.forEach((r) => r.splice(3, 1)));
    expect(found(missing.problems)).toEqual([{ code: "E033", sheet: "Phiếu", cell: "A1" }]);
    expect(missing.problems[0]?.refs[1]).toEqual({ sheet: "Danh sách", cell: "B3" });
    const excluded = (reasonCol: number, value: CellValue) =>
      parseBallots((b, s) => {
        b.rows.forEach((r) => r.splice(3, 1));
        s.roster.rows[2]![reasonCol] = value;
        s.handTally.rows.splice(2, 1);
      });
    expect(excluded(5, "Nghỉ hưu").problems).toEqual([]);
    expect(excluded(4, "01/02/2023").problems).toEqual([]);
    expect(found(excluded(4, "01/02/2022").problems)).toEqual([
      { code: "E033", sheet: "Phiếu", cell: "A1" },
    ]);
  });
});
