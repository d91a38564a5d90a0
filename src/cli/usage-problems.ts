// The command line's own problems: a mistake in the words typed (U0xx, exit status 2 with the
// usage) and a fault of the program itself (X001). Explained in docs/problems.md like every
// other code; each says what to do next, in both languages.

import type { ActionCatalogue } from "../xlsx/file-problems";

const SEE_USAGE = {
  vi: "Xem cách dùng bên dưới và gõ lại lệnh.",
  en: "See the usage below and type the command again.",
};

export const USAGE_PROBLEMS = {
  U001: {
    severity: "error",
    vi: "Chưa ghi lệnh nào.",
    en: "No command was given.",
    action: {
      vi: "Ghi một lệnh: tally, ballots, consolidate, template hoặc sample.",
      en: "Give a command: tally, ballots, consolidate, template or sample.",
    },
  },
  U002: {
    severity: "error",
    vi: "Không có lệnh “{command}”.",
    en: "There is no command “{command}”.",
    action: {
      vi: "Dùng một trong các lệnh tally, ballots, consolidate, template, sample, help.",
      en: "Use one of the commands tally, ballots, consolidate, template, sample or help.",
    },
  },
  U003: {
    severity: "error",
    vi: "Lệnh {command} cần một tên tệp.",
    en: "The command {command} needs a file name.",
    action: {
      vi: "Ghi tên tệp ngay sau lệnh, ví dụ: tally hoi-nghi.xlsx.",
      en: "Put the file name right after the command, e.g. tally hoi-nghi.xlsx.",
    },
  },
  U004: {
    severity: "error",
    vi: "Thừa đối số: {extra}.",
    en: "Extra arguments: {extra}.",
    action: {
      vi: "Chỉ ghi một tên tệp; tên có dấu cách phải đặt trong dấu ngoặc kép.",
      en: "Give one file name; put a name with spaces in double quotes.",
    },
  },
  U005: {
    severity: "error",
    vi: "Không có tuỳ chọn {option}.",
    en: "There is no option {option}.",
    action: SEE_USAGE,
  },
  U006: {
    severity: "error",
    vi: "Tuỳ chọn {option} không dùng cho lệnh {command}.",
    en: "The option {option} is not for the command {command}.",
    action: SEE_USAGE,
  },
  U007: {
    severity: "error",
    vi: "Tuỳ chọn {option} cần một giá trị.",
    en: "The option {option} needs a value.",
    action: {
      vi: "Ghi giá trị ngay sau tuỳ chọn, ví dụ: -o ket-qua.xlsx.",
      en: "Put the value right after the option, e.g. -o results.xlsx.",
    },
  },
  U008: {
    severity: "error",
    vi: "Tuỳ chọn {option} không nhận giá trị (“{value}”).",
    en: "The option {option} takes no value (“{value}”).",
    action: {
      vi: "Ghi tuỳ chọn đó không kèm “=…”.",
      en: "Give that option without “=…”.",
    },
  },
  U009: {
    severity: "error",
    vi: "{option} phải là số nguyên từ {min} đến {max}, không phải “{value}”.",
    en: "{option} must be a whole number from {min} to {max}, not “{value}”.",
    action: {
      vi: "Ghi một số nguyên trong khoảng đó.",
      en: "Give a whole number in that range.",
    },
  },
  U010: {
    severity: "error",
    vi: "{option} phải là một trong {accepted}, không phải “{value}”.",
    en: "{option} must be one of {accepted}, not “{value}”.",
    action: {
      vi: "Ghi một trong các giá trị đó.",
      en: "Give one of those values.",
    },
  },
  U011: {
    severity: "error",
    vi: "Không dùng -o cùng với --in-place.",
    en: "-o and --in-place cannot be used together.",
    action: {
      vi: "Giữ -o để ghi ra tệp khác, hoặc --in-place để ghi vào chính tệp đầu vào.",
      en: "Keep -o to write another file, or --in-place to write into the input itself.",
    },
  },
  U012: {
    severity: "error",
    vi: "Tuỳ chọn {option} được ghi hai lần.",
    en: "The option {option} is given twice.",
    action: {
      vi: "Chỉ ghi mỗi tuỳ chọn một lần.",
      en: "Give each option once.",
    },
  },
  U013: {
    severity: "error",
    vi: "Tệp ghi ra “{out}” phải có đuôi {extension} như sổ làm việc đầu vào; Excel không mở tệp mang sai đuôi.",
    en: "The output “{out}” must end in {extension}, as the input workbook does; Excel does not open a file under the wrong extension.",
    action: {
      vi: "Đặt tên tệp ghi ra cùng đuôi với tệp đầu vào, hoặc bỏ -o.",
      en: "Give the output the input's extension, or leave -o out.",
    },
  },
  U016: {
    severity: "error",
    vi: "Thư mục “{folder}” không có tệp .xlsx nào để tổng hợp.",
    en: "The folder “{folder}” holds no .xlsx file to consolidate.",
    action: {
      vi: "Ghi thư mục chứa các tệp hội nghị, hoặc ghi từng tệp.",
      en: "Name the folder that holds the meeting files, or each file.",
    },
  },
  X001: {
    severity: "error",
    vi: "Lỗi ngoài dự kiến của chương trình; không có tệp nào bị ghi dở.",
    en: "An unexpected fault in the program; no file was left half-written.",
    action: {
      vi: "Chạy lại với --debug và gửi toàn bộ nội dung in ra cho người phát triển.",
      en: "Run again with --debug and send everything it prints to the developers.",
    },
  },
} as const satisfies ActionCatalogue;

export type UsageProblemCode = keyof typeof USAGE_PROBLEMS;
