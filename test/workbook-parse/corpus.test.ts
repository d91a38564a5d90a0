// The corpus of malformed workbooks: each is the standard workbook with one thing wrong, written
// to .xlsx with ExcelJS, read back with both readers (ExcelJS and the package reader, which must
// agree), parsed, and — when parse lets it through — tallied by the rules. Each must give its
// coded problem at its sheet and cell, never a crash. The accepted variations of workbook.md
// section 5 must give no problem at all.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatProblem, RULE_PROBLEMS, type Problem } from "../../src/rules";
import { WORKBOOK_PROBLEMS } from "../../src/workbook/problems";
import { markerLineText } from "../../src/workbook/result-marker";
import { checkWorkbook, type SettingOverrides } from "../../src/workbook/run";
import { RESULT_COLUMN_ORDER, RESULT_COLUMNS } from "../../src/workbook/vocabulary";
import { readWithBoth } from "../helpers/package-read";
import { found, type Found } from "./found";
import { standardWorkbook } from "./standard";

type Value = ExcelJS.CellValue;

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`no sheet ${name} in the test workbook`);
  return worksheet;
}

function set(workbook: ExcelJS.Workbook, name: string, cells: Record<string, Value>): void {
  for (const [address, value] of Object.entries(cells))
    sheet(workbook, name).getCell(address).value = value;
}

function remove(workbook: ExcelJS.Workbook, ...names: string[]): void {
  for (const name of names) workbook.removeWorksheet(sheet(workbook, name).id);
}

/** Moves every cell of a sheet down by `rows` (ExcelJS's spliceRows keeps merges and tables out). */
function insertRows(workbook: ExcelJS.Workbook, name: string, rows: number): void {
  sheet(workbook, name).spliceRows(1, 0, ...Array.from({ length: rows }, () => []));
}

interface Outcome {
  readonly problems: readonly Problem[];
  readonly tallied: boolean;
}

/** A previous run's marker line on `Kết quả`, recording the block H1:P4 on the roster. */
function previousRun(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const results = workbook.addWorksheet("Kết quả");
  results.getCell("A40").value = markerLineText(
    {
      version: "0.1.0",
      regulation: "qd96",
      fingerprint: "0a1b2c3d4e5f6a7b",
      rosterBlock: { top: 1, left: 8, bottom: 4, right: 16 },
    },
    "vi"
  );
  return results;
}

/** Write, read back and check as the add-in and the command line do: parse, and tally when
 * parse gives an input, else the checks that what was read allows. */
async function run(
  build: (workbook: ExcelJS.Workbook) => void,
  overrides: SettingOverrides = {}
): Promise<Outcome> {
  const workbook = standardWorkbook();
  build(workbook);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  // Both readers must give the same grids for every case of the corpus.
  const checked = checkWorkbook(await readWithBoth(bytes), overrides);
  return { problems: checked.problems, tallied: checked.parsed.input !== null };
}

interface MalformedCase {
  readonly name: string;
  readonly build: (workbook: ExcelJS.Workbook) => void;
  /** What the command line's options would set. */
  readonly overrides?: SettingOverrides;
  readonly expect: Found;
}

const EXTRA_NAMES_LABEL = "Phiếu ghi thêm tên ngoài danh sách";

