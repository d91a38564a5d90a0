// The file problems (F0xx): a file that is not an .xlsx workbook, cannot be found, read or
// written, or must not be replaced. Same shape as the workbook's and the rules' catalogues, and
// explained in docs/problems.md; each names the file and what to do next, in both languages.

import { formatProblem, type ProblemSpec } from "../rules";
import type { FileKind } from "./file-kind";

/** A problem spec whose next step is required: a file or usage problem has no cell to point at,
 * so the action is all the user has to go on. */
export type ActionSpec = ProblemSpec & {
  readonly action: { readonly vi: string; readonly en: string };
};
export type ActionCatalogue = Readonly<Record<string, ActionSpec>>;

export const FILE_PROBLEMS = {
  F001: {
    severity: "error",
    vi: "Tệp “{file}” không phải là Sổ làm việc Excel (.xlsx): {kindVi}.",
    en: "“{file}” is not an Excel Workbook (.xlsx): {kindEn}.",
    action: {
      vi: "Mở tệp trong Excel và lưu thành Sổ làm việc Excel (.xlsx).",
      en: "Open the file in Excel and save it as an Excel Workbook (.xlsx).",
    },
  },
  F002: {
    severity: "error",
    vi: "Tệp “{file}” là tệp .xlsx nhưng nội dung bị hỏng, không đọc được.",
    en: "“{file}” is an .xlsx file, but its content is damaged and cannot be read.",
    action: {
      vi: "Mở tệp trong Excel (Excel sẽ đề nghị sửa), lưu lại thành .xlsx rồi chạy lại.",
      en: "Open the file in Excel (it offers to repair it), save it as .xlsx and run again.",
    },
  },
  F003: {
    severity: "error",
    vi: "Không tìm thấy tệp “{file}”.",
    en: "The file “{file}” does not exist.",
    action: {
      vi: "Kiểm tra tên và thư mục của tệp.",
      en: "Check the file's name and folder.",
    },
  },
  F004: {
    severity: "error",
    vi: "Không có thư mục “{folder}” để ghi “{file}”.",
    en: "The folder “{folder}” for “{file}” does not exist.",
    action: {
      vi: "Tạo thư mục đó hoặc chọn nơi ghi khác với -o.",
      en: "Create that folder or choose another place with -o.",
    },
  },
  F005: {
    severity: "error",
    vi: "Không có quyền đọc tệp “{file}”.",
    en: "No permission to read “{file}”.",
    action: {
      vi: "Cấp quyền đọc tệp, hoặc chép tệp vào thư mục của bạn rồi chạy lại.",
      en: "Grant read permission, or copy the file into your own folder and run again.",
    },
  },
  F006: {
    severity: "error",
    vi: "Không có quyền ghi “{file}”; không có gì bị thay đổi.",
    en: "No permission to write “{file}”; nothing was changed.",
    action: {
      vi: "Chọn thư mục bạn được ghi bằng -o, hoặc cấp quyền ghi.",
      en: "Choose a folder you may write to with -o, or grant write permission.",
    },
  },
  F007: {
    severity: "error",
    vi: "Tệp “{file}” đang mở trong Excel (hoặc chương trình khác) nên không dùng được.",
    en: "“{file}” is open in Excel (or another program) and cannot be used.",
    action: {
      vi: "Đóng tệp trong Excel rồi chạy lại.",
      en: "Close the file in Excel and run again.",
    },
  },
  F008: {
    severity: "error",
    vi: "Ổ đĩa hết chỗ khi ghi “{file}”; tệp cũ (nếu có) vẫn nguyên vẹn.",
    en: "The disk is full while writing “{file}”; the existing file, if any, is untouched.",
    action: {
      vi: "Giải phóng chỗ trên ổ đĩa, hoặc ghi vào ổ khác bằng -o, rồi chạy lại.",
      en: "Free some disk space, or write to another disk with -o, and run again.",
    },
  },
  F009: {
    severity: "error",
    vi: "“{file}” không phải là một tệp thường ({whatVi}).",
    en: "“{file}” is not a regular file ({whatEn}).",
    action: {
      vi: "Ghi đường dẫn tới một tệp .xlsx.",
      en: "Give the path of an .xlsx file.",
    },
  },
  F010: {
    severity: "error",
    vi: "Tệp “{file}” đã có và không phải do chương trình này ghi; không ghi đè.",
    en: "“{file}” exists and was not written by this program; it is not replaced.",
    action: {
      vi: "Chọn tên khác bằng -o, hoặc thêm --force nếu muốn thay tệp đó.",
      en: "Choose another name with -o, or add --force to replace that file.",
    },
  },
  F011: {
    severity: "error",
    vi: "Tệp ghi ra “{file}” chính là tệp đầu vào “{input}”.",
    en: "The output “{file}” is the input “{input}” itself.",
    action: {
      vi: "Dùng --in-place thay cho -o nếu muốn ghi kết quả vào chính tệp đầu vào.",
      en: "Use --in-place instead of -o to write the results into the input file.",
    },
  },
  F012: {
    severity: "error",
    vi: "Một lần chạy khác đang ghi “{file}” (tệp khoá “{lock}”).",
    en: "Another run is writing “{file}” (lock file “{lock}”).",
    action: {
      vi: "Chờ lần chạy đó xong rồi chạy lại; nếu không còn lần chạy nào, xoá tệp khoá.",
      en: "Wait for that run to finish and run again; if none is running, delete the lock file.",
    },
  },
  F013: {
    severity: "error",
    vi: "Tệp “{file}” đã có; lệnh này chỉ tạo tệp mới, không ghi đè.",
    en: "“{file}” exists; this command only creates new files and does not replace it.",
    action: {
      vi: "Chọn tên tệp khác.",
      en: "Choose another file name.",
    },
  },
  F014: {
    severity: "error",
    vi: "Không ghi được “{file}” (lỗi hệ thống {reason}); tệp cũ (nếu có) vẫn nguyên vẹn.",
    en: "Could not write “{file}” (system error {reason}); the existing file, if any, is untouched.",
    action: {
      vi: "Kiểm tra ổ đĩa hoặc ổ mạng rồi chạy lại, hoặc ghi vào nơi khác bằng -o.",
      en: "Check the disk or network drive and run again, or write elsewhere with -o.",
    },
  },
  F015: {
    severity: "error",
    vi: "Không đọc được “{file}” (lỗi hệ thống {reason}).",
    en: "Could not read “{file}” (system error {reason}).",
    action: {
      vi: "Kiểm tra ổ đĩa hoặc ổ mạng, hoặc chép tệp vào máy rồi chạy lại.",
      en: "Check the disk or network drive, or copy the file locally and run again.",
    },
  },
  F016: {
    severity: "error",
    vi: "Đã dừng trước khi ghi xong “{file}”; tệp cũ (nếu có) vẫn nguyên vẹn.",
    en: "Stopped before “{file}” was fully written; the existing file, if any, is untouched.",
    action: {
      vi: "Chạy lại lệnh.",
      en: "Run the command again.",
    },
  },
  F017: {
    severity: "error",
    vi: "Tệp “{file}” khi giải nén lớn hơn {limit} MB: quá lớn đối với một hội nghị lấy phiếu, hoặc không phải tệp Excel thật.",
    en: "“{file}” unpacks to more than {limit} MB: too large for a confidence vote, or not a genuine Excel file.",
    action: {
      vi: "Kiểm tra lại tệp; nếu đúng, chép các trang của hội nghị sang sổ làm việc mới.",
      en: "Check the file; if it is right, copy the meeting's sheets into a new workbook.",
    },
  },
  F018: {
    severity: "error",
    vi: "Tệp “{file}” bị hỏng: sổ làm việc có trang “{sheetName}” nhưng tệp không còn nội dung của trang đó.",
    en: "“{file}” is damaged: the workbook lists sheet “{sheetName}” but the file no longer holds that sheet's content.",
    action: {
      vi: "Mở tệp trong Excel để sửa, nhập lại trang đó nếu bị mất, lưu rồi chạy lại.",
      en: "Open the file in Excel to repair it, re-enter that sheet if it is lost, and run again.",
    },
  },
  F019: {
    severity: "error",
    vi: "Tệp “{file}” bị hỏng ở ô {cell} của trang “{sheetName}”: giá trị “{value}” không đúng kiểu mà tệp ghi cho ô đó.",
    en: "“{file}” is damaged at cell {cell} of sheet “{sheetName}”: the value “{value}” is not of the type the file gives that cell.",
    action: {
      vi: "Mở tệp trong Excel, nhập lại ô đó, lưu rồi chạy lại.",
      en: "Open the file in Excel, type that cell again, save and run again.",
    },
  },
  F020: {
    severity: "error",
    vi: "Trang “{sheetName}” của tệp “{file}” có dữ liệu ở tận {cell}, xa phần còn lại: vùng phải đọc vượt {limitVi} ô.",
    en: "Sheet “{sheetName}” of “{file}” holds data as far out as {cell}, away from the rest: the area to read exceeds {limitEn} cells.",
    action: {
      vi: "Xoá hoặc chuyển nội dung ở đó (Ctrl+End đưa tới ô xa nhất), lưu rồi chạy lại.",
      en: "Delete or move the content there (Ctrl+End goes to the farthest cell), save and run again.",
    },
  },
  F021: {
    severity: "error",
    vi: "Tệp “{file}” thiếu phần “{part}” cần có để ghi kết quả; không ghi gì.",
    en: "“{file}” lacks the part “{part}” needed to write the results; nothing was written.",
    action: {
      vi: "Mở tệp trong Excel, lưu lại thành .xlsx rồi chạy lại.",
      en: "Open the file in Excel, save it as .xlsx and run again.",
    },
  },
  F022: {
    severity: "error",
    vi: "Tệp “{file}” có một phần (trang tính, kiểu định dạng hoặc danh sách trang) không đúng dạng Excel ghi, nên không ghi được kết quả vào đó; không ghi gì.",
    en: "“{file}” has a part (a sheet, the styles or the sheet list) not in the form Excel writes, so the results cannot be written into it; nothing was written.",
    action: {
      vi: "Mở tệp trong Excel, lưu lại thành .xlsx rồi chạy lại.",
      en: "Open the file in Excel, save it as .xlsx and run again.",
    },
  },
} as const satisfies ActionCatalogue;

