import { describe, expect, it } from "vitest";
import { parseWorkbook, rosterResultArea } from "../../src/workbook/parse";
import { RESULT_CAPTION, RESULT_COLUMN_ORDER, RESULT_COLUMNS } from "../../src/workbook/vocabulary";
import { bandName, type Problem } from "../../src/rules";
import type { CellValue } from "../../src/workbook/grid";
import type { CellBox } from "../../src/workbook/layout/a1";
import { viewOf } from "../../src/workbook/parse/sheet-view";
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
    expect(parsed.idColumn).toBe(false);
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
    expect(parsed.idColumn).toBe(true);
  });

  it("reads each person's group from a Khối or Nhóm column, and none without one", () => {
    for (const header of ["Khối", "Nhóm", "Group"]) {
      const parsed = parseRoster((r) => {
        r.rows[0]?.push(header);
        r.rows[1]?.push("Khối Đảng");
        r.rows[2]?.push(null);
        r.rows[3]?.push(" Khối UBND ");
      });
      expect(parsed.problems).toEqual([]);
      expect(parsed.input?.people.map((p) => p.group)).toEqual([
        "Khối Đảng",
        undefined,
        "Khối UBND",
      ]);
    }
    expect(parseWorkbook(standardGrids()).input?.people.some((p) => "group" in p)).toBe(false);
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

  /** The block as a run writes it, `gap` columns right of the roster: headers, then per person
   * valid entries, a count and a rate per level, a band and a consequence. */
  function withBlock(
    headers: readonly string[],
    opts: { gap?: number; caption?: string; titleRow?: boolean } = {}
  ) {
    const gap = opts.gap ?? 1;
    const body = (c: number): CellValue => {
      if (c === headers.length - 2) return bandName("qd96", "none", "vi");
      if (c === headers.length - 1) return "Đưa vào diện xem xét";
      return c % 2 === 0 && c > 0 ? 0.25 : 4;
    };
    const rows = standardRows().map((row, i) => [
      ...row,
      ...Array<CellValue>(gap).fill(null),
      ...headers.map((h, c) => (i === 0 ? h : body(c))),
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

  const RECORDED = { top: 1, left: 8, bottom: 4, right: 16 };

  function areaOf(
    rows: CellValue[][],
    recorded: CellBox | null = RECORDED,
    opts: { headerRow?: number; merges?: string[] } = {}
  ) {
    const problems: Problem[] = [];
    const view = viewOf(gridOf({ name: "Danh sách", rows, merges: opts.merges ?? [] }));
    const area = rosterResultArea(view, opts.headerRow ?? 1, recorded, problems);
    return { ...area, problems: found(problems) };
  }

  it("is the recorded rectangle when it still holds the block; the user's column is before it", () => {
    expect(areaOf(withBlock(vi("threeLevel")))).toEqual({
      lastUserColumn: 6,
      ownedBlock: RECORDED,
      problems: [],
    });
  });

  it("is never read as input, and parse alone owns nothing", () => {
    const parsed = parseRoster((r) => (r.rows = withBlock(vi("threeLevel"))));
    expect(parsed.problems).toEqual([]);
    expect(parsed.roster).toMatchObject({ lastUserColumn: 16, ownedBlock: null });
    expect(parsed.input?.people[0]).not.toHaveProperty("band");
  });

  it("is found in English, two-level, with its caption in the row above", () => {
    const rows = withBlock(en("twoLevel"), { titleRow: true, caption: RESULT_CAPTION.en });
    const recorded = { top: 1, left: 8, bottom: 5, right: 14 };
    const area = areaOf(rows, recorded, { headerRow: 2, merges: ["H1:N1"] });
    expect(area).toEqual({ lastUserColumn: 6, ownedBlock: recorded, problems: [] });
  });

  it("owns nothing without a record, or when the rectangle no longer holds the block", () => {
    const rows = withBlock(vi("threeLevel"));
    expect(areaOf(rows, null)).toMatchObject({ ownedBlock: null, lastUserColumn: 16 });
    expect(areaOf(rows, { ...RECORDED, left: 9, right: 17 }).ownedBlock).toBeNull();
    expect(areaOf(rows, { ...RECORDED, right: 15 }).ownedBlock).toBeNull();
    // A row inserted above the roster since: the header is no longer the rectangle's top row.
    expect(areaOf([[], ...rows], RECORDED, { headerRow: 2 }).ownedBlock).toBeNull();
    const changed = vi("threeLevel").map((h) => (h === "Mức" ? "Mức độ" : h));
    expect(areaOf(withBlock(changed))).toMatchObject({ ownedBlock: null, lastUserColumn: 16 });
  });

  it("leaves the user's cells below and beside the rectangle to the user", () => {
    const below = withBlock(vi("threeLevel"));
    while (below.length < 39) below.push([]);
    below.push([...Array<CellValue>(9).fill(null), "ghi chú"]);
    expect(areaOf(below)).toMatchObject({ ownedBlock: RECORDED, lastUserColumn: 10 });
    const right = withBlock(vi("threeLevel"));
    right[3]![18] = "ghi chú";
    expect(areaOf(right).lastUserColumn).toBe(19);
    const titled = [["TIÊU ĐỀ"], ...standardRows()];
    const merged = areaOf(titled, null, { headerRow: 2, merges: ["A1:J1"] });
    expect(merged.lastUserColumn).toBe(10);
  });

  it("stops with E041 at each cell inside it that the product could not have written", () => {
    const rows = withBlock(vi("threeLevel"), { titleRow: true, caption: RESULT_CAPTION.vi });
    rows[2]![8] = "xem lại"; // text in a count column
    rows[3]![9] = 1.5; // a rate above 100 %
    rows[4]![14] = "Khá"; // not a band's name
    rows[0]![9] = "ghi chú"; // in the caption's row, beside the caption
    const recorded = { top: 1, left: 8, bottom: 5, right: 16 };
    const area = areaOf(rows, recorded, { headerRow: 2 });
    expect(area.ownedBlock).toEqual(recorded);
    expect(area.problems).toEqual(
      ["J1", "I3", "J4", "O5"].map((cell) => ({ code: "E041", sheet: "Danh sách", cell }))
    );
  });
});
