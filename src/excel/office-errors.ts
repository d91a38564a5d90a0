// What Excel's errors mean to the user. Excel rejects a batch with an OfficeExtension.Error whose
// `code` names the cause (Excel.ErrorCodes and the common codes of the API reference); the host
// turns each into a HostError: a message with its next step, Vietnamese first, and Excel's own
// text kept as the technical detail.

/** The codes the shell can meet, each with what it means here and what to do next. */
const MESSAGES = {
  AccessDenied: {
    vi: "Excel không cho ghi: trang tính hoặc sổ tính đang được bảo vệ, hoặc tệp chỉ được đọc. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ) hoặc mở bản có quyền sửa, rồi thử lại.",
    en: "Excel refused the change: a sheet or the workbook is protected, or the file is read-only. Unprotect it (Review › Unprotect) or open an editable copy, then try again.",
  },
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Hãy thoát chế độ sửa ô (Enter hoặc Esc) rồi thử lại.",
    en: "Excel is in cell-edit mode. Leave it (Enter or Esc), then try again.",
  },
  InvalidArgument: {
    vi: "Excel không nhận một giá trị mà phần bổ trợ gửi đến. Hãy thử lại; nếu vẫn lỗi, hãy gửi phần chi tiết kỹ thuật cho người hỗ trợ.",
    en: "Excel refused a value the add-in sent. Try again; if it fails again, send the technical details to support.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang tính hoặc vùng cần dùng: có thể nó vừa bị đổi tên hoặc xoá. Hãy bấm Kiểm tra lại.",
    en: "A sheet or range the add-in needs was not found: it may have just been renamed or deleted. Run Check again.",
  },
  ItemAlreadyExists: {
    vi: "Đã có một trang tính trùng tên với trang phần bổ trợ cần tạo. Hãy đổi tên trang đó rồi thử lại.",
    en: "A sheet already has the name of one the add-in needs to create. Rename it, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Sổ tính quá lớn để Excel trên web gửi hoặc nhận trong một lần (giới hạn 5 MB). Hãy mở sổ tính bằng Excel trên máy tính, hoặc dùng công cụ dòng lệnh.",
    en: "The workbook is too large for Excel on the web to send or receive at once (5 MB limit). Open it in desktop Excel, or use the command line.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Sổ tính quá lớn để Excel trên web gửi hoặc nhận trong một lần (giới hạn 5 MB). Hãy mở sổ tính bằng Excel trên máy tính, hoặc dùng công cụ dòng lệnh.",
    en: "The workbook is too large for Excel on the web to send or receive at once (5 MB limit). Open it in desktop Excel, or use the command line.",
  },
  Conflict: {
    vi: "Sổ tính vừa được người khác sửa cùng lúc. Hãy đợi một chút rồi thử lại.",
    en: "Someone else changed the workbook at the same time. Wait a moment, then try again.",
  },
  MergedRangeConflict: {
    vi: "Vùng cần ghi chạm vào ô đã gộp của người dùng. Hãy bỏ gộp các ô bên phải danh sách rồi thử lại.",
    en: "The range to write overlaps merged cells of yours. Unmerge the cells right of the roster, then try again.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này thiếu một chức năng phần bổ trợ cần. Hãy cập nhật Excel rồi thử lại.",
    en: "This Excel lacks a feature the add-in needs. Update Excel, then try again.",
  },
  GeneralException: {
    vi: "Excel gặp lỗi nội bộ khi thực hiện yêu cầu. Hãy lưu sổ tính, mở lại rồi thử lại.",
    en: "Excel hit an internal error. Save the workbook, reopen it, then try again.",
  },
} as const satisfies Readonly<Record<string, { readonly vi: string; readonly en: string }>>;

/** Any other code, or a failure without one (the connection to Excel was lost). */
const UNKNOWN = {
  vi: "Excel không thực hiện được yêu cầu. Hãy thử lại; nếu vẫn lỗi, hãy gửi phần chi tiết kỹ thuật cho người hỗ trợ.",
  en: "Excel could not carry out the request. Try again; if it fails again, send the technical details to support.",
} as const;

export type OfficeErrorCode = keyof typeof MESSAGES;

/** A failure of Excel, ready to show: the message with its next step in both languages, and
 * Excel's own code and text as the technical detail ("Chi tiết kỹ thuật"). */
export class HostError extends Error {
  override readonly name = "HostError";
  constructor(
    /** Excel's error code, or null when the failure carried none. */
    readonly code: string | null,
    readonly vi: string,
    readonly en: string,
    readonly detail: string
  ) {
    super(en);
  }
}

/** Excel's error code (OfficeExtension.Error.code), or null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  return typeof error.code === "string" ? error.code : null;
}

/** Any failure of a batch as a HostError; a HostError passes through unchanged. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  const { vi, en } =
    code !== null && Object.hasOwn(MESSAGES, code) ? MESSAGES[code as OfficeErrorCode] : UNKNOWN;
  // OfficeExtension.Error is not declared as a subclass of Error: read its message as a field.
  const message =
    typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
  const text = typeof message === "string" ? message : String(error);
  const detail = code === null || text.startsWith(code) ? text : `${code}: ${text}`;
  return new HostError(code, vi, en, detail);
}
