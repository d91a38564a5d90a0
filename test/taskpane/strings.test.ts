// The pane's words: both languages complete, numbers and cell references written as users read
// them.

import { describe, expect, it } from "vitest";
import { cellPlace, formatCount, LANGS, STRINGS } from "../../src/taskpane/strings";

/** Every fixed word of a strings object, by path; a message built from values counts by its
 * path alone (its words are checked where it is used). */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, `(${path})`]];
  return Object.entries(value as object).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
}

describe("STRINGS", () => {
  it("has every word in both languages, none empty, and most differ", () => {
    const vi = leaves(STRINGS.vi);
    const en = leaves(STRINGS.en);
    expect(en.map(([path]) => path)).toEqual(vi.map(([path]) => path));
    for (const [path, text] of [...vi, ...en]) expect(text.trim(), path).not.toBe("");
    const same = vi.filter(
      ([path, text]) => !text.startsWith("(") && en.find(([other]) => other === path)?.[1] === text
    );
    // Only names that stay as they are: the regulations' numbers, the languages' own names, "—".
    expect(same.map(([path]) => path)).toEqual([
      ".languageNames.vi",
      ".languageNames.en",
      ".regulationNames.qd96",
      ".regulationNames.nq96",
      ".notAvailable",
    ]);
    expect(LANGS).toEqual(["vi", "en"]);
  });

  it('says "trang" in Vietnamese, never "sheet"', () => {
    const sheetWords = leaves(STRINGS.vi).filter(([, text]) => /sheet/i.test(text));
    expect(sheetWords).toEqual([]);
    const built = [STRINGS.vi.templateCreated(["Phiếu"]), STRINGS.vi.templateRefused(["Phiếu"])];
    for (const text of built) expect(text).not.toMatch(/sheet/i);
  });
});

describe("formatCount and cellPlace", () => {
  it("groups thousands the way each language does", () => {
    expect(formatCount(1234567, "vi")).toBe("1.234.567");
    expect(formatCount(1234567, "en")).toBe("1,234,567");
    expect(formatCount(0, "vi")).toBe("0");
  });

  it("quotes a sheet name as Excel does when it has spaces or signs", () => {
    expect(cellPlace("Phiếu", "D12")).toBe("Phiếu!D12");
    expect(cellPlace("Kiểm phiếu", "B3")).toBe("'Kiểm phiếu'!B3");
    expect(cellPlace("Bob's", "A1")).toBe("'Bob''s'!A1");
  });
});
