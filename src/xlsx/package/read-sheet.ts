// One worksheet part, streamed: the cells that hold a value, the merged areas and the table
// parts. Nothing is kept for a cell without a value, so styled empty rows, whole-column
// validations and formats cost one pass over their text and no memory.

import { FORMULA_WITHOUT_RESULT, type CellValue } from "../../workbook/grid";
import { cellAddress, columnNumber, parseRange, type CellBox } from "../../workbook/layout/a1";
import { PackageDamage } from "./damage";
import { readPartXml } from "./part-xml";
import { relationshipId } from "./relationships";
import { StringItemReader, decodeEscapes } from "./read-shared-strings";
import type { ZipArchive } from "./zip";

/** Excel's last row and column (XFD1048576). */
export const LAST_ROW = 1_048_576;
export const LAST_COLUMN = 16_384;

/** What a cell's value is read against. */
export interface SheetContext {
  readonly sheet: string;
  readonly sharedStrings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

export interface FoundCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

export interface SheetContent {
  /** In the part's order: row by row, left to right. */
  readonly cells: readonly FoundCell[];
  readonly merges: readonly CellBox[];
  /** The relationship ids of the sheet's table parts. */
  readonly tableIds: readonly string[];
}

/** Serial 2,958,465 is 31/12/9999, Excel's last date; a larger "date" is not one. */
const LAST_SERIAL = 2_958_465;
const DAY_MS = 24 * 3600 * 1000;
/** Days from Excel's day 0 (1900 system) to 1970-01-01; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

const BOOLEANS: Readonly<Record<string, boolean>> = {
  "1": true,
  true: true,
  "0": false,
  false: false,
};

const CELL_REFERENCE = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

/** A cell that belongs to the value the file gives it, or F019 naming it. */
class CellReader {
  type = "n";
  style = 0;
  formula = false;
  value: string | undefined = undefined;
  readonly inline = new StringItemReader();

  constructor(private readonly context: SheetContext) {}

  start(type: string | undefined, style: string | undefined): void {
    this.type = type ?? "n";
    this.style = style === undefined ? 0 : Number(style);
    this.formula = false;
    this.value = undefined;
    this.inline.take();
  }

  finish(row: number, col: number): CellValue {
    const { type, value } = this;
    const fail = (): never => {
      throw new PackageDamage("F019", {
        sheetName: this.context.sheet,
        cell: cellAddress(row, col),
        value: (value ?? "").slice(0, 50),
      });
    };
    if (this.formula) {
      // Excel always saves a formula's result; a program that does not calculate may not.
      if (value === undefined || value === "") return FORMULA_WITHOUT_RESULT;
      return this.typed(type === "s" || type === "inlineStr" ? "n" : type, value, fail);
    }
    if (type === "inlineStr") return textValue(this.inline.take());
    if (value === undefined) return null;
    if (type === "s") {
      const index = /^[0-9]+$/.test(value.trim()) ? Number(value) : -1;
      const text = this.context.sharedStrings[index];
      return text === undefined ? fail() : textValue(text);
    }
    return this.typed(type, value, fail);
  }

  private typed(type: string, value: string, fail: () => never): CellValue {
    switch (type) {
      case "str":
        return textValue(decodeEscapes(value));
      case "b":
        return BOOLEANS[value] ?? fail();
      case "e":
        return value;
      case "d": {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? fail() : date;
      }
      default:
        return this.number(value, fail);
    }
  }

  private number(value: string, fail: () => never): CellValue {
    const number = value.trim() === "" ? NaN : Number(value);
    if (!Number.isFinite(number)) return fail();
    if (!this.context.dateStyles.has(this.style) || number < 0 || number > LAST_SERIAL) {
      return number;
    }
    const serial = number - UNIX_EPOCH_SERIAL + (this.context.date1904 ? DAYS_1900_TO_1904 : 0);
    return new Date(Math.round(serial * DAY_MS));
  }
}

/** Empty text reads as an empty cell, as Excel reports it. */
function textValue(text: string): string | null {
  return text === "" ? null : text;
}

/** The cells with values, merges and table ids of a worksheet part. */
export function readSheet(archive: ZipArchive, part: string, context: SheetContext): SheetContent {
  const cells: FoundCell[] = [];
  const merges: CellBox[] = [];
  const tableIds: string[] = [];
  const cell = new CellReader(context);
  let row = 0;
  let col = 0;
  let inCell = false;
  let inValue = false;
  let inInline = false;
  const damaged = (reason: string): never => {
    throw new PackageDamage("F002", {}, { cause: new Error(`${context.sheet}: ${reason}`) });
  };
  readPartXml(archive, part, {
    open(tag) {
      const { name } = tag;
      switch (name) {
        case "row": {
          const number = tag.attribute("r");
          row = number === undefined ? row + 1 : Number(number);
          col = 0;
          if (!Number.isInteger(row) || row < 1 || row > LAST_ROW) damaged(`row ${number}`);
          break;
        }
        case "c": {
          const address = tag.attribute("r");
          const reference = address === undefined ? null : CELL_REFERENCE.exec(address);
          if (address !== undefined && reference === null) damaged(`cell ${address}`);
          if (reference) {
            col = columnNumber(reference[1]!);
            // A cell's own row wins over its row element's (they agree in any sound file).
            row = Number(reference[2]);
          } else {
            col += 1;
          }
          if (row < 1 || row > LAST_ROW || col > LAST_COLUMN) damaged(`cell ${address}`);
          cell.start(tag.attribute("t"), tag.attribute("s"));
          inCell = true;
          break;
        }
        case "f":
          if (inCell) cell.formula = true;
          break;
        case "v":
          if (inCell) {
            inValue = true;
            cell.value = "";
          }
          break;
        case "is":
          inInline = inCell;
          break;
        case "mergeCell": {
          const ref = tag.attribute("ref");
          const box = parseRange(ref ?? "");
          if (box === null || box.bottom > LAST_ROW || box.right > LAST_COLUMN) {
            damaged(`merge ${ref}`);
          }
          // A one-cell "merge" merges nothing.
          if (box!.bottom > box!.top || box!.right > box!.left) merges.push(box!);
          break;
        }
        case "tablePart": {
          const id = relationshipId(tag.attributes());
          if (id !== undefined) tableIds.push(id);
          break;
        }
        default:
          if (inInline) cell.inline.open(name);
      }
    },
    text(text) {
      if (inValue) cell.value += text;
      else if (inInline) cell.inline.text(text);
    },
    close(name) {
      switch (name) {
        case "c": {
          inCell = false;
          const value = cell.finish(row, col);
          if (value !== null) cells.push({ row, col, value });
          break;
        }
        case "v":
          inValue = false;
          break;
        case "is":
          inInline = false;
          break;
        default:
          if (inInline) cell.inline.close(name);
      }
    },
  });
  return { cells, merges, tableIds };
}
