import { describe, expect, it } from "vitest";
import { parseWorkbook } from "../../src/workbook/parse";
import { found } from "./found";
import { standardGrids, type StandardSheets } from "./standard";

function parseMeeting(change: (rows: StandardSheets["meeting"]) => void) {
  return parseWorkbook(standardGrids((s) => change(s.meeting)));
}

describe("the meeting sheet", () => {
  it("reads figures, date, regulation and details with the cells they came from", () => {
    const parsed = parseWorkbook(standardGrids());
    expect(parsed.input?.meeting).toEqual({
      regulation: "qd96",
      date: { value: { year: 2023, month: 3, day: 29 }, ref: { sheet: "Hội nghị", cell: "B3" } },
      place: { value: "Ban Chấp hành Đảng bộ huyện", ref: { sheet: "Hội nghị", cell: "B5" } },
      summoned: { value: 6, ref: { sheet: "Hội nghị", cell: "B6" } },
      present: { value: 5, ref: { sheet: "Hội nghị", cell: "B7" } },
      issued: { value: 5, ref: { sheet: "Hội nghị", cell: "B8" } },
      collected: { value: 5, ref: { sheet: "Hội nghị", cell: "B9" } },
    });
    expect(parsed.details).toEqual({
      meetingName: "Hội nghị Ban Chấp hành Đảng bộ huyện",
      organization: "Huyện ủy Vân Phong",
      place: "Ban Chấp hành Đảng bộ huyện",
      countingHead: "Nguyễn Văn Khải",
      countingMembers: ["Trần Thị Ánh", "Lê Văn Bảo"],
      countingMemberPosts: [],
      consequencePerPerson: false,
      // No row of the extra-names rule: where it goes, below the last used row.
      extraNames: {
        cell: { sheet: "Hội nghị", cell: "B12" },
        newLabel: { sheet: "Hội nghị", cell: "A12" },
      },
    });
  });

  it("reads the minutes' rows: parent body, town, times, chair, secretary, posts, the setting", () => {
    const parsed = parseMeeting((m) => {
      m.rows.push(
        ["Cơ quan cấp trên", "Đảng bộ tỉnh Hải Lâm"],
        ["Địa điểm", "Vân Phong"],
        ["Thời gian bắt đầu", "7 giờ 30"],
        ["End time", 0.40625],
        ["Chủ trì", "Nguyễn Văn Hùng"],
        ["Thư ký", "Đỗ Thị Mai"],
        ["Chức vụ trưởng ban kiểm phiếu", "Ủy viên Ban Thường vụ"],
        ["Chức vụ thành viên ban kiểm phiếu", "Ủy viên BCH; Chuyên viên"],
        ["Ghi xử lý theo quy định cạnh từng người", "có"]
      );
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.details).toMatchObject({
      parentOrganization: "Đảng bộ tỉnh Hải Lâm",
      town: "Vân Phong",
      startTime: { hour: 7, minute: 30 },
      endTime: { hour: 9, minute: 45 },
      chair: "Nguyễn Văn Hùng",
      secretary: "Đỗ Thị Mai",
      countingHeadPost: "Ủy viên Ban Thường vụ",
      countingMembers: ["Trần Thị Ánh", "Lê Văn Bảo"],
      countingMemberPosts: ["Ủy viên BCH", "Chuyên viên"],
      consequencePerPerson: true,
    });
  });

  it("reads times typed as 8:30, 8h30, 14 giờ, or an Excel time; anything else is E050", () => {
    const timeOf = (value: string | number) =>
      parseMeeting((m) => void m.rows.push(["Thời gian bắt đầu", value]));
    expect(timeOf("8:30").details.startTime).toEqual({ hour: 8, minute: 30 });
    expect(timeOf("8h30").details.startTime).toEqual({ hour: 8, minute: 30 });
    expect(timeOf("14 giờ").details.startTime).toEqual({ hour: 14, minute: 0 });
    expect(timeOf("8 giờ 05 phút").details.startTime).toEqual({ hour: 8, minute: 5 });
    expect(timeOf(0.5).details.startTime).toEqual({ hour: 12, minute: 0 });
    for (const bad of ["sáng", "25:00", "8:75", 1.5]) {
      const parsed = timeOf(bad);
      expect(parsed.details.startTime).toBeUndefined();
      expect(found(parsed.problems)).toEqual([{ code: "E050", sheet: "Hội nghị", cell: "B12" }]);
    }
  });

  it("refuses an end before the start (E051), posts that do not match the members (E052), a setting that is not yes or no (E053)", () => {
    const withRows = (...rows: (string | number)[][]) =>
      found(parseMeeting((m) => void m.rows.push(...rows)).problems);
    expect(withRows(["Thời gian bắt đầu", "9:00"], ["Thời gian kết thúc", "8:30"])).toEqual([
      { code: "E051", sheet: "Hội nghị", cell: "B13" },
    ]);
    expect(withRows(["Thời gian bắt đầu", "9:00"], ["Thời gian kết thúc", "9:00"])).toEqual([]);
    expect(withRows(["Chức vụ thành viên ban kiểm phiếu", "Ủy viên BCH"])).toEqual([
      { code: "E052", sheet: "Hội nghị", cell: "B12" },
    ]);
    expect(withRows(["Ghi xử lý theo quy định cạnh từng người", "đôi khi"])).toEqual([
      { code: "E053", sheet: "Hội nghị", cell: "B12" },
    ]);
    const blank = parseMeeting(
      (m) => void m.rows.push(["Ghi xử lý theo quy định cạnh từng người", null])
    );
    expect(blank.problems).toEqual([]);
    expect(blank.details.consequencePerPerson).toBe(false);
  });

  it("accepts labels in any order, blank rows, English labels, colons and a title block", () => {
    const parsed = parseMeeting((m) => {
      m.rows = [
        ["BIÊN BẢN KIỂM PHIẾU"],
        [],
        ["Ballots collected:", "5"],
        ["Số người có mặt :", "5"],
        [],
        ["DATE", "29/3/2023"],
        ["regulation", "nq96"],
        ["Summoned", "6"],
        ["  Số phiếu   phát ra", 5],
      ];
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.meeting).toMatchObject({
      regulation: "nq96",
      date: { value: { year: 2023, month: 3, day: 29 }, ref: { cell: "B6" } },
      collected: { value: 5, ref: { cell: "B3" } },
      summoned: { value: 6 },
    });
    expect(parsed.details).toEqual({
      countingMembers: [],
      countingMemberPosts: [],
      consequencePerPerson: false,
      extraNames: {
        cell: { sheet: "Hội nghị", cell: "B10" },
        newLabel: { sheet: "Hội nghị", cell: "A10" },
      },
    });
  });

  it("takes the first value right of the label, past a merged label and blank cells", () => {
    const parsed = parseMeeting((m) => {
      m.rows[8] = ["Số phiếu thu về", null, null, "1.200"];
      m.merges = ["A9:B9"];
    });
    expect(found(parsed.problems)).toEqual([]);
    expect(parsed.input?.meeting.collected).toEqual({
      value: 1200,
      ref: { sheet: "Hội nghị", cell: "D9" },
    });
  });

  it("reads the optional place kind in either language, and none when it is blank", () => {
    const stated = parseMeeting((m) => m.rows.push(["Loại nơi lấy phiếu", "people's council"]));
    expect(stated.problems).toEqual([]);
    expect(stated.details.placeKind).toEqual({
      value: "peoples-council",
      ref: { sheet: "Hội nghị", cell: "B12" },
    });
    const blank = parseMeeting((m) => m.rows.push(["Loại nơi lấy phiếu", null]));
    expect(blank.problems).toEqual([]);
    expect(blank.details.placeKind).toBeUndefined();
    expect(blank.input).not.toBeNull();
  });

  it("reports a place kind outside the list (E060) and blocks the count", () => {
    const parsed = parseMeeting((m) => m.rows.push(["Loại nơi lấy phiếu", "Chi bộ"]));
    expect(found(parsed.problems)).toEqual([{ code: "E060", sheet: "Hội nghị", cell: "B12" }]);
    expect(parsed.details.placeKind).toBeUndefined();
    expect(parsed.input).toBeNull();
  });

  it("reports a missing required label (E010) and leaves the input out", () => {
    const parsed = parseMeeting((m) => m.rows.splice(3, 1));
    expect(found(parsed.problems)).toEqual([{ code: "E010", sheet: "Hội nghị", cell: "A1" }]);
    expect(parsed.problems[0]?.params).toMatchObject({
      labelVi: "Quy định áp dụng",
      labelEn: "Regulation",
    });
    expect(parsed.input).toBeNull();
  });

  it("reports a blank required value (E007) where the value belongs", () => {
    const parsed = parseMeeting((m) => (m.rows[6] = ["Số người có mặt"]));
    expect(found(parsed.problems)).toEqual([{ code: "E007", sheet: "Hội nghị", cell: "B7" }]);
    expect(parsed.problems[0]?.params.field).toBe("Số người có mặt");
  });

  it("reports a label written twice (E011) at the second one", () => {
    const parsed = parseMeeting((m) => m.rows.push(["Số phiếu thu về", 6]));
    expect(found(parsed.problems)).toEqual([{ code: "E011", sheet: "Hội nghị", cell: "A12" }]);
    expect(parsed.problems[0]?.refs[1]).toEqual({ sheet: "Hội nghị", cell: "A9" });
  });

  it.each([
    ["a date that does not exist", 2, "30/02/2023", "E012", "B3"],
    ["an unknown regulation", 3, "QĐ 262-QĐ/TW", "E013", "B4"],
    ["a count in words", 5, "sáu", "E014", "B6"],
    ["a decimal count", 8, "4,5", "E014", "B9"],
    ["an Excel error", 6, "#DIV/0!", "E008", "B7"],
  ] as const)("reports %s", (_, row, value, code, cell) => {
    const parsed = parseMeeting((m) => (m.rows[row]![1] = value));
    expect(found(parsed.problems)).toEqual([{ code, sheet: "Hội nghị", cell }]);
    expect(parsed.input).toBeNull();
  });
});
