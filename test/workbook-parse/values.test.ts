import { describe, expect, it } from "vitest";
import type { Problem, SourceRef } from "../../src/rules";
import type { CellValue } from "../../src/workbook/grid";
import {
  cellText,
  readDate,
  readRegulation,
  readText,
  readWholeNumber,
} from "../../src/workbook/parse/values";

const ref: SourceRef = { sheet: "Hội nghị", cell: "B7" };

function read<T>(
  reader: (v: CellValue, r: SourceRef, f: string, p: Problem[]) => T | null,
  value: CellValue
) {
  const problems: Problem[] = [];
  const result = reader(value, ref, "Số phiếu thu về", problems);
  return { result, codes: problems.map((p) => p.code), problems };
}

describe("readWholeNumber", () => {
  it.each<[CellValue, number]>([
    [12, 12],
    [0, 0],
    ["12", 12],
    [" 481 ", 481],
    ["007", 7],
    ["1.200", 1200],
    ["1,200", 1200],
    ["12.345.678", 12345678],
    ["12,345,678", 12345678],
  ])("reads %j as %d", (value, expected) => {
    expect(read(readWholeNumber, value)).toMatchObject({ result: expected, codes: [] });
  });

  it.each<CellValue>([
    "1.5",
    "1,20",
    "1.2000",
    "1.200,5",
    "1.200,000",
    "1 200",
    ",200",
    "-3",
    "+3",
    "12a",
    "mười",
    12.5,
    -1,
    true,
    new Date(Date.UTC(2023, 0, 1)),
  ])("refuses %j with E014 at the cell", (value) => {
    const { result, problems } = read(readWholeNumber, value);
    expect(result).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({ code: "E014", severity: "error", refs: [ref] }),
    ]);
  });

  it("reports a blank cell as E007 and an Excel error as E008", () => {
    expect(read(readWholeNumber, null).codes).toEqual(["E007"]);
    expect(read(readWholeNumber, "   ").codes).toEqual(["E007"]);
    expect(read(readWholeNumber, "#REF!")).toMatchObject({ result: null, codes: ["E008"] });
    expect(read(readWholeNumber, "#N/A").problems[0]?.params).toMatchObject({
      value: "#N/A",
      cell: "B7",
    });
  });
});

describe("readDate", () => {
  const march29 = { year: 2023, month: 3, day: 29 };

  it("reads a Date by its UTC day, whatever the time zone", () => {
    expect(read(readDate, new Date(Date.UTC(2023, 2, 29))).result).toEqual(march29);
    expect(read(readDate, new Date(Date.UTC(2023, 2, 29, 23, 59))).result).toEqual(march29);
  });

  it("gives the same day in every time zone of the machine", () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ["Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"]) {
        process.env.TZ = zone;
        expect(read(readDate, new Date(Date.UTC(2023, 0, 1))).result).toEqual({
          year: 2023,
          month: 1,
          day: 1,
        });
        expect(read(readDate, 44927).result).toEqual({ year: 2023, month: 1, day: 1 });
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it("reads an Excel serial, ignoring the time of day", () => {
    expect(read(readDate, 45014).result).toEqual(march29);
    expect(read(readDate, 45014.75).result).toEqual(march29);
    expect(read(readDate, 18264).result).toEqual({ year: 1950, month: 1, day: 1 });
  });

  it("reads dd/mm/yyyy and d/m/yyyy text", () => {
    expect(read(readDate, "29/03/2023").result).toEqual(march29);
    expect(read(readDate, " 29/3/2023 ").result).toEqual(march29);
    expect(read(readDate, "1/2/2024").result).toEqual({ year: 2024, month: 2, day: 1 });
    expect(read(readDate, "29/02/2024").result).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each<CellValue>([
    "29/02/2023",
    "31/04/2023",
    "2023-03-29",
    "03/29/2023",
    "29.03.2023",
    "29/03/23",
    2023,
    18263,
    true,
    "hôm nay",
  ])("refuses %j with E012", (value) => {
    expect(read(readDate, value)).toMatchObject({ result: null, codes: ["E012"] });
  });

  it("refuses a Date outside 1950–2100 as it refuses a serial: a wrapped date is no date", () => {
    // What ExcelJS hands over for a date cell holding "2023-13-45": serial 2023.
    const wrapped = read(readDate, new Date(Date.UTC(1905, 6, 15)));
    expect(wrapped).toMatchObject({ result: null, codes: ["E012"] });
    expect(wrapped.problems[0]?.params).toEqual({ cell: "B7", value: "15/07/1905" });
    expect(read(readDate, new Date(Date.UTC(2101, 0, 1))).codes).toEqual(["E012"]);
    expect(read(readDate, new Date(Number.NaN)).codes).toEqual(["E012"]);
    expect(read(readDate, new Date(Date.UTC(2100, 11, 31, 12))).result).toEqual({
      year: 2100,
      month: 12,
      day: 31,
    });
  });
});

describe("readRegulation", () => {
  it.each([
    ["QĐ 96-QĐ/TW", "qd96"],
    ["qđ96-qđ/tw", "qd96"],
    ["QD 96 - QD / TW", "qd96"],
    ["qd96", "qd96"],
    ["NQ 96/2023/QH15", "nq96"],
    ["nq  96/2023/qh15", "nq96"],
    ["nq96", "nq96"],
    ["NQ 96/2023/QH15 - bỏ phiếu tín nhiệm", "nq96-btn"],
    ["NQ 96/2023/QH15 – Bỏ Phiếu Tín Nhiệm", "nq96-btn"],
    ["nq 96/2023/qh15 - bo phieu tin nhiem", "nq96-btn"],
    ["nq96-btn", "nq96-btn"],
  ])("reads %j as %s", (text, id) => {
    expect(read(readRegulation, text)).toMatchObject({ result: id, codes: [] });
  });

  it.each<CellValue>(["QĐ 262", "NQ 85/2014/QH13", "96", 96, "Quy định 96"])(
    "refuses %j with E013",
    (value) => {
      const { result, problems } = read(readRegulation, value);
      expect(result).toBeNull();
      expect(problems.map((p) => p.code)).toEqual(["E013"]);
      expect(String(problems[0]?.params.accepted)).toContain("QĐ 96-QĐ/TW");
    }
  );
});

describe("cellText and readText", () => {
  it("shows numbers, dates and text as the user reads them", () => {
    expect(cellText(12)).toBe("12");
    expect(cellText(new Date(Date.UTC(2023, 2, 9)))).toBe("09/03/2023");
    expect(cellText("  An ")).toBe("An");
    expect(cellText(null)).toBe("");
  });

  it("keeps the user's spelling and a leading '='", () => {
    const problems: Problem[] = [];
    expect(readText('=HYPERLINK("x")', ref, "Họ và tên", problems, true)).toBe('=HYPERLINK("x")');
    expect(readText(" Nguyễn  Văn An ", ref, "Họ và tên", problems, true)).toBe("Nguyễn  Văn An");
    expect(readText(null, ref, "Đơn vị", problems, false)).toBeUndefined();
    expect(problems).toEqual([]);
    expect(readText(null, ref, "Họ và tên", problems, true)).toBeUndefined();
    expect(problems.map((p) => [p.code, p.params.field])).toEqual([["E007", "Họ và tên"]]);
  });
});
