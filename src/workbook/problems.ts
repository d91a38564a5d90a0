// The workbook layer's problem codes (E0xx/W0xx): everything about the shape of a workbook and
// the content of its cells. The rules own E1xx–E3xx (the meaning of the vote). Same shape as the
// rules' catalogue, so one formatter fills both: a severity and a template per language, with
// {param} placeholders filled from Problem.params. The cell to show is in Problem.refs.

import {
  formatAction,
  RULE_PROBLEMS,
  type Lang,
  type Problem,
  type ProblemCatalogue,
  type SourceRef,
} from "../rules";
import { CONSOLIDATION_PROBLEMS } from "./consolidate/problems";

export const WORKBOOK_PROBLEMS = {
  E001: {
    severity: "error",
    vi: "Không tìm thấy trang “{sheetVi}” (tìm theo tên, rồi theo tiêu đề cột).",
    en: "Sheet “{sheetEn}” not found (looked for by name, then by its headers).",
    action: {
      vi: "Đặt tên trang là “Hội nghị” / “Danh sách”, hoặc bắt đầu từ mẫu trống.",
      en: "Name the sheet “Meeting” / “Roster”, or start from the blank template.",
    },
  },
  E002: {
    severity: "error",
    vi: "Không có trang “Phiếu” hoặc “Kiểm phiếu”: không có số liệu bỏ phiếu để kiểm.",
    en: "No “Ballots” or “Hand tally” sheet: there are no votes to count.",
    action: {
      vi: "Thêm trang “Phiếu” (mỗi phiếu một dòng) hoặc “Kiểm phiếu” (mỗi người một dòng).",
      en: "Add a “Ballots” sheet (one row per ballot) or a “Hand tally” sheet (one row per person).",
    },
  },
  E003: {
    severity: "error",
    vi: "Hai trang cùng là “{roleVi}”: “{other}” và “{sheet}”. Hãy đổi tên hoặc xoá một trang.{hiddenVi}",
    en: "Two sheets are both “{roleEn}”: “{other}” and “{sheet}”. Rename or delete one of them.{hiddenEn}",
    action: { vi: "Đổi tên hoặc xoá một trong hai trang.", en: "Rename or delete one of them." },
  },
  W004: {
    severity: "warning",
    vi: "Trang “{sheet}” được đọc là “{roleVi}” (nhận ra theo tiêu đề cột).{hiddenVi}",
    en: "Sheet “{sheet}” is read as “{roleEn}” (recognized by its headers).{hiddenEn}",
    action: {
      vi: "Kiểm tra đó đúng là trang cần đọc, và nên đặt lại tên chuẩn.",
      en: "Check it is the right sheet, and better give it the standard name.",
    },
  },
  E005: {
    severity: "error",
    vi: "Trang “{sheet}”: thiếu cột “{headerVi}”.",
    en: "Sheet “{sheet}”: the column “{headerEn}” is missing.",
    action: {
      vi: "Thêm cột với đúng tiêu đề (tiếng Việt hoặc tiếng Anh).",
      en: "Add the column with its exact header (Vietnamese or English).",
    },
  },
  E006: {
    severity: "error",
    vi: "Trang “{sheet}”: cột “{header}” có hai lần (ô {first} và ô {cell}).",
    en: "Sheet “{sheet}”: the column “{header}” appears twice (cells {first} and {cell}).",
    action: { vi: "Xoá hoặc đổi tên một trong hai cột.", en: "Delete or rename one of them." },
  },
  E007: {
    severity: "error",
    vi: "Ô {cell} đang trống: “{field}” cần có giá trị.",
    en: "Cell {cell} is blank: “{field}” needs a value.",
    action: {
      vi: "Nhập giá trị (số 0 cũng phải ghi rõ là 0).",
      en: "Type the value (a zero is written 0).",
    },
  },
  E008: {
    severity: "error",
    vi: "Ô {cell} chứa lỗi của Excel ({value}); hãy sửa công thức hoặc nhập giá trị.",
    en: "Cell {cell} holds an Excel error ({value}); fix the formula or type the value.",
    action: {
      vi: "Sửa công thức, hoặc nhập giá trị trực tiếp.",
      en: "Fix the formula, or type the value.",
    },
  },
  E009: {
    severity: "error",
    vi: "Ô {cell} chứa công thức chưa được tính (tệp được lưu không kèm kết quả công thức).",
    en: "Cell {cell} holds a formula that was never calculated (the file was saved without its result).",
    action: {
      vi: "Mở và lưu tệp trong Excel để công thức được tính, rồi chạy lại.",
      en: "Open and save the file in Excel so the formula is calculated, then run again.",
    },
  },
  E010: {
    severity: "error",
    vi: "Trang “{sheet}”: thiếu dòng “{labelVi}”.",
    en: "Sheet “{sheet}”: the row “{labelEn}” is missing.",
    action: {
      vi: "Thêm dòng: nhãn ở một ô, giá trị ở ô bên phải.",
      en: "Add the row: the label in one cell, the value in the cell to its right.",
    },
  },
  E011: {
    severity: "error",
    vi: "Trang “{sheet}”: dòng “{label}” có hai lần (ô {first} và ô {cell}).",
    en: "Sheet “{sheet}”: the row “{label}” appears twice (cells {first} and {cell}).",
    action: { vi: "Xoá dòng thừa.", en: "Delete the extra row." },
  },
  E012: {
    severity: "error",
    vi: "Ô {cell}: “{value}” không phải là ngày; hãy nhập ngày Excel hoặc dạng dd/mm/yyyy.",
    en: "Cell {cell}: “{value}” is not a date; type an Excel date or dd/mm/yyyy.",
    action: {
      vi: "Nhập ngày dạng 29/03/2023, hoặc định dạng ô là ngày.",
      en: "Type the date as 29/03/2023, or format the cell as a date.",
    },
  },
  E013: {
    severity: "error",
    vi: "Ô {cell}: không nhận ra quy định “{value}”; hãy ghi {accepted}.",
    en: "Cell {cell}: unknown regulation “{value}”; write {accepted}.",
    action: {
      vi: "Ghi “QĐ 96-QĐ/TW”, “NQ 96/2023/QH15” hoặc “NQ 96/2023/QH15 - bỏ phiếu tín nhiệm”.",
      en: "Write “QĐ 96-QĐ/TW”, “NQ 96/2023/QH15” or “NQ 96/2023/QH15 - bỏ phiếu tín nhiệm”.",
    },
  },
  E014: {
    severity: "error",
    vi: "Ô {cell}: “{value}” không phải là số nguyên không âm.",
    en: "Cell {cell}: “{value}” is not a whole number.",
    action: { vi: "Nhập số nguyên không âm.", en: "Type a whole number." },
  },
  E015: {
    severity: "error",
    vi: "Ô {cell}: “{value}” không phải là một lựa chọn của “{labelVi}”; hãy ghi {acceptedVi}.",
    en: "Cell {cell}: “{value}” is not a choice for “{labelEn}”; write {acceptedEn}.",
    action: {
      vi: "Chọn giá trị trong danh sách thả xuống của ô, hoặc để trống để bỏ qua tên ghi thêm.",
      en: "Pick a value from the cell's drop-down list, or leave it blank to ignore extra names.",
    },
  },
  E016: {
    severity: "error",
    vi:
      "Tuỳ chọn --extra-names {option} khác với dòng “{labelVi}” của sổ tính (ô {cell}: " +
      "“{valueVi}”); hãy đổi dòng đó trong sổ tính.",
    en:
      "The option --extra-names {option} disagrees with the workbook's row “{labelEn}” (cell " +
      "{cell}: “{valueEn}”); change that row in the workbook.",
    action: {
      vi: "Sửa giá trị của dòng đó trong trang Hội nghị, rồi chạy lại không có --extra-names.",
      en: "Change the row's value on the Meeting sheet, then run again without --extra-names.",
    },
  },
  W017: {
    severity: "warning",
    vi: "Sổ tính không ghi “{labelVi}”; áp dụng “{valueVi}” theo tuỳ chọn --extra-names.",
    en: "The workbook does not state “{labelEn}”; “{valueEn}” applies, from --extra-names.",
    action: {
      vi: "Ghi lựa chọn này vào dòng đó của trang Hội nghị để mọi lần kiểm phiếu cho cùng kết quả.",
      en: "Write this choice in that row of the Meeting sheet so every count gives the same result.",
    },
  },
  E018: {
    severity: "error",
    vi:
      "Phiếu và bảng kiểm phiếu khác nhau; có thể do thiết lập “{labelVi}” là “{valueVi}”: " +
      "{count} phiếu ghi thêm tên bị tính là không hợp lệ.",
    en:
      "The ballots and the hand tally differ; it may come from the setting “{labelEn}” being " +
      "“{valueEn}”: {count} ballots with an extra name count as invalid.",
    action: {
      vi: "Nếu bảng kiểm phiếu tính các phiếu đó là hợp lệ, đổi thiết lập thành “Bỏ qua tên ghi thêm”.",
      en: "If the hand tally counted those ballots as valid, change the setting to “Ignore the extra name”.",
    },
  },
  E020: {
    severity: "error",
    vi: "Mã “{id}” có hai người trong danh sách (ô {first} và ô {cell}).",
    en: "The id “{id}” belongs to two people on the roster (cells {first} and {cell}).",
    action: { vi: "Sửa để mỗi người có một mã riêng.", en: "Give each person an ID of their own." },
  },
  W021: {
    severity: "warning",
    vi: "Hai người trùng họ tên “{name}” (ô {first} và ô {cell}); hãy ghi Mã hoặc STT ở tiêu đề cột phiếu.",
    en: "Two people are named “{name}” (cells {first} and {cell}); head their ballot columns by ID or No.",
    action: {
      vi: "Ở trang “Phiếu” và “Kiểm phiếu”, ghi “Mã” hoặc “STT” thay cho họ tên.",
      en: "On “Ballots” and “Hand tally”, name them by “ID” or “No.” instead.",
    },
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
    action: {
      vi: "Sửa cho đúng như trong danh sách, hoặc thêm người vào danh sách; ghi chú để ở trang khác, tên viết thêm vào phiếu để ở cột “Ghi thêm”.",
      en: "Write it as on the roster, or add the person to the roster; keep notes on another sheet, and names written on ballots under “Extra names”.",
    },
  },
  E031: {
    severity: "error",
    vi: "Ô {cell}: “{value}” khớp với nhiều người ({people}); hãy ghi Mã hoặc STT.",
    en: "Cell {cell}: “{value}” matches several people ({people}); write the ID or No.",
    action: { vi: "Ghi “Mã” hoặc “STT” của người đó.", en: "Write the person's “ID” or “No.”." },
  },
  E032: {
    severity: "error",
    vi: "Trang “{sheet}”: “{name}” có hai lần (ô {first} và ô {cell}).",
    en: "Sheet “{sheet}”: “{name}” appears twice (cells {first} and {cell}).",
    action: { vi: "Gộp thành một cột (một dòng).", en: "Keep one column (one row)." },
  },
  E033: {
    severity: "error",
    vi: "Trang “{sheet}” không có cột cho “{name}”, người có trong danh sách lấy phiếu.",
    en: "Sheet “{sheet}” has no column for “{name}”, who is on the roster to be voted on.",
    action: {
      vi: "Thêm cột cho người đó, hoặc ghi lý do ở cột “Không lấy phiếu”.",
      en: "Add their column, or write a reason under “Not voted on”.",
    },
  },
  E034: {
    severity: "error",
    vi: "Ô {cell}: không hiểu “{value}”; hãy ghi một trong {codes}, hoặc để trống.",
    en: "Cell {cell}: “{value}” is not an entry; write one of {codes}, or leave it blank.",
    action: {
      vi: "Đối chiếu phiếu giấy và ghi đúng mã.",
      en: "Check the paper ballot and write the right code.",
    },
  },
  E035: {
    severity: "error",
    vi: "Ô {cell}: “{value}” nằm trong cột không có tiêu đề; hãy ghi tiêu đề hoặc xoá.",
    en: "Cell {cell}: “{value}” is in a column without a header; add a header or delete it.",
    action: {
      vi: "Ghi tiêu đề (“Ghi thêm” cho tên viết thêm vào phiếu), hoặc xoá.",
      en: "Add a header (“Extra names” for names written on ballots), or delete it.",
    },
  },
  E036: {
    severity: "error",
    vi: "Dòng {row} của trang “{sheet}” chỉ hai người khác nhau ({people}).",
    en: "Row {row} of sheet “{sheet}” names two different people ({people}).",
    action: {
      vi: "Sửa cho STT và họ tên khớp với danh sách.",
      en: "Make the number and the name agree with the roster.",
    },
  },
  E037: {
    severity: "error",
    vi: "Trang “{sheet}”: vùng {range} được gộp ô trong phần số liệu; ô gộp chỉ giữ giá trị ở ô đầu, các ô còn lại sẽ bị đọc là ô trống.",
    en: "Sheet “{sheet}”: cells {range} are merged in the data; a merged area keeps its value in its first cell only, so the others would read as blank.",
    action: {
      vi: "Bỏ gộp các ô đó (Merge & Center › Unmerge Cells) và ghi giá trị vào từng ô, rồi chạy lại.",
      en: "Unmerge those cells (Merge & Center › Unmerge Cells) and type a value in each, then run again.",
    },
  },
  E040: {
    severity: "error",
    vi: "Đã có trang “{sheet}” không do phần mềm tạo; hãy đổi tên trang đó để ghi kết quả.",
    en: "A sheet “{sheet}” exists that this add-in did not write; rename it so results can be written.",
    action: {
      vi: "Đổi tên trang đó (ví dụ “Kết quả cũ”), rồi chạy lại.",
      en: "Rename that sheet (e.g. “Old results”) and run again.",
    },
  },
  E045: {
    severity: "error",
    vi: "Trang tính “{sheet}” đang được bảo vệ: Excel không cho ghi kết quả vào đó, nên chưa ghi gì.",
    en: "Sheet “{sheet}” is protected: Excel would refuse the results there, so nothing was written.",
    action: {
      vi: "Bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ Trang tính), rồi bấm “Kiểm phiếu và ghi kết quả” lại.",
      en: "Unprotect the sheet (Review › Unprotect Sheet), then choose “Tally and write” again.",
    },
  },
  E046: {
    severity: "error",
    vi: "Cấu trúc sổ làm việc đang được bảo vệ: Excel không cho tạo trang “{sheet}”, nên chưa ghi gì.",
    en: "The workbook's structure is protected: Excel would refuse to create sheet “{sheet}”, so nothing was written.",
    action: {
      vi: "Bỏ bảo vệ sổ làm việc (Xem lại › Bảo vệ Sổ làm việc), rồi bấm “Kiểm phiếu và ghi kết quả” lại.",
      en: "Unprotect the workbook (Review › Protect Workbook), then choose “Tally and write” again.",
    },
  },
  E041: {
    severity: "error",
    vi: "Ô {cell} nằm trong khối kết quả lần trước ghi trên trang danh sách nhưng chứa “{value}”, không phải do phần mềm ghi; chạy lại sẽ xoá nó.",
    en: "Cell {cell} lies in the result block the previous run wrote on the roster but holds “{value}”, which this add-in did not write; running again would erase it.",
    action: {
      vi: "Chuyển nội dung ô đó ra ngoài khối kết quả (hoặc xoá nó), rồi chạy lại.",
      en: "Move that cell's content out of the result block (or delete it), then run again.",
    },
  },
  W042: {
    severity: "warning",
    vi: "Trang “{sheet}” do phần mềm tạo có {count} ô người dùng thêm ngoài vùng {area} ({cells}); ghi kết quả sẽ thay cả trang và xoá các ô đó.",
    en: "The add-in's sheet “{sheet}” has {count} cells added outside {area} ({cells}); writing the results replaces the whole sheet and drops them.",
    action: {
      vi: "Chép các ô đó sang trang khác nếu cần giữ, rồi xác nhận để ghi.",
      en: "Copy those cells to another sheet if you need them, then acknowledge to write.",
    },
  },
  E043: {
    severity: "error",
    vi: "Trang “{sheet}”: không còn chỗ cho {count} cột kết quả bên phải ô {cell} (cột cuối cùng của Excel là {last}).",
    en: "Sheet “{sheet}”: there is no room for the {count} result columns right of cell {cell} (Excel's last column is {last}).",
    action: {
      vi: "Chuyển hoặc xoá nội dung ở các cột cuối trang (từ ô đó), rồi chạy lại.",
      en: "Move or delete the content in the sheet's last columns (from that cell), then run again.",
    },
  },
  W044: {
    severity: "warning",
    vi: "Ô {cell} của trang “{sheet}” sẽ nhận {length} ký tự, quá giới hạn {limit} ký tự của một ô Excel; chỉ {limit} ký tự đầu được ghi.",
    en: "Cell {cell} of sheet “{sheet}” would get {length} characters, over Excel's limit of {limit} a cell; only the first {limit} are written.",
    action: {
      vi: "Rút ngắn văn bản ở ô nguồn (họ tên, chức vụ, lý do…), hoặc xác nhận để ghi bản bị cắt.",
      en: "Shorten the text in its source cell (name, position, reason…), or acknowledge to write it cut.",
    },
  },
  E047: {
    severity: "error",
    vi: "Trang “{sheet}” có hơn {limitVi} người được lấy phiếu (người tiếp theo ở ô {cell}), quá giới hạn của phần mềm.",
    en: "Sheet “{sheet}” lists more than {limitEn} people (the next one at cell {cell}), beyond this program's limit.",
    action: {
      vi: "Kiểm tra đây đúng là danh sách của hội nghị; nếu đúng, chia thành nhiều lần kiểm phiếu.",
      en: "Check this is the meeting's roster; if it is, split it into several tallies.",
    },
  },
  E048: {
    severity: "error",
    vi: "Trang “{sheet}” có hơn {limitVi} phiếu (phiếu tiếp theo ở ô {cell}), quá giới hạn của phần mềm.",
    en: "Sheet “{sheet}” holds more than {limitEn} ballots (the next one at cell {cell}), beyond this program's limit.",
    action: {
      vi: "Kiểm tra đây đúng là trang phiếu của hội nghị; nếu đúng, kiểm phiếu theo từng đợt.",
      en: "Check this is the meeting's ballot sheet; if it is, tally it in several batches.",
    },
  },
  E050: {
    severity: "error",
    vi: "Ô {cell}: “{value}” không phải là giờ; hãy ghi dạng 8:30 hoặc 8 giờ 30.",
    en: "Cell {cell}: “{value}” is not a time of day; write it as 8:30.",
    action: {
      vi: "Ghi giờ dạng 8:30 hoặc 8 giờ 30, hoặc để trống.",
      en: "Write the time as 8:30, or leave the cell blank.",
    },
  },
  E051: {
    severity: "error",
    vi: "Thời gian kết thúc (ô {cell}, {end}) sớm hơn thời gian bắt đầu (ô {first}, {start}).",
    en: "The end time (cell {cell}, {end}) is earlier than the start time (cell {first}, {start}).",
    action: {
      vi: "Sửa một trong hai giờ trên trang Hội nghị.",
      en: "Correct one of the two times on the Meeting sheet.",
    },
  },
  E052: {
    severity: "error",
    vi: "Ô {cell} ghi {posts} chức vụ cho {members} thành viên ban kiểm phiếu (ô {first}).",
    en: "Cell {cell} gives {posts} posts for {members} counting committee members (cell {first}).",
    action: {
      vi: "Ghi đúng một chức vụ cho mỗi thành viên, cùng thứ tự, cách nhau bằng dấu “;”.",
      en: "Write one post per member, in the same order, separated by “;”.",
    },
  },
  E053: {
    severity: "error",
    vi: "Ô {cell}: “{value}” không phải là một lựa chọn của “{labelVi}”; hãy ghi “Có” hoặc “Không”.",
    en: "Cell {cell}: “{value}” is not a choice for “{labelEn}”; write “Yes” or “No”.",
    action: {
      vi: "Ghi “Có” hoặc “Không”, hoặc để trống (không ghi xử lý cạnh từng người).",
      en: "Write “Yes” or “No”, or leave it blank (no consequence beside each person).",
    },
  },
  E056: {
    severity: "error",
    vi: "Trang “{sheet}” không có ai được lấy phiếu (ai cũng có lý do không lấy phiếu): không có phiếu nào để in.",
    en: "Sheet “{sheet}” has nobody to vote on (each has a reason not to be): there is no ballot to print.",
    action: {
      vi: "Kiểm tra cột “Không lấy phiếu” và ngày bổ nhiệm trên danh sách.",
      en: "Check the “Not voted on” column and the appointment dates on the roster.",
    },
  },
  E057: {
    severity: "error",
    vi: "Không in được {copies} bản phiếu: một trang tính chứa từ 1 đến {max} bản phiếu của danh sách này.",
    en: "Cannot print {copies} ballots: one sheet holds 1 to {max} ballots of this list.",
    action: {
      vi: "Chọn số bản trong khoảng đó; in nhiều lần nếu cần nhiều hơn.",
      en: "Choose a number of copies in that range; print several times if more are needed.",
    },
  },
  E058: {
    severity: "error",
    vi: "Đã có trang “{sheet}” không do phần mềm tạo ra; in phiếu sẽ thay cả trang đó.",
    en: "A sheet “{sheet}” exists that the add-in did not write; printing ballots would replace it.",
    action: {
      vi: "Đổi tên hoặc xoá trang đó, rồi in phiếu lại.",
      en: "Rename or delete that sheet, then print the ballots again.",
    },
  },
  E060: {
    severity: "error",
    vi: "Ô {cell} của trang “Hội nghị”: “{value}” không phải một loại nơi lấy phiếu; chọn {acceptedVi}.",
    en: "Cell {cell} of the “Meeting” sheet: “{value}” is not a place kind; pick {acceptedEn}.",
    action: {
      vi: "Chọn một giá trị trong danh sách thả xuống, hoặc để trống để suy ra từ quy định.",
      en: "Pick a value from the drop-down list, or leave it blank to infer it from the regulation.",
    },
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

/** Every layer's codes, the one catalogue every surface formats from. */
export const ALL_PROBLEMS: ProblemCatalogue = {
  ...WORKBOOK_PROBLEMS,
  ...RULE_PROBLEMS,
  ...CONSOLIDATION_PROBLEMS,
};

/** What to do about a problem of either layer, in the given language (null for an unknown code). */
export function describeAction(problem: Problem, lang: Lang): string | null {
  return formatAction(problem, lang, ALL_PROBLEMS);
}
