// @vitest-environment jsdom
// The preview's Open button with a file that is not an .xlsx workbook: the same coded message as
// the command line (F001, both languages, what to do), never the zip reader's words; an .xlsx
// opens.

import "../taskpane/jsdom-shims";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { workbookOf } from "../../src/fake-excel";
import { openWorkbookFile, previewWorkbook } from "../../src/preview/open-file";
import { PreviewApp, type PreviewIO } from "../../src/preview/PreviewApp";

afterEach(cleanup);

const io: PreviewIO = {
  examples: [],
  newWorkbook: () => previewWorkbook("so-tinh-moi.xlsx", workbookOf({ Sheet1: [] })),
  openExample: () => Promise.reject(new Error("no examples here")),
  openFile: openWorkbookFile,
  download: () => Promise.resolve(),
};

/** Chooses a file in the toolbar's hidden input (the pane has one of its own, to consolidate), as
 * the browser hands it over (jsdom's File cannot give
 * its bytes, so the chosen file is what the browser would pass: a name and its bytes). */
function choose(name: string, bytes: Uint8Array): void {
  const toolbar = screen.getByRole("toolbar", { name: "Tệp / File" });
  const input = toolbar.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = { name, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}

describe("the preview's Open", () => {
  it("shows F001 and what to do for a CSV or a truncated workbook", async () => {
    const sample = new Uint8Array(
      await readFile(join(__dirname, "../../examples/hoi-nghi-mau.xlsx"))
    );
    render(<PreviewApp io={io} initial={io.newWorkbook()} initialLang="vi" />);
    for (const [name, bytes] of [
      ["ds.csv", new TextEncoder().encode("Họ và tên,Mã\n")],
      ["cut.xlsx", sample.subarray(0, 2000)],
    ] as const) {
      choose(name, bytes);
      const alert = await screen.findByRole("alert");
      expect(alert.textContent).toMatch(/^F001 /);
      expect(alert.textContent).toContain(
        "Mở tệp trong Excel và lưu thành Sổ làm việc Excel (.xlsx)."
      );
      expect(alert.textContent).toContain(
        "Open the file in Excel and save it as an Excel Workbook (.xlsx)."
      );
      expect(alert.textContent).not.toMatch(/central directory|zip/i);
    }

    choose("hoi-nghi-mau.xlsx", sample);
    expect(await screen.findByText("hoi-nghi-mau.xlsx", {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
