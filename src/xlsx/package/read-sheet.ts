// One worksheet part, streamed: the cells that hold a value, the merged areas and the table
// parts. Nothing is kept for a cell without a value, so styled empty rows, whole-column
// validations and formats cost one pass over their text and no memory.

import { FORMULA_WITHOUT_RESULT, type CellValue } from "../../workbook/grid";
import { cellAddress, parseRange, type CellBox } from "../../workbook/layout/a1";
import { PackageDamage } from "./damage";
import { readPartXml } from "./part-xml";
import { NotPlain, readPlainRows, type RowSink } from "./plain-rows";
import { relationshipId } from "./relationships";
import { StringItemReader, decodeEscapes } from "./read-shared-strings";
import { scanXml, type XmlHandlers, type XmlTag } from "./xml-scan";
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

/** The cells that hold a value, in the part's order (row by row, left to right), as three parallel
 * lists rather than an object per cell: a vote of 5,000 ballots × 300 people has 1.5 million. */
export interface FoundCells {
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly values: readonly CellValue[];
}

export interface SheetContent {
  readonly cells: FoundCells;
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

const LETTER_A = 0x41;
const LETTER_Z = 0x5a;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

function isDigit(char: number): boolean {
  return char >= DIGIT_0 && char <= DIGIT_9;
}

/** Where a cell is: its own reference ("B12") read, or the one after the cell before it. */
class CellPosition {
  row = 0;
  col = 0;

  /** Reads a reference written as Excel writes it, 1 to 3 capital letters then a row number of at
   * most 7 digits without leading zeros, by char codes: no regular expression or slice per cell.
   * Returns false, the position unchanged, for anything else. */
  read(address: string): boolean {
    let at = 0;
    let col = 0;
    for (; at < address.length && at <= 3; at++) {
      const char = address.charCodeAt(at);
      if (char < LETTER_A || char > LETTER_Z) break;
      col = col * 26 + char - LETTER_A + 1;
    }
    const digits = address.length - at;
    if (at === 0 || at > 3 || digits < 1 || digits > 7) return false;
    if (address.charCodeAt(at) === DIGIT_0) return false;
    let row = 0;
    for (; at < address.length; at++) {
      const char = address.charCodeAt(at);
      if (!isDigit(char)) return false;
      row = row * 10 + char - DIGIT_0;
    }
    this.row = row;
    this.col = col;
    return true;
  }
}

/** A shared string's index ("352"), its digits read by char codes; -1 when it is not a whole number. */
function sharedStringIndex(value: string): number {
  if (value.length === 0 || value.length > 9) return wholeNumber(value);
  let index = 0;
  for (let at = 0; at < value.length; at++) {
    const char = value.charCodeAt(at);
    if (!isDigit(char)) return wholeNumber(value);
    index = index * 10 + char - DIGIT_0;
  }
  return index;
}

/** The slow reading, for what is more than a few digits (white space around them, or many). */
function wholeNumber(value: string): number {
  return /^[0-9]+$/.test(value.trim()) ? Number(value) : -1;
}

/** A cell that belongs to the value the file gives it, or F019 naming it. */
class CellReader {
  type = "n";
  /** As written: made a number only for a numeric value, the one kind a style can make a date. */
  style: string | undefined = undefined;
  formula = false;
  value: string | undefined = undefined;
  readonly inline = new StringItemReader();
  /** The cell being finished, for F019. */
  private row = 0;
  private col = 0;

  constructor(private readonly context: SheetContext) {}

  start(type: string | undefined, style: string | undefined): void {
    this.type = type ?? "n";
    this.style = style;
    this.formula = false;
    this.value = undefined;
    this.inline.take();
  }

  finish(row: number, col: number): CellValue {
    const { type, value } = this;
    this.row = row;
    this.col = col;
    if (this.formula) {
      // Excel always saves a formula's result; a program that does not calculate may not.
      if (value === undefined || value === "") return FORMULA_WITHOUT_RESULT;
      return this.typed(type === "s" || type === "inlineStr" ? "n" : type, value);
    }
    if (type === "inlineStr") return textValue(this.inline.take());
    if (value === undefined) return null;
    if (type === "s") {
      const text = this.context.sharedStrings[sharedStringIndex(value)];
      return text === undefined ? this.fail() : textValue(text);
    }
    return this.typed(type, value);
  }

  private fail(): never {
    throw new PackageDamage("F019", {
      sheetName: this.context.sheet,
      cell: cellAddress(this.row, this.col),
      value: (this.value ?? "").slice(0, 50),
    });
  }

  private typed(type: string, value: string): CellValue {
    switch (type) {
      case "str":
        return textValue(decodeEscapes(value));
      case "b":
        return BOOLEANS[value] ?? this.fail();
      case "e":
        return value;
      case "d": {
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? this.fail() : date;
      }
      default:
        return this.number(value);
    }
  }

