// @vitest-environment jsdom
// The preview's picture of a sheet: values through their number formats, merges, written
// formats, and the selected cell.

import "../taskpane/jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cellAt, workbookOf } from "../../src/fake-excel";
import { SheetView } from "../../src/preview/SheetView";

afterEach(cleanup);

const noEdit = () => {};

beforeAll(() => {
  // jsdom does no layout; the view only asks to scroll its selected cell into view.
  Element.prototype.scrollIntoView = function scrollIntoView() {};
});

function sheetWithResults() {
  const workbook = workbookOf({
    "Danh sách": [
      ["STT", "Họ và tên", null, "Kết quả lấy phiếu", null],
      [1, "Nguyễn Văn A", null, 30, 30 / 41],
      [2, "Trần Thị B", null, 22, 22 / 41],
    ],
  });
  const sheet = workbook.sheets[0]!;
  sheet.merges.push({ top: 1, left: 4, bottom: 1, right: 5 });
  cellAt(sheet, 2, 5).numberFormat = "0.00%";
  cellAt(sheet, 3, 5).numberFormat = "0.00%";
  cellAt(sheet, 3, 4).style = {
    fill: "#F4B084",
    font: { name: "Times New Roman", size: 11, bold: true },
  };
  sheet.columnWidths.set(2, 150);
  return sheet;
}

function cell(address: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-cell="${address}"]`);
  if (!found) throw new Error(`no cell ${address}`);
  return found;
}

describe("SheetView", () => {
  it("shows values through their number formats, with Excel's headings", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetView
          sheet={sheetWithResults()}
          selection={null}
          label="Trang Danh sách"
          onEdit={noEdit}
        />
      </FluentProvider>
    );
    const table = screen.getByRole("table", { name: "Trang Danh sách" });
    expect(table).toBeTruthy();
    expect(screen.getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
      "G",
    ]);
    expect(cell("E2").textContent).toBe("73,17%");
    expect(cell("E3").textContent).toBe("53,66%");
    expect(cell("B2").textContent).toBe("Nguyễn Văn A");
    // Numbers to the right, text to the left, as Excel's General alignment.
    expect(cell("D2").style.textAlign).toBe("right");
    expect(cell("B2").style.textAlign).toBe("left");
  });

  it("draws merges as one cell and the written fills and fonts", () => {
    render(
      <SheetView
        sheet={sheetWithResults()}
        selection={null}
        label="Trang Danh sách"
        onEdit={noEdit}
      />
    );
    expect(cell("D1").getAttribute("colspan")).toBe("2");
    expect(document.querySelector('[data-cell="E1"]')).toBeNull();
    const banded = cell("D3");
    expect(banded.style.backgroundColor).toBe("rgb(244, 176, 132)");
    expect(banded.style.fontWeight).toBe("700");
    expect(banded.style.fontFamily).toContain("Times New Roman");
    const widths = [...document.querySelectorAll("col")].map((col) => col.style.width);
    // 150 points are 200 pixels.
    expect(widths[2]).toBe("200px");
  });

  it("marks the selected cell", () => {
    render(
      <SheetView
        sheet={sheetWithResults()}
        selection="B3"
        label="Trang Danh sách"
        onEdit={noEdit}
      />
    );
    expect(cell("B3").getAttribute("aria-selected")).toBe("true");
    expect(cell("B2").getAttribute("aria-selected")).toBeNull();
  });

  it("types into a cell on a double click: Enter keeps the text, Esc drops it", () => {
    const onEdit = vi.fn();
    render(<SheetView sheet={sheetWithResults()} selection={null} label="Trang" onEdit={onEdit} />);
    fireEvent.doubleClick(cell("D2"));
    const editor = screen.getByRole("textbox", { name: "Ô D2 / Cell D2" }) as HTMLInputElement;
    expect(editor.value).toBe("30");
    fireEvent.change(editor, { target: { value: "31" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    fireEvent.blur(editor);
    expect(onEdit).toHaveBeenCalledExactlyOnceWith("D2", "31");
    expect(screen.queryByRole("textbox")).toBeNull();
    fireEvent.doubleClick(cell("B2"));
    const again = screen.getByRole("textbox", { name: "Ô B2 / Cell B2" });
    fireEvent.change(again, { target: { value: "bỏ" } });
    fireEvent.keyDown(again, { key: "Escape" });
    fireEvent.blur(again);
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("textbox")).toBeNull();
  });
});
