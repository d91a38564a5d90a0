// The template and the sample read back by parse and counted by the rules, as the add-in and the
// command line will: through planToGrids, the grids a shell would hand over.

import { describe, expect, it } from "vitest";
import { bandsOf, lowLevelOf, tally, type Problem, type RegulationId } from "../../src/rules";
import { parseWorkbook } from "../../src/workbook/parse";
import type { PlanCell, WritePlan } from "../../src/workbook/plan";
import { SAMPLE_DEFAULTS, samplePlan, sampleRoleAt } from "../../src/workbook/sample";
import { checkWorkbook, describeProblem } from "../../src/workbook/run";
import { TEMPLATE_DEFAULT_PEOPLE, templatePlan } from "../../src/workbook/template";
import {
  BALLOT_HEADERS,
  MEETING_LABELS,
  ROSTER_HEADERS,
  SHEETS,
} from "../../src/workbook/vocabulary";
import { planToGrids } from "../helpers/plan-to-grids";
import { gridOf, tableOf } from "./plan-checks";

const show = (problems: readonly Problem[]) =>
  problems.map(
    (p) => `${p.code} ${p.refs[0]?.sheet}!${p.refs[0]?.cell} ${JSON.stringify(p.params)}`
  );

/** What a user types into a sheet: text at `at`, like a shell writing it (text cells "@"). */
/** The template with the meeting figures and the roster typed in, as a user would. */
function filledTemplate(
  regulation: RegulationId,
  collected: number,
  people: readonly (readonly [name: string, position: string])[],
  rows = people.length
): WritePlan {
  let plan = templatePlan({ lang: "vi", people: rows, regulation });
  const meeting = gridOf(plan, SHEETS.meeting.vi);
  const rowOf = (key: keyof typeof MEETING_LABELS) =>
    meeting.top + meeting.values.findIndex((row) => row[0] === MEETING_LABELS[key].vi);
  const figures = { date: "05/10/2023", summoned: 6, present: 5, issued: 5, collected };
  for (const [key, value] of Object.entries(figures)) {
    plan = typed(plan, SHEETS.meeting.vi, `B${rowOf(key as keyof typeof figures)}`, [[value]]);
  }
  const roster = tableOf(plan, SHEETS.roster.vi, ROSTER_HEADERS.order.vi);
  return typed(
    plan,
    SHEETS.roster.vi,
    `B${roster.headerRow + 1}`,
    people.map((p) => [...p])
  );
}

function typed(plan: WritePlan, sheet: string, at: string, values: PlanCell[][]): WritePlan {
  return {
    sheets: plan.sheets.map((write) =>
      write.sheet !== sheet
        ? write
        : {
            ...write,
            blocks: [
              ...write.blocks,
              {
                at,
                values,
                numberFormats: values.map((row) =>
                  row.map((value) => (typeof value === "string" ? "@" : "General"))
                ),
              },
            ],
          }
    ),
  };
}

describe("the template read back", () => {
  it.each(["vi", "en"] as const)(
    "checks with one clear problem per blank meeting value and one for the empty roster (%s)",
    (lang) => {
      const plan = templatePlan({ lang });
      const checked = checkWorkbook(planToGrids(plan));
      expect(checked.parsed.sheets).toEqual({
        meeting: SHEETS.meeting.vi,
        roster: SHEETS.roster.vi,
        ballots: SHEETS.ballots.vi,
        handTally: SHEETS.handTally.vi,
      });
      // The numbered rows of the roster wait for people: they are nobody, and neither are the
      // ballot columns prepared for them.
      const roster = tableOf(plan, SHEETS.roster.vi, ROSTER_HEADERS.order.vi);
      const required = ["date", "regulation", "summoned", "present", "issued", "collected"];
      expect(show(checked.problems)).toEqual([
        ...required.map((key) =>
          expect.stringMatching(
            `^E007 ${SHEETS.meeting.vi}!B\\d+ .*"field":"${MEETING_LABELS[key as keyof typeof MEETING_LABELS].vi}"`
          )
        ),
        `E022 ${SHEETS.roster.vi}!B${roster.headerRow + 1} ${JSON.stringify({
          sheet: SHEETS.roster.vi,
          cell: `B${roster.headerRow + 1}`,
        })}`,
      ]);
      expect(describeProblem(checked.problems.at(-1)!, "vi")).toBe(
        `Trang “${SHEETS.roster.vi}” chưa có ai được lấy phiếu: hãy nhập họ và tên người đầu tiên vào ô B${roster.headerRow + 1}.`
      );
    }
  );

  it.each([
    ["cleared", ""],
    ["left as they are", undefined],
  ] as const)(
    "checks clean once 5 of its 10 rows are filled in, the STT of the others %s",
    (_, stt) => {
      const five = Array.from({ length: 5 }, (_, i) => [`Người ${i + 1}`, "Phó Giám đốc"] as const);
      let plan = filledTemplate("qd96", 4, five, TEMPLATE_DEFAULT_PEOPLE);
      const roster = tableOf(plan, SHEETS.roster.vi, ROSTER_HEADERS.order.vi);
      if (stt !== undefined) {
        const blanks = Array.from({ length: 5 }, () => [stt]);
        plan = typed(plan, SHEETS.roster.vi, `A${roster.headerRow + 6}`, blanks);
      }
      const ballots = tableOf(plan, SHEETS.ballots.vi, BALLOT_HEADERS.number.vi);
      plan = typed(plan, SHEETS.ballots.vi, `A${ballots.headerRow + 1}`, [
        [1, null, "1", "1", "2", "3", "T"],
        [2, null, "2", "1", "1", "1", "1"],
        [3, null, "1", "3", "2", "1", "1"],
        [4, null, "1", "1", "1", "2", "2"],
      ]);
      const checked = checkWorkbook(planToGrids(plan));
      expect(show(checked.problems)).toEqual([]);
      expect(checked.blocked).toBe(false);
      expect(checked.result?.people.map((person) => person.name)).toEqual(five.map(([n]) => n));
    }
  );

  it.each(["qd96", "nq96-btn"] as const)(
    "once filled in by hand, parses and counts without a single problem (%s)",
    (regulation) => {
      let plan = filledTemplate(regulation, 4, [
        ["Nguyễn Văn An", "Bí thư"],
        ["Trần Thị Bình", "Phó Bí thư"],
        ["Lê Văn Cường", "Chánh Văn phòng"],
      ]);
      const ballots = tableOf(plan, SHEETS.ballots.vi, BALLOT_HEADERS.number.vi);
      const codes = regulation === "qd96" ? ["1", "T", "3"] : ["1", "K", "0"];
      plan = typed(plan, SHEETS.ballots.vi, `A${ballots.headerRow + 1}`, [
        [1, null, ...codes],
        [2, null, ...codes],
        [3, null, null, codes[0]!, codes[1]!],
        [4, "x", null, null, null],
      ]);
      const parsed = parseWorkbook(planToGrids(plan));
      expect(show(parsed.problems)).toEqual([]);
      // The hand tally was left empty: it was not used, so nothing is checked against it.
      expect(parsed.input?.handTally).toBeUndefined();
      const result = tally(parsed.input!);
      expect(show(result.problems)).toEqual([]);
      expect(result.blocked).toBe(false);
      expect(result.meeting).toMatchObject({ collected: 4, validBallots: 3, invalidBallots: 1 });
    }
  );

  it("counts a template filled in through the hand tally alone, its empty Phiếu not used", () => {
    let plan = filledTemplate("qd96", 5, [
      ["Nguyễn Văn An", "Bí thư"],
      ["Trần Thị Bình", "Phó Bí thư"],
    ]);
    const handTally = tableOf(plan, SHEETS.handTally.vi, ROSTER_HEADERS.order.vi);
    plan = typed(plan, SHEETS.handTally.vi, `A${handTally.headerRow + 1}`, [
      [1, "Nguyễn Văn An", 3, 1, 1, 0],
      [2, "Trần Thị Bình", 1, 1, 3, 0],
    ]);
    const parsed = parseWorkbook(planToGrids(plan));
    expect(show(parsed.problems)).toEqual([]);
    expect(parsed.input?.ballots).toBeUndefined();
    const result = tally(parsed.input!);
    expect(show(result.problems)).toEqual([]);
    expect(result.people.map((person) => person.band)).toEqual(["none", "over-half"]);
  });
});

