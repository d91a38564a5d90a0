// How a fake workbook's cells look in the browser, shared by the on-screen sheet view and the
// printed result sheet: sizes, merges, and each cell's written formats as CSS.

import type { CSSProperties } from "react";
import { cellKey, type BorderLine, type FakeCell, type FakeSheet } from "../fake-excel";
import type { CellBox } from "../workbook/layout/a1";

/** Excel's defaults: 8.43 characters ≈ 48 points wide, 15 points high. */
const DEFAULT_WIDTH_PT = 48;
const DEFAULT_HEIGHT_PT = 15;
const PX_PER_PT = 4 / 3;

export function px(points: number): number {
  return Math.round(points * PX_PER_PT * 10) / 10;
}

export function columnWidthPt(sheet: FakeSheet, column: number): number {
  return sheet.columnWidths.get(column) ?? DEFAULT_WIDTH_PT;
}

export function rowHeightPt(sheet: FakeSheet, row: number): number {
  return sheet.rowHeights.get(row) ?? DEFAULT_HEIGHT_PT;
}

function borderCss(line: BorderLine | undefined): string | undefined {
  if (!line || line.style === "None") return undefined;
  const width = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 }[line.weight] ?? 1;
  return `${width}px ${line.style === "Dash" ? "dashed" : "solid"} ${line.color || "#000000"}`;
}

const HORIZONTAL: Readonly<Record<string, CSSProperties["textAlign"]>> = {
  Left: "left",
  Center: "center",
  CenterAcrossSelection: "center",
  Right: "right",
  Justify: "justify",
};
const VERTICAL: Readonly<Record<string, CSSProperties["verticalAlign"]>> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "middle",
  Distributed: "middle",
};

export function cellCss(cell: FakeCell): CSSProperties {
  const { font, fill, horizontal, vertical, wrap, border } = cell.style;
  // Excel's General alignment: numbers to the right, text to the left.
  const generalAlign = typeof cell.value === "number" ? "right" : "left";
  return {
    backgroundColor: fill,
    fontFamily: font?.name ? `'${font.name}', serif` : undefined,
    fontSize: font?.size ? `${font.size}pt` : undefined,
    fontWeight: font?.bold ? 700 : undefined,
    fontStyle: font?.italic ? "italic" : undefined,
    color: font?.color,
    textAlign: (horizontal ? HORIZONTAL[horizontal] : undefined) ?? generalAlign,
    verticalAlign: vertical ? VERTICAL[vertical] : undefined,
    whiteSpace: wrap ? "pre-wrap" : undefined,
    borderTop: borderCss(border?.top),
    borderBottom: borderCss(border?.bottom),
    borderLeft: borderCss(border?.left),
    borderRight: borderCss(border?.right),
  };
}

/** Where merged areas start (with their span) and which cells they cover. */
export function mergeMap(merges: readonly CellBox[]) {
  const spans = new Map<number, { rowSpan: number; colSpan: number }>();
  const covered = new Set<number>();
  for (const box of merges) {
    spans.set(cellKey(box.top, box.left), {
      rowSpan: box.bottom - box.top + 1,
      colSpan: box.right - box.left + 1,
    });
    for (let row = box.top; row <= box.bottom; row += 1) {
      for (let column = box.left; column <= box.right; column += 1) {
        if (row !== box.top || column !== box.left) covered.add(cellKey(row, column));
      }
    }
  }
  return { spans, covered };
}
