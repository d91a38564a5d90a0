// No result under an error: while an error stands, the check, the JSON report and the terminal
// table show the meeting's figures and the problems, and no count, percentage or band for anyone.

import { describe, expect, it } from "vitest";
import { resultText } from "../../src/cli/table";
import { jsonReport } from "../../src/workbook/report";
import { checkWorkbook } from "../../src/workbook/run";
import { standardGrids, type StandardSheets } from "../workbook-parse/standard";

function checked(change?: (sheets: StandardSheets) => void) {
  return checkWorkbook(standardGrids(change));
}

/** The value cell of a meeting label in the standard workbook. */
function setMeeting(sheets: StandardSheets, label: string, value: number): void {
  const row = sheets.meeting.rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  row[1] = value;
}

const BLOCKED = {
  "a meeting without quorum (3 present of 6 summoned)": (sheets: StandardSheets) =>
    setMeeting(sheets, "Số người có mặt", 3),
  "a hand tally that disagrees with the ballots (E314)": (sheets: StandardSheets) => {
    const row = sheets.handTally.rows[1]!;
    row[2] = 3;
    row[3] = 2;
  },
};

describe.each(Object.entries(BLOCKED))("%s", (_, change) => {
  it("hands out no result, only the meeting's figures and the people as listed", () => {
    const check = checked(change);
    expect(check.blocked).toBe(true);
    expect(check.problems.some((p) => p.severity === "error")).toBe(true);
    expect(check.result).toBeNull();
    expect(check.meeting).toMatchObject({ collected: 5, validBallots: null, invalidBallots: null });
    expect(check.people.map((p) => p.name)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lê Văn Cường",
    ]);
    for (const person of check.people) expect(person).not.toHaveProperty("counts");
  });

  it("gives a JSON report that says blocked, with no counts, percent or band keys", () => {
    const json = jsonReport(checked(change), "vi");
    expect(json.blocked).toBe(true);
    expect(json.regulation).toBe("qd96");
    expect(json.meeting).toMatchObject({ summoned: 6, collected: 5, validBallots: null });
    expect(json.people).toHaveLength(3);
    for (const person of json.people) {
      expect(Object.keys(person)).toEqual([
        "id",
        "name",
        "position",
        "excluded",
        "exclusionReason",
      ]);
    }
    expect(json.problems.some((p) => p.severity === "error")).toBe(true);
  });

  it.each(["vi", "en"] as const)("prints the figures and the problems, no count (%s)", (lang) => {
    const text = resultText(checked(change), lang);
    expect(text).toMatch(lang === "vi" ? /Triệu tập 6, có mặt \d/ : /Summoned 6, present \d/);
    expect(text).not.toMatch(/%/);
    expect(text).not.toMatch(/^(STT|No\.)\s+(Họ và tên|Full name)/m);
    expect(text).toMatch(/\bE\d{3} \[(lỗi|error)\]/);
  });
});

describe("a meeting sheet read in part", () => {
  it("still names the regulation it states, with no figures to show", () => {
    const json = jsonReport(
      checked((sheets) => (sheets.meeting.rows[2]![1] = null)),
      "en"
    );
    expect(json).toMatchObject({ regulation: "qd96", blocked: true, meeting: null });
    expect(json.problems.map((p) => `${p.code} ${p.sheet}!${p.cell}`)).toEqual([
      "E007 Hội nghị!B3",
    ]);
  });
});

describe("without an error", () => {
  it("says not blocked, and gives every person's counts, percentages and band", () => {
    const check = checked();
    expect(check.blocked).toBe(false);
    const json = jsonReport(check, "en");
    expect(json.blocked).toBe(false);
    expect(json.meeting).toMatchObject({ validBallots: 5, invalidBallots: 0 });
    expect(json.people[0]).toMatchObject({
      counts: { high: 4, medium: 1, low: 0, invalid: 0 },
      percent: { high: 80, medium: 20, low: 0 },
      band: "none",
    });
    expect(resultText(check, "vi")).toMatch(/Nguyễn Văn An\s+4 \(80,00%\)/);
  });
});
