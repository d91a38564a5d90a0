// A ballot as read from one row of the ballot sheet. At 5,000 ballots × 300 people the sheet holds
// 1.5 million entries: rather than an entry and a cell reference of its own for each, an entry is
// shared by every ballot holding the same value in its person's column, and its cell is named
// only when a problem asks (BallotInput.entryRef).

import type { BallotInput, EntryInput, Problem, SourceRef, Sourced } from "../../rules";
import type { CellValue } from "../grid";
import type { EntryReader } from "./entry-codes";
import type { SheetView } from "./sheet-view";

/** The entry a person's column holds on a row, null after its reader reported the cell. Each
 * distinct value is read once, its entry shared by every ballot holding it: a ballot sheet
 * repeats a handful of codes over a million cells. A value that is no mark is read, and
 * reported, again at every cell it is in. */
export function columnEntries(
  view: SheetView,
  personId: string,
  col: number,
  readEntry: EntryReader,
  problems: Problem[]
): (row: number) => EntryInput | null {
  const byValue = new Map<CellValue, EntryInput>();
  return (row) => {
    const value = view.value(row, col);
    const known = byValue.get(value);
    if (known) return known;
    const mark = readEntry(value, view.ref(row, col), problems);
    if (!mark) return null;
    const entry = { personId, mark };
    byValue.set(value, entry);
    return entry;
  };
}

/** Where a row's entries are: the sheet, and the column of each person who has one. */
export interface EntryColumns {
  readonly view: SheetView;
  readonly columnOf: ReadonlyMap<string, number>;
}

export interface RowBallotFields {
  readonly number: Sourced<string>;
  readonly invalid: boolean;
  readonly entries: readonly EntryInput[];
  readonly extraNames: readonly Sourced<string>[];
  readonly ref: SourceRef;
}

// A class, so that `entryRef` and the row it reads are not own enumerable fields: the fingerprint
// (canonicalJson) and any JSON of the input see the same data as for a plain object.
export class RowBallot implements BallotInput {
  readonly number: Sourced<string>;
  readonly invalid: boolean;
  readonly entries: readonly EntryInput[];
  /** Left out (not undefined) when the row has none, as BallotInput has it. */
  declare readonly extraNames?: readonly Sourced<string>[];
  readonly ref: SourceRef;
  readonly #row: number;
  readonly #columns: EntryColumns;

  constructor(fields: RowBallotFields, row: number, columns: EntryColumns) {
    this.number = fields.number;
    this.invalid = fields.invalid;
    this.entries = fields.entries;
    if (fields.extraNames.length > 0) this.extraNames = fields.extraNames;
    this.ref = fields.ref;
    this.#row = row;
    this.#columns = columns;
  }

  entryRef(position: number): SourceRef | undefined {
    const entry = this.entries[position];
    const col = entry && this.#columns.columnOf.get(entry.personId);
    return col === undefined ? undefined : this.#columns.view.ref(this.#row, col);
  }
}
