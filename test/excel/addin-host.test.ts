// The add-in's host over the fake Excel: check, tally and write, template; sync budgets.

import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../src/excel/addin-host";
import { applyPlan } from "../../src/excel/apply";
import { cellAt, FakeExcel, findSheet, keyPosition, workbookOf } from "../../src/fake-excel";
import { DEFAULT_SETTINGS } from "../../src/rules/types";
import { samplePlan, type SampleOptions } from "../../src/workbook/sample";
import { MEETING_LABELS, SHEETS } from "../../src/workbook/vocabulary";

const OPTIONS = { lang: "vi", settings: DEFAULT_SETTINGS } as const;

/** A fake Excel holding the sample workbook, its sync log emptied. */
async function sampleExcel(options: SampleOptions, apiVersion?: string): Promise<FakeExcel> {
  const fake = new FakeExcel(workbookOf({ Sheet1: [] }), apiVersion ? { apiVersion } : {});
  await fake.run((context) => applyPlan(context, samplePlan(options), fake.support));
  fake.syncs.length = 0;
  return fake;
}

function hostOf(fake: FakeExcel) {
  return createExcelHost({ run: fake.run, support: fake.support });
}

/** Sets the value next to a label of the meeting sheet. */
function setMeetingValue(fake: FakeExcel, label: string, value: number): void {
  const meeting = findSheet(fake.workbook, SHEETS.meeting.vi)!;
  const [key] = [...meeting.cells].find(([, cell]) => cell.value === label)!;
  const { row, column } = keyPosition(key);
  cellAt(meeting, row, column + 1).value = value;
}

describe("tallyAndWrite", () => {
  it.each([
    { ballots: 12, people: 10 },
    { ballots: 1000, people: 100 },
  ])("reads in 1 sync and writes in at most 2: $ballots ballots × $people people", async (size) => {
    const fake = await sampleExcel(size);
    const host = hostOf(fake);
    await host.check(OPTIONS);
    expect(fake.syncs).toHaveLength(1);
    fake.syncs.length = 0;
    const outcome = await host.tallyAndWrite(OPTIONS);
    expect(outcome.report.blocked).toBe(false);
    expect(outcome.written).toBe(true);
    const writes = fake.syncs.length - 1;
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThanOrEqual(2);
    expect(fake.syncs.every((sync) => sync.requestBytes > 0)).toBe(true);
    expect(fake.syncs[0]!.responseBytes).toBeGreaterThan(size.ballots * size.people);
    const results = findSheet(fake.workbook, SHEETS.results.vi);
    expect(results).not.toBeNull();
    expect(fake.workbook.activeSheet).toBe(SHEETS.results.vi);
    if (!outcome.written) throw new Error("the sample must be written");
    expect(Object.values(outcome.bands).reduce((a, b) => a + b, 0)).toBe(size.people);
    expect(outcome.bands["two-thirds"]).toBeGreaterThan(0);
    expect(outcome.bands.excluded).toBe(3);
  });

  it("writes nothing at all while a blocking error stands", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    setMeetingValue(fake, MEETING_LABELS.present.vi, 1);
    const before = JSON.stringify(fake.workbook, mapsAsArrays);
    const outcome = await hostOf(fake).tallyAndWrite(OPTIONS);
    expect(outcome.written).toBe(false);
    expect(outcome.report.blocked).toBe(true);
    expect(outcome.report.problems.some((problem) => problem.severity === "error")).toBe(true);
    // No band, no count under an error: the pane has nothing to show but the problems.
    expect(outcome).not.toHaveProperty("bands");
    expect(outcome.report.meeting).toMatchObject({ validBallots: null, invalidBallots: null });
    expect(fake.syncs).toHaveLength(1);
    expect(JSON.stringify(fake.workbook, mapsAsArrays)).toBe(before);
  });

  it("says when page setup was skipped, in the pane's language", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 }, "1.8");
    const outcome = await hostOf(fake).tallyAndWrite({ ...OPTIONS, lang: "en" });
    expect(outcome.written).toBe(true);
    expect(outcome.notices).toHaveLength(1);
    expect(outcome.notices[0]).toMatch(/^Page setup skipped/);
  });
});

describe("check", () => {
  it("reports problems with their cells and messages in the pane's language", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    setMeetingValue(fake, MEETING_LABELS.present.vi, 1);
    const vi = await hostOf(fake).check(OPTIONS);
    const en = await hostOf(fake).check({ ...OPTIONS, lang: "en" });
    expect(vi.regulation).toBe("qd96");
    expect(vi.blocked).toBe(true);
    const error = vi.problems.find((problem) => problem.severity === "error")!;
    expect(error.sheet).toBeTruthy();
    expect(error.cell).toMatch(/^[A-Z]+[0-9]+$/);
    const sameInEnglish = en.problems.find((problem) => problem.code === error.code)!;
    expect(sameInEnglish.message).not.toBe(error.message);
    expect(fake.syncs).toHaveLength(2);
  });
});

describe("check of a workbook whose ballots cannot be read", () => {
  it("still shows the meeting's figures, with no ballot counts", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    const ballots = findSheet(fake.workbook, SHEETS.ballots.vi)!;
    // The last "1" is an entry (the first ones are column headers naming people by STT).
    const [key] = [...ballots.cells].filter(([, cell]) => cell.value === "1").at(-1)!;
    const { row, column } = keyPosition(key);
    cellAt(ballots, row, column).value = "??";
    const report = await hostOf(fake).check(OPTIONS);
    expect(report.blocked).toBe(true);
    expect(report.problems.map((problem) => problem.code)).toContain("E034");
    expect(report.regulation).toBe("qd96");
    expect(report.meeting).toMatchObject({ validBallots: null, invalidBallots: null });
    expect(report.meeting?.collected).toBe(12);
    expect(report.meeting?.quorumMet).toBe(true);
  });
});

describe("createTemplate", () => {
  it("adds the standard sheets to a workbook without them", async () => {
    const fake = new FakeExcel(workbookOf({ Sheet1: [] }));
    const outcome = await hostOf(fake).createTemplate("vi");
    expect(outcome).toEqual({ created: expect.arrayContaining([SHEETS.roster.vi]) });
    expect(findSheet(fake.workbook, SHEETS.meeting.vi)).not.toBeNull();
  });

  it("refuses when any standard sheet exists, under any accepted spelling", async () => {
    const fake = new FakeExcel(workbookOf({ Sheet1: [["keep"]], " roster ": [] }));
    const outcome = await hostOf(fake).createTemplate("en");
    expect(outcome).toEqual({ refused: true, existing: [" roster "] });
    expect(fake.workbook.sheets).toHaveLength(2);
  });
});

describe("selectCell and showResults", () => {
  it("select the cell of a problem and bring the result sheet forward", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    const host = hostOf(fake);
    await host.tallyAndWrite(OPTIONS);
    await host.selectCell(SHEETS.ballots.vi, "B3");
    expect(fake.workbook.selection).toEqual({ sheet: SHEETS.ballots.vi, address: "B3" });
    await host.showResults();
    expect(fake.workbook.activeSheet).toBe(SHEETS.results.vi);
  });
});

/** JSON.stringify replacer that keeps Map contents. */
function mapsAsArrays(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value] : value;
}
