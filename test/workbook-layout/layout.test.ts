import { describe, expect, it } from "vitest";
import { bandConsequence, bandName } from "../../src/rules";
import { DEFAULT_SETTINGS, type Lang, type TallyResult } from "../../src/rules/types";
import { layoutResults, type LayoutArgs } from "../../src/workbook/layout";
import { parseRange } from "../../src/workbook/layout/a1";
import {
  orientationFor,
  PORTRAIT_CAPACITY,
  resultSheetWidth,
} from "../../src/workbook/layout/result-sheet";
import { FONT_NAME } from "../../src/workbook/layout/style";
import type { RosterPlacement } from "../../src/workbook/placement";
import type { SheetWrite, WritePlan } from "../../src/workbook/plan";
import { readMarkerLine } from "../../src/workbook/result-marker";
import { RESULT_COLUMN_ORDER, RESULT_COLUMNS } from "../../src/workbook/vocabulary";
import {
  DETAILS,
  MEETING_DATE,
  nq96BtnResult,
  placementFor,
  qd96Result,
  writtenCells,
} from "./fixtures";

function argsFor(
  result: TallyResult,
  lang: Lang = "vi",
  roster: RosterPlacement = placementFor(result, { headerRow: 2 })
): LayoutArgs {
  return {
    result,
    roster,
    resultSheet: { name: "Kết quả", exists: false, ours: false, rosterBlock: null },
    details: DETAILS,
    meetingDate: MEETING_DATE,
    lang,
    version: "0.1.0",
    fingerprint: "0123456789abcdef",
    settings: DEFAULT_SETTINGS,
  };
}

function sheets(plan: WritePlan): { roster: SheetWrite; results: SheetWrite } {
  const [roster, results] = plan.sheets;
  expect(plan.sheets).toHaveLength(2);
  return { roster: roster!, results: results! };
}

function texts(sheet: SheetWrite): string[] {
  return [...writtenCells(sheet).values()]
    .map((cell) => cell.value)
    .filter((value): value is string => typeof value === "string");
}

