// docs/problems.md and RULE_PROBLEMS describe the same codes: one entry per code, with the same
// severity, Vietnamese and English. The doc quotes every code's "Cần làm / What to do" (rules' and
// workbook's) verbatim from the catalogue, so that what the pane and the CLI show cannot drift.

import { describe, expect, it } from "vitest";
import { RULE_PROBLEMS, type RuleProblemCode } from "../../src/rules";
import { ALL_PROBLEMS } from "../../src/workbook/problems";
import {
  docField,
  documentedEntries,
  expectFieldsInOrder,
  PROBLEMS_DOC,
} from "../helpers/problems-doc";

describe("docs/problems.md", () => {
  const entries = documentedEntries(/[EW][1-3]\d\d/);

  it("starts with an introduction and a Rules section", () => {
    expect(PROBLEMS_DOC).toMatch(/^# .+\n\n\S/);
    expect(PROBLEMS_DOC).toContain("\n## Quy tắc / Rules\n");
  });

  it("documents every code of the catalogue", () => {
    const missing = Object.keys(RULE_PROBLEMS).filter((code) => !entries.has(code));
    expect(missing).toEqual([]);
  });

  it("documents no rules code that the catalogue lacks", () => {
    const unknown = [...entries.keys()].filter((code) => !Object.hasOwn(RULE_PROBLEMS, code));
    expect(unknown).toEqual([]);
    // Any E1xx–E3xx / W1xx–W3xx mentioned as a heading anywhere is an entry.
    const headings = [...PROBLEMS_DOC.matchAll(/^#+ ([EW][1-3]\d\d)\b/gm)].map((match) => match[1]);
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
    for (const [code, { body }] of entries) expectFieldsInOrder(code, body);
  });
});

describe("each code's action", () => {
  const codes = Object.keys(ALL_PROBLEMS);

  it("is quoted verbatim by docs/problems.md, in both languages", () => {
    const entries = documentedEntries(/[EW]\d\d\d/);
    for (const code of codes) {
      const body = entries.get(code)?.body ?? "";
      expect(docField(body, "Cần làm"), code).toBe(ALL_PROBLEMS[code]!.action.vi);
      expect(docField(body, "What to do"), code).toBe(ALL_PROBLEMS[code]!.action.en);
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
