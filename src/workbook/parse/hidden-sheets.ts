// A problem that names a hidden sheet says so and how to show it: the user is told of a sheet
// they cannot see in the tabs, and a "very hidden" one cannot be shown from Excel's menus at all.

import type { SheetView } from "./sheet-view";

const NOTES = {
  hidden: {
    vi: (name: string) =>
      ` Trang “${name}” đang bị ẩn: bấm chuột phải vào tên một trang bất kỳ › Bỏ ẩn để thấy nó.`,
    en: (name: string) =>
      ` Sheet “${name}” is hidden: right-click any sheet tab › Unhide to see it.`,
  },
  veryHidden: {
    vi: (name: string) =>
      ` Trang “${name}” bị ẩn sâu (very hidden), Excel không cho bỏ ẩn bằng menu: mở Visual Basic` +
      ` (Alt+F11), chọn trang đó rồi đặt Visible thành -1 - xlSheetVisible.`,
    en: (name: string) =>
      ` Sheet “${name}” is very hidden, which Excel's Unhide cannot show: open Visual Basic` +
      ` (Alt+F11), select that sheet and set its Visible to -1 - xlSheetVisible.`,
  },
} as const;

/** Params {hiddenVi} and {hiddenEn}: a sentence for each hidden sheet among those named, or empty
 * text when all are visible. */
export function hiddenNote(views: readonly SheetView[]): { hiddenVi: string; hiddenEn: string } {
  const hidden = views.filter((view) => view.visibility !== undefined);
  return {
    hiddenVi: hidden.map((view) => NOTES[view.visibility!].vi(view.name)).join(""),
    hiddenEn: hidden.map((view) => NOTES[view.visibility!].en(view.name)).join(""),
  };
}
