// Where the minutes' pages break, decided by layout rather than left to the printer: a person's
// row never parts from its group's subheading, and the last person's row, the notes and the
// signatures print on one page, so that the signatures never part from their names and no page
// holds only the repeated table header.

import type { RowSpan } from "./table";

export interface BreakInput {
  /** Rows 1 to the header rows' bottom: printed on page 1 as one piece. */
  readonly top: RowSpan;
  /** The header rows, repeated at the top of every page after the first. */
  readonly titleRows: RowSpan;
  /** The pieces after the top, in order, each printed whole on one page. */
  readonly pieces: readonly RowSpan[];
  /** Points of sheet one page holds. */
  readonly pageHeight: number;
  readonly heightOf: (row: number) => number;
}

/** The rows that start a new page (a manual break above each), in order. A piece taller than a
 * page starts a page of its own and is left to the printer to cut. */
export function rowBreaks(input: BreakInput): number[] {
  const height = (span: RowSpan) => {
    let sum = 0;
    for (let row = span.top; row <= span.bottom; row++) sum += input.heightOf(row);
    return sum;
  };
  const repeated = height(input.titleRows);
  const breaks: number[] = [];
  let used = height(input.top);
  let fresh = used; // what a page holds before any piece of its own
  for (const piece of input.pieces) {
    const needed = height(piece);
    if (used + needed > input.pageHeight && used > fresh) {
      breaks.push(piece.top);
      used = repeated;
      fresh = repeated;
    }
    used += needed;
  }
  return breaks;
}

/** The people's rows as pieces, the last one joined with everything after it (notes,
 * signatures, the marker line) up to `lastRow`. */
export function piecesOf(people: readonly RowSpan[], lastRow: number): RowSpan[] {
  const last = people.at(-1);
  if (!last) return [];
  return [...people.slice(0, -1), { top: last.top, bottom: lastRow }];
}
