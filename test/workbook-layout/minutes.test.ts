// The result sheet as a biên bản kiểm phiếu: the header by regulation, the dateline's town, each
// person's valid entries, groups, the signatures, and the page breaks layout places.

import { describe, expect, it } from "vitest";
import { levelsOf } from "../../src/rules";
import { DEFAULT_SETTINGS, type TallyResult } from "../../src/rules/types";
import { cellAddress, parseRange } from "../../src/workbook/layout/a1";
import { layoutResultSheet } from "../../src/workbook/layout/result-sheet";
import { pageHeight } from "../../src/workbook/layout/minutes/page";
import { rowBreaks } from "../../src/workbook/layout/minutes/page-breaks";
import { splitColumns } from "../../src/workbook/layout/minutes/signatures";
import type { MeetingDetails } from "../../src/workbook/placement";
import type { SheetWrite } from "../../src/workbook/plan";
import { DETAILS, MEETING_DATE, nq96BtnResult, qd96Result, writtenCells } from "./fixtures";

function minutes(result: TallyResult, details: Partial<MeetingDetails> = {}): SheetWrite {
  return layoutResultSheet({
    sheet: "Kết quả",
    result,
    details: { ...DETAILS, ...details },
    meetingDate: MEETING_DATE,
    lang: "vi",
    version: "0.1.0",
    fingerprint: "0123456789abcdef",
    settings: DEFAULT_SETTINGS,
    rosterBlock: { top: 1, left: 8, bottom: 42, right: 16 },
  });
}

function rowOf(sheet: SheetWrite, text: string): number {
  for (const [address, cell] of writtenCells(sheet)) {
    if (cell.value === text) return parseRange(address)!.top;
  }
  throw new Error(`“${text}” is not written`);
}

function heightOf(sheet: SheetWrite): (row: number) => number {
  const heights = new Map(sheet.rowHeights.map(({ row, height }) => [row, height]));
  return (row) => heights.get(row) ?? 15;
}

