// Fake Range, RangeAreas and RangeCollection: an area of one sheet, read and written as Excel
// does (values and number formats as 2-D arrays, null leaves a cell unchanged).

import { sheetReference } from "../excel/address";
import type * as Api from "../excel/office-api";
import { parseRange, rangeAddress, type CellBox } from "../workbook/layout/a1";
import { readValue, writeValue } from "./cell-values";
import { editable, FakeOfficeError } from "./errors";
import {
  cellAt,
  cellKey,
  eachCellOf,
  hasContent,
  intersects,
  MAX_COLUMNS,
  type FakeSheet,
} from "./model";
import { CollectionProxy, liveSheet, Proxy, type Locator, type Session } from "./proxy";
import { FakeDataValidation, FakeRangeFormat } from "./range-format";

/** A rectangle of cells on one sheet. */
export interface Area {
  readonly sheet: FakeSheet;
  readonly box: CellBox;
}

/** "B3", "B3:D9", "$B$3:$D$9" → a box; InvalidArgument otherwise. */
export function boxOf(address: string): CellBox {
  const box = parseRange(address.replace(/\$/g, ""));
  if (box === null) throw new FakeOfficeError("InvalidArgument", `"${address}" is not a range`);
  return box;
}

export class FakeRange extends Proxy<Area> implements Api.Range {
  protected readonly loadable = ["values", "numberFormat", "address"];

  constructor(session: Session, path: string, locator: Locator<Area>, nullable = false) {
    super(session, path, locator);
    if (nullable) this.probe();
  }

  protected snapshot(area: Area, property: string): unknown {
    const { sheet, box } = area;
    if (property === "values") {
      return rowsOf(box, (row, column) => readValue(sheet.cells.get(cellKey(row, column))));
    }
    if (property === "numberFormat") {
      return rowsOf(
        box,
        (row, column) => sheet.cells.get(cellKey(row, column))?.numberFormat ?? "General"
      );
    }
    return `${sheetReference(sheet.name)}!${rangeAddress(box)}`;
  }

  /** The area, on a sheet that still exists; null for a null object. */
  liveArea(): Area | null {
    const area = this.resolve();
    if (area !== null) liveSheet(this.session.model, area.sheet);
    return area;
  }

  /** Like liveArea(), for an operation that needs the range to exist. */
  area(): Area {
    const area = this.target();
    liveSheet(this.session.model, area.sheet);
    return area;
  }

