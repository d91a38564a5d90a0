// @vitest-environment jsdom
// The result sheet as the browser prints it: the print area only, the print title rows as the
// table's repeated header, notes and signatures after the table without it, and the page rule
// (A4, the sheet's orientation, margins and footer).

import "../taskpane/jsdom-shims";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cellAt, workbookOf } from "../../src/fake-excel";
import { footerCss, PrintSheet } from "../../src/preview/PrintSheet";
import { MAX_VIEW_ROWS } from "../../src/preview/SheetView";

afterEach(cleanup);

/** A small result sheet: title, a table (two header rows, two people), a note, a signature, and
 * a cell outside the print area. */
function resultSheet() {
  const sheet = workbookOf({
    "Kết quả": [
      ["KẾT QUẢ LẤY PHIẾU TÍN NHIỆM", null, null, "ngoài vùng in"],
      [null, null, null],
      ["STT", "Họ và tên", "Tín nhiệm cao"],
      [null, null, "Tỷ lệ"],
      [1, "Nguyễn Văn A", 0.7143],
      [2, "Trần Thị B", 0.2381],
      [null, null, null],
      ["Ghi chú: tỷ lệ trên số phiếu thu về", null, null],
      [null, "Trưởng ban kiểm phiếu", null],
      ["ngoài vùng in", null, null],
    ],
  }).sheets[0]!;
  for (const row of [5, 6]) cellAt(sheet, row, 3).numberFormat = "0.00%";
  sheet.merges.push(
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    // A merge that runs past the print area is cut to it.
    { top: 8, left: 1, bottom: 10, right: 3 }
  );
  sheet.page = {
    orientation: "Landscape",
    printArea: "A1:C9",
    printTitleRows: "$3:$4",
    centerFooter: '&"Times New Roman,Regular"&10Trang &P/&N',
    margins: { top: 43.2, bottom: 50.4, left: 36, right: 36, header: 21.6, footer: 21.6 },
  };
  return sheet;
}

/** The printed document (hidden on screen, so out of reach of role queries). */
function renderPrint(): HTMLElement {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <PrintSheet sheet={resultSheet()} label="Bản in trang Kết quả" />
    </FluentProvider>
  );
  const found = container.querySelector<HTMLElement>('section[aria-label="Bản in trang Kết quả"]');
  if (!found) throw new Error("no printed document");
  return found;
}

const rowTexts = (rows: Iterable<HTMLTableRowElement>) =>
  [...rows].map((row) => [...row.cells].map((cell) => cell.textContent));

describe("PrintSheet", () => {
  it("prints the print area: title, the table under its repeated header, then the closing", () => {
    const document = renderPrint();
    const [title, table, closing, ...more] = document.querySelectorAll("table");
    expect(more).toEqual([]);

    expect(rowTexts(title!.rows)).toEqual([["KẾT QUẢ LẤY PHIẾU TÍN NHIỆM"], ["", "", ""]]);
    expect(title!.querySelector("thead")).toBeNull();

    expect(rowTexts(table!.tHead!.rows)).toEqual([
      ["STT", "Họ và tên", "Tín nhiệm cao"],
      ["", "Tỷ lệ"],
    ]);
    expect(table!.tHead!.rows[0]!.cells[0]!.rowSpan).toBe(2);
    expect(rowTexts(table!.tBodies[0]!.rows)).toEqual([
      ["1", "Nguyễn Văn A", "71,43%"],
      ["2", "Trần Thị B", "23,81%"],
    ]);

    expect(closing!.querySelector("thead")).toBeNull();
    expect(rowTexts(closing!.rows)).toEqual([
      ["", "", ""],
      ["Ghi chú: tỷ lệ trên số phiếu thu về"],
      [],
    ]);
    expect(closing!.rows[1]!.cells[0]!.rowSpan).toBe(2);
    expect(document.textContent).not.toContain("ngoài vùng in");
  });

  it("starts a new page at each manual break, the table's header repeated above the rows", () => {
    const sheet = resultSheet();
    sheet.page = { ...sheet.page, rowBreaks: [6] };
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <PrintSheet sheet={sheet} label="Bản in" />
      </FluentProvider>
    );
    const tables = [...container.querySelectorAll("table")];
    expect(tables).toHaveLength(4);
    const [, first, second] = tables;
    expect(rowTexts(first!.tBodies[0]!.rows)).toEqual([["1", "Nguyễn Văn A", "71,43%"]]);
    expect(rowTexts(second!.tBodies[0]!.rows)).toEqual([["2", "Trần Thị B", "23,81%"]]);
    expect(rowTexts(second!.tHead!.rows)[0]).toEqual(["STT", "Họ và tên", "Tín nhiệm cao"]);
    expect(getComputedStyle(second!).breakBefore).toBe("page");
    expect(getComputedStyle(first!).breakBefore).not.toBe("page");
  });

  it("sets the page: A4 in the sheet's orientation, its margins and its footer", () => {
    const rule = renderPrint().querySelector("style");
    expect(rule?.textContent).toBe(
      "@page { size: A4 landscape; margin: 43.2pt 36pt 50.4pt 36pt; " +
        '@bottom-center { content: "Trang " counter(page) "/" counter(pages); ' +
        'font-family: "Times New Roman", serif; font-size: 10pt; } }'
    );
  });
});

describe("PrintSheet on sheets the layout did not write", () => {
  it("keeps the header of a table with no rows under it", () => {
    const sheet = workbookOf({ "Kết quả": [["Tiêu đề"], ["STT"]] }).sheets[0]!;
    sheet.page = { printArea: "A1:A2", printTitleRows: "2:2" };
    const { container } = render(<PrintSheet sheet={sheet} label="Bản in" />);
    const header = container.querySelectorAll("thead");
    expect([...header].map((element) => element.textContent)).toEqual(["STT"]);
  });

  it("prints no more rows than the sheet view draws", () => {
    const sheet = workbookOf({ "Kết quả": [["Tiêu đề"]] }).sheets[0]!;
    cellAt(sheet, MAX_VIEW_ROWS + 500, 1).value = "xa";
    const { container } = render(<PrintSheet sheet={sheet} label="Bản in" />);
    expect(container.querySelectorAll("tr")).toHaveLength(MAX_VIEW_ROWS);
  });
});

describe("footerCss", () => {
  it("turns Excel's footer codes into counters and text", () => {
    expect(footerCss("&P / &N — &A", "Kết quả")).toBe(
      '@bottom-center { content: counter(page) " / " counter(pages) " — " "Kết quả"; }'
    );
    expect(footerCss('Page &P of &N "A&&B"&D', "Results")).toBe(
      '@bottom-center { content: "Page " counter(page) " of " counter(pages) " \\"A" "&" "B\\""; }'
    );
    expect(footerCss("&D&T", "Results")).toBeNull();
  });
});
