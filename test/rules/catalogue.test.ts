// docs/problems.md and RULE_PROBLEMS describe the same codes: one entry per code, with the same
// severity, Vietnamese and English.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_PROBLEMS, type RuleProblemCode } from "../../src/rules";

const DOC = readFileSync(new URL("../../docs/problems.md", import.meta.url), "utf8");

/** The rules' entries of the document: "### E101 · Lỗi / Error" and the text up to the next. */
function documentedEntries(): Map<string, { severity: string; body: string }> {
  const entries = new Map<string, { severity: string; body: string }>();
  const sections = DOC.split(/^### /m).slice(1);
  for (const section of sections) {
    const match = /^([EW][1-3]\d\d) · (.+)$/m.exec(section);
    if (match === null) continue;
    const [, code = "", severity = ""] = match;
    expect(entries.has(code), `${code} is documented twice`).toBe(false);
    entries.set(code, { severity, body: section });
  }
  return entries;
}

describe("docs/problems.md", () => {
  const entries = documentedEntries();

  it("starts with an introduction and a Rules section", () => {
    expect(DOC).toMatch(/^# .+\n\n\S/);
    expect(DOC).toContain("\n## Quy tắc / Rules\n");
  });

  it("documents every code of the catalogue", () => {
    const missing = Object.keys(RULE_PROBLEMS).filter((code) => !entries.has(code));
    expect(missing).toEqual([]);
  });

  it("documents no rules code that the catalogue lacks", () => {
    const unknown = [...entries.keys()].filter((code) => !Object.hasOwn(RULE_PROBLEMS, code));
    expect(unknown).toEqual([]);
    // Any E1xx–E3xx / W1xx–W3xx mentioned as a heading anywhere is an entry.
    const headings = [...DOC.matchAll(/^#+ ([EW][1-3]\d\d)\b/gm)].map((match) => match[1]);
    expect(headings.length).toBe(entries.size);
  });

  it("states each code's severity as the catalogue does", () => {
    for (const [code, { severity }] of entries) {
      const expected =
        RULE_PROBLEMS[code as RuleProblemCode].severity === "error"
          ? "Lỗi / Error"
          : "Cảnh báo / Warning";
      expect(severity, code).toBe(expected);
    }
  });

  it("gives each entry its meaning, example and action, Vietnamese first", () => {
    const fields = ["Nghĩa", "Ví dụ", "Cần làm", "Meaning", "Example", "What to do"];
    for (const [code, { body }] of entries) {
      const positions = fields.map((field) => body.indexOf(`- **${field}:**`));
      expect(
        positions.every((position) => position >= 0),
        code
      ).toBe(true);
      expect(
        [...positions].sort((a, b) => a - b),
        code
      ).toEqual(positions);
    }
  });
});
