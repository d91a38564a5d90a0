// docs/problems.md as the catalogue tests read it: one entry per "### CODE · Severity" heading,
// its wrapped lines joined, and the fields every entry has in the same order, Vietnamese first.

import { readFileSync } from "node:fs";
import { expect } from "vitest";

export const PROBLEMS_DOC = readFileSync(
  new URL("../../docs/problems.md", import.meta.url),
  "utf8"
);

export const ENTRY_FIELDS = ["Nghĩa", "Ví dụ", "Cần làm", "Meaning", "Example", "What to do"];

export interface DocEntry {
  /** "Lỗi / Error" or "Cảnh báo / Warning", as the heading says. */
  readonly severity: string;
  /** The entry's text up to the next entry or section, each wrapped line joined to its field. */
  readonly body: string;
}

/** The entries whose code matches `code` (a pattern for the whole code, e.g. /[FUX]\d\d\d/). */
export function documentedEntries(code: RegExp): Map<string, DocEntry> {
  const heading = new RegExp(`^(${code.source}) · (.+)$`, "m");
  const entries = new Map<string, DocEntry>();
  for (const section of PROBLEMS_DOC.split(/^### /m).slice(1)) {
    const match = heading.exec(section);
    if (match === null || match.index !== 0) continue;
    const [, found = "", severity = ""] = match;
    expect(entries.has(found), `${found} is documented twice`).toBe(false);
    const body = (section.split(/^## /m)[0] ?? "").replace(/\n {2}/g, " ");
    entries.set(found, { severity, body });
  }
  return entries;
}

/** One field's text ("- **Cần làm:** …"), or undefined when the entry lacks it. */
export function docField(body: string, name: string): string | undefined {
  return new RegExp(`^- \\*\\*${name}:\\*\\* (.+)$`, "m").exec(body)?.[1];
}

/** Every field present, in ENTRY_FIELDS' order. */
export function expectFieldsInOrder(code: string, body: string): void {
  const positions = ENTRY_FIELDS.map((name) => body.indexOf(`- **${name}:**`));
  expect(
    positions.every((position) => position >= 0),
    code
  ).toBe(true);
  expect(
    [...positions].sort((a, b) => a - b),
    code
  ).toEqual(positions);
}
