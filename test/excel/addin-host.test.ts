// The add-in's host over the fake Excel: check, tally and write, template; sync budgets.

import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../src/excel/addin-host";
import { applyPlan } from "../../src/excel/apply";
import { HostError } from "../../src/excel/office-errors";
import { warningKey } from "../../src/excel/host";
import {
  cellAt,
  cellKey,
  FakeExcel,
  findSheet,
  keyPosition,
  workbookOf,
} from "../../src/fake-excel";
import { cellAddress } from "../../src/workbook/layout/a1";
import { samplePlan, type SampleOptions } from "../../src/workbook/sample";
import { MEETING_LABELS, SHEETS } from "../../src/workbook/vocabulary";

const OPTIONS = { lang: "vi" } as const;

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

describe("tallyAndWrite after the user changed the workbook", () => {
  it("reads again: a position edited after the check is the one written", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    const host = hostOf(fake);
    const roster = findSheet(fake.workbook, SHEETS.roster.vi)!;
    const [key] = [...roster.cells].find(([, cell]) => cell.value === "Chức vụ")!;
    const header = keyPosition(key);
    const before = String(cellAt(roster, header.row + 1, header.column).value);
    expect((await host.check(OPTIONS)).blocked).toBe(false);
    fake.editAsUser(SHEETS.roster.vi, cellAddress(header.row + 1, header.column), "Chức vụ mới");
    const outcome = await host.tallyAndWrite(OPTIONS);
    expect(outcome.written).toBe(true);
    const written = [...findSheet(fake.workbook, SHEETS.results.vi)!.cells.values()].map(
      (cell) => cell.value
    );
    expect(written).toContain("Chức vụ mới");
    expect(written).not.toContain(before);
  });

  it("writes nothing when the change made a warning the user has not read", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    const host = hostOf(fake);
    const checked = await host.check(OPTIONS);
    const read = checked.problems.filter((p) => p.severity === "warning").map(warningKey);
    // More ballots issued than people present: W101, which the user has not seen.
    setMeetingValue(fake, MEETING_LABELS.issued.vi, checked.meeting!.present + 1);
    const outcome = await host.tallyAndWrite({ ...OPTIONS, acknowledged: read });
    expect(outcome.written).toBe(false);
    expect(outcome.report.problems.map((p) => p.code)).toContain("W101");
    expect(findSheet(fake.workbook, SHEETS.results.vi)).toBeNull();
    const seen = outcome.report.problems.filter((p) => p.severity === "warning").map(warningKey);
    expect((await host.tallyAndWrite({ ...OPTIONS, acknowledged: seen })).written).toBe(true);
  });

  it("refuses to write when the change made an error", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    const host = hostOf(fake);
    expect((await host.check(OPTIONS)).blocked).toBe(false);
    const meeting = findSheet(fake.workbook, SHEETS.meeting.vi)!;
    const [key] = [...meeting.cells].find(([, cell]) => cell.value === MEETING_LABELS.present.vi)!;
    const { row, column } = keyPosition(key);
    fake.editAsUser(SHEETS.meeting.vi, cellAddress(row, column + 1), 1);
    const outcome = await host.tallyAndWrite(OPTIONS);
    expect(outcome.written).toBe(false);
    expect(outcome.report.blocked).toBe(true);
    expect(findSheet(fake.workbook, SHEETS.results.vi)).toBeNull();
  });
});

describe("watchChanges", () => {
  // 1.9: the add-in's own writes are told apart by the batches it runs; 1.14 also marks them.
  it.each(["1.9", "1.17"])(
    "on ExcelApi %s, reports the user's edits and sheets, never the add-in's writes",
    async (apiVersion) => {
      const fake = new FakeExcel(workbookOf({ Sheet1: [] }), { apiVersion });
      const host = hostOf(fake);
      let changes = 0;
      expect(await host.watchChanges(() => (changes += 1))).toBe(true);
      await host.createTemplate("vi");
      expect(changes).toBe(0);
      fake.editAsUser(SHEETS.meeting.vi, "B20", 45);
      expect(changes).toBe(1);
      fake.addSheetAsUser("Ghi chú");
      expect(changes).toBe(2);
      await host.check(OPTIONS);
      await host.tallyAndWrite(OPTIONS);
      expect(changes).toBe(2);
    }
  );

  it("says so when this Excel cannot report changes (below ExcelApi 1.9)", async () => {
    const fake = new FakeExcel(workbookOf({ Sheet1: [] }), { apiVersion: "1.8" });
    let changes = 0;
    expect(await hostOf(fake).watchChanges(() => (changes += 1))).toBe(false);
    fake.editAsUser("Sheet1", "A1", "x");
    expect(changes).toBe(0);
  });
});

