// A sheet as the browser prints it: its print area as a document on A4, in the orientation and
// margins of its page setup, with its centre footer ("Trang 1/2"), without Excel's headings and
// gridlines, and with its print title rows (the result table's two header rows) repeated at the
// top of each page of the table, and a new page at each of its manual page breaks. The result
// sheet's layout sets all of these; the page shows this only in print.

import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { cellKey, hasContent, usedBox, type FakeSheet, type PageState } from "../fake-excel";
import { parseRange, type CellBox } from "../workbook/layout/a1";
import { cellCss, columnWidthPt, mergeMap, rowHeightPt } from "./cell-style";
import { displayValue } from "./number-format";
import { MAX_VIEW_COLUMNS, MAX_VIEW_ROWS } from "./SheetView";

const useStyles = makeStyles({
  document: {
    display: "none",
    "@media print": { display: "block" },
    color: "#000000",
    backgroundColor: "#ffffff",
    // Band fills and header shading are part of the document, not decoration to drop.
    printColorAdjust: "exact",
    WebkitPrintColorAdjust: "exact",
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, sans-serif",
    fontSize: "11pt",
  },
  // Excel's "Center on page: horizontally".
  centered: { marginLeft: "auto", marginRight: "auto" },
  header: { display: "table-header-group" },
  // Notes and signatures stay together: a signature's title without the name under it is worse
  // than a page turned early.
  closing: { breakInside: "avoid" },
  row: { breakInside: "avoid" },
  // A manual page break: the rows from here print on a new page.
  newPage: { breakBefore: "page" },
  cell: { padding: "0 3px", overflow: "hidden", whiteSpace: "nowrap", verticalAlign: "bottom" },
});

/** Rows top..bottom of the sheet (inclusive), one part of the printed page. */
interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

/** The print area, or what the sheet holds when it has none; no larger than the on-screen view
 * draws, so that a huge sheet of the user's cannot freeze the page. */
function printBox(sheet: FakeSheet): CellBox | null {
  const area = sheet.page.printArea ? parseRange(sheet.page.printArea.replace(/\$/g, "")) : null;
  const box = area ?? usedBox(sheet, false);
  if (!box) return null;
  return {
    ...box,
    bottom: Math.min(box.bottom, box.top + MAX_VIEW_ROWS - 1),
    right: Math.min(box.right, box.left + MAX_VIEW_COLUMNS - 1),
  };
}

/** The print title rows ("12:13", "$12:$13") within the area, or null. */
function titleRows(page: PageState, area: CellBox): RowSpan | null {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(page.printTitleRows?.trim() ?? "");
  if (!match) return null;
  const top = Math.max(Number(match[1]), area.top);
  const bottom = Math.min(Number(match[2]), area.bottom);
  return top <= bottom ? { top, bottom } : null;
}

/** The table under the title rows runs on while its rows hold something: the first empty row
 * ends it, and what follows (notes, signatures) prints without the table's header. */
function tableEnd(sheet: FakeSheet, titles: RowSpan, area: CellBox): number {
  const holdsSomething = (row: number) =>
    Array.from({ length: area.right - area.left + 1 }, (_, i) =>
      sheet.cells.get(cellKey(row, area.left + i))
    ).some((cell) => cell !== undefined && hasContent(cell));
  let row = titles.bottom + 1;
  while (row <= area.bottom && holdsSomething(row)) row += 1;
  return row - 1;
}

/** `part` cut before each break row inside it (a part may also start at one). */
export function splitAtBreaks(part: RowSpan, breaks: readonly number[]): RowSpan[] {
  const cuts = breaks.filter((row) => row > part.top && row <= part.bottom);
  const tops = [part.top, ...cuts];
  return tops.map((top, i) => ({ top, bottom: (tops[i + 1] ?? part.bottom + 1) - 1 }));
}

function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, "\\$&")}"`;
}

/** An Excel footer section ('&"Times New Roman,Regular"&10Trang &P/&N') as CSS: the page number
 * and count as counters, the sheet's name as text, other codes (date, file name) left out. */
export function footerCss(code: string, sheetName: string): string | null {
  const font = /&"([^",]+)[^"]*"/.exec(code)?.[1];
  const size = /&(\d+)/.exec(code)?.[1];
  const parts = code
    .replace(/&"[^"]*"/g, "")
    .replace(/&\d+/g, "")
    .split(/(&[PNA&])/)
    .map((part) => {
      if (part === "&P") return "counter(page)";
      if (part === "&N") return "counter(pages)";
      if (part === "&A") return cssString(sheetName);
      if (part === "&&") return cssString("&");
      const text = part.replace(/&./g, "");
      return text ? cssString(text) : "";
    })
    .filter(Boolean);
  if (parts.length === 0) return null;
  const declarations = [
    `content: ${parts.join(" ")}`,
    ...(font ? [`font-family: ${cssString(font)}, serif`] : []),
    ...(size ? [`font-size: ${size}pt`] : []),
  ];
  return `@bottom-center { ${declarations.join("; ")}; }`;
}

