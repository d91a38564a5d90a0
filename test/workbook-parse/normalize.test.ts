import { describe, expect, it } from "vitest";
import {
  codeKey,
  matchesTerm,
  normalizeLabel,
  termLookup,
} from "../../src/workbook/parse/normalize";
import { ROSTER_HEADERS, SHEETS } from "../../src/workbook/vocabulary";

describe("normalizeLabel", () => {
  it("composes decomposed Unicode, lowercases and trims", () => {
    const nfd = "  Họ và Tên  ".normalize("NFD");
    expect(normalizeLabel(nfd)).toBe("họ và tên".normalize("NFC"));
  });

  it("collapses repeated spaces, line breaks and no-break spaces", () => {
    expect(normalizeLabel("Số  người\nđược\u00a0triệu tập")).toBe("số người được triệu tập");
  });

  it("drops a trailing colon, with or without a space before it", () => {
    expect(normalizeLabel("Ngày lấy phiếu:")).toBe("ngày lấy phiếu");
    expect(normalizeLabel("Ngày lấy phiếu :  ")).toBe("ngày lấy phiếu");
    expect(normalizeLabel("a:b")).toBe("a:b");
  });

  it("keeps diacritics: they distinguish headers", () => {
    expect(normalizeLabel("Mã")).not.toBe(normalizeLabel("Ma"));
  });
});

describe("codeKey", () => {
  it("ignores case, diacritics and spaces; đ is d", () => {
    expect(codeKey("Thấp")).toBe("thap");
    expect(codeKey(" T N ")).toBe("tn");
    expect(codeKey("Hỏng".normalize("NFD"))).toBe("hong");
    expect(codeKey("QĐ")).toBe("qd");
  });
});

describe("matchesTerm and termLookup", () => {
  it("accept Vietnamese, English and aliases", () => {
    expect(matchesTerm("Họ tên", ROSTER_HEADERS.name)).toBe(true);
    expect(matchesTerm("FULL NAME:", ROSTER_HEADERS.name)).toBe(true);
    expect(matchesTerm("Tên", ROSTER_HEADERS.name)).toBe(false);
    expect(matchesTerm("danh  sách", SHEETS.roster)).toBe(true);
  });

  it("gives the key of the first term with that spelling", () => {
    const lookup = termLookup([
      ["a", { vi: "Tín nhiệm", en: "Confidence" }],
      ["b", { vi: "Tín nhiệm", en: "Other" }],
    ] as const);
    expect(lookup(" tín  NHIỆM ")).toBe("a");
    expect(lookup("other")).toBe("b");
    expect(lookup("none")).toBeUndefined();
  });
});