  /** Like area(), for a change: refused on a protected sheet. */
  private editableArea(): Area {
    const area = this.area();
    editable(area.sheet);
    return area;
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(rows: unknown[][]) {
    this.setCells("values", rows, (cell, value) => writeValue(cell, value));
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(rows: unknown[][]) {
    this.setCells("numberFormat", rows, (cell, format) => {
      if (format !== null && format !== undefined) cell.numberFormat = String(format);
    });
  }

  get address(): string {
    return this.loadedValue("address");
  }

  // Navigation properties give the same proxy each time, as in Office.js.
  private formatProxy: FakeRangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.session, `${this.path}.format`, () =>
      this.liveArea()
    ));
  }

  get dataValidation(): FakeDataValidation {
    this.session.requireApi("1.8", "Range.dataValidation");
    return (this.validationProxy ??= new FakeDataValidation(
      this.session,
      `${this.path}.dataValidation`,
      () => this.liveArea()
    ));
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.write("clear", { applyTo }, () => {
      const { sheet, box } = this.editableArea();
      eachCellOf(box, (row, column) => {
        const key = cellKey(row, column);
        const cell = sheet.cells.get(key);
        if (cell === undefined) return;
        if (applyTo !== "Formats") writeValue(cell, "");
        if (applyTo !== "Contents") {
          cell.numberFormat = "General";
          cell.style = {};
        }
        if (cell.value === null && cell.formula === null && cell.numberFormat === "General") {
          if (Object.keys(cell.style).length === 0) sheet.cells.delete(key);
        }
      });
      // Clearing formats unmerges, as in Excel.
      if (applyTo !== "Contents") {
        sheet.merges = sheet.merges.filter((merge) => !intersects(merge, box));
      }
      if (applyTo !== "Formats") this.session.noteChange({ kind: "changed", sheet, box });
    });
  }

  merge(across = false): void {
    this.write("merge", { across }, () => {
      const { sheet, box } = this.editableArea();
      const boxes = across
        ? Array.from({ length: box.bottom - box.top + 1 }, (_, index) => ({
            ...box,
            top: box.top + index,
            bottom: box.top + index,
          }))
        : [box];
      for (const merged of boxes) {
        sheet.merges = sheet.merges.filter((existing) => !intersects(existing, merged));
        sheet.merges.push(merged);
        // Merging cells already filled loses the fill when the top-left cell is empty
        // (office-js#6405, #6557).
        const corner = sheet.cells.get(cellKey(merged.top, merged.left));
        if (corner === undefined || !hasContent(corner)) {
          eachCellOf(merged, (row, column) => {
            const cell = sheet.cells.get(cellKey(row, column));
            if (cell?.style.fill !== undefined) {
              cell.style = { ...cell.style };
              delete cell.style.fill;
            }
          });
        }
        // A merged area keeps only its top-left value.
        eachCellOf(merged, (row, column) => {
          if (row !== merged.top || column !== merged.left) {
            const cell = sheet.cells.get(cellKey(row, column));
            if (cell !== undefined) writeValue(cell, "");
          }
        });
      }
    });
  }

  unmerge(): void {
    this.write("unmerge", null, () => {
      const { sheet, box } = this.editableArea();
      sheet.merges = sheet.merges.filter((merge) => !intersects(merge, box));
    });
  }

  select(): void {
    this.write("select", null, () => {
      const { sheet, box } = this.area();
      this.session.model.activeSheet = sheet.name;
      this.session.model.selection = { sheet: sheet.name, address: rangeAddress(box) };
    });
  }

  /** Only the merged areas whose top-left cell lies in the range, as Excel gives them
   * (office-js#3611); using it clears the user's Undo list on Windows (office-js#5918). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.session.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.session, `${this.path}.getMergedAreasOrNullObject()`, () => {
      this.session.clearUndo("Range.getMergedAreasOrNullObject");
      const area = this.liveArea();
      const boxes =
        area?.sheet.merges.filter((merge) => contains(area.box, merge.top, merge.left)) ?? [];
      return area === null || boxes.length === 0 ? null : { sheet: area.sheet, boxes };
    });
  }

  /** The rows the range spans, every column. */
  getEntireRow(): FakeRange {
    return this.derived("getEntireRow()", (box) => ({ ...box, left: 1, right: MAX_COLUMNS }));
  }

  /** The smallest range holding this one and the other. */
  getBoundingRect(anotherRange: string): FakeRange {
    const other = boxOf(anotherRange);
    return this.derived(`getBoundingRect(${JSON.stringify(anotherRange)})`, (box) => ({
      top: Math.min(box.top, other.top),
      left: Math.min(box.left, other.left),
      bottom: Math.max(box.bottom, other.bottom),
      right: Math.max(box.right, other.right),
    }));
  }

  /** A range computed from this one; a null object's is a null object. */
  private derived(method: string, reshape: (box: CellBox) => CellBox): FakeRange {
    return new FakeRange(this.session, `${this.path}.${method}`, () => {
      const area = this.liveArea();
      return area === null ? null : { sheet: area.sheet, box: reshape(area.box) };
    });
  }

  /** Queues a 2-D write; at sync the array must have the range's shape, as Excel requires. */
  private setCells(
    property: string,
    rows: unknown[][],
    apply: (cell: ReturnType<typeof cellAt>, value: unknown) => void
  ): void {
    const copy = rows.map((row) => [...row]);
    this.write("set", { property, value: copy }, () => {
      const { sheet, box } = this.editableArea();
      const height = box.bottom - box.top + 1;
      const width = box.right - box.left + 1;
      if (copy.length !== height || copy.some((row) => row.length !== width)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `${property} of ${rangeAddress(box)} needs ${height} rows of ${width} cells`
        );
      }
      eachCellOf(box, (row, column) => {
        const value = copy[row - box.top]![column - box.left];
        if (value === null || value === undefined) return;
        apply(cellAt(sheet, row, column), value);
      });
      // Number formats are formats (onFormatChanged, which the shell does not use), not data.
      if (property === "values") this.session.noteChange({ kind: "changed", sheet, box });
    });
  }
}

export interface Areas {
  readonly sheet: FakeSheet;
  readonly boxes: readonly CellBox[];
}

export class FakeRangeAreas extends Proxy<Areas> implements Api.RangeAreas {
  protected readonly loadable = ["address"];

  constructor(session: Session, path: string, locator: Locator<Areas>) {
    super(session, path, locator);
    this.probe();
  }

  protected snapshot(areas: Areas): unknown {
    const sheet = sheetReference(areas.sheet.name);
    return areas.boxes.map((box) => `${sheet}!${rangeAddress(box)}`).join(",");
  }

  private areasProxy: FakeRangeCollection | undefined;

  get areas(): FakeRangeCollection {
    this.session.requireApi("1.9", "RangeAreas.areas");
    return (this.areasProxy ??= new FakeRangeCollection(this.session, `${this.path}.areas`, () =>
      this.resolve()
    ));
  }
}

export class FakeRangeCollection
  extends CollectionProxy<Areas, FakeRange>
  implements Api.RangeCollection
{
  protected readonly itemLoadable = ["address", "values", "numberFormat"];

  protected itemsOf(areas: Areas): FakeRange[] {
    return areas.boxes.map(
      (box, index) =>
        new FakeRange(this.session, `${this.path}.items[${index}]`, () => ({
          sheet: areas.sheet,
          box,
        }))
    );
  }
}

function contains(box: CellBox, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}

function rowsOf<V>(box: CellBox, cell: (row: number, column: number) => V): V[][] {
  const rows: V[][] = [];
  for (let row = box.top; row <= box.bottom; row += 1) {
    const values: V[] = [];
    for (let column = box.left; column <= box.right; column += 1) values.push(cell(row, column));
    rows.push(values);
  }
  return rows;
}