  private number(value: string): CellValue {
    const number = value.trim() === "" ? NaN : Number(value);
    if (!Number.isFinite(number)) return this.fail();
    const style = this.style === undefined ? 0 : Number(this.style);
    if (!this.context.dateStyles.has(style) || number < 0 || number > LAST_SERIAL) {
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
  const reader = new SheetReader(context);
  readPartXml(archive, part, reader.handlers(true));
  return reader.content();
}

/**
 * A worksheet's XML read by the strict scanner's events; with `plainRows`, the rows of its
 * <sheetData> are first offered to the fast pass (plain-rows.ts), which takes in the cells through
 * the same calls. Exported for the tests, which hold the two ways to the same cells.
 */
export function readSheetXml(xml: string, context: SheetContext, plainRows: boolean): SheetContent {
  const reader = new SheetReader(context);
  scanXml(xml, reader.handlers(plainRows));
  return reader.content();
}

class SheetReader implements RowSink {
  private readonly cells = {
    rows: [] as number[],
    cols: [] as number[],
    values: [] as CellValue[],
  };
  private readonly merges: CellBox[] = [];
  private readonly tableIds: string[] = [];
  private readonly cellReader: CellReader;
  private readonly position = new CellPosition();

  constructor(private readonly context: SheetContext) {
    this.cellReader = new CellReader(context);
  }

  content(): SheetContent {
    return { cells: this.cells, merges: this.merges, tableIds: this.tableIds };
  }

  row(number: string | undefined): void {
    const { position } = this;
    const row = number === undefined ? position.row + 1 : Number(number);
    position.row = row;
    position.col = 0;
    if (!Number.isInteger(row) || row < 1 || row > LAST_ROW) this.damaged(`row ${number}`);
  }

  cell(address: string | undefined, type: string | undefined, style: string | undefined): void {
    const { position } = this;
    // A cell's own row wins over its row element's (they agree in any sound file).
    if (address === undefined) position.col += 1;
    else if (!position.read(address)) this.damaged(`cell ${address}`);
    const { row, col } = position;
    if (row < 1 || row > LAST_ROW || col > LAST_COLUMN) this.damaged(`cell ${address}`);
    this.cellReader.start(type, style);
  }

  formula(): void {
    this.cellReader.formula = true;
  }

  end(value: string | undefined): void {
    const { cellReader: cell, cells, position } = this;
    if (value !== undefined) cell.value = value;
    const found = cell.finish(position.row, position.col);
    if (found !== null) {
      cells.rows.push(position.row);
      cells.cols.push(position.col);
      cells.values.push(found);
    }
  }

  handlers(plainRows: boolean): XmlHandlers {
    let inCell = false;
    let inValue = false;
    let inInline = false;
    return {
      open: (tag) => {
        const { name } = tag;
        switch (name) {
          case "sheetData":
            if (plainRows && !tag.selfClosing) this.plainRows(tag);
            break;
          case "row":
            this.row(tag.attribute("r"));
            break;
          case "c":
            this.cell(tag.attribute("r"), tag.attribute("t"), tag.attribute("s"));
            inCell = true;
            break;
          case "f":
            if (inCell) this.formula();
            break;
          case "v":
            if (inCell) {
              inValue = true;
              this.cellReader.value = "";
            }
            break;
          case "is":
            inInline = inCell;
            break;
          case "mergeCell":
            this.merge(tag.attribute("ref"));
            break;
          case "tablePart": {
            const id = relationshipId(tag.attributes());
            if (id !== undefined) this.tableIds.push(id);
            break;
          }
          default:
            if (inInline) this.cellReader.inline.open(name);
        }
      },
      text: (text) => {
        if (inValue) this.cellReader.value += text;
        else if (inInline) this.cellReader.inline.text(text);
      },
      close: (name) => {
        switch (name) {
          case "c":
            inCell = false;
            this.end(undefined);
            break;
          case "v":
            inValue = false;
            break;
          case "is":
            inInline = false;
            break;
          default:
            if (inInline) this.cellReader.inline.close(name);
        }
      },
    };
  }

  /** The rows read by the fast pass, or left to the scanner when they are not plain: whatever
   * the pass took in is undone first, and the scanner reads them, or refuses them, as it would
   * have without it. */
  private plainRows(tag: XmlTag): void {
    const { cells, position } = this;
    const taken = cells.rows.length;
    const { row, col } = position;
    try {
      tag.skipContent(readPlainRows(tag.source, tag.contentStart, this));
    } catch (error) {
      if (!(error instanceof NotPlain || error instanceof PackageDamage)) throw error;
      cells.rows.length = cells.cols.length = cells.values.length = taken;
      position.row = row;
      position.col = col;
    }
  }

  private merge(ref: string | undefined): void {
    const box = parseRange(ref ?? "");
    if (box === null || box.bottom > LAST_ROW || box.right > LAST_COLUMN) {
      this.damaged(`merge ${ref}`);
    }
    // A one-cell "merge" merges nothing.
    if (box!.bottom > box!.top || box!.right > box!.left) this.merges.push(box!);
  }

  private damaged(reason: string): never {
    throw new PackageDamage("F002", {}, { cause: new Error(`${this.context.sheet}: ${reason}`) });
  }
}