describe("layoutResults: result columns on the roster", () => {
  it("writes the Vietnamese headers after one empty column, under a merged caption", () => {
    const { roster } = sheets(layoutResults(argsFor(qd96Result())));
    const cells = writtenCells(roster);
    expect(roster).toMatchObject({ sheet: "Danh sách", kind: "user", clear: [] });
    // User columns A–F, G stays empty, results from H to P.
    const headers = ["H", "I", "J", "K", "L", "M", "N", "O", "P"].map(
      (c) => cells.get(`${c}2`)?.value
    );
    expect(headers).toEqual(RESULT_COLUMN_ORDER.threeLevel.map((key) => RESULT_COLUMNS[key].vi));
    expect(headers[0]).toBe("Phiếu hợp lệ");
    expect(headers[8]).toBe("Xử lý theo quy định");
    expect([...cells.keys()].some((address) => address.startsWith("G"))).toBe(false);
    expect(cells.get("H1")?.value).toBe("Kết quả lấy phiếu");
    expect(roster.merges).toEqual(["H1:P1"]);
  });

  it("writes no caption when the header is in row 1 (the user's rows are never moved)", () => {
    const result = qd96Result(5);
    const { roster } = sheets(layoutResults(argsFor(result, "vi", placementFor(result))));
    const rows = [...writtenCells(roster).keys()].map((address) => parseRange(address)!.top);
    expect(Math.min(...rows)).toBe(1);
    expect(writtenCells(roster).get("H1")?.value).toBe("Phiếu hợp lệ");
    expect(roster.merges).toEqual([]);
  });

  it("writes counts as numbers, rates as fractions with a percent format, text as text", () => {
    const result = qd96Result();
    const { roster } = sheets(layoutResults(argsFor(result)));
    const cells = writtenCells(roster);
    const first = result.people[0]!; // row 3
    expect(cells.get("H3")).toEqual({ value: 41, format: "0" });
    expect(cells.get("I3")).toEqual({ value: first.counts!.high, format: "0" });
    expect(cells.get("J3")).toEqual({ value: first.percent!.high! / 100, format: "0.00%" });
    expect(cells.get("J3")!.value).toBe(0.7143); // 30 of 42
    expect(cells.get("O3")).toEqual({ value: "Không quá 50% tín nhiệm thấp", format: "@" });
    for (const cell of cells.values()) {
      if (typeof cell.value === "string") expect(cell.format).toBe("@");
      if (typeof cell.value === "number") expect(["0", "0.00%"]).toContain(cell.format);
    }
  });

  it("writes 'Không lấy phiếu' and the reason for a person not voted on, and no numbers", () => {
    const { roster } = sheets(layoutResults(argsFor(qd96Result())));
    const cells = writtenCells(roster);
    // Person 3 is on row 5.
    for (const column of ["H", "I", "J", "K", "L", "M", "N"]) {
      expect(cells.get(`${column}5`)?.value).toBeNull();
    }
    expect(cells.get("O5")?.value).toBe("Không lấy phiếu");
    expect(cells.get("P5")).toEqual({ value: "Đã có thông báo nghỉ hưu", format: "@" });
  });

  it("fills banded rows in the result columns only, stronger for two thirds", () => {
    const { roster } = sheets(layoutResults(argsFor(qd96Result())));
    const fills = roster.formats.filter((format) => format.fill !== undefined);
    const headerFill = fills.filter((format) => parseRange(format.range)!.top <= 2);
    const bandFills = fills.filter((format) => parseRange(format.range)!.top > 2);
    expect(headerFill.length).toBeGreaterThan(0);
    // People 5, 9 and 17 sit on rows 7, 11 and 19.
    expect(bandFills.map((format) => format.range)).toEqual(["H7:P7", "H11:P11", "H19:P19"]);
    expect(bandFills[0]!.fill).not.toBe(bandFills[1]!.fill);
    expect(bandFills[0]!.fill).toBe(bandFills[2]!.fill);
    for (const format of roster.formats)
      expect(parseRange(format.range)!.left).toBeGreaterThanOrEqual(8);
  });

  it("wraps nothing on the user's rows and sizes each column to its longest text", () => {
    const { roster } = sheets(layoutResults(argsFor(qd96Result())));
    expect(roster.formats.some((format) => format.wrap === true)).toBe(false);
    expect(roster.rowHeights).toEqual([]);
    const cells = writtenCells(roster);
    const widths = new Map(roster.columnWidths.map(({ column, width }) => [column, width]));
    // Column P (16) holds the consequences; the two-thirds one is the longest.
    const longest = Math.max(
      ...[...cells.entries()]
        .filter(([address]) => address.startsWith("P"))
        .map(([, cell]) => String(cell.value ?? "").length)
    );
    expect(longest).toBeGreaterThan(60);
    expect(widths.get(16)).toBe(longest + 2);
    expect(widths.get(8)).toBe(14); // "Phiếu hợp lệ" and two
  });

  it("clears exactly the rectangle the previous run recorded, nothing below or beside it", () => {
    const result = qd96Result();
    const owned = { top: 1, left: 10, bottom: 30, right: 18 };
    const roster = placementFor(result, { headerRow: 2, lastUserColumn: 8, ownedBlock: owned });
    const plan = sheets(layoutResults(argsFor(result, "vi", roster)));
    expect(plan.roster.clear).toEqual(["J1:R30"]);
    expect(writtenCells(plan.roster).get("J2")?.value).toBe("Phiếu hợp lệ");
  });

  it("records on the marker line the rectangle it writes on the roster, caption to last row", () => {
    const result = qd96Result(30);
    const { results } = sheets(layoutResults(argsFor(result)));
    const area = parseRange(results.page!.printArea)!;
    const line = readMarkerLine(writtenCells(results).get(`A${area.bottom}`)!.value);
    expect(line?.rosterBlock).toEqual({ top: 1, left: 8, bottom: 32, right: 16 });
    const atTop = placementFor(result, { headerRow: 1 });
    const fromTop = sheets(layoutResults(argsFor(result, "vi", atTop))).results;
    const last = parseRange(fromTop.page!.printArea)!.bottom;
    expect(readMarkerLine(writtenCells(fromTop).get(`A${last}`)!.value)?.rosterBlock).toEqual({
      top: 1,
      left: 8,
      bottom: 31,
      right: 16,
    });
  });

  it("writes the same cells on a second run over the first run's output", () => {
    const result = qd96Result();
    const first = sheets(layoutResults(argsFor(result)));
    const owned = { top: 1, left: 8, bottom: 42, right: 16 };
    const again = sheets(
      layoutResults(
        argsFor(result, "vi", placementFor(result, { headerRow: 2, ownedBlock: owned }))
      )
    );
    expect(again.roster.clear).toEqual(["H1:P42"]);
    expect({ ...again.roster, clear: [] }).toEqual(first.roster);
    expect(again.results).toEqual(first.results);
  });

  it("uses the English headers and the two-level columns of a no-confidence vote", () => {
    const english = sheets(layoutResults(argsFor(qd96Result(), "en"))).roster;
    expect(writtenCells(english).get("H2")?.value).toBe("Valid entries");
    expect(writtenCells(english).get("P2")?.value).toBe("Consequence");
    expect(writtenCells(english).get("H1")?.value).toBe("Voting results");

    const btn = nq96BtnResult();
    const roster = sheets(layoutResults(argsFor(btn))).roster;
    const headers = ["H", "I", "J", "K", "L", "M", "N"].map(
      (c) => writtenCells(roster).get(`${c}2`)?.value
    );
    expect(headers).toEqual([
      "Phiếu hợp lệ",
      "Tín nhiệm",
      "Tỷ lệ tín nhiệm",
      "Không tín nhiệm",
      "Tỷ lệ không tín nhiệm",
      "Mức",
      "Xử lý theo quy định",
    ]);
    expect(writtenCells(roster).get("K3")).toEqual({ value: 29, format: "0" });
    expect(
      roster.formats.filter((format) => format.fill === "#FFE699").map((f) => f.range)
    ).toEqual(["H3:N3"]);
  });
});