describe("the minutes' header", () => {
  it("carries the Party's name for qd96, the State's and its motto otherwise, the town in the dateline", () => {
    const details = { parentOrganization: "Đảng bộ tỉnh Hải Lâm", town: "Vân Phong" };
    const party = minutes(qd96Result(5), details);
    const cells = writtenCells(party);
    expect(cells.get("A1")?.value).toBe("ĐẢNG BỘ TỈNH HẢI LÂM");
    expect(cells.get("A2")?.value).toBe("ĐẢNG BỘ TỈNH HẢI DƯƠNG");
    expect(cells.get("D1")?.value).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(cells.get("D2")?.value).toBe("Vân Phong, ngày 29 tháng 3 năm 2025");
    for (const result of [qd96Result(5, "nq96"), nq96BtnResult()]) {
      const council = writtenCells(minutes(result, details));
      expect(council.get("D1")?.value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(council.get("D2")?.value).toBe("Độc lập - Tự do - Hạnh phúc");
      expect(council.get("D3")?.value).toBe("Vân Phong, ngày 29 tháng 3 năm 2025");
    }
    // Without a town the dateline leaves it to be written by hand.
    expect(writtenCells(minutes(qd96Result(5))).get("D2")?.value).toBe(
      "…………, ngày 29 tháng 3 năm 2025"
    );
  });

  it("says when the count ran and who led the meeting, when the workbook says so", () => {
    const sheet = minutes(qd96Result(5), {
      startTime: { hour: 8, minute: 0 },
      endTime: { hour: 9, minute: 30 },
      chair: "Nguyễn Văn Hùng",
      secretary: "Đỗ Thị Mai",
    });
    const line = [...writtenCells(sheet).values()].find(
      (cell) => typeof cell.value === "string" && cell.value.startsWith("Thời gian")
    );
    expect(line?.value).toBe(
      "Thời gian: từ 8 giờ 00 phút đến 9 giờ 30 phút. Chủ trì: Nguyễn Văn Hùng. Thư ký: Đỗ Thị Mai."
    );
  });
});

describe("the minutes' table", () => {
  it("prints each person's valid entries, the sum of their counts at every level", () => {
    const result = qd96Result(5);
    const sheet = minutes(result);
    const cells = writtenCells(sheet);
    for (const person of result.people) {
      const row = rowOf(sheet, person.name);
      const valid = cells.get(cellAddress(row, 4))?.value;
      if (person.counts === null) expect(valid).toBe("Không lấy phiếu");
      else {
        const sum = levelsOf("qd96").reduce(
          (total, level) => total + (person.counts?.[level] ?? 0),
          0
        );
        expect(valid).toBe(sum);
      }
    }
  });

  it("keeps the roster's order under a subheading wherever the group changes", () => {
    const result = qd96Result(5);
    const groups = ["Khối Đảng", "Khối Đảng", undefined, "Khối UBND", "Khối Đảng"];
    const grouped = {
      ...result,
      people: result.people.map((person, i) => ({
        ...person,
        ...(groups[i] !== undefined && { group: groups[i] }),
      })),
    };
    const sheet = minutes(grouped);
    const column = (row: number) => writtenCells(sheet).get(cellAddress(row, 1))?.value;
    const first = rowOf(sheet, "STT") + 2;
    const listed = Array.from({ length: 9 }, (_, i) => column(first + i));
    expect(listed).toEqual([
      "Khối Đảng",
      1,
      2,
      "Không thuộc khối nào",
      3,
      "Khối UBND",
      4,
      "Khối Đảng",
      5,
    ]);
    expect(sheet.merges).toContain(`A${first}:K${first}`);
    // Without groups, no subheading.
    const plain = minutes(result);
    expect(writtenCells(plain).get(cellAddress(rowOf(plain, "STT") + 2, 1))?.value).toBe(1);
  });
});

describe("the minutes' signatures", () => {
  it("gives each member, the head and the chair a title, 25 mm to sign as printed, the name and the post", () => {
    const sheet = minutes(qd96Result(5), {
      countingMembers: ["Vũ Thị Yến", "Đặng Quốc Khoa"],
      countingMemberPosts: ["Ủy viên BCH", "Chuyên viên"],
      countingHeadPost: "Ủy viên Ban Thường vụ",
      chair: "Nguyễn Văn Hùng",
    });
    const cells = writtenCells(sheet);
    const titles = rowOf(sheet, "TRƯỞNG BAN KIỂM PHIẾU");
    const names = titles + 3;
    const at = (row: number) =>
      [...cells].filter(([address]) => parseRange(address)!.top === row).map(([, c]) => c.value);
    expect(at(titles)).toEqual([
      "THÀNH VIÊN",
      "THÀNH VIÊN",
      "TRƯỞNG BAN KIỂM PHIẾU",
      "CHỦ TRÌ HỘI NGHỊ",
    ]);
    expect(at(names)).toEqual(["Vũ Thị Yến", "Đặng Quốc Khoa", "Phạm Văn Sơn", "Nguyễn Văn Hùng"]);
    expect(at(names + 1)).toEqual(["Ủy viên BCH", "Chuyên viên", "Ủy viên Ban Thường vụ"]);
    // The signing row, shrunk with the sheet to the page's width, still leaves 25 mm.
    const space = heightOf(sheet)(titles + 2);
    const columns = sheet.columnWidths.map((c) => c.width + 5 / 7).reduce((a, b) => a + b, 0);
    const scale = Math.floor((100 * 98) / columns) / 100;
    expect((space * scale * 25.4) / 72).toBeGreaterThanOrEqual(25);
  });

  it("splits the width into runs of columns about equally wide", () => {
    expect(splitColumns([4, 20, 32, 7, 5, 8, 5, 8, 5, 8, 26], 4)).toEqual([
      { left: 1, right: 2 },
      { left: 3, right: 4 },
      { left: 5, right: 9 },
      { left: 10, right: 11 },
    ]);
    // Never more runs than columns.
    expect(splitColumns([10, 10], 3)).toEqual([
      { left: 1, right: 1 },
      { left: 2, right: 2 },
    ]);
  });
});

describe("the minutes' page breaks", () => {
  it("break before a piece that would overflow, never before the first, and repeat the header's height", () => {
    const heights = new Map([
      [1, 50],
      [2, 20],
      [3, 20],
      [4, 20],
      [5, 20],
      [6, 20],
      [7, 60],
    ]);
    const breaks = rowBreaks({
      top: { top: 1, bottom: 2 },
      titleRows: { top: 2, bottom: 2 },
      pieces: [3, 4, 5, 6].map((row) => ({ top: row, bottom: row === 6 ? 7 : row })),
      pageHeight: 115,
      heightOf: (row) => heights.get(row) ?? 0,
    });
    // Page 1: 70 + 20 + 20 = 110; page 2: 20 repeated + 20 + 80 would be 120: row 6 and its
    // tail go on page 3.
    expect(breaks).toEqual([5, 6]);
  });

  it("keep the signatures with the last person and leave no page without a person, from 5 to 150 people", () => {
    for (const size of [5, 15, 20, 60, 150]) {
      const result = qd96Result(size);
      const sheet = minutes(result);
      const page = sheet.page!;
      const breaks = page.rowBreaks ?? [];
      const last = result.people.at(-1)!;
      const lastRow = rowOf(sheet, last.name);
      const signers = rowOf(sheet, "TRƯỞNG BAN KIỂM PHIẾU");
      // No break between the last person and the signatures' names.
      expect(breaks.filter((row) => row > lastRow && row <= signers + 3)).toEqual([]);
      const personRows = new Set(result.people.map((person) => rowOf(sheet, person.name)));
      for (const row of breaks) expect(personRows.has(row)).toBe(true);
      // Every page, its repeated header included, fits the page's height.
      const height = heightOf(sheet);
      const [titleTop, titleBottom] = page.printTitleRows!.split(":").map(Number) as [
        number,
        number,
      ];
      let header = 0;
      for (let row = titleTop; row <= titleBottom; row++) header += height(row);
      const starts = [1, ...breaks];
      const end = parseRange(page.printArea)!.bottom;
      const scale =
        Math.floor((100 * 98) / sheet.columnWidths.reduce((a, c) => a + c.width + 5 / 7, 0)) / 100;
      starts.forEach((start, i) => {
        let used = i === 0 ? 0 : header;
        for (let row = start; row < (starts[i + 1] ?? end + 1); row++) used += height(row);
        expect(used).toBeLessThanOrEqual(pageHeight(page.orientation, scale));
      });
      if (size <= 15) expect(breaks).toEqual([]);
    }
  });
});
