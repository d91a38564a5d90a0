import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../src/workbook/parse";
import { markerLineText, readMarkerLine } from "../../src/workbook/result-marker";
import { found } from "./found";
import { gridsOf, standardSheets } from "./standard";

const BLOCK = { top: 1, left: 8, bottom: 4, right: 16 };
const LINE = markerLineText(
  { version: "0.1.0", regulation: "qd96", fingerprint: "0123456789abcdef", rosterBlock: BLOCK },
  "vi"
);

const ours = (name: string) => ({
  name,
  rows: [["KẾT QUẢ LẤY PHIẾU TÍN NHIỆM"], [], [`  ${LINE}`]],
});

describe("the output sheet", () => {
  it("will be named Kết quả when absent", () => {
    const s = standardSheets();
    expect(parseWorkbook(gridsOf(s.meeting, s.roster, s.ballots)).resultSheet).toEqual({
      name: "Kết quả",
      exists: false,
      ours: false,
      rosterBlock: null,
    });
  });

  it("is ours when it carries the marker, wherever it stands", () => {
    const s = standardSheets();
    const parsed = parseWorkbook(gridsOf(s.meeting, ours("kết quả"), s.roster, s.ballots));
    expect(parsed.resultSheet).toEqual({
      name: "kết quả",
      exists: true,
      ours: true,
      rosterBlock: BLOCK,
    });
    expect(parsed.problems).toEqual([]);
  });

  it("of the user's, without the marker, is a blocking E040 and the input is still read", () => {
    const s = standardSheets();
    const parsed = parseWorkbook(
      gridsOf(s.meeting, s.roster, s.ballots, { name: "Kết quả", rows: [["Ghi chú của tôi"]] })
    );
    expect(parsed.resultSheet).toEqual({
      name: "Kết quả",
      exists: true,
      ours: false,
      rosterBlock: null,
    });
    expect(found(parsed.problems)).toEqual([{ code: "E040", sheet: "Kết quả", cell: "A1" }]);
    expect(parsed.problems[0]?.severity).toBe("error");
    expect(parsed.input).not.toBeNull();
  });

  it("is Results beside an English roster", () => {
    const s = standardSheets();
    const parsed = parseWorkbook(
      gridsOf(s.meeting, { ...s.roster, name: "Roster" }, s.ballots, ours("Results"))
    );
    expect(parsed.resultSheet).toMatchObject({ name: "Results", exists: true, ours: true });
  });

  it("marker: the whole line in the shape layout writes it, in either language", () => {
    expect(readMarkerLine(LINE)?.rosterBlock).toEqual(BLOCK);
    expect(readMarkerLine(` \n ${LINE}  `)?.rosterBlock).toEqual(BLOCK);
    const english = markerLineText({ ...readMarkerLine(LINE)!, regulation: "nq96-btn" }, "en");
    expect(english).toBe(
      "phieu-tin-nhiem 0.1.0 · nq96-btn · data fingerprint 0123456789abcdef · result block H1:P4"
    );
    expect(readMarkerLine(english)?.regulation).toBe("nq96-btn");
    const refused = [
      "phieu-tin-nhiem 1.0",
      "phieu-tin-nhiem: ghi chú của tôi",
      `xem ${LINE}`,
      LINE.replace("qd96", "qd69"),
      LINE.replace("0123456789abcdef", "0123"),
      LINE.replace("H1:P4", "H1"),
      LINE.replace("0.1.0", "mới"),
      `${LINE} · thêm`,
    ];
    for (const text of refused) expect(readMarkerLine(text), text).toBeNull();
    expect(readMarkerLine(42)).toBeNull();
  });

  it("of the add-in's, with cells added below its marker line or right of its table, is W042", () => {
    const s = standardSheets();
    const sheet = ours("Kết quả");
    sheet.rows[0]![11] = "ý kiến";
    sheet.rows.push([], ["đã ký"]);
    const parsed = parseWorkbook(gridsOf(s.meeting, s.roster, s.ballots, sheet));
    expect(found(parsed.problems)).toEqual([{ code: "W042", sheet: "Kết quả", cell: "L1" }]);
    expect(parsed.problems[0]).toMatchObject({
      severity: "warning",
      params: { cells: "L1, A5", count: 2, area: "A1:K3" },
    });
    expect(parsed.resultSheet.ours).toBe(true);
  });
});
