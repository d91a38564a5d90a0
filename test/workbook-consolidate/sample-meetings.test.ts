import { describe, expect, it } from "vitest";
import { sampleMeetings } from "../../src/workbook/consolidate/sample-meetings";
import { parseWorkbook } from "../../src/workbook/parse";
import { standardWorkbookPlan } from "../../src/workbook/template";
import { planToGrids } from "../helpers/plan-to-grids";

describe("the two sample meetings", () => {
  const parsed = sampleMeetings().map(({ workbook }) =>
    parseWorkbook(planToGrids(standardWorkbookPlan(workbook)))
  );

  it("have a Mã column that parse takes as the ids, and read without an error", () => {
    for (const meeting of parsed) {
      expect(meeting.idColumn).toBe(true);
      expect(meeting.problems.filter((problem) => problem.severity === "error")).toEqual([]);
      expect(meeting.people.map((person) => person.id)).toContain("VP-001");
    }
  });

  it("state the workplace's kind and leave the Council's to the regulation", () => {
    expect(parsed.map((meeting) => meeting.details.placeKind?.value)).toEqual([
      undefined,
      "workplace",
    ]);
  });

  it("put the Council's vice-chair on both only when asked for three places", () => {
    const ids = (threePlaces: boolean) =>
      sampleMeetings({ threePlaces }).flatMap(({ workbook }) =>
        workbook.roster.map((row) => row.id)
      );
    expect(ids(false)).not.toContain("VP-005");
    expect(ids(true).filter((id) => id === "VP-005")).toHaveLength(2);
  });
});
