// docs/problems.md and the file and command-line catalogues (F0xx, U0xx, X001) describe the same
// codes, with the same next step word for word, Vietnamese first.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { USAGE_PROBLEMS } from "../../src/cli/usage-problems";
import { FILE_PROBLEMS, type ActionCatalogue } from "../../src/xlsx/file-problems";

const DOC = readFileSync(new URL("../../docs/problems.md", import.meta.url), "utf8");
const CATALOGUE: ActionCatalogue = { ...FILE_PROBLEMS, ...USAGE_PROBLEMS };

/** "### F001 · Lỗi / Error" and its text up to the next entry, with wrapped lines joined. */
function documentedEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const section of DOC.split(/^### /m).slice(1)) {
    const match = /^([FUX]\d\d\d) · Lỗi \/ Error\n/.exec(section);
    if (match === null) continue;
    const code = match[1] ?? "";
    expect(entries.has(code), `${code} is documented twice`).toBe(false);
    const body = section.split(/^## /m)[0] ?? "";
    entries.set(code, body.replace(/\n {2}/g, " "));
  }
  return entries;
}

function field(body: string, name: string): string | undefined {
  return new RegExp(`^- \\*\\*${name}:\\*\\* (.+)$`, "m").exec(body)?.[1];
}

describe("the file and command-line codes in docs/problems.md", () => {
  const entries = documentedEntries();

  it("documents every code of the catalogues and no other", () => {
    expect([...entries.keys()].sort()).toEqual(Object.keys(CATALOGUE).sort());
    const headings = [...DOC.matchAll(/^#+ ([FUX]\d\d\d)\b/gm)].map((m) => m[1]);
    expect(headings).toHaveLength(entries.size);
  });

  it("gives each its meaning, example and next step, Vietnamese first", () => {
    const fields = ["Nghĩa", "Ví dụ", "Cần làm", "Meaning", "Example", "What to do"];
    for (const [code, body] of entries) {
      const positions = fields.map((name) => body.indexOf(`- **${name}:**`));
      expect(
        positions.every((p) => p >= 0),
        code
      ).toBe(true);
      expect(
        [...positions].sort((a, b) => a - b),
        code
      ).toEqual(positions);
    }
  });

  it("states the catalogue's next step word for word, short and ending in a full stop", () => {
    for (const [code, body] of entries) {
      const { action } = CATALOGUE[code]!;
      expect(field(body, "Cần làm"), code).toBe(action.vi);
      expect(field(body, "What to do"), code).toBe(action.en);
      for (const text of [action.vi, action.en]) {
        expect(text, code).toMatch(/^\S.{0,100}\.$/);
      }
    }
  });

  it("says trang, never sheet, to a Vietnamese reader", () => {
    for (const [code, spec] of Object.entries(CATALOGUE)) {
      expect(`${spec.vi} ${spec.action.vi}`, code).not.toMatch(/\bsheet\b/i);
      expect(field(entries.get(code) ?? "", "Nghĩa"), code).not.toMatch(/\bsheet\b/i);
    }
  });
});
