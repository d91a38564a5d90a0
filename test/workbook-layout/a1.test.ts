import { describe, expect, it } from "vitest";
import {
  cellAddress,
  columnLetters,
  columnNumber,
  parseRange,
  rangeAddress,
} from "../../src/workbook/layout/a1";

describe("A1 notation", () => {
  it("turns column numbers into letters and back across the Z/AA and ZZ/AAA edges", () => {
    const pairs: [number, string][] = [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [52, "AZ"],
      [702, "ZZ"],
      [703, "AAA"],
      [16384, "XFD"],
    ];
    for (const [n, letters] of pairs) {
      expect(columnLetters(n)).toBe(letters);
      expect(columnNumber(letters)).toBe(n);
    }
    expect(columnNumber("xfd")).toBe(16384);
  });

  it("writes cells and ranges, a one-cell range as a cell", () => {
    expect(cellAddress(3, 2)).toBe("B3");
    expect(rangeAddress({ top: 1, left: 1, bottom: 9, right: 10 })).toBe("A1:J9");
    expect(rangeAddress({ top: 4, left: 3, bottom: 4, right: 3 })).toBe("C4");
  });

  it("parses ranges in either corner order and refuses anything else", () => {
    expect(parseRange("B3:D9")).toEqual({ top: 3, left: 2, bottom: 9, right: 4 });
    expect(parseRange("D9:B3")).toEqual({ top: 3, left: 2, bottom: 9, right: 4 });
    expect(parseRange("k1")).toEqual({ top: 1, left: 11, bottom: 1, right: 11 });
    for (const bad of ["", "A0", "3:4", "A1:B2:C3", "Sheet!A1", "ABCD1"]) {
      expect(parseRange(bad)).toBeNull();
    }
  });
});
