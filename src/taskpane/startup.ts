// Whether the pane can start: office.js loaded, Office answered, and the host is Excel. Each way
// it cannot is a state with a message, so the user never faces a blank pane.

/** The part of the global `Office` object that startup uses. */
export interface OfficeStartup {
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
  readonly HostType: { readonly Excel: Office.HostType };
}

export type StartupState =
  | { readonly kind: "ready" }
  /** office.js did not load (Microsoft's CDN not reachable). */
  | { readonly kind: "no-office" }
  /** Not inside an Office application: a plain browser tab (Office answers with no host), or
   * Office never answered. */
  | { readonly kind: "outside-office" }
  /** Inside another Office application (Word, PowerPoint, …). */
  | { readonly kind: "not-excel" };

/** Office normally answers within a second or two; well past that it is not coming (the page was
 * opened in a plain browser, or Office failed to start the add-in). */
export const OFFICE_ANSWER_TIMEOUT_MS = 15_000;

export function waitForExcel(
  office: OfficeStartup | undefined,
  timeoutMs = OFFICE_ANSWER_TIMEOUT_MS
): Promise<StartupState> {
  if (!office) return Promise.resolve({ kind: "no-office" });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: "outside-office" }), timeoutMs);
    office.onReady().then(
      ({ host }) => {
        clearTimeout(timer);
        if (host === null) resolve({ kind: "outside-office" });
        else resolve({ kind: host === office.HostType.Excel ? "ready" : "not-excel" });
      },
      () => {
        clearTimeout(timer);
        resolve({ kind: "outside-office" });
      }
    );
  });
}

/** Shown before the language is known, so in both languages. */
export const STARTUP_MESSAGES: Readonly<
  Record<Exclude<StartupState["kind"], "ready">, { readonly vi: string; readonly en: string }>
> = {
  "no-office": {
    vi: "Không tải được Office.js từ máy chủ của Microsoft. Hãy kiểm tra kết nối mạng rồi mở lại ngăn này.",
    en: "Office.js could not be loaded from Microsoft's servers. Check the network connection, then open this pane again.",
  },
  "outside-office": {
    vi: "Trang này chỉ chạy bên trong Excel: hãy mở nó bằng nút Kiểm phiếu trên thẻ Trang đầu. Để thử trong trình duyệt, dùng trang xem trước (preview.html).",
    en: "This page runs inside Excel only: open it with the Count votes button on the Home tab. To try it in a browser, use the preview page (preview.html).",
  },
  "not-excel": {
    vi: "Phần bổ trợ này chỉ dùng được trong Excel.",
    en: "This add-in works in Excel only.",
  },
};
