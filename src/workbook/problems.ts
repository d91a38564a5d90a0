// The workbook layer's problem codes (E0xx/W0xx): everything about the shape of a workbook and
// the content of its cells. The rules own E1xx–E3xx (the meaning of the vote). Same shape as the
// rules' catalogue, so one formatter fills both: a severity and a template per language, with
// {param} placeholders filled from Problem.params. The cell to show is in Problem.refs.

import type { Problem, ProblemCatalogue, SourceRef } from "../rules";

export const WORKBOOK_PROBLEMS = {
  E001: {
    severity: "error",
    vi: "Không tìm thấy sheet “{sheetVi}” (tìm theo tên, rồi theo tiêu đề cột).",
    en: "Sheet “{sheetEn}” not found (looked for by name, then by its headers).",
  },
  E002: {
    severity: "error",
    vi: "Không có sheet “Phiếu” hoặc “Kiểm phiếu”: không có số liệu bỏ phiếu để kiểm.",
    en: "No “Ballots” or “Hand tally” sheet: there are no votes to count.",
  },
  E003: {
    severity: "error",
    vi: "Hai sheet cùng là “{roleVi}”: “{other}” và “{sheet}”. Hãy đổi tên hoặc xoá một sheet.",
    en: "Two sheets are both “{roleEn}”: “{other}” and “{sheet}”. Rename or delete one of them.",
  },
  W004: {
    severity: "warning",
    vi: "Sheet “{sheet}” được đọc là “{roleVi}” (nhận ra theo tiêu đề cột).",
    en: "Sheet “{sheet}” is read as “{roleEn}” (recognized by its headers).",
  },
  E005: {
    severity: "error",
    vi: "Sheet “{sheet}”: thiếu cột “{headerVi}”.",
    en: "Sheet “{sheet}”: the column “{headerEn}” is missing.",
  },
  E006: {
    severity: "error",
    vi: "Sheet “{sheet}”: cột “{header}” có hai lần (ô {first} và ô {cell}).",
    en: "Sheet “{sheet}”: the column “{header}” appears twice (cells {first} and {cell}).",
  },
  E007: {
    severity: "error",
    vi: "Ô {cell} đang trống: “{field}” cần có giá trị.",
    en: "Cell {cell} is blank: “{field}” needs a value.",
  },
  E008: {
    severity: "error",
    vi: "Ô {cell} chứa lỗi của Excel ({value}); hãy sửa công thức hoặc nhập giá trị.",
    en: "Cell {cell} holds an Excel error ({value}); fix the formula or type the value.",
  },
  E010: {
    severity: "error",
    vi: "Sheet “{sheet}”: thiếu dòng “{labelVi}”.",
    en: "Sheet “{sheet}”: the row “{labelEn}” is missing.",
  },
  E011: {
    severity: "error",
    vi: "Sheet “{sheet}”: dòng “{label}” có hai lần (ô {first} và ô {cell}).",
    en: "Sheet “{sheet}”: the row “{label}” appears twice (cells {first} and {cell}).",
  },
  E012: {
    severity: "error",
    vi: "Ô {cell}: “{value}” không phải là ngày; hãy nhập ngày Excel hoặc dạng dd/mm/yyyy.",
    en: "Cell {cell}: “{value}” is not a date; type an Excel date or dd/mm/yyyy.",
  },
  E013: {
    severity: "error",
    vi: "Ô {cell}: không nhận ra quy định “{value}”; hãy ghi {accepted}.",
    en: "Cell {cell}: unknown regulation “{value}”; write {accepted}.",
  },
  E014: {
    severity: "error",
    vi: "Ô {cell}: “{value}” không phải là số nguyên không âm.",
    en: "Cell {cell}: “{value}” is not a whole number.",
  },
  E020: {
    severity: "error",
    vi: "Mã “{id}” có hai người trong danh sách (ô {first} và ô {cell}).",
    en: "The id “{id}” belongs to two people on the roster (cells {first} and {cell}).",
  },
  W021: {
    severity: "warning",
    vi: "Hai người trùng họ tên “{name}” (ô {first} và ô {cell}); hãy ghi Mã hoặc STT ở tiêu đề cột phiếu.",
    en: "Two people are named “{name}” (cells {first} and {cell}); head their ballot columns by ID or No.",
  },
  E022: {
    severity: "error",
    vi: "Trang “{sheet}” chưa có ai được lấy phiếu: hãy nhập họ và tên người đầu tiên vào ô {cell}.",
    en: "Sheet “{sheet}” lists nobody to vote on yet: type the first person's full name in cell {cell}.",
    action: {
      vi: "Nhập họ và tên, chức vụ của từng người được lấy phiếu, mỗi người một dòng.",
      en: "Type the full name and position of each person voted on, one person a row.",
    },
  },
  E030: {
    severity: "error",
    vi: "Ô {cell}: “{value}” không khớp với ai trong danh sách (Mã, STT hoặc Họ và tên).",
    en: "Cell {cell}: “{value}” matches nobody on the roster (ID, No. or Full name).",
  },
  E031: {
    severity: "error",
    vi: "Ô {cell}: “{value}” khớp với nhiều người ({people}); hãy ghi Mã hoặc STT.",
    en: "Cell {cell}: “{value}” matches several people ({people}); write the ID or No.",
  },
  E032: {
    severity: "error",
    vi: "Sheet “{sheet}”: “{name}” có hai lần (ô {first} và ô {cell}).",
    en: "Sheet “{sheet}”: “{name}” appears twice (cells {first} and {cell}).",
  },
  E033: {
    severity: "error",
    vi: "Sheet “{sheet}” không có cột cho “{name}”, người có trong danh sách lấy phiếu.",
    en: "Sheet “{sheet}” has no column for “{name}”, who is on the roster to be voted on.",
  },
  E034: {
    severity: "error",
    vi: "Ô {cell}: không hiểu “{value}”; hãy ghi một trong {codes}, hoặc để trống.",
    en: "Cell {cell}: “{value}” is not an entry; write one of {codes}, or leave it blank.",
  },
  E035: {
    severity: "error",
    vi: "Ô {cell}: “{value}” nằm trong cột không có tiêu đề; hãy ghi tiêu đề hoặc xoá.",
    en: "Cell {cell}: “{value}” is in a column without a header; add a header or delete it.",
  },
  E036: {
    severity: "error",
    vi: "Dòng {row} của sheet “{sheet}” chỉ hai người khác nhau ({people}).",
    en: "Row {row} of sheet “{sheet}” names two different people ({people}).",
  },
  E040: {
    severity: "error",
    vi: "Đã có sheet “{sheet}” không do phần mềm tạo; hãy đổi tên sheet đó để ghi kết quả.",
    en: "A sheet “{sheet}” exists that this add-in did not write; rename it so results can be written.",
  },
} as const satisfies ProblemCatalogue;

export type WorkbookProblemCode = keyof typeof WORKBOOK_PROBLEMS;

/** A problem of the workbook layer; its severity comes from the catalogue. */
export function workbookProblem(
  code: WorkbookProblemCode,
  params: Readonly<Record<string, string | number>>,
  refs: readonly SourceRef[]
): Problem {
  return { code, severity: WORKBOOK_PROBLEMS[code].severity, params, refs };
}