const MALFORMED: readonly MalformedCase[] = [
  {
    name: "no meeting sheet",
    build: (wb) => remove(wb, "Hội nghị"),
    expect: { code: "E001", sheet: "Hội nghị", cell: "A1" },
  },
  {
    name: "no roster sheet",
    build: (wb) => remove(wb, "Danh sách"),
    expect: { code: "E001", sheet: "Danh sách", cell: "A1" },
  },
  {
    name: "neither ballots nor hand tally",
    build: (wb) => remove(wb, "Phiếu", "Kiểm phiếu"),
    expect: { code: "E002", sheet: "Phiếu", cell: "A1" },
  },
  {
    name: "two roster sheets",
    build: (wb) => {
      const copy = wb.addWorksheet("Roster");
      sheet(wb, "Danh sách").eachRow((row, r) => (copy.getRow(r).values = row.values));
    },
    expect: { code: "E003", sheet: "Roster", cell: "A1" },
  },
  {
    name: "ballots sheet under another name",
    build: (wb) => (sheet(wb, "Phiếu").name = "Sheet3"),
    expect: { code: "W004", sheet: "Sheet3", cell: "A1" },
  },
  {
    name: "roster without the Chức vụ header",
    build: (wb) => set(wb, "Danh sách", { C1: "Nhiệm vụ" }),
    expect: { code: "E005", sheet: "Danh sách", cell: "A1" },
  },
  {
    name: "ballots without the Số phiếu header",
    build: (wb) => set(wb, "Phiếu", { A1: "Phiếu số" }),
    expect: { code: "E005", sheet: "Phiếu", cell: "A1" },
  },
  {
    name: "hand tally without Tín nhiệm thấp",
    build: (wb) => set(wb, "Kiểm phiếu", { E1: null }),
    expect: { code: "E005", sheet: "Kiểm phiếu", cell: "A1" },
  },
  {
    name: "the same header twice",
    build: (wb) => set(wb, "Danh sách", { G1: "Họ tên" }),
    expect: { code: "E006", sheet: "Danh sách", cell: "G1" },
  },
  {
    name: "blank count in the hand tally",
    build: (wb) => set(wb, "Kiểm phiếu", { D3: null }),
    expect: { code: "E007", sheet: "Kiểm phiếu", cell: "D3" },
  },
  {
    name: "blank name on the roster",
    build: (wb) => set(wb, "Danh sách", { B3: "   " }),
    expect: { code: "E007", sheet: "Danh sách", cell: "B3" },
  },
  {
    name: "blank value for people present",
    build: (wb) => set(wb, "Hội nghị", { B7: null }),
    expect: { code: "E007", sheet: "Hội nghị", cell: "B7" },
  },
  {
    name: "a formula error for ballots issued",
    build: (wb) => set(wb, "Hội nghị", { B8: { formula: "1/0", result: { error: "#DIV/0!" } } }),
    expect: { code: "E008", sheet: "Hội nghị", cell: "B8" },
  },
  {
    name: "no Quy định áp dụng row",
    build: (wb) => sheet(wb, "Hội nghị").spliceRows(4, 1),
    expect: { code: "E010", sheet: "Hội nghị", cell: "A1" },
  },
  {
    name: "Số phiếu thu về written twice",
    build: (wb) => set(wb, "Hội nghị", { A13: "Số phiếu thu về:", B13: 6 }),
    expect: { code: "E011", sheet: "Hội nghị", cell: "A13" },
  },
  {
    name: "a date that is not one",
    build: (wb) => set(wb, "Hội nghị", { B3: "30/02/2023" }),
    expect: { code: "E012", sheet: "Hội nghị", cell: "B3" },
  },
  {
    name: "an ISO date as text",
    build: (wb) => set(wb, "Hội nghị", { B3: "2023-03-29" }),
    expect: { code: "E012", sheet: "Hội nghị", cell: "B3" },
  },
  {
    name: "an unknown regulation",
    build: (wb) => set(wb, "Hội nghị", { B4: "QĐ 262-QĐ/TW" }),
    expect: { code: "E013", sheet: "Hội nghị", cell: "B4" },
  },
  {
    name: "a count written as a word",
    build: (wb) => set(wb, "Kiểm phiếu", { C2: "bốn" }),
    expect: { code: "E014", sheet: "Kiểm phiếu", cell: "C2" },
  },
  {
    name: "a thousands separator in the wrong place",
    build: (wb) => set(wb, "Hội nghị", { B6: "1.20" }),
    expect: { code: "E014", sheet: "Hội nghị", cell: "B6" },
  },
  {
    name: "a decimal count as text",
    build: (wb) => set(wb, "Hội nghị", { B9: "4,5" }),
    expect: { code: "E014", sheet: "Hội nghị", cell: "B9" },
  },
  {
    name: "duplicate people (one STT twice)",
    build: (wb) => set(wb, "Danh sách", { A4: 2 }),
    expect: { code: "E020", sheet: "Danh sách", cell: "A4" },
  },
  {
    name: "namesakes on the roster",
    build: (wb) => {
      set(wb, "Danh sách", { B4: "Trần Thị Bình" });
      set(wb, "Phiếu", { C1: 1, D1: 2, E1: 3 });
      set(wb, "Kiểm phiếu", { B4: "Trần Thị Bình" });
      sheet(wb, "Kiểm phiếu").spliceColumns(2, 1);
    },
    expect: { code: "W021", sheet: "Danh sách", cell: "B4" },
  },
  {
    name: "an empty roster, its rows numbered in advance",
    build: (wb) =>
      set(wb, "Danh sách", {
        B2: null,
        C2: null,
        D2: null,
        B3: null,
        C3: null,
        D3: null,
        B4: null,
        C4: null,
        D4: null,
      }),
    expect: { code: "E022", sheet: "Danh sách", cell: "B2" },
  },
  {
    name: "a person in the ballots but not on the roster",
    build: (wb) => set(wb, "Phiếu", { E1: "Phạm Văn Dũng" }),
    expect: { code: "E030", sheet: "Phiếu", cell: "E1" },
  },
  {
    name: "a person in the hand tally but not on the roster",
    build: (wb) => set(wb, "Kiểm phiếu", { A4: null, B4: "Phạm Văn Dũng" }),
    expect: { code: "E030", sheet: "Kiểm phiếu", cell: "B4" },
  },
  {
    name: "a ballot column naming two namesakes",
    build: (wb) => set(wb, "Danh sách", { B4: "Trần Thị Bình" }),
    expect: { code: "E031", sheet: "Phiếu", cell: "D1" },
  },
  {
    name: "one person with two ballot columns",
    build: (wb) => set(wb, "Phiếu", { E1: "1" }),
    expect: { code: "E032", sheet: "Phiếu", cell: "E1" },
  },
  {
    name: "one person with two hand tally rows",
    build: (wb) => set(wb, "Kiểm phiếu", { A4: 2, B4: "Trần Thị Bình" }),
    expect: { code: "E032", sheet: "Kiểm phiếu", cell: "A4" },
  },
  {
    name: "a person voted on without a ballot column",
    build: (wb) => sheet(wb, "Phiếu").spliceColumns(5, 1),
    expect: { code: "E033", sheet: "Phiếu", cell: "A1" },
  },
  {
    name: "an unknown entry code",
    build: (wb) => set(wb, "Phiếu", { D4: "TC" }),
    expect: { code: "E034", sheet: "Phiếu", cell: "D4" },
  },
  {
    name: "a two-level code in a three-level vote",
    build: (wb) => set(wb, "Phiếu", { C5: "KTN" }),
    expect: { code: "E034", sheet: "Phiếu", cell: "C5" },
  },
  {
    name: "a name written in a column without header",
    build: (wb) => set(wb, "Phiếu", { G3: "Phạm Văn Dũng" }),
    expect: { code: "E035", sheet: "Phiếu", cell: "G3" },
  },
  {
    name: "STT and name naming two people in the hand tally",
    build: (wb) => set(wb, "Kiểm phiếu", { A2: 3 }),
    expect: { code: "E036", sheet: "Kiểm phiếu", cell: "A2" },
  },
  {
    name: "a user sheet named Kết quả without the marker",
    build: (wb) => (wb.addWorksheet("Kết quả").getCell("A1").value = "Bảng của tôi"),
    expect: { code: "E040", sheet: "Kết quả", cell: "A1" },
  },
  {
    name: "an extra-names rule that is not one of the choices",
    build: (wb) => set(wb, "Hội nghị", { A12: EXTRA_NAMES_LABEL, B12: "Có" }),
    expect: { code: "E015", sheet: "Hội nghị", cell: "B12" },
  },
  {
    name: "a start time in words",
    build: (wb) => set(wb, "Hội nghị", { A12: "Thời gian bắt đầu", B12: "sáng" }),
    expect: { code: "E050", sheet: "Hội nghị", cell: "B12" },
  },
  {
    name: "an end time before the start time",
    build: (wb) =>
      set(wb, "Hội nghị", {
        A12: "Thời gian bắt đầu",
        B12: "14:00",
        A13: "Thời gian kết thúc",
        B13: "9:30",
      }),
    expect: { code: "E051", sheet: "Hội nghị", cell: "B13" },
  },
  {
    name: "one post for the counting committee's two members",
    build: (wb) =>
      set(wb, "Hội nghị", { A12: "Chức vụ thành viên ban kiểm phiếu", B12: "Chuyên viên" }),
    expect: { code: "E052", sheet: "Hội nghị", cell: "B12" },
  },
  {
    name: "a consequence setting that is neither yes nor no",
    build: (wb) =>
      set(wb, "Hội nghị", { A12: "Ghi xử lý theo quy định cạnh từng người", B12: "tuỳ" }),
    expect: { code: "E053", sheet: "Hội nghị", cell: "B12" },
  },
  {
    name: "a place kind that is not one of the choices",
    build: (wb) => set(wb, "Hội nghị", { A12: "Loại nơi lấy phiếu", B12: "Chi bộ" }),
    expect: { code: "E060", sheet: "Hội nghị", cell: "B12" },
  },
  {
    name: "an option that contradicts the workbook's extra-names rule",
    build: (wb) => set(wb, "Hội nghị", { A12: EXTRA_NAMES_LABEL, B12: "Bỏ qua tên ghi thêm" }),
    overrides: { extraNames: "void-ballot" },
    expect: { code: "E016", sheet: "Hội nghị", cell: "B12" },
  },
  {
    name: "an option where the workbook states no extra-names rule",
    build: () => undefined,
    overrides: { extraNames: "void-ballot" },
    expect: { code: "W017", sheet: "Hội nghị", cell: "A12" },
  },
  {
    name: "a hand tally that counted a ballot the extra-names rule voids",
    build: (wb) => {
      set(wb, "Hội nghị", { A12: EXTRA_NAMES_LABEL, B12: "Cả phiếu không hợp lệ" });
      set(wb, "Phiếu", { F1: "Ghi thêm", F2: "Phạm Văn Xa" });
    },
    expect: { code: "E018", sheet: "Hội nghị", cell: "B12" },
  },
  // Meaning: parse lets these through and the rules find them at the cell parse gave.
  {
    name: "duplicate ballot numbers",
    build: (wb) => set(wb, "Phiếu", { A3: 1 }),
    expect: { code: "E301", sheet: "Phiếu", cell: "A2" },
  },
  {
    name: "ballot rows not matching ballots collected",
    build: (wb) => {
      remove(wb, "Kiểm phiếu");
      sheet(wb, "Phiếu").spliceRows(6, 1);
    },
    expect: { code: "E302", sheet: "Hội nghị", cell: "B9" },
  },
  {
    name: "an excluded person with marks",
    build: (wb) => {
      remove(wb, "Kiểm phiếu");
      set(wb, "Danh sách", { F3: "Nghỉ hưu từ tháng 6" });
    },
    expect: { code: "W201", sheet: "Phiếu", cell: "D2" },
  },
  {
    name: "a hand tally that does not add up",
    build: (wb) => {
      remove(wb, "Phiếu");
      set(wb, "Kiểm phiếu", { C2: 5 });
    },
    expect: { code: "E311", sheet: "Kiểm phiếu", cell: "A2" },
  },
  {
    name: "double entry disagreeing",
    build: (wb) => set(wb, "Kiểm phiếu", { C2: 3, D2: 2 }),
    expect: { code: "E314", sheet: "Kiểm phiếu", cell: "C2" },
  },
  {
    name: "an extra name written on a ballot",
    build: (wb) => set(wb, "Phiếu", { F1: "Ghi thêm", F3: "Phạm Văn Dũng" }),
    expect: { code: "W301", sheet: "Phiếu", cell: "F3" },
  },
  {
    name: "a meeting without quorum",
    build: (wb) => set(wb, "Hội nghị", { B6: 9 }),
    expect: { code: "E106", sheet: "Hội nghị", cell: "B7" },
  },
  {
    name: "a user's text inside the result block the previous run recorded",
    build: (wb) => {
      previousRun(wb);
      const roster = sheet(wb, "Danh sách");
      RESULT_COLUMN_ORDER.threeLevel.forEach((key, i) => {
        roster.getCell(1, 8 + i).value = RESULT_COLUMNS[key].vi;
      });
      roster.getCell("K3").value = "xem lại";
    },
    expect: { code: "E041", sheet: "Danh sách", cell: "K3" },
  },
  {
    name: "a user's cell right of the table on the add-in's own Kết quả sheet",
    build: (wb) => (previousRun(wb).getCell("Z1").value = "ý kiến"),
    expect: { code: "W042", sheet: "Kết quả", cell: "Z1" },
  },
  {
    name: "a ballot cell holding a formula saved without its result",
    build: (wb) => set(wb, "Phiếu", { C3: { formula: "C2" } as Value }),
    expect: { code: "E009", sheet: "Phiếu", cell: "C3" },
  },
  {
    name: "one ballot's entries merged across the row",
    build: (wb) => sheet(wb, "Phiếu").mergeCells("C3:E3"),
    expect: { code: "E037", sheet: "Phiếu", cell: "C3" },
  },
  {
    name: "two people's counts merged on the hand tally",
    build: (wb) => sheet(wb, "Kiểm phiếu").mergeCells("C2:C3"),
    expect: { code: "E037", sheet: "Kiểm phiếu", cell: "C2" },
  },
  {
    name: "a value on the roster so far right that the result columns would pass XFD",
    build: (wb) => set(wb, "Danh sách", { XFA5: "ghi chú" }),
    expect: { code: "E043", sheet: "Danh sách", cell: "XFA5" },
  },
  {
    name: "a position longer than an Excel cell holds, to be written on Kết quả",
    build: (wb) => set(wb, "Danh sách", { C3: "x".repeat(40_000) }),
    expect: { code: "W044", sheet: "Kết quả", cell: "C17" },
  },
  {
    name: "a roster one person past the limit of 500",
    build: (wb) => {
      for (let person = 4; person <= 501; person++) {
        sheet(wb, "Danh sách").getRow(person + 1).values = [person, `Người ${person}`, "Ủy viên"];
      }
    },
    expect: { code: "E047", sheet: "Danh sách", cell: "B502" },
  },
  {
    name: "a ballot sheet one ballot past the limit of 10,000",
    build: (wb) => {
      for (let ballot = 6; ballot <= 10_001; ballot++) {
        sheet(wb, "Phiếu").getRow(ballot + 1).values = [ballot, null, 1, 1, 1];
      }
    },
    expect: { code: "E048", sheet: "Phiếu", cell: "A10002" },
  },
];

