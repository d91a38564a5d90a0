import { describe, expect, it } from "vitest";
import { fitWidth, lineCount, MAX_ROW_HEIGHT, rowHeightFor } from "../../src/workbook/layout/style";
import { dateline, quorumNeeds } from "../../src/workbook/layout/words";
import { voteWordsOf } from "../../src/workbook/vocabulary";

describe("lineCount", () => {
  it("wraps at spaces like a spreadsheet, with room to spare", () => {
    // Width 10 holds 11 characters a line.
    expect(lineCount("Bí thư", 10)).toBe(1);
    expect(lineCount("Phó Bí thư Tỉnh", 10)).toBe(2);
    expect(lineCount("aaaa bbbb cccc dddd", 10)).toBe(2);
    expect(lineCount("aaaaaa bbbbbb cccccc", 10)).toBe(3);
    expect(lineCount("", 10)).toBe(1);
  });

  it("breaks a word longer than the column and counts explicit line breaks", () => {
    expect(lineCount("x".repeat(25), 10)).toBe(3);
    expect(lineCount("một\nhai\nba", 10)).toBe(3);
  });

  it("counts composed characters, so decomposed Vietnamese wraps the same", () => {
    const composed = "Nguyễn Thị Hằng Nguyễn Thị Hằng";
    expect(lineCount(composed.normalize("NFD"), 12)).toBe(lineCount(composed, 12));
  });

  it("fits fewer characters of larger text", () => {
    expect(lineCount("KẾT QUẢ LẤY PHIẾU", 16, 11)).toBe(1);
    expect(lineCount("KẾT QUẢ LẤY PHIẾU", 16, 14)).toBe(2);
  });
});

describe("fitWidth", () => {
  it("fits the longest text plus two, within the bounds, counting composed characters", () => {
    const bounds = { min: 10, max: 30 };
    expect(fitWidth(["Bí thư", null], bounds)).toBe(10);
    expect(fitWidth(["Nguyễn Thị Hằng Nguyễn".normalize("NFD"), "x"], bounds)).toBe(24);
    expect(fitWidth(["x".repeat(50)], bounds)).toBe(30);
    expect(fitWidth([], bounds)).toBe(10);
    // A text on two lines is as wide as its longer line.
    expect(fitWidth(["x".repeat(20) + "\n" + "y".repeat(12)], bounds)).toBe(22);
  });

  it("sizes a column of 130,000 texts (a spread of that many arguments overflows the stack)", () => {
    const texts = Array.from({ length: 130_000 }, (_, i) => (i === 99_999 ? "x".repeat(20) : "a"));
    expect(fitWidth(texts, { min: 10, max: 100 })).toBe(22);
  });
});

describe("rowHeightFor", () => {
  it("grows with the lines and the font size, never below one line", () => {
    expect(rowHeightFor(1)).toBe(18);
    expect(rowHeightFor(0)).toBe(18);
    expect(rowHeightFor(3)).toBe(46);
    expect(rowHeightFor(1, 14)).toBeGreaterThan(rowHeightFor(1));
  });

  it("never exceeds Excel's tallest row, 409 points", () => {
    expect(rowHeightFor(29)).toBe(MAX_ROW_HEIGHT);
    expect(rowHeightFor(lineCount("chữ ".repeat(8_000), 28))).toBe(409);
  });
});

describe("words", () => {
  it("dates the signatures as Nghị định 30/2020 writes dates", () => {
    expect(dateline({ year: 2023, month: 3, day: 29 }, "vi")).toBe(
      "…………, ngày 29 tháng 3 năm 2023"
    );
    expect(dateline({ year: 2023, month: 2, day: 2 }, "vi")).toBe(
      "…………, ngày 02 tháng 02 năm 2023"
    );
    expect(dateline({ year: 2023, month: 12, day: 5 }, "vi")).toBe(
      "…………, ngày 05 tháng 12 năm 2023"
    );
    expect(dateline({ year: 2023, month: 2, day: 2 }, "en")).toBe("…………, 2 February 2023");
  });

  it("names a no-confidence vote in its own words and states the quorum's minimum", () => {
    expect(voteWordsOf("qd96").title.vi).toBe("KẾT QUẢ LẤY PHIẾU TÍN NHIỆM");
    expect(voteWordsOf("nq96").title.vi).toBe("KẾT QUẢ LẤY PHIẾU TÍN NHIỆM");
    expect(voteWordsOf("nq96-btn").title.vi).toBe("KẾT QUẢ BỎ PHIẾU TÍN NHIỆM");
    expect(voteWordsOf("qd96").date.vi).toBe("Ngày lấy phiếu");
    expect(voteWordsOf("nq96-btn").date.vi).toBe("Ngày bỏ phiếu");
    expect(voteWordsOf("nq96-btn").place.vi).toBe("Nơi bỏ phiếu");
    expect(voteWordsOf("nq96-btn").caption.vi).toBe("Kết quả bỏ phiếu");
    expect(quorumNeeds(30, "vi")).toBe("Cần ít nhất 30 người có mặt.");
    expect(quorumNeeds(30, "en")).toBe("At least 30 must be present.");
  });
});
