// The minutes' sheet being written from the top down, and the paper it is printed on: the
// sections (header, figures, table, notes, signatures) write through a MinutesPage, which knows
// the columns, the next free row and each row's height, so that page breaks can be placed.

import type { CivilDate, Lang, Settings, TallyResult } from "../../../rules";
import type { MeetingDetails } from "../../placement";
import type { PageSetup } from "../../plan";
import type { CellBox } from "../a1";
import { SheetDraft, type FormatSpec } from "../draft";
import { BODY_SIZE, lineCount, rowHeightFor } from "../style";

export interface ResultSheetArgs {
  readonly sheet: string;
  readonly result: TallyResult;
  readonly details: MeetingDetails;
  readonly meetingDate: CivilDate;
  readonly lang: Lang;
  readonly version: string;
  readonly fingerprint: string;
  /** The settings the result was counted with: the rule in force is printed in the notes. */
  readonly settings: Settings;
  /** The rectangle the same run writes on the roster, recorded on the marker line. */
  readonly rosterBlock: CellBox;
}

/** The table's columns: STT, name, position, valid entries, a count and a rate per level, band. */
export interface TableColumns {
  readonly widths: readonly number[];
  readonly name: number;
  readonly position: number;
  readonly valid: number;
  /** First column of each level's pair (count, rate). */
  readonly levels: readonly number[];
  readonly last: number;
}

/** Sizes in points: the title, the meeting's name, the body, the notes, the version line. */
export const SIZE = { title: 14, meeting: 12, body: BODY_SIZE, notes: 10, version: 8 } as const;

/** What Excel gives a row nobody sized. */
const DEFAULT_ROW_HEIGHT = 15;

export class MinutesPage {
  readonly draft = new SheetDraft();
  row = 1;

  constructor(
    readonly columns: TableColumns,
    /** The share of its size the sheet prints at (fit to one page wide). */
    readonly scale: number
  ) {}

  /** Width in characters of columns `left` to `right`. */
  width(left: number, right: number): number {
    return this.columns.widths.slice(left - 1, right).reduce((sum, width) => sum + width, 0);
  }

  /** Sets a row's height; asked twice, the row keeps the taller one. */
  height(row: number, points: number): void {
    this.draft.height(row, points);
  }

  heightOf(row: number): number {
    return this.draft.heightOf(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** One text across columns left..right (merged when wider than one column), its row tall
   * enough for the text to wrap in. */
  text(row: number, left: number, right: number, text: string, look: FormatSpec): void {
    const box = { top: row, left, bottom: row, right };
    this.draft.write(row, left, [[text]]);
    if (right > left) this.draft.merge(box);
    this.draft.format(box, { vertical: "middle", wrap: true, ...look });
    const size = look.font?.size ?? SIZE.body;
    this.height(row, rowHeightFor(lineCount(text, this.width(left, right), size), size));
  }

  /** A line of text across the whole width, on the next row. */
  line(text: string, look: FormatSpec): void {
    this.text(this.row, 1, this.columns.last, text, look);
    this.row += 1;
  }

  skip(points = 8): void {
    this.height(this.row, points);
    this.row += 1;
  }
}

/** A4 portrait holds about 98 width units at 100 % between 0.5-inch margins (184.6 mm at about
 * 7 pixels a unit); landscape 144 (271.6 mm). */
export const PORTRAIT_CAPACITY = 98;
const LANDSCAPE_CAPACITY = 144;

/** A sheet prints portrait while fitting it to the page's width keeps its text at 72 % or more
 * (11 points print as 8): three-level tables then print portrait, and the sample's fifteen
 * people fit on one page with the notes and signatures. */
const SMALLEST_PORTRAIT_SCALE = 0.72;

export const MARGINS: PageSetup["margins"] = {
  top: 0.6,
  bottom: 0.7,
  left: 0.5,
  right: 0.5,
  header: 0.3,
  footer: 0.3,
};

const A4_INCHES = { short: 8.27, long: 11.69 };

/** Portrait when the columns fit portrait A4 at SMALLEST_PORTRAIT_SCALE or more. */
export function orientationFor(widths: readonly number[]): PageSetup["orientation"] {
  return total(widths) * SMALLEST_PORTRAIT_SCALE <= PORTRAIT_CAPACITY ? "portrait" : "landscape";
}

/** The scale fitting the columns to one page wide, in whole percent as Excel and LibreOffice
 * take it. */
export function printScale(widths: readonly number[]): number {
  const capacity = orientationFor(widths) === "portrait" ? PORTRAIT_CAPACITY : LANDSCAPE_CAPACITY;
  return Math.min(100, Math.floor((100 * capacity) / total(widths))) / 100;
}

/** Points of sheet the printable height of one page holds at the given scale, less 2 % for a
 * renderer that rounds row heights up. */
export function pageHeight(orientation: PageSetup["orientation"], scale: number): number {
  const paper = orientation === "portrait" ? A4_INCHES.long : A4_INCHES.short;
  const printable = (paper - MARGINS.top - MARGINS.bottom) * 72;
  return Math.floor((printable * 0.98) / scale);
}

/** Excel draws each column 5 pixels wider than its width in 7-pixel units. */
const COLUMN_PADDING = 5 / 7;

/** The printed width of the columns, in width units. */
function total(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width + COLUMN_PADDING, 0);
}