interface TwoErrorsCase {
  readonly name: string;
  readonly build: (workbook: ExcelJS.Workbook) => void;
  readonly expect: readonly [Found, Found];
}

// Two unrelated errors in one workbook: one check reports both, whichever is fixed first.
const TWO_ERRORS: readonly TwoErrorsCase[] = [
  {
    name: "a bad code on a ballot, and no quorum",
    build: (wb) => {
      set(wb, "Phiếu", { D4: "TC" });
      set(wb, "Hội nghị", { B6: 9 });
    },
    expect: [
      { code: "E034", sheet: "Phiếu", cell: "D4" },
      { code: "E106", sheet: "Hội nghị", cell: "B7" },
    ],
  },
  {
    name: "a total row under the ballots: its cells, and one row too many",
    build: (wb) => set(wb, "Phiếu", { A7: "Cộng", C7: 7, D7: 8, E7: 9 }),
    expect: [
      { code: "E034", sheet: "Phiếu", cell: "C7" },
      { code: "E302", sheet: "Hội nghị", cell: "B9" },
    ],
  },
  {
    name: "a date that is not one, and a bad code on a ballot",
    build: (wb) => {
      set(wb, "Hội nghị", { B3: "30/02/2023" });
      set(wb, "Phiếu", { D4: "TC" });
    },
    expect: [
      { code: "E012", sheet: "Hội nghị", cell: "B3" },
      { code: "E034", sheet: "Phiếu", cell: "D4" },
    ],
  },
  {
    name: "a date that is not one, and no quorum",
    build: (wb) => set(wb, "Hội nghị", { B3: "30/02/2023", B6: 9 }),
    expect: [
      { code: "E012", sheet: "Hội nghị", cell: "B3" },
      { code: "E106", sheet: "Hội nghị", cell: "B7" },
    ],
  },
  {
    name: "a blank name on the roster, and more ballots collected than issued",
    build: (wb) => {
      set(wb, "Danh sách", { B3: null });
      set(wb, "Hội nghị", { B8: 4, B9: 5 });
    },
    expect: [
      { code: "E007", sheet: "Danh sách", cell: "B3" },
      { code: "E105", sheet: "Hội nghị", cell: "B9" },
    ],
  },
  {
    name: "an unknown regulation, and a ballot missing",
    build: (wb) => {
      set(wb, "Hội nghị", { B4: "QĐ 262-QĐ/TW" });
      remove(wb, "Kiểm phiếu");
      sheet(wb, "Phiếu").spliceRows(6, 1);
    },
    expect: [
      { code: "E013", sheet: "Hội nghị", cell: "B4" },
      { code: "E302", sheet: "Hội nghị", cell: "B9" },
    ],
  },
  {
    name: "a hand-tally count written as a word, and a ballot number used twice",
    build: (wb) => {
      set(wb, "Kiểm phiếu", { C2: "bốn" });
      set(wb, "Phiếu", { A3: 1 });
    },
    expect: [
      { code: "E014", sheet: "Kiểm phiếu", cell: "C2" },
      { code: "E301", sheet: "Phiếu", cell: "A2" },
    ],
  },
];