describe("check", () => {
  it("offers the template on a workbook with none of the standard sheets, only there", async () => {
    const empty = new FakeExcel(workbookOf({ Sheet1: [["ghi chú"]], Sheet2: [] }));
    expect((await hostOf(empty).check(OPTIONS)).templateFits).toBe(true);
    const sample = await sampleExcel({ ballots: 12, people: 10 });
    expect((await hostOf(sample).check(OPTIONS)).templateFits).toBe(false);
    // Renamed, the sample's sheets are still found by their headers: not a workbook to start.
    sample.workbook.sheets.forEach((sheet, index) => (sheet.name = `Trang ${index + 1}`));
    expect((await hostOf(sample).check(OPTIONS)).templateFits).toBe(false);
    const resultsOnly = new FakeExcel(workbookOf({ [SHEETS.results.vi]: [] }));
    expect((await hostOf(resultsOnly).check(OPTIONS)).templateFits).toBe(false);
  });

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
    const quorum = (report: typeof vi) =>
      report.problems.find((problem) => problem.code === "E106");
    expect(quorum(vi)?.action).toBe("Kiểm tra số liệu; nếu đúng, tổ chức lại hội nghị.");
    expect(quorum(en)?.action).toBe(
      "Check the figures; if they are right, hold the meeting again."
    );
    for (const problem of [...vi.problems, ...en.problems]) expect(problem.action).toBeTruthy();
    // A check that blocks reads again with the merged areas before it says so.
    expect(fake.syncs).toHaveLength(4);
  });

  it("leaves the user's Undo list alone on a workbook without errors", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    const report = await hostOf(fake).check(OPTIONS);
    expect(report.blocked).toBe(false);
    expect(fake.syncs).toHaveLength(1);
    expect(fake.undoClearedBy).toEqual([]);
  });
});

describe("protection", () => {
  it("refuses to write into a protected sheet, naming it, before writing anything", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    findSheet(fake.workbook, SHEETS.roster.vi)!.protected = true;
    const before = JSON.stringify(fake.workbook, mapsAsArrays);
    const outcome = await hostOf(fake).tallyAndWrite(OPTIONS);
    expect(outcome.written).toBe(false);
    expect(outcome.report.blocked).toBe(true);
    const refusal = outcome.report.problems.find((problem) => problem.code === "E045")!;
    expect(refusal).toMatchObject({ severity: "error", sheet: SHEETS.roster.vi, cell: "A1" });
    expect(refusal.message).toContain(`Trang tính “${SHEETS.roster.vi}” đang được bảo vệ`);
    expect(fake.syncs).toHaveLength(1);
    expect(JSON.stringify(fake.workbook, mapsAsArrays)).toBe(before);
  });

  it("refuses to add the result sheet to a workbook whose structure is protected", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    fake.workbook.structureProtected = true;
    const outcome = await hostOf(fake).tallyAndWrite({ ...OPTIONS, lang: "en" });
    expect(outcome.written).toBe(false);
    const refusal = outcome.report.problems.find((problem) => problem.code === "E046")!;
    expect(refusal.message).toContain(`sheet “${SHEETS.results.vi}”`);
    expect(findSheet(fake.workbook, SHEETS.results.vi)).toBeNull();
  });
});