describe("the sample read back", () => {
  it.each([
    ["qd96", 42, 15],
    ["nq96", 42, 15],
    ["nq96-btn", 42, 15],
    ["qd96", 12, 8],
    ["nq96", 301, 40],
  ] as const)(
    "parses and counts with only the written-in name's warning, every band present (%s, %i ballots, %i people)",
    (regulation: RegulationId, ballots: number, people: number) => {
      const parsed = parseWorkbook(planToGrids(samplePlan({ regulation, ballots, people })));
      expect(show(parsed.problems)).toEqual([]);
      const result = tally(parsed.input!);
      // One voter wrote in a name (ignored, a warning); nothing else: in particular the hand
      // tally agrees with the ballots (double entry).
      expect(result.problems.map((problem) => problem.code)).toEqual(["W301"]);
      expect(result.problems[0]?.params).toMatchObject({ name: "Phạm Văn Lâm" });
      expect(result.blocked).toBe(false);
      expect(parsed.input!.handTally!.length).toBe(people - 3);

      const { meeting } = result;
      expect(meeting.quorumMet).toBe(true);
      expect(meeting.collected).toBe(ballots);
      expect(meeting.validBallots! + meeting.invalidBallots!).toBe(ballots);
      expect(meeting.invalidBallots).toBeGreaterThanOrEqual(1);

      const voted = result.people.filter((person) => person.exclusion === null);
      for (const person of voted) {
        const counts = Object.values(person.counts!) as number[];
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(ballots);
        expect(person.counts!.invalid).toBeGreaterThanOrEqual(meeting.invalidBallots!);
      }
      expect(new Set(voted.map((person) => person.band))).toEqual(new Set(bandsOf(regulation)));
      // The boundaries: exactly half stays none; two thirds (rounded up) is the top band.
      const low = lowLevelOf(regulation);
      const half = voted.find((person) => person.counts![low] === Math.floor(ballots / 2));
      expect(half?.band).toBe("none");

      const excluded = result.people.filter((person) => person.exclusion !== null);
      expect(excluded.map((person) => person.exclusion!.kind)).toEqual([
        "retirement",
        "appointed-this-year",
        "other",
      ]);
      const roles = excluded.map((person) => sampleRoleAt(Number(person.id) - 1, people));
      expect(roles).toEqual(["retirement", "appointed", "other-reason"]);
      expect(excluded.every((person) => person.counts === null && person.band === null)).toBe(true);
    }
  );

  it("reads the default sample's meeting as written", () => {
    const parsed = parseWorkbook(planToGrids(samplePlan({})));
    expect(parsed.input!.meeting.regulation).toBe(SAMPLE_DEFAULTS.regulation);
    expect(parsed.input!.meeting.date.value).toEqual({ year: 2023, month: 11, day: 15 });
    expect(parsed.details.countingMembers).toHaveLength(2);
    expect(parsed.input!.people).toHaveLength(SAMPLE_DEFAULTS.people);
    expect(parsed.input!.ballots).toHaveLength(SAMPLE_DEFAULTS.ballots);
  });
});