interface AcceptedCase {
  readonly name: string;
  readonly build: (workbook: ExcelJS.Workbook) => void;
}

const ACCEPTED: readonly AcceptedCase[] = [
  { name: "the standard workbook", build: () => {} },
  { name: "a date as dd/mm/yyyy text", build: (wb) => set(wb, "Hội nghị", { B3: "29/03/2023" }) },
  { name: "a date as d/m/yyyy text", build: (wb) => set(wb, "Hội nghị", { B3: "29/3/2023" }) },
  {
    name: "a date as a serial in General format",
    build: (wb) => set(wb, "Hội nghị", { B3: 45014 }),
  },
  {
    name: "a date with its time of day",
    build: (wb) => set(wb, "Hội nghị", { B3: new Date(Date.UTC(2023, 2, 29, 14, 30)) }),
  },
  {
    name: "numbers stored as text, with thousands separators",
    build: (wb) => set(wb, "Hội nghị", { B6: "1.200", B7: "1,000", B8: " 5 ", B9: "5" }),
  },
  {
    name: "names in decomposed Unicode and with double spaces",
    build: (wb) =>
      set(wb, "Phiếu", { C1: "Nguyễn  Văn An".normalize("NFD"), D1: " trần thị  bình " }),
  },
  {
    name: "a name starting with '='",
    build: (wb) => {
      set(wb, "Danh sách", { B2: "=Nguyễn Văn An" });
      set(wb, "Phiếu", { C1: 1 });
      set(wb, "Kiểm phiếu", { B2: "=Nguyễn Văn An" });
    },
  },
  {
    name: "headers below a title block, with blank rows between data",
    build: (wb) => {
      insertRows(wb, "Danh sách", 3);
      set(wb, "Danh sách", { A1: "DANH SÁCH NGƯỜI ĐƯỢC LẤY PHIẾU" });
      sheet(wb, "Danh sách").mergeCells("A1:F1");
      insertRows(wb, "Phiếu", 2);
      set(wb, "Phiếu", { A1: "PHIẾU" });
      sheet(wb, "Phiếu").spliceRows(6, 0, []);
    },
  },
  {
    name: "merged header cells over two rows",
    build: (wb) => {
      sheet(wb, "Kiểm phiếu").spliceRows(2, 0, []);
      for (const col of ["A", "B", "C", "D", "E", "F"])
        sheet(wb, "Kiểm phiếu").mergeCells(`${col}1:${col}2`);
    },
  },
  {
    name: "data as Excel tables",
    build: (wb) => {
      const roster = sheet(wb, "Danh sách");
      const rows = [2, 3, 4].map((r) => (roster.getRow(r).values as Value[]).slice(1, 7));
      roster.spliceRows(1, 4);
      roster.addTable({
        name: "DanhSach",
        ref: "B2",
        columns: ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ngày bổ nhiệm", "Không lấy phiếu"].map(
          (name) => ({ name })
        ),
        rows,
      });
      roster.getCell("B8").value = "Người lập biểu";
    },
  },
  {
    name: "English sheet names and headers",
    build: (wb) => {
      sheet(wb, "Danh sách").name = "Roster";
      set(wb, "Roster", { A1: "No.", B1: "Full name", C1: "Position", D1: "Unit" });
      sheet(wb, "Phiếu").name = "Ballots";
      set(wb, "Ballots", { A1: "Ballot no.", B1: "Invalid ballot" });
    },
  },
  {
    name: "rows numbered for people to come, with their empty ballot column and hand-tally line",
    build: (wb) => {
      set(wb, "Danh sách", { A5: 4, A6: 5 });
      set(wb, "Phiếu", { F1: 4, G1: "5" });
      set(wb, "Kiểm phiếu", { A5: 4, A6: 5 });
    },
  },
  {
    name: "the add-in's own Kết quả sheet from a previous run",
    build: (wb) => previousRun(wb),
  },
];

