import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../src/workbook/parse";
import { markerLineText } from "../../src/workbook/result-marker";
import { found } from "./found";
import { gridsOf, standardGrids, standardSheets } from "./standard";

describe("finding sheets", () => {
  it("finds the standard sheets by their Vietnamese names, without a problem", () => {
    const parsed = parseWorkbook(standardGrids());
    expect(parsed.problems).toEqual([]);
    expect(parsed.sheets).toEqual({
      meeting: "Hội nghị",
      roster: "Danh sách",
      ballots: "Phiếu",
      handTally: "Kiểm phiếu",
    });
    expect(parsed.input).not.toBeNull();
  });

  it("finds English names, in any case and with NFD or extra spaces", () => {
    const parsed = parseWorkbook(
      standardGrids((s) => {
        s.meeting.name = "MEETING";
        s.roster.name = "Roster";
        s.ballots.name = " Ballots";
        s.handTally.name = "Kiểm  phiếu".normalize("NFD");
      })
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.sheets.handTally).toBe("Kiểm  phiếu".normalize("NFD"));
    expect(parsed.resultSheet.name).toBe("Results");
  });

  it("finds sheets by their headers and labels when the names differ, with W004", () => {
    const parsed = parseWorkbook(
      standardGrids((s) => {
        s.meeting.name = "Sheet1";
        s.roster.name = "Sheet2";
        s.ballots.name = "Sheet3";
        s.handTally.name = "Sheet4";
      })
    );
    expect(parsed.sheets).toEqual({
      meeting: "Sheet1",
      roster: "Sheet2",
      ballots: "Sheet3",
      handTally: "Sheet4",
    });
    expect(found(parsed.problems)).toEqual(
      ["Sheet1", "Sheet2", "Sheet3", "Sheet4"].map((sheet) => ({ code: "W004", sheet, cell: "A1" }))
    );
    expect(parsed.input).not.toBeNull();
  });

  it("never takes the output sheet for an input, by name or by marker", () => {
    const s = standardSheets();
    const line = markerLineText(
      {
        version: "0.1.0",
        regulation: "qd96",
        fingerprint: "0123456789abcdef",
        rosterBlock: { top: 1, left: 8, bottom: 4, right: 16 },
      },
      "en"
    );
    const output = { name: "Copy", rows: [...s.roster.rows, [line]] };
    const parsed = parseWorkbook(
      gridsOf(s.meeting, output, { ...s.roster, name: "Kết quả" }, s.ballots)
    );
    expect(parsed.sheets.roster).toBeNull();
    expect(found(parsed.problems)).toContainEqual({ code: "E001", sheet: "Danh sách", cell: "A1" });
  });

  it("reports E001 for a missing meeting or roster, E002 without votes", () => {
    const s = standardSheets();
    const parsed = parseWorkbook(gridsOf({ name: "Khác", rows: [["x"]] }));
    expect(found(parsed.problems)).toEqual([
      { code: "E001", sheet: "Hội nghị", cell: "A1" },
      { code: "E001", sheet: "Danh sách", cell: "A1" },
      { code: "E002", sheet: "Phiếu", cell: "A1" },
    ]);
    expect(parsed.input).toBeNull();
    expect(parsed.roster).toBeNull();
    const onlyHandTally = parseWorkbook(gridsOf(s.meeting, s.roster, s.handTally));
    expect(onlyHandTally.problems).toEqual([]);
    expect(onlyHandTally.input?.ballots).toBeUndefined();
    expect(onlyHandTally.input?.handTally).toHaveLength(3);
  });

  it("reports E003 when two sheets claim one part", () => {
    const s = standardSheets();
    const parsed = parseWorkbook(
      gridsOf(s.meeting, s.roster, { ...s.roster, name: "Roster" }, s.ballots)
    );
    expect(found(parsed.problems)).toEqual([{ code: "E003", sheet: "Roster", cell: "A1" }]);
    expect(parsed.problems[0]?.params).toMatchObject({ other: "Danh sách", roleVi: "Danh sách" });
    expect(parsed.input).toBeNull();
  });
});
