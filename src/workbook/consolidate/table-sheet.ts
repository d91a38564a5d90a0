// One printable table on its own sheet, as every sheet of a consolidation is: a title, a few
// lines under it, the table (its header row repeated on each printed page), lines after it. A4,
// one page wide, portrait or landscape by the table's width, as the result sheet `Kết quả` is.

import type { Lang } from "../../rules";
import type { SheetWrite } from "../plan";
import { rangeAddress } from "../layout/a1";
import { SheetDraft, type DraftCell } from "../layout/draft";
import { MARGINS } from "../layout/minutes/page";
import { FOOTER, orientationFor } from "../layout/result-sheet";
import {
  BODY_SIZE,
  fitWidth,
  font,
  HEADER_FILL,
  lineCount,
  rowHeightFor,
  VERSION_COLOR,
} from "../layout/style";

export interface TableColumn {
  readonly header: string;
  /** A fixed width, or bounds within which the column fits its longest text. */
  readonly width: number | { readonly min: number; readonly max: number };
  readonly align?: "left" | "center" | "right";
}

export interface TableRow {
  readonly cells: readonly DraftCell[];
  readonly fill?: string;
  readonly bold?: boolean;
  /** A row that spans the table: its first cell across every column (a group's heading). */
  readonly spanning?: boolean;
}

export interface TableSheet {
  readonly sheet: string;
  readonly lang: Lang;
  readonly title: string;
  readonly lines: readonly string[];
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Lines after the table; the last may be the marker line (small and grey). */
  readonly after: readonly string[];
  readonly marker?: string;
  readonly activate?: boolean;
}

const SIZE = { title: 14, body: BODY_SIZE, small: 10, marker: 8 } as const;

function cellText(cell: DraftCell): string | null {
  if (cell === null) return null;
  return typeof cell === "object" ? "00,00%" : String(cell);
}

export function tableSheet(spec: TableSheet): SheetWrite {
  const widths = spec.columns.map((column, index) =>
    typeof column.width === "number"
      ? column.width
      : fitWidth(
          [
            column.header,
            ...spec.rows
              .filter((row) => !row.spanning)
              .map((row) => cellText(row.cells[index] ?? null)),
          ],
          column.width
        )
  );
  const last = widths.length;
  const total = widths.reduce((sum, width) => sum + width, 0);
  const draft = new SheetDraft();
  let row = 1;
  const line = (text: string, size: number, options: { bold?: boolean; color?: string } = {}) => {
    const box = { top: row, left: 1, bottom: row, right: last };
    draft.write(row, 1, [[text]]);
    if (last > 1) draft.merge(box);
    draft.format(box, {
      font: font(size, options),
      horizontal: options.bold ? "center" : "left",
      vertical: "middle",
      wrap: true,
    });
    draft.height(row, rowHeightFor(lineCount(text, total, size), size));
    row += 1;
  };

  line(spec.title, SIZE.title, { bold: true });
  for (const text of spec.lines) line(text, SIZE.body);
  row += 1;

  const header = row;
  draft.write(header, 1, [spec.columns.map((column) => column.header)]);
  draft.format(
    { top: header, left: 1, bottom: header, right: last },
    {
      font: font(SIZE.body, { bold: true }),
      fill: HEADER_FILL,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
      border: "all-thin",
    }
  );
  const headerLines = Math.max(
    ...spec.columns.map((column, index) => lineCount(column.header, widths[index]!))
  );
  draft.height(header, rowHeightFor(headerLines));
  row += 1;

  if (spec.rows.length > 0) {
    draft.format(
      { top: row, left: 1, bottom: row + spec.rows.length - 1, right: last },
      { font: font(SIZE.body), vertical: "middle", wrap: true, border: "all-thin" }
    );
  }
  for (const tableRow of spec.rows) {
    const box = { top: row, left: 1, bottom: row, right: last };
    if (tableRow.spanning) {
      draft.write(row, 1, [[tableRow.cells[0] ?? null]]);
      draft.merge(box);
    } else {
      draft.write(row, 1, [tableRow.cells]);
      spec.columns.forEach((column, index) => {
        if (column.align !== undefined && column.align !== "left") {
          const cell = { top: row, left: index + 1, bottom: row, right: index + 1 };
          draft.format(cell, { horizontal: column.align });
        }
      });
    }
    if (tableRow.fill !== undefined || tableRow.bold) {
      draft.format(box, {
        ...(tableRow.fill !== undefined && { fill: tableRow.fill }),
        ...(tableRow.bold && { font: font(SIZE.body, { bold: true }) }),
      });
    }
    const lines = tableRow.spanning
      ? lineCount(cellText(tableRow.cells[0] ?? null) ?? "", total)
      : Math.max(
          1,
          ...tableRow.cells.map((cell, index) => lineCount(cellText(cell) ?? "", widths[index]!))
        );
    draft.height(row, rowHeightFor(lines));
    row += 1;
  }
  row += 1;
  for (const text of spec.after) line(text, SIZE.small);
  if (spec.marker !== undefined) line(spec.marker, SIZE.marker, { color: VERSION_COLOR });

  return draft.finish({
    sheet: spec.sheet,
    kind: "own",
    clear: [],
    columnWidths: widths.map((width, index) => ({ column: index + 1, width })),
    page: {
      paper: "A4",
      orientation: orientationFor(widths),
      fitToPagesWide: 1,
      printArea: rangeAddress({ top: 1, left: 1, bottom: row - 1, right: last }),
      printTitleRows: `${header}:${header}`,
      centerFooter: FOOTER[spec.lang],
      margins: MARGINS,
      centerHorizontally: true,
    },
    ...(spec.activate && { activate: true }),
  });
}
