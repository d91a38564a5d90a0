// docs/problems.md and RULE_PROBLEMS describe the same codes: one entry per code, with the same
// severity, Vietnamese and English. The doc quotes every code's "Cần làm / What to do" (rules' and
// workbook's) verbatim from the catalogue, so that what the pane and the CLI show cannot drift.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_PROBLEMS, type RuleProblemCode } from "../../src/rules";
import { ALL_PROBLEMS } from "../../src/workbook/problems";

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

/** Every entry's text of one field ("- **Cần làm:** …" up to the next field), lines joined. */
function documentedField(field: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const section of DOC.split(/^### /m).slice(1)) {
    const code = /^([EW]\d\d\d) · /.exec(section)?.[1];
    const start = section.indexOf(`- **${field}:** `);
    if (code === undefined || start < 0) continue;
    const rest = section.slice(start + `- **${field}:** `.length);
    const end = rest.search(/^- \*\*|^$/m);
    texts.set(code, (end < 0 ? rest : rest.slice(0, end)).replace(/\s+/g, " ").trim());
  }
  return texts;
}

describe("each code's action", () => {
  const codes = Object.keys(ALL_PROBLEMS);

  it("is quoted verbatim by docs/problems.md, in both languages", () => {
    const vi = documentedField("Cần làm");
    const en = documentedField("What to do");
    for (const code of codes) {
      expect(vi.get(code), code).toBe(ALL_PROBLEMS[code]!.action.vi);
      expect(en.get(code), code).toBe(ALL_PROBLEMS[code]!.action.en);
    }
  });

  it("is one or two plain sentences, starting with a capital, without placeholders", () => {
    for (const code of codes) {
      for (const text of Object.values(ALL_PROBLEMS[code]!.action)) {
        expect(text, code).toMatch(/^\p{Lu}[^{}]*[.”]$/u);
        expect(text.split(/[.;:] /).length, code).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe("the Vietnamese of both catalogues", () => {
  it('says "trang", never "sheet" (placeholders aside)', () => {
    for (const [code, spec] of Object.entries(ALL_PROBLEMS)) {
      for (const text of [spec.vi, spec.action.vi]) {
        expect(text.replace(/\{\w+\}/g, ""), code).not.toMatch(/sheet/i);
      }
    }
  });
});
