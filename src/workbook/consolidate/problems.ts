// The consolidation's own problem codes (E061–E064, W065–W069): about the set of inputs and how
// people are joined across them. A person at more than two places, or twice at one place, is the
// rules' (E204, E205); an unreadable place kind is the workbook's (E060).

import type { Problem, ProblemCatalogue, SourceRef } from "../../rules";

export const CONSOLIDATION_PROBLEMS = {
  E061: {
    severity: "error",
    vi: "Không có hội nghị nào để tổng hợp: {count} tệp đều không đọc được hoặc còn lỗi chặn.",
    en: "There is no meeting to consolidate: all {count} files are unreadable or blocked.",
    action: {
      vi: "Sửa các tệp được liệt kê rồi chạy lại.",
      en: "Fix the files listed, then run again.",
    },
  },
  W062: {
    severity: "warning",
    vi: "Tệp “{file}” là cùng một cuộc lấy phiếu với tệp “{other}” (mã dữ liệu {fingerprint}); cuộc lấy phiếu đó chỉ được tính một lần, từ tệp “{other}”.",
    en: "“{file}” holds the same vote as “{other}” (data fingerprint {fingerprint}); that vote is counted once, from “{other}”.",
    action: {
      vi: "Không cần làm gì nếu hai tệp là hội nghị và tệp kết quả của nó; nếu không, kiểm tra xem có nhầm tệp không.",
      en: "Nothing, if one file is the meeting and the other its tally's output; otherwise check for a wrong file.",
    },
  },
  W065: {
    severity: "warning",
    vi: "{name} ở {places} được ghép là một người chỉ theo họ tên (danh sách không có cột “Mã”).",
    en: "{name} at {places} is joined as one person by name only (a roster without an “ID” column).",
    action: {
      vi: "Xác nhận đó là cùng một người, hoặc thêm cột “Mã” vào danh sách của từng nơi.",
      en: "Confirm it is the same person, or add an “ID” column to each place's roster.",
    },
  },
  W066: {
    severity: "warning",
    vi: "Tệp “{file}” không đọc được ({code}); tệp này không được tổng hợp.",
    en: "“{file}” cannot be read ({code}); it is left out of the consolidation.",
    action: {
      vi: "Xem lỗi của tệp trong danh sách, sửa rồi chạy lại.",
      en: "Read the file's problem in the list, fix it and run again.",
    },
  },
  W067: {
    severity: "warning",
    vi: "Tệp “{file}” còn {count} lỗi chặn; tệp này không được tổng hợp.",
    en: "“{file}” has {count} blocking errors; it is left out of the consolidation.",
    action: {
      vi: "Mở tệp, sửa các lỗi được liệt kê rồi chạy lại.",
      en: "Open the file, fix the errors listed and run again.",
    },
  },
  W068: {
    severity: "warning",
    vi: "Tệp “{file}” là một bảng tổng hợp do chương trình này ghi ra, không phải một hội nghị; bỏ qua.",
    en: "“{file}” is a consolidation this program wrote, not a meeting; skipped.",
    action: {
      vi: "Để tệp tổng hợp ở thư mục khác với các tệp hội nghị.",
      en: "Keep consolidations in a folder apart from the meeting files.",
    },
  },
  W069: {
    severity: "warning",
    vi: "Loại nơi của “{place}” được suy ra từ tên là “{kindVi}”; nó quyết định thứ tự ưu tiên của {count} người được lấy phiếu ở hơn một nơi.",
    en: "The kind of “{place}” is inferred from its name as “{kindEn}”; it orders the places of {count} people voted on at more than one place.",
    action: {
      vi: "Ghi dòng “Loại nơi lấy phiếu” ở trang “Hội nghị” của tệp đó.",
      en: "Fill in the “Place kind” row on that file's “Meeting” sheet.",
    },
  },
} as const satisfies ProblemCatalogue;

export type ConsolidationProblemCode = keyof typeof CONSOLIDATION_PROBLEMS;

export function consolidationProblem(
  code: ConsolidationProblemCode,
  params: Readonly<Record<string, string | number>>,
  refs: readonly SourceRef[] = []
): Problem {
  return { code, severity: CONSOLIDATION_PROBLEMS[code].severity, params, refs };
}
