// docs/problems.md and the file and command-line catalogues (F0xx, U0xx, X001) describe the same
// codes, with the same next step word for word, Vietnamese first.

import { describe, expect, it } from "vitest";
import { USAGE_PROBLEMS } from "../../src/cli/usage-problems";
import { FILE_PROBLEMS, type ActionCatalogue } from "../../src/xlsx/file-problems";
import {
  docField,
  documentedEntries,
  expectFieldsInOrder,
  PROBLEMS_DOC,
} from "../helpers/problems-doc";

const CATALOGUE: ActionCatalogue = { ...FILE_PROBLEMS, ...USAGE_PROBLEMS };

describe("the file and command-line codes in docs/problems.md", () => {
  const entries = documentedEntries(/[FUX]\d\d\d/);

  it("documents every code of the catalogues and no other", () => {
    expect([...entries.keys()].sort()).toEqual(Object.keys(CATALOGUE).sort());
    const headings = [...PROBLEMS_DOC.matchAll(/^#+ ([FUX]\d\d\d)\b/gm)].map((m) => m[1]);
    expect(headings).toHaveLength(entries.size);
  });

  it("gives each its meaning, example and next step, Vietnamese first, as an error", () => {
    for (const [code, { severity, body }] of entries) {
      expect(severity, code).toBe("Lỗi / Error");
      expectFieldsInOrder(code, body);
    }
  });

  it("states the catalogue's next step word for word, short and ending in a full stop", () => {
    for (const [code, { body }] of entries) {
      const { action } = CATALOGUE[code]!;
      expect(docField(body, "Cần làm"), code).toBe(action.vi);
      expect(docField(body, "What to do"), code).toBe(action.en);
      for (const text of [action.vi, action.en]) {
        expect(text, code).toMatch(/^\S.{0,100}\.$/);
      }
    }
  });

  it("says trang, never sheet, to a Vietnamese reader", () => {
    for (const [code, spec] of Object.entries(CATALOGUE)) {
      expect(`${spec.vi} ${spec.action.vi}`, code).not.toMatch(/\bsheet\b/i);
      expect(docField(entries.get(code)?.body ?? "", "Nghĩa"), code).not.toMatch(/\bsheet\b/i);
    }
  });
});