describe("layoutResults: the result sheet", () => {
  it("is an own, printable A4 sheet made active, with repeated header rows and a footer", () => {
    const { results } = sheets(layoutResults(argsFor(qd96Result())));
    expect(results).toMatchObject({ sheet: "Kết quả", kind: "own", activate: true });
    const page = results.page!;
    expect(page).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      fitToPagesWide: 1,
      centerFooter: '&C&"Times New Roman,Regular"&10Trang &P/&N',
    });
    const cells = writtenCells(results);
    const [top, bottom] = page.printTitleRows!.split(":").map(Number);
    expect(bottom).toBe(top! + 1);
    expect(cells.get(`A${top}`)?.value).toBe("STT");
    expect(cells.get(`D${top}`)?.value).toBe("Số phiếu hợp lệ");
    expect(cells.get(`E${top}`)?.value).toBe("Tín nhiệm cao");
    expect(cells.get(`E${bottom}`)?.value).toBe("Số phiếu");
    expect(cells.get(`F${bottom}`)?.value).toBe("Tỷ lệ");
    const area = parseRange(page.printArea)!;
    const rows = [...cells.keys()].map((address) => parseRange(address)!);
    expect(Math.max(...rows.map((cell) => cell.top))).toBe(area.bottom);
    expect(Math.max(...rows.map((cell) => cell.right))).toBe(area.right);
    expect(area.right).toBe(11);
  });

  it("prints the title block, the figures, every person, the notes and the signatures", () => {
    const { results } = sheets(layoutResults(argsFor(qd96Result())));
    const all = texts(results);
    for (const expected of [
      "ĐẢNG BỘ TỈNH HẢI DƯƠNG",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "KẾT QUẢ LẤY PHIẾU TÍN NHIỆM",
      DETAILS.meetingName!,
      "Nơi lấy phiếu: Ban Chấp hành Đảng bộ tỉnh – Ngày lấy phiếu: 29/03/2025",
      "Số người được triệu tập",
      "Số người vắng mặt",
      "Tỷ lệ có mặt",
      "Đủ 2/3",
      "Nguyễn Thị Hằng",
      "Không lấy phiếu",
      "Được bổ nhiệm tháng 2/2025",
      "Ghi chú:",
      "…………, ngày 29 tháng 3 năm 2025",
      "TRƯỞNG BAN KIỂM PHIẾU",
      "THÀNH VIÊN",
      "Phạm Văn Sơn",
      "Hoàng Minh Tuấn",
    ]) {
      expect(all).toContain(expected);
    }
    // The notes say the thresholds in words.
    expect(all.some((text) => /[×≥]/u.test(text))).toBe(false);
    expect(all.some((text) => text.includes("nhiều hơn một nửa số phiếu thu về"))).toBe(true);
    expect(all.some((text) => text.includes("Quy định số 96-QĐ/TW"))).toBe(true);
    // Meeting figures are numbers; absent is summoned less present.
    const numbers = [...writtenCells(results).values()].map((cell) => cell.value);
    expect(numbers.filter((value) => value === 45)).toHaveLength(1);
    const { summoned, present } = qd96Result().meeting;
    expect(numbers).toContain(summoned - present);
  });

  it("names each person's band as the roster and the pane do; the consequences are in the notes, beside the person only when the workbook asks", () => {
    const { results } = sheets(layoutResults(argsFor(qd96Result())));
    const all = texts(results);
    for (const band of ["none", "over-half", "two-thirds"] as const) {
      expect(all).toContain(bandName("qd96", band, "vi"));
    }
    for (const band of ["over-half", "two-thirds"] as const) {
      const consequence = bandConsequence("qd96", band, "vi");
      expect(all.some((text) => text.includes(`\n${consequence}`))).toBe(false);
      expect(
        all.filter((text) => text.toLowerCase().includes(consequence.toLowerCase()))
      ).toHaveLength(1);
    }
    expect(all).toContain("Mức");
    expect(all).not.toContain("Mức / xử lý");

    const args = argsFor(qd96Result());
    const perPerson = sheets(
      layoutResults({ ...args, details: { ...DETAILS, consequencePerPerson: true } })
    ).results;
    const beside = texts(perPerson);
    expect(beside).toContain("Mức / xử lý");
    for (const band of ["over-half", "two-thirds"] as const) {
      expect(beside).toContain(
        `${bandName("qd96", band, "vi")}\n${bandConsequence("qd96", band, "vi")}`
      );
    }
    // The lowest band entails nothing: no second line saying so.
    expect(beside).not.toContain(bandConsequence("qd96", "none", "vi"));
  });

  it("ends with the marker line: version, regulation id, fingerprint and the roster's block", () => {
    const { results } = sheets(layoutResults(argsFor(qd96Result())));
    const area = parseRange(results.page!.printArea)!;
    const last = writtenCells(results).get(`A${area.bottom}`)!.value;
    expect(last).toBe(
      "phieu-tin-nhiem 0.1.0 · qd96 · mã dữ liệu 0123456789abcdef · khối kết quả H1:P42"
    );
    expect(readMarkerLine(last)).toEqual({
      version: "0.1.0",
      regulation: "qd96",
      fingerprint: "0123456789abcdef",
      rosterBlock: { top: 1, left: 8, bottom: 42, right: 16 },
    });
  });

  it("writes the result sheet as wide as resultSheetWidth says (parse relies on it)", () => {
    for (const result of [qd96Result(), qd96Result(40, "nq96"), nq96BtnResult()]) {
      const { results } = sheets(layoutResults(argsFor(result)));
      expect(parseRange(results.page!.printArea)!.right).toBe(resultSheetWidth(result.regulation));
    }
  });

  it("names one font in every format and writes every string as text", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const sheet of layoutResults(argsFor(qd96Result(), lang)).sheets) {
        for (const format of sheet.formats) {
          if (format.font) expect(format.font.name).toBe(FONT_NAME);
        }
        for (const cell of writtenCells(sheet).values()) {
          if (typeof cell.value === "string") expect(cell.format).toBe("@");
        }
      }
    }
  });

  it("keeps a name that looks like a formula as text", () => {
    const result = qd96Result(3);
    const tricky = {
      ...result,
      people: [{ ...result.people[0]!, name: "=cmd()" }, ...result.people.slice(1)],
    };
    const plan = layoutResults(argsFor(tricky));
    const hits = plan.sheets.flatMap((sheet) =>
      [...writtenCells(sheet).values()].filter((cell) => cell.value === "=cmd()")
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.format).toBe("@");
  });

  it("is in English when asked, with the English footer", () => {
    const { results } = sheets(layoutResults(argsFor(qd96Result(), "en")));
    const all = texts(results);
    expect(all).toContain("CONFIDENCE VOTE RESULTS");
    expect(all).toContain("Not voted on");
    expect(all).toContain("…………, 29 March 2025");
    expect(all).toContain("COMMUNIST PARTY OF VIET NAM");
    expect(all.some((text) => text.includes("Tín nhiệm"))).toBe(false);
    expect(results.page!.centerFooter).toBe('&C&"Times New Roman,Regular"&10Page &P/&N');
  });

  it("titles a no-confidence vote as such and shows unknown ballot figures as unknown", () => {
    const { results } = sheets(layoutResults(argsFor(nq96BtnResult())));
    const all = texts(results);
    expect(all).toContain("KẾT QUẢ BỎ PHIẾU TÍN NHIỆM");
    expect(all.filter((text) => text === "—")).toHaveLength(2);
    expect(all).toContain("Không tín nhiệm");
    expect(parseRange(results.page!.printArea)!.right).toBe(9);
  });

  it("fills banded rows of the table across the whole row", () => {
    const { results } = sheets(layoutResults(argsFor(qd96Result())));
    const cells = writtenCells(results);
    const bandRows = results.formats
      .filter((format) => format.fill === "#FFE699" || format.fill === "#F4B084")
      .map((format) => {
        const box = parseRange(format.range)!;
        expect([box.left, box.right]).toEqual([1, 11]);
        return cells.get(`B${box.top}`)?.value;
      });
    const people = qd96Result().people;
    expect(bandRows).toEqual([people[4]!.name, people[8]!.name, people[16]!.name]);
  });
});

