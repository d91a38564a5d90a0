import { describe, expect, it } from "vitest";
import {
  bandConsequence,
  bandName,
  bandsOf,
  isQuorumBlocking,
  levelName,
  levelsOf,
  lowLevelOf,
  quorumLabel,
  quorumRuleText,
  quorumStateName,
  REGULATION_IDS,
  regulationName,
  minutesNotes,
  topLevelOf,
} from "../../src/rules";

describe("regulations", () => {
  it("lists each regulation's levels in ballot order, its low and top level", () => {
    expect(levelsOf("qd96")).toEqual(["high", "medium", "low"]);
    expect(levelsOf("nq96")).toEqual(["high", "medium", "low"]);
    expect(levelsOf("nq96-btn")).toEqual(["confidence", "noConfidence"]);
    expect(lowLevelOf("qd96")).toBe("low");
    expect(lowLevelOf("nq96")).toBe("low");
    expect(lowLevelOf("nq96-btn")).toBe("noConfidence");
    expect(topLevelOf("qd96")).toBe("high");
    expect(topLevelOf("nq96-btn")).toBe("confidence");
  });

  it("makes the quorum blocking for qd96 only", () => {
    expect(isQuorumBlocking("qd96")).toBe(true);
    expect(isQuorumBlocking("nq96")).toBe(false);
    expect(isQuorumBlocking("nq96-btn")).toBe(false);
  });

  it("has no two-thirds band for the no-confidence vote", () => {
    expect(bandsOf("qd96")).toEqual(["none", "over-half", "two-thirds"]);
    expect(bandsOf("nq96")).toEqual(["none", "over-half", "two-thirds"]);
    expect(bandsOf("nq96-btn")).toEqual(["none", "over-half"]);
  });

  it("names the levels in Vietnamese and English", () => {
    expect(levelName("high", "vi")).toBe("Tín nhiệm cao");
    expect(levelName("high", "en")).toBe("High confidence");
    expect(levelName("medium", "vi")).toBe("Tín nhiệm");
    expect(levelName("low", "vi")).toBe("Tín nhiệm thấp");
    expect(levelName("low", "en")).toBe("Low confidence");
    expect(levelName("confidence", "vi")).toBe("Tín nhiệm");
    expect(levelName("noConfidence", "vi")).toBe("Không tín nhiệm");
    expect(levelName("noConfidence", "en")).toBe("No confidence");
    expect(levelName("invalid", "vi")).toBe("Không hợp lệ");
  });

  it("names the regulations in full", () => {
    expect(regulationName("qd96", "vi")).toMatch(/^Quy định số 96-QĐ\/TW ngày 02\/02\/2023/);
    expect(regulationName("qd96", "en")).toMatch(/^Regulation 96-QĐ\/TW/);
    expect(regulationName("nq96", "vi")).toMatch(/^Nghị quyết số 96\/2023\/QH15/);
    expect(regulationName("nq96-btn", "vi")).toContain("bỏ phiếu tín nhiệm");
    expect(regulationName("nq96-btn", "en")).toContain("no-confidence");
  });

  it("states each band's consequence per regulation (rules.md section 5)", () => {
    expect(bandConsequence("qd96", "over-half", "vi")).toBe(
      "Đưa ra khỏi quy hoạch chức danh cao hơn; xem xét cho thôi giữ chức vụ"
    );
    expect(bandConsequence("qd96", "two-thirds", "vi")).toMatch(/miễn nhiệm/i);
    expect(bandConsequence("nq96", "over-half", "vi")).toContain("từ chức");
    expect(bandConsequence("nq96", "over-half", "en")).toContain("no-confidence vote");
    expect(bandConsequence("nq96", "two-thirds", "en")).toContain("proposes dismissal");
    expect(bandConsequence("nq96-btn", "over-half", "vi")).toContain("miễn nhiệm");
    for (const regulation of REGULATION_IDS) {
      expect(bandConsequence(regulation, "none", "vi")).toBe("Không phải xử lý");
      expect(bandConsequence(regulation, "none", "en")).toBe("No consequence");
    }
  });

  it("keeps every band text short enough for a table cell, in both languages", () => {
    for (const regulation of REGULATION_IDS) {
      for (const band of bandsOf(regulation)) {
        for (const lang of ["vi", "en"] as const) {
          expect(bandConsequence(regulation, band, lang).length).toBeLessThanOrEqual(110);
          expect(bandName(regulation, band, lang).length).toBeLessThanOrEqual(50);
        }
      }
    }
  });

  it("says the consequence without naming the band again: the band has one name", () => {
    for (const regulation of REGULATION_IDS) {
      for (const band of bandsOf(regulation)) {
        for (const lang of ["vi", "en"] as const) {
          const consequence = bandConsequence(regulation, band, lang);
          expect(consequence, `${regulation} ${band} ${lang}`).not.toMatch(
            /50%|2\/3|two thirds|quá nửa|over half|tín nhiệm thấp|low confidence/i
          );
        }
      }
    }
  });

  it("names the attendance check and its two states once for every regulation", () => {
    expect(quorumLabel("vi")).toBe("Tỷ lệ có mặt");
    expect(quorumStateName(true, "vi")).toBe("Đủ 2/3");
    expect(quorumStateName(false, "vi")).toBe("Không đủ 2/3");
    expect(quorumStateName(true, "en")).toBe("Two thirds present");
    expect(quorumStateName(false, "en")).toBe("Under two thirds present");
  });

  it("names the bands", () => {
    expect(bandName("qd96", "none", "vi")).toBe("Không quá 50% tín nhiệm thấp");
    expect(bandName("qd96", "two-thirds", "en")).toBe("Low confidence two thirds or more");
    expect(bandName("nq96", "over-half", "vi")).toBe("Quá nửa đến dưới 2/3 tín nhiệm thấp");
    // The resolution says "quá nửa" where the Politburo's regulation says "trên 50%".
    expect(bandName("nq96", "none", "vi")).toBe("Không quá nửa tín nhiệm thấp");
    expect(bandName("nq96-btn", "over-half", "vi")).toBe("Quá nửa không tín nhiệm");
  });

  it("writes the minutes' notes in plain words: the base, then when each band applies and what follows", () => {
    for (const regulation of REGULATION_IDS) {
      const vi = minutesNotes(regulation, "vi");
      const en = minutesNotes(regulation, "en");
      expect(vi[0]).toContain("tổng số phiếu thu về");
      expect(en[0]).toContain("ballots collected");
      // One line per band above the lowest, naming the band and its consequence.
      const bands = bandsOf(regulation).filter((band) => band !== "none");
      expect(vi).toHaveLength(1 + bands.length);
      bands.forEach((band, i) => {
        expect(vi[i + 1]).toContain(bandName(regulation, band, "vi"));
        expect(vi[i + 1]?.toLowerCase()).toContain(
          bandConsequence(regulation, band, "vi").toLowerCase()
        );
        expect(vi[i + 1]).toContain("cấp có thẩm quyền");
        expect(en[i + 1]).toContain("competent authority");
      });
      // No formula: the thresholds are said in words.
      for (const note of [...vi, ...en]) expect(note).not.toMatch(/[×≥>]/u);
      expect(vi.join("\n")).toContain("đúng một nửa thì chưa đến mức này");
    }
    expect(minutesNotes("qd96", "vi").join("\n")).toContain("Điều 11 Quy định 96-QĐ/TW");
    expect(minutesNotes("nq96-btn", "vi").join("\n")).toContain("Điều 17");
  });

  it("states the quorum rule with its comparison", () => {
    expect(quorumRuleText("qd96", "vi")).toContain("3 × có mặt ≥ 2 × triệu tập");
    expect(quorumRuleText("qd96", "en")).toContain("3 × present ≥ 2 × summoned");
    expect(quorumRuleText("nq96", "en")).toContain("warning");
    expect(quorumRuleText("nq96-btn", "vi")).toContain("cảnh báo");
  });
});
