import { describe, expect, it } from "vitest";
import { parseWorkbook, rosterResultArea } from "../../src/workbook/parse";
import {
  RESULT_CAPTION,
  RESULT_COLUMN_ORDER,
  RESULT_COLUMNS,
  voteWordsOf,
} from "../../src/workbook/vocabulary";
import type { CellValue } from "../../src/workbook/grid";
import { found } from "./found";
import { gridOf, standardGrids, standardSheets, type StandardSheets } from "./standard";

function parseRoster(change: (roster: StandardSheets["roster"], all: StandardSheets) => void) {
  return parseWorkbook(standardGrids((s) => change(s.roster, s)));
}

describe("the roster", () => {
  it("reads each person with the user's spelling, STT as the id, and where each row is", () => {
    const parsed = parseWorkbook(standardGrids());
    expect(parsed.input?.people[0]).toEqual({
      id: "1",
      name: "Nguyễn Văn An",
      position: "Bí thư",
      unit: "Huyện ủy",
      ref: { sheet: "Danh sách", cell: "B2" },
    });
    expect(parsed.roster).toEqual({
      sheet: "Danh sách",
      headerRow: 1,
      lastUserColumn: 6,
      lastRow: 4,
      personRows: { "1": 2, "2": 3, "3": 4 },
      ownedBlock: null,
    });
  });

  it("takes Mã as the id when present, and reads exclusions and appointment dates", () => {
    const parsed = parseRoster((r, s) => {
      r.rows = [
        ["Mã", "STT", "Họ tên", "Chức vụ", "Ngày bổ nhiệm", "Không lấy phiếu"],
        ["NVA", 1, "Nguyễn Văn An", "Bí thư", "15/03/2023", null],
        ["TTB", 2, "Trần Thị Bình", "Phó Bí thư", null, "Nghỉ hưu từ 01/6/2023"],
        ["LVC", 3, "Lê Văn Cường", "Chủ tịch UBND", 40000, null],
      ];
      s.handTally.rows.forEach((row) => row.splice(0, 1));
    });
    expect(parsed.problems).toEqual([]);
    const [an, binh, cuong] = parsed.input?.people ?? [];
    expect(an).toMatchObject({
      id: "NVA",
      appointedOn: { value: { year: 2023, month: 3, day: 15 }, ref: { cell: "E2" } },
    });
    expect(binh).toMatchObject({
      id: "TTB",
      exclusionReason: { value: "Nghỉ hưu từ 01/6/2023", ref: { cell: "F3" } },
    });
    expect(cuong?.appointedOn?.value).toEqual({ year: 2009, month: 7, day: 6 });
    expect(parsed.roster?.personRows).toEqual({ NVA: 2, TTB: 3, LVC: 4 });
  });

  it("reads the header below a title block, skipping blank rows and columns", () => {
    const parsed = parseRoster((r) => {
      r.rows = [
        ["DANH SÁCH NGƯỜI ĐƯỢC LẤY PHIẾU"],
        [],
        ["STT", null, "Họ và tên", "Chức vụ"],
        [1, null, "Nguyễn Văn An", "Bí thư"],
        [],
        [2, null, "Trần Thị Bình", "Phó Bí thư"],
        [3, null, "Lê Văn Cường", "Chủ tịch UBND"],
        [],
        [],
      ];
      r.merges = ["A1:D1"];
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.roster).toMatchObject({
      headerRow: 3,
      lastRow: 7,
      lastUserColumn: 4,
      personRows: { "1": 4, "2": 6, "3": 7 },
    });
  });

  it("reads merged header cells: a header over two rows, data below the merge", () => {
    const parsed = parseRoster((r) => {
      r.rows = [
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
        [null, null, null, null],
        [1, "Nguyễn Văn An", "Bí thư", "Huyện ủy"],
        [2, "Trần Thị Bình", "Phó Bí thư", "Huyện ủy"],
        [3, "Lê Văn Cường", "Chủ tịch UBND", "UBND"],
      ];
      r.merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2"];
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.roster?.personRows).toEqual({ "1": 3, "2": 4, "3": 5 });
  });

  it("reads an Excel table's body only, not the notes below it", () => {
    const parsed = parseRoster((r) => {
      r.rows.push([], [null, "Người lập biểu", "Ký tên"]);
      r.tables = ["A1:F4"];
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.people).toHaveLength(3);
  });

  it("matches decomposed names and keeps them as written", () => {
    const nfd = "Trần  Thị Bình".normalize("NFD");
    const parsed = parseRoster((r) => {
      r.rows[2]![1] = nfd;
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.people[1]?.name).toBe(nfd);
  });

  it("keeps a name starting with '=' as text", () => {
    const parsed = parseRoster((r, s) => {
      r.rows[1]![1] = "=1+1";
      s.ballots.rows[0]![2] = 1;
      s.handTally.rows[1]![1] = "=1+1";
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.input?.people[0]?.name).toBe("=1+1");
  });

  it.each([
    [
      "a required header missing",
      (r: StandardSheets["roster"]) => r.rows[0]!.splice(2, 1, "Nhiệm vụ"),
      "E005",
      "A1",
    ],
    ["a header twice", (r: StandardSheets["roster"]) => r.rows[0]!.push("Chức vụ"), "E006", "G1"],
    ["a blank name", (r: StandardSheets["roster"]) => (r.rows[2]![1] = null), "E007", "B3"],
    [
      "a blank STT without Mã",
      (r: StandardSheets["roster"]) => (r.rows[3]![0] = " "),
      "E007",
      "A4",
    ],
    ["a blank position", (r: StandardSheets["roster"]) => (r.rows[1]![2] = null), "E007", "C2"],
    [
      "a bad appointment date",
      (r: StandardSheets["roster"]) => (r.rows[1]![4] = "2023"),
      "E012",
      "E2",
    ],
    ["an id twice", (r: StandardSheets["roster"]) => (r.rows[3]![0] = 2), "E020", "A4"],
  ])("reports %s", (_, change, code, cell) => {
    const parsed = parseRoster((r) => change(r));
    expect(found(parsed.problems)[0]).toEqual({ code, sheet: "Danh sách", cell });
    expect(parsed.input).toBeNull();
  });

  it("reports E020 at the id cell and names the first one", () => {
    const parsed = parseRoster((r) => (r.rows[3]![0] = 2));
    expect(parsed.problems[0]).toMatchObject({ params: { id: "2", cell: "A4", first: "A3" } });
  });

  it("warns about namesakes (W021) and asks for ids on the ballot columns", () => {
    const parsed = parseRoster((r, s) => {
      r.rows[3]![1] = "nguyễn  văn an";
      s.ballots.rows[0] = ["Số phiếu", "Phiếu không hợp lệ", 1, 2, 3];
      s.handTally.rows.forEach((row) => row.splice(1, 1));
    });
    expect(found(parsed.problems)).toEqual([{ code: "W021", sheet: "Danh sách", cell: "B4" }]);
    expect(parsed.input).not.toBeNull();
  });
});

describe("the result block of a previous run", () => {
  const standardRows = (): CellValue[][] => standardSheets().roster.rows;

  function withBlock(
    headers: readonly string[],
    opts: { gap?: number; caption?: string; titleRow?: boolean } = {}
  ) {
    const gap = opts.gap ?? 1;
    const rows = standardRows().map((row, i) => [
      ...row,
      ...Array<CellValue>(gap).fill(null),
      ...headers.map((h, c) => (i === 0 ? h : c)),
    ]);
    if (opts.titleRow) {
      const caption = Array<CellValue>(rows[0]!.length).fill(null);
      if (opts.caption) caption[6 + gap] = opts.caption;
      rows.unshift(caption);
    }
    return rows;
  }

  const vi = (order: keyof typeof RESULT_COLUMN_ORDER) =>
    RESULT_COLUMN_ORDER[order].map((k) => RESULT_COLUMNS[k].vi);
  const en = (order: keyof typeof RESULT_COLUMN_ORDER) =>
    RESULT_COLUMN_ORDER[order].map((k) => RESULT_COLUMNS[k].en);

  it("is found in Vietnamese, ignored as input, and the user's last column is before it", () => {
    const parsed = parseRoster((r) => (r.rows = withBlock(vi("threeLevel"))));
    expect(parsed.problems).toEqual([]);
    expect(parsed.roster).toMatchObject({
      lastUserColumn: 6,
      ownedBlock: { firstColumn: 8, lastColumn: 16, captionRow: null },
    });
    expect(parsed.input?.people[0]).not.toHaveProperty("band");
  });

  it("is found in English, two-level, with its caption in the row above", () => {
    const rows = withBlock(en("twoLevel"), { titleRow: true, caption: RESULT_CAPTION.en });
    const area = rosterResultArea(gridOf({ name: "Roster", rows, merges: ["H1:N1"] }));
    expect(area).toEqual({
      headerRow: 2,
      lastUserColumn: 6,
      ownedBlock: { firstColumn: 8, lastColumn: 14, captionRow: 1 },
    });
  });

  it("knows the caption of a no-confidence vote as its own too", () => {
    const caption = voteWordsOf("nq96-btn").caption.vi;
    expect(caption).not.toBe(RESULT_CAPTION.vi);
    const rows = withBlock(vi("twoLevel"), { titleRow: true, caption });
    const area = rosterResultArea(gridOf({ name: "Danh sách", rows, merges: ["H1:N1"] }));
    expect(area?.ownedBlock).toEqual({ firstColumn: 8, lastColumn: 14, captionRow: 1 });
  });

  it("tells how far down it reaches when people were removed from the roster's end", () => {
    const rows = withBlock(vi("threeLevel"));
    rows[3]!.fill(null, 0, 6);
    const parsed = parseRoster((r) => (r.rows = rows));
    expect(parsed.roster).toMatchObject({
      lastRow: 3,
      ownedBlock: { firstColumn: 8, lastColumn: 16, captionRow: null, lastRow: 4 },
    });
    const whole = parseRoster((r) => (r.rows = withBlock(vi("threeLevel"))));
    expect(whole.roster?.ownedBlock).not.toHaveProperty("lastRow");
  });

  it("is not ours without the separating blank column or with a header changed", () => {
    expect(
      rosterResultArea(gridOf({ name: "R", rows: withBlock(vi("threeLevel"), { gap: 0 }) }))
        ?.ownedBlock
    ).toBeNull();
    const changed = vi("threeLevel").map((h) => (h === "Mức" ? "Mức độ" : h));
    const area = rosterResultArea(gridOf({ name: "R", rows: withBlock(changed) }));
    expect(area).toMatchObject({ ownedBlock: null, lastUserColumn: 16 });
  });

  it("counts the user's notes right of the block and merged areas in the user's last column", () => {
    const rows = withBlock(vi("threeLevel"));
    rows[3]![18] = "ghi chú";
    expect(rosterResultArea(gridOf({ name: "R", rows }))?.lastUserColumn).toBe(19);
    const titled = [["TIÊU ĐỀ"], ...standardRows()];
    expect(
      rosterResultArea(gridOf({ name: "R", rows: titled, merges: ["A1:J1"] }))?.lastUserColumn
    ).toBe(10);
  });

  it("gives null without the roster's headers", () => {
    expect(rosterResultArea(gridOf({ name: "R", rows: [["a", "b"]] }))).toBeNull();
  });
});