export type FileProblemCode = keyof typeof FILE_PROBLEMS;

/** A file could not be used; the code says why and the params fill its message. */
export class FileFailure extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly params: Readonly<Record<string, string>>,
    options?: ErrorOptions
  ) {
    super(`${code} ${codedText(FILE_PROBLEMS, code, params).en}`, options);
  }
}

/** What a file that is not an .xlsx workbook looks like, for F001. */
const KIND_WORDS: Readonly<Record<Exclude<FileKind, "xlsx">, { vi: string; en: string }>> = {
  xls: { vi: "đây là tệp Excel 97–2003 (.xls)", en: "it is an Excel 97–2003 file (.xls)" },
  encrypted: {
    vi: "tệp được đặt mật khẩu; hãy gỡ mật khẩu trước",
    en: "it is password-protected; remove the password first",
  },
  ods: { vi: "đây là bảng tính OpenDocument (.ods)", en: "it is an OpenDocument sheet (.ods)" },
  zip: {
    vi: "đây là tệp nén nhưng không chứa sổ làm việc",
    en: "it is a zip archive without a workbook",
  },
  "damaged-zip": {
    vi: "tệp bị cắt cụt hoặc hỏng",
    en: "the file is truncated or damaged",
  },
  pdf: { vi: "đây là tệp PDF", en: "it is a PDF file" },
  text: { vi: "đây là tệp văn bản (ví dụ .csv)", en: "it is a text file (a .csv, say)" },
  empty: { vi: "tệp rỗng", en: "the file is empty" },
  unknown: { vi: "không nhận ra loại tệp", en: "its kind is not recognised" },
};

export function notXlsx(file: string, kind: Exclude<FileKind, "xlsx">): FileFailure {
  const words = KIND_WORDS[kind];
  return new FileFailure("F001", { file, kindVi: words.vi, kindEn: words.en });
}

/** A coded problem's message followed by its next step, in each language. */
export function codedText(
  catalogue: ActionCatalogue,
  code: string,
  params: Readonly<Record<string, string>>
): { readonly vi: string; readonly en: string } {
  const problem = { code, severity: "error" as const, params, refs: [] };
  const action = catalogue[code]?.action;
  return {
    vi: `${formatProblem(problem, "vi", catalogue)} Cần làm: ${action?.vi ?? ""}`,
    en: `${formatProblem(problem, "en", catalogue)} What to do: ${action?.en ?? ""}`,
  };
}
