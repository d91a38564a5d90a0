// A picture of one sheet of the fake workbook, close enough to Excel to judge what the add-in
// wrote: column widths, row heights, merges, fills, fonts, borders, alignment, and values shown
// through their number formats. The selected cell is outlined and scrolled into view. A double
// click types into a cell, as in Excel: Enter or leaving the cell keeps the text, Esc drops it.

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { cellKey, usedBox, type FakeCell, type FakeSheet } from "../fake-excel";
import { cellAddress, columnLetters, parseRange, type CellBox } from "../workbook/layout/a1";
import { cellCss, columnWidthPt, mergeMap, px, rowHeightPt } from "./cell-style";
import { displayValue } from "./number-format";

/** Beyond this many rows the view stops, so a huge sheet cannot freeze the page. */
export const MAX_VIEW_ROWS = 2_000;
export const MAX_VIEW_COLUMNS = 100;

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "11pt",
    color: "#000000",
    backgroundColor: "#ffffff",
  },
  heading: {
    position: "sticky",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
    zIndex: 1,
  },
  columnHeading: { top: 0 },
  rowHeading: { left: 0 },
  corner: { top: 0, left: 0, zIndex: 2 },
  cell: {
    border: "1px solid #e1e1e1",
    padding: "0 3px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    verticalAlign: "bottom",
  },
  // Above the next cells' backgrounds, below the sticky row and column headings.
  spill: { overflow: "visible", position: "relative", zIndex: 0 },
  selected: { outline: "2px solid #217346", outlineOffset: "-2px" },
  editor: {
    width: "100%",
    boxSizing: "border-box",
    border: "none",
    outline: "2px solid #217346",
    font: "inherit",
    padding: 0,
  },
});

/** What a cell holds as the user would edit it: the formula, else the value. */
function editText(cell: FakeCell | undefined): string {
  return (
    cell?.formula ?? (cell?.value === null || cell?.value === undefined ? "" : String(cell.value))
  );
}

const ROW_HEADING_PX = 40;

/** Excel lets unwrapped text run on over empty cells to its right instead of cutting it. */
function spillsRight(sheet: FakeSheet, row: number, column: number): boolean {
  const cell = sheet.cells.get(cellKey(row, column));
  if (typeof cell?.value !== "string" || cell.style.wrap) return false;
  const next = sheet.cells.get(cellKey(row, column + 1));
  return next === undefined || (next.value === null && next.formula === null);
}

/** The part of the sheet to draw: what holds anything, its merges, and a margin of empty cells. */
function viewBox(sheet: FakeSheet): CellBox {
  const used = usedBox(sheet, false) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const bottom = Math.max(used.bottom, ...sheet.merges.map((box) => box.bottom)) + 3;
  const right = Math.max(used.right, ...sheet.merges.map((box) => box.right)) + 2;
  return {
    top: 1,
    left: 1,
    bottom: Math.min(bottom, MAX_VIEW_ROWS),
    right: Math.min(right, MAX_VIEW_COLUMNS),
  };
}

export function SheetView(props: {
  readonly sheet: FakeSheet;
  /** The selected cell or range on this sheet, in A1 notation. */
  readonly selection: string | null;
  readonly label: string;
  /** The user typed `text` into the cell at `address`. */
  readonly onEdit: (address: string, text: string) => void;
}) {
  const styles = useStyles();
  const { sheet } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const dropped = useRef(false);
  const box = viewBox(sheet);
  const { spans, covered } = mergeMap(sheet.merges);
  const selected = props.selection ? parseRange(props.selection) : null;
  const selectedRef = useRef<HTMLTableCellElement>(null);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [sheet, props.selection]);

  const columns = Array.from({ length: box.right }, (_, index) => index + 1);
  const rows = Array.from({ length: box.bottom }, (_, index) => index + 1);
  const widths = columns.map((column) => px(columnWidthPt(sheet, column)));
  // A fixed table layout needs the table's own width: cells then keep their columns' widths
  // and clip what does not fit, as Excel does.
  const tableWidth = ROW_HEADING_PX + widths.reduce((sum, width) => sum + width, 0);
  return (
    <table className={styles.table} style={{ width: `${tableWidth}px` }} aria-label={props.label}>
      <colgroup>
        <col style={{ width: `${ROW_HEADING_PX}px` }} />
        {widths.map((width, index) => (
          <col key={index} style={{ width: `${width}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={mergeClasses(styles.heading, styles.corner)} aria-hidden="true" />
          {columns.map((column) => (
            <th
              key={column}
              scope="col"
              className={mergeClasses(styles.heading, styles.columnHeading)}
            >
              {columnLetters(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row} style={{ height: `${px(rowHeightPt(sheet, row))}px` }}>
            <th scope="row" className={mergeClasses(styles.heading, styles.rowHeading)}>
              {row}
            </th>
            {columns.map((column) => {
              const key = cellKey(row, column);
              if (covered.has(key)) return null;
              const cell = sheet.cells.get(key);
              const address = cellAddress(row, column);
              const isSelected = selected?.top === row && selected.left === column;
              return (
                <td
                  key={column}
                  {...spans.get(key)}
                  ref={isSelected ? selectedRef : undefined}
                  className={mergeClasses(
                    styles.cell,
                    spillsRight(sheet, row, column) && styles.spill,
                    isSelected && styles.selected
                  )}
                  style={cell ? cellCss(cell) : undefined}
                  data-cell={address}
                  aria-selected={isSelected || undefined}
                  onDoubleClick={() => setEditing(address)}
                >
                  {editing === address ? (
                    <input
                      className={styles.editor}
                      aria-label={`Ô ${address} / Cell ${address}`}
                      defaultValue={editText(cell)}
                      autoFocus
                      onKeyDown={(event) => {
                        if (event.key === "Escape") dropped.current = true;
                        if (event.key === "Enter" || event.key === "Escape") {
                          event.currentTarget.blur();
                        }
                      }}
                      onBlur={(event) => {
                        if (!dropped.current) props.onEdit(address, event.currentTarget.value);
                        dropped.current = false;
                        setEditing(null);
                      }}
                    />
                  ) : cell ? (
                    displayValue(cell.value, cell.numberFormat)
                  ) : (
                    ""
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
