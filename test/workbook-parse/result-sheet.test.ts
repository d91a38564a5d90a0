import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../src/workbook/parse";
import { RESULT_SHEET_MARKER, carriesResultMarker } from "../../src/workbook/result-marker";
import { found } from "./found";
import { gridsOf, standardSheets } from "./standard";

const ours = (name: string) => ({
  name,
  rows: [["KẾT QUẢ LẤY PHIẾU TÍN NHIỆM"], [], [`  ${RESULT_SHEET_MARKER} 0.1.0 · qd96 · 3f2a`]],
});

describe("the output sheet", () => {
  it("will be named Kết quả when absent", () => {
    const s = standardSheets();
    expect(parseWorkbook(gridsOf(s.meeting, s.roster, s.ballots)).resultSheet).toEqual({
      name: "Kết quả",
      exists: false,
      ours: false,
    });
  });

  it("is ours when it carries the marker, wherever it stands", () => {
    const s = standardSheets();
    const parsed = parseWorkbook(gridsOf(s.meeting, ours("kết quả"), s.roster, s.ballots));
    expect(parsed.resultSheet).toEqual({ name: "kết quả", exists: true, ours: true });
    expect(parsed.problems).toEqual([]);
  });

  it("of the user's, without the marker, is a blocking E040 and the input is still read", () => {
    const s = standardSheets();
    const parsed = parseWorkbook(
      gridsOf(s.meeting, s.roster, s.ballots, { name: "Kết quả", rows: [["Ghi chú của tôi"]] })
    );
    expect(parsed.resultSheet).toEqual({ name: "Kết quả", exists: true, ours: false });
    expect(found(parsed.problems)).toEqual([{ code: "E040", sheet: "Kết quả", cell: "A1" }]);
    expect(parsed.problems[0]?.severity).toBe("error");
    expect(parsed.input).not.toBeNull();
  });

  it("is Results beside an English roster", () => {
    const s = standardSheets();
    const parsed = parseWorkbook(
      gridsOf(s.meeting, { ...s.roster, name: "Roster" }, s.ballots, ours("Results"))
    );
    expect(parsed.resultSheet).toEqual({ name: "Results", exists: true, ours: true });
  });

  it("marker: only text that starts with it", () => {
    expect(carriesResultMarker(`${RESULT_SHEET_MARKER} 1.0`)).toBe(true);
    expect(carriesResultMarker(`xem ${RESULT_SHEET_MARKER}`)).toBe(false);
    expect(carriesResultMarker(42)).toBe(false);
  });
});