describe("orientation of the printed table", () => {
  it("is portrait while fitting the columns to the page's width keeps 72 % of their size", () => {
    expect(PORTRAIT_CAPACITY).toBe(98);
    // Each column prints 5/7 of a unit wider than its width.
    expect(orientationFor([66, 68])).toBe("portrait");
    expect(orientationFor([66, 69])).toBe("landscape");
  });

  it("prints the three-level and the two-level tables portrait, at their widest too", () => {
    const long = "Phó Chủ tịch Thường trực Ủy ban nhân dân kiêm Giám đốc Sở Kế hoạch và Đầu tư";
    for (const result of [qd96Result(), nq96BtnResult()]) {
      const wide = {
        ...result,
        people: result.people.map((person) => ({ ...person, name: long, position: long })),
      };
      const details = { ...DETAILS, consequencePerPerson: true };
      for (const args of [argsFor(result), { ...argsFor(wide), details }]) {
        expect(sheets(layoutResults(args)).results.page!.orientation).toBe("portrait");
      }
    }
  });
});

describe("layoutResults: what is not planned", () => {
  it("plans nothing while a blocking error stands", () => {
    expect(layoutResults(argsFor({ ...qd96Result(), blocked: true }))).toEqual({ sheets: [] });
  });

  it("never replaces a sheet of the result sheet's name that is the user's", () => {
    const args = {
      ...argsFor(qd96Result()),
      resultSheet: { name: "Kết quả", exists: true, ours: false, rosterBlock: null },
    };
    expect(layoutResults(args).sheets.map((sheet) => sheet.sheet)).toEqual(["Danh sách"]);
    const ours = {
      ...args,
      resultSheet: { name: "Kết quả", exists: true, ours: true, rosterBlock: null },
    };
    expect(layoutResults(ours).sheets.map((sheet) => sheet.sheet)).toEqual([
      "Danh sách",
      "Kết quả",
    ]);
  });
});

describe("layoutResults: determinism", () => {
  it("gives byte-identical plans for the same inputs, whatever the order of personRows", () => {
    const result = qd96Result();
    const roster = placementFor(result, { headerRow: 2 });
    const reversed = {
      ...roster,
      personRows: Object.fromEntries(Object.entries(roster.personRows).reverse()),
    };
    const a = JSON.stringify(layoutResults(argsFor(result, "vi", roster)));
    const b = JSON.stringify(layoutResults(argsFor(qd96Result(), "vi", reversed)));
    expect(a).toBe(b);
    expect(JSON.stringify(layoutResults(argsFor(result, "en")))).not.toBe(a);
  });
});