describe("the corpus of malformed workbooks", () => {
  it("has at least 25 cases, and reaches every code of the workbook catalogue", () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(25);
    const reached = new Set(MALFORMED.map((c) => c.expect.code));
    // Protection is no content of the file: the add-in reads it from Excel and reports these
    // before writing (test/excel/addin-host.test.ts).
    const fromExcel = new Set(["E045", "E046"]);
    // The ballots' own codes: only printing the ballots reports them (test/ballot-forms).
    const fromBallots = new Set(["E056", "E057", "E058"]);
    for (const code of Object.keys(WORKBOOK_PROBLEMS)) {
      if (!fromExcel.has(code) && !fromBallots.has(code)) expect(reached).toContain(code);
    }
  });

  it.each(MALFORMED)(
    "$name → $expect.code at $expect.sheet!$expect.cell",
    async ({ build, overrides, expect: expected }) => {
      const { problems } = await run(build, overrides);
      expect(found(problems)).toContainEqual(expected);
      const catalogue = { ...RULE_PROBLEMS, ...WORKBOOK_PROBLEMS };
      for (const problem of problems) {
        for (const lang of ["vi", "en"] as const)
          expect(formatProblem(problem, lang, catalogue)).not.toMatch(/[{}]/);
      }
    }
  );
});

describe("two unrelated errors in one workbook", () => {
  it.each(TWO_ERRORS)("$name: both in one check", async ({ build, expect: expected }) => {
    const { problems } = await run(build);
    expect(found(problems)).toEqual(expect.arrayContaining([...expected]));
  });
});

describe("the accepted variations (workbook.md section 5)", () => {
  it.each(ACCEPTED)("$name: no problem, and the standard counts", async ({ build }) => {
    const { problems, tallied } = await run(build);
    expect(problems).toEqual([]);
    expect(tallied).toBe(true);
  });
});
