// @vitest-environment jsdom
// The preview's page around the pane: a file dropped on the page opens as if chosen, a file that
// is not .xlsx is refused with what to do, and printing waits for a result sheet.

import "../taskpane/jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { workbookOf } from "../../src/fake-excel";
import { openWorkbookFile, previewWorkbook as opened } from "../../src/preview/open-file";
import { PreviewApp, type PreviewIO, type PreviewWorkbook } from "../../src/preview/PreviewApp";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

beforeAll(() => {
  // jsdom does no layout; the sheet view only asks to scroll its selected cell into view.
  Element.prototype.scrollIntoView = function scrollIntoView() {};
  // jsdom's Blob lacks arrayBuffer(); its FileReader reads the same bytes.
  Blob.prototype.arrayBuffer ??= function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
});

/** Files opened through the page, by name; each opens as a workbook with a `Kết quả` sheet,
 * unless the page is given the real way of opening files. */
function pageWith(initial: PreviewWorkbook, open?: PreviewIO["openFile"]) {
  const openFile = vi.fn(
    open ??
      (async (name: string, bytes: ArrayBuffer) => {
        expect(bytes.byteLength).toBeGreaterThan(0);
        return opened(name, workbookOf({ "Kết quả": [["KẾT QUẢ LẤY PHIẾU TÍN NHIỆM"]] }));
      })
  );
  const io: PreviewIO = {
    examples: [],
    newWorkbook: () => opened("so-tinh-moi.xlsx", workbookOf({ Sheet1: [] })),
    openExample: (name) => Promise.reject(new Error(name)),
    openFile,
    download: () => Promise.resolve(),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp io={io} initial={initial} initialLang="vi" />
    </FluentProvider>
  );
  return openFile;
}

function drop(file: File): void {
  const dataTransfer = { files: [file], types: ["Files"], dropEffect: "none" };
  fireEvent.dragOver(screen.getByRole("toolbar"), { dataTransfer });
  fireEvent.drop(screen.getByRole("toolbar"), { dataTransfer });
}

/** Reading a file and redrawing the page take a while on a busy machine. */
const OPENING = { timeout: 10_000 };

const blank = () => opened("so-tinh-moi.xlsx", workbookOf({ Sheet1: [] }));
const printButton = () => screen.getByRole("button", { name: /^In trang Kết quả/ });

describe("PreviewApp", () => {
  it("opens a workbook dropped anywhere on the page", async () => {
    const openFile = pageWith(blank());
    drop(new File([new Uint8Array([80, 75, 3, 4])], "hoi-nghi.xlsx"));
    await waitFor(
      () => expect(screen.getByRole("toolbar").textContent).toContain("hoi-nghi.xlsx"),
      OPENING
    );
    expect(openFile.mock.calls.map(([name]) => name)).toEqual(["hoi-nghi.xlsx"]);
  });

  it("refuses a dropped file that is not .xlsx, by its bytes, and says how to make one", async () => {
    pageWith(blank(), openWorkbookFile);
    // The first bytes of an Excel 97–2003 workbook (a compound file), whatever its name says.
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    drop(new File([new Uint8Array([...cfb, ...new Array<number>(504).fill(0)])], "hoi-nghi.xlsx"));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/^F001 /), OPENING);
    const alert = screen.getByRole("alert").textContent ?? "";
    expect(alert).toContain("Mở tệp trong Excel và lưu thành Sổ làm việc Excel (.xlsx).");
    expect(alert).toContain("Open the file in Excel and save it as an Excel Workbook (.xlsx).");
    expect(screen.getByRole("toolbar").textContent).toContain("so-tinh-moi.xlsx");
  });

  it("prints once the workbook has a result sheet, and prints that sheet", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    pageWith(blank());
    expect(printButton().hasAttribute("disabled")).toBe(true);
    expect(document.querySelector("section[aria-label^='Bản in']")).toBeNull();

    drop(new File([new Uint8Array([80, 75, 3, 4])], "ket-qua.xlsx"));
    await waitFor(
      () => expect(screen.getByRole("toolbar").textContent).toContain("ket-qua.xlsx"),
      OPENING
    );
    await waitFor(() => expect(printButton().hasAttribute("disabled")).toBe(false));
    fireEvent.click(printButton());
    expect(print).toHaveBeenCalledTimes(1);
    const printed = document.querySelector(
      "section[aria-label='Bản in trang Kết quả / Print of the Kết quả sheet']"
    );
    expect(printed?.querySelector("table")?.textContent).toBe("KẾT QUẢ LẤY PHIẾU TÍN NHIỆM");
  });

  it("prints the ballots when asked, and the result sheet again after", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const section = (name: string) =>
      document.querySelector(
        `section[aria-label='Bản in trang ${name} / Print of the ${name} sheet']`
      );
    pageWith(
      opened(
        "phieu.xlsx",
        workbookOf({
          "Kết quả": [["KẾT QUẢ LẤY PHIẾU TÍN NHIỆM"]],
          "Phiếu in": [["PHIẾU LẤY PHIẾU TÍN NHIỆM"]],
        })
      )
    );
    // Printed as it is shown: the section that prints carries the sheet chosen last.
    fireEvent.click(screen.getByRole("button", { name: /^In trang Phiếu in/ }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(section("Phiếu in")?.querySelector("table")?.textContent).toBe(
      "PHIẾU LẤY PHIẾU TÍN NHIỆM"
    );
    expect(section("Kết quả")).toBeNull();
    fireEvent.click(printButton());
    expect(print).toHaveBeenCalledTimes(2);
    expect(section("Kết quả")?.querySelector("table")?.textContent).toBe(
      "KẾT QUẢ LẤY PHIẾU TÍN NHIỆM"
    );
  });
});
