// The documented limits on people and ballots (docs/workbook.md, “Limits”): at the limit a vote
// reads without a word; one past it stops at that row with a coded error, in bounded time.

import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../src/workbook/parse";
import { MAX_BALLOTS, MAX_PEOPLE } from "../../src/workbook/parse/limits";
import { found } from "./found";
import { standardGrids } from "./standard";

function rosterOf(people: number) {
  return standardGrids((sheets) => {
    sheets.roster.rows = [
      sheets.roster.rows[0]!,
      ...Array.from({ length: people }, (_, index) => [
        index + 1,
        `Người ${index + 1}`,
        "Ủy viên",
        null,
        null,
        null,
      ]),
    ];
    sheets.ballots.rows = [sheets.ballots.rows[0]!.slice(0, 2), [1, null]];
    sheets.handTally.rows = [sheets.handTally.rows[0]!];
  });
}

function ballotsOf(count: number) {
  return standardGrids((sheets) => {
    const [header, first] = sheets.ballots.rows;
    sheets.ballots.rows = [
      header!,
      ...Array.from({ length: count }, (_, i) => [i + 1, ...first!.slice(1)]),
    ];
  });
}

describe("the limit on people", () => {
  it(`reads ${MAX_PEOPLE} people without E047`, () => {
    expect(found(parseWorkbook(rosterOf(MAX_PEOPLE)).problems).map((p) => p.code)).not.toContain(
      "E047"
    );
  });

  it("stops at the next one, 130,000 rows or not: E047 at that person's name cell", () => {
    for (const people of [MAX_PEOPLE + 1, 130_000]) {
      const parsed = parseWorkbook(rosterOf(people));
      expect(found(parsed.problems)).toContainEqual({
        code: "E047",
        sheet: "Danh sách",
        cell: `B${MAX_PEOPLE + 2}`,
      });
      expect(parsed.input).toBeNull();
    }
  });
});

describe("the limit on ballots", () => {
  it(`reads ${MAX_BALLOTS} ballots without E048`, () => {
    expect(found(parseWorkbook(ballotsOf(MAX_BALLOTS)).problems).map((p) => p.code)).not.toContain(
      "E048"
    );
  });

  it("stops at the next one: E048 at its number cell", () => {
    const parsed = parseWorkbook(ballotsOf(MAX_BALLOTS + 1));
    expect(found(parsed.problems)).toContainEqual({
      code: "E048",
      sheet: "Phiếu",
      cell: `A${MAX_BALLOTS + 2}`,
    });
    expect(parsed.input).toBeNull();
  });
});