/** A4's width in points in the page's orientation, less its side margins (0.7 inch each when
 * it has none, as in pageRule). */
function printableWidth(page: PageState): number {
  const width = page.orientation?.toLowerCase() === "landscape" ? 841.9 : 595.3;
  const sides = page.margins ? page.margins.left + page.margins.right : 2 * 0.7 * 72;
  return width - sides;
}

/** Always A4 (the paper of Vietnamese offices), in the sheet's orientation and margins. */
function pageRule(sheet: FakeSheet): string {
  const { page } = sheet;
  const orientation = page.orientation?.toLowerCase() === "landscape" ? "landscape" : "portrait";
  const m = page.margins;
  const margin = m ? `${m.top}pt ${m.right}pt ${m.bottom}pt ${m.left}pt` : "0.75in 0.7in";
  const footer = page.centerFooter ? footerCss(page.centerFooter, sheet.name) : null;
  return `@page { size: A4 ${orientation}; margin: ${margin};${footer ? ` ${footer}` : ""} }`;
}

/** The merges that reach into `part`, cut to it: a printed table cannot span two tables. */
function mergesWithin(sheet: FakeSheet, part: CellBox): CellBox[] {
  return sheet.merges
    .map((box) => ({
      top: Math.max(box.top, part.top),
      left: Math.max(box.left, part.left),
      bottom: Math.min(box.bottom, part.bottom),
      right: Math.min(box.right, part.right),
    }))
    .filter((box) => box.top <= box.bottom && box.left <= box.right);
}

export function PrintSheet(props: { readonly sheet: FakeSheet; readonly label: string }) {
  const styles = useStyles();
  const { sheet } = props;
  const area = printBox(sheet);
  if (!area) return null;
  const titles = titleRows(sheet.page, area);

  const columns = Array.from({ length: area.right - area.left + 1 }, (_, i) => area.left + i);
  const widths = columns.map((column) => columnWidthPt(sheet, column));
  const total = widths.reduce((sum, width) => sum + width, 0);
  // Excel's "fit to one page wide": the sheet at its own width, shrunk whole (rows and text with
  // it, as Excel prints) when the page is narrower, so that a name wraps where it wraps in Excel.
  const tableStyle = { width: `${total}pt`, zoom: Math.min(1, printableWidth(sheet.page) / total) };
  const colgroup = (
    <colgroup>
      {widths.map((width, i) => (
        <col key={i} style={{ width: `${(100 * width) / total}%` }} />
      ))}
    </colgroup>
  );

  const rows = (part: RowSpan) => {
    const box = { ...part, left: area.left, right: area.right };
    const { spans, covered } = mergeMap(mergesWithin(sheet, box));
    return Array.from({ length: part.bottom - part.top + 1 }, (_, i) => part.top + i).map((row) => (
      <tr key={row} className={styles.row} style={{ height: `${rowHeightPt(sheet, row)}pt` }}>
        {columns.map((column) => {
          const key = cellKey(row, column);
          if (covered.has(key)) return null;
          const cell = sheet.cells.get(key);
          return (
            <td
              key={column}
              {...spans.get(key)}
              className={styles.cell}
              style={cell && cellCss(cell)}
            >
              {cell ? displayValue(cell.value, cell.numberFormat) : ""}
            </td>
          );
        })}
      </tr>
    ));
  };

  const breaks = sheet.page.rowBreaks ?? [];
  const table = (part: RowSpan, header: RowSpan | null, className?: string) =>
    splitAtBreaks(part, breaks).map((segment) =>
      segmentTable(
        segment,
        header,
        breaks.includes(segment.top) ? styles.newPage : undefined,
        className
      )
    );
  const segmentTable = (
    part: RowSpan,
    header: RowSpan | null,
    ...classNames: (string | undefined)[]
  ) =>
    part.top <= part.bottom || header ? (
      <table
        className={mergeClasses(
          styles.table,
          sheet.page.centerHorizontally && styles.centered,
          ...classNames
        )}
        style={tableStyle}
        key={part.top}
      >
        {colgroup}
        {header && <thead className={styles.header}>{rows(header)}</thead>}
        {part.top <= part.bottom && <tbody>{rows(part)}</tbody>}
      </table>
    ) : null;

  if (!titles) {
    return (
      <section className={styles.document} aria-label={props.label}>
        <style>{pageRule(sheet)}</style>
        {table(area, null)}
      </section>
    );
  }
  const end = tableEnd(sheet, titles, area);
  return (
    <section className={styles.document} aria-label={props.label}>
      <style>{pageRule(sheet)}</style>
      {table({ top: area.top, bottom: titles.top - 1 }, null)}
      {table({ top: titles.bottom + 1, bottom: end }, titles)}
      {table({ top: end + 1, bottom: area.bottom }, null, styles.closing)}
    </section>
  );
}