describe("Excel's failures", () => {
  it("come as a HostError with a next step, Excel's text as the detail", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    fake.editingCell = true;
    const failure: unknown = await hostOf(fake)
      .tallyAndWrite(OPTIONS)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const { vi, en, detail } = failure as HostError;
    expect(vi).toContain("Hãy thoát chế độ sửa ô (Enter hoặc Esc) rồi thử lại");
    expect(en).toContain("Enter or Esc");
    expect(detail).toContain("InvalidOperationInCellEditMode");
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
    expect(outcome).toEqual({ created: expect.arrayContaining([SHEETS.roster.vi]), notices: [] });
    expect(findSheet(fake.workbook, SHEETS.meeting.vi)).not.toBeNull();
  });

  it("says what this Excel could not add: the drop-downs on ExcelApi 1.7", async () => {
    const fake = new FakeExcel(workbookOf({ Sheet1: [] }), { apiVersion: "1.7" });
    const outcome = await hostOf(fake).createTemplate("en");
    expect(outcome).toMatchObject({
      notices: [expect.stringMatching(/^In-cell drop-down lists skipped/)],
    });
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

describe("setExtraNames", () => {
  /** Every cell's value and number format, by sheet, to see exactly what a write changed. */
  function cellsOf(fake: FakeExcel): Map<string, unknown> {
    const cells = new Map<string, unknown>();
    for (const sheet of fake.workbook.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.value !== null) cells.set(`${sheet.name}!${key}`, [cell.value, cell.numberFormat]);
      }
    }
    return cells;
  }

  function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
    const keys = new Set([...before.keys(), ...after.keys()]);
    return [...keys].filter(
      (key) => JSON.stringify(before.get(key)) !== JSON.stringify(after.get(key))
    );
  }

  it("shows the workbook's rule, and a change writes only its cell, as text", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    const host = hostOf(fake);
    const before = await host.check(OPTIONS);
    expect(before.extraNames).toMatchObject({
      policy: "ignore-name",
      sheet: SHEETS.meeting.vi,
      addsRow: false,
      ballotsDecided: 1,
    });
    const cells = cellsOf(fake);
    await host.setExtraNames("void-ballot", "vi");
    const meeting = findSheet(fake.workbook, SHEETS.meeting.vi)!;
    const [key] = [...meeting.cells].find(([, cell]) => cell.value === "Cả phiếu không hợp lệ")!;
    const { row, column } = keyPosition(key);
    expect(`${String.fromCharCode(64 + column)}${row}`).toBe(before.extraNames?.cell);
    expect(changed(cells, cellsOf(fake))).toEqual([`${SHEETS.meeting.vi}!${key}`]);
    expect(cellAt(meeting, row, column).numberFormat).toBe("@");

    const after = await host.check(OPTIONS);
    expect(after.extraNames?.policy).toBe("void-ballot");
    const codes = after.problems.map((problem) => problem.code);
    expect(codes).toContain("W302");
    // The sample's hand tally counted the voided ballot: E018 points at the setting.
    expect(after.problems.find((problem) => problem.code === "E018")).toMatchObject({
      sheet: SHEETS.meeting.vi,
      cell: before.extraNames?.cell,
    });
  });

  it("adds the row, label and value, below the last used row when it is missing", async () => {
    const fake = await sampleExcel({ ballots: 12, people: 10 });
    const meeting = findSheet(fake.workbook, SHEETS.meeting.vi)!;
    const [labelKey] = [...meeting.cells].find(
      ([, cell]) => cell.value === MEETING_LABELS.extraNames.vi
    )!;
    meeting.cells.delete(labelKey);
    meeting.cells.delete(labelKey + 1);
    // The template has rows below it: the row goes below the last one.
    const row = Math.max(...[...meeting.cells.keys()].map((key) => keyPosition(key).row)) + 1;
    const host = hostOf(fake);
    const report = await host.check(OPTIONS);
    expect(report.extraNames).toMatchObject({
      policy: "ignore-name",
      cell: `B${row}`,
      addsRow: true,
    });

    const cells = cellsOf(fake);
    await host.setExtraNames("void-ballot", "en");
    expect(changed(cells, cellsOf(fake))).toHaveLength(2);
    expect(cellAt(meeting, row, 1).value).toBe(MEETING_LABELS.extraNames.vi);
    expect(cellAt(meeting, row, 2).value).toBe("Cả phiếu không hợp lệ");
    expect(meeting.validations.get(cellKey(row, 2))?.source).toBe(
      "Bỏ qua tên ghi thêm,Cả phiếu không hợp lệ"
    );
    expect((await host.check(OPTIONS)).extraNames).toMatchObject({
      policy: "void-ballot",
      addsRow: false,
    });
  });
});
