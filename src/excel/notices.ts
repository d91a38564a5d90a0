// What the user should know after a write that Excel could not do in full: an older Excel lacks
// an API the write would use, or refused the page setup, and the rest was written without it.

export type NoticeCode = "page-setup-skipped" | "page-setup-failed" | "validation-skipped";

export interface Notice {
  readonly code: NoticeCode;
  readonly vi: string;
  readonly en: string;
}

export const NOTICES: Readonly<Record<NoticeCode, Notice>> = {
  "page-setup-skipped": {
    code: "page-setup-skipped",
    vi: "Đã bỏ qua thiết lập trang in (khổ A4, hướng giấy, vùng in, chân trang): phiên bản Excel này chưa hỗ trợ ExcelApi 1.9. Hãy đặt trong Bố trí Trang trước khi in.",
    en: "Page setup skipped (A4, orientation, print area, footer): this Excel does not support ExcelApi 1.9. Set it in Page Layout before printing.",
  },
  "page-setup-failed": {
    code: "page-setup-failed",
    vi: "Đã ghi kết quả, nhưng Excel không nhận thiết lập trang in (khổ A4, hướng giấy, vùng in, tiêu đề in, chân trang). Hãy đặt trong Bố trí Trang trước khi in.",
    en: "Results written, but Excel refused the page setup (A4, orientation, print area, print titles, footer). Set it in Page Layout before printing.",
  },
  "validation-skipped": {
    code: "validation-skipped",
    vi: "Đã bỏ qua danh sách chọn trong ô: phiên bản Excel này chưa hỗ trợ ExcelApi 1.8.",
    en: "In-cell drop-down lists skipped: this Excel does not support ExcelApi 1.8.",
  },
};
