// Finding a sheet's header row: the first row that holds the required headers (workbook.md 5),
// below any title block, in an Excel table or a plain range, with merged header cells.

import type { Problem } from "../../rules";
import { workbookProblem } from "../problems";
import type { Term } from "../vocabulary";
import { rangeAddress, type CellBox } from "../layout/a1";
import { termLookup } from "./normalize";
import { isBlank, type SheetView } from "./sheet-view";
import { cellText } from "./values";

export interface ColumnSpec<K extends string> {
  readonly key: K;
  readonly term: Term;
}

export interface HeaderLayout<K extends string> {
  readonly row: number;
  /** The column of each header found (its first occurrence). */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  /** Non-blank header cells that are none of the specs, left to right. */
  readonly others: readonly { readonly col: number; readonly text: string }[];
  /** A known header found again further right. */
  readonly duplicates: readonly { readonly key: K; readonly col: number; readonly first: number }[];
  /** The data area under the header: an Excel table's body, or the rest of the used range. */
  readonly data: CellBox;
}

function readHeaderRow<K extends string>(
  view: SheetView,
  row: number,
  left: number,
  right: number,
  lookup: (text: string) => K | undefined
): Omit<HeaderLayout<K>, "data"> {
  const columns: Partial<Record<K, number>> = {};
  const others: { col: number; text: string }[] = [];
  const duplicates: { key: K; col: number; first: number }[] = [];
  for (let col = left; col <= right; col++) {
    const value = view.headerValue(row, col);
    if (isBlank(value)) continue;
    const text = cellText(value);
    const key = lookup(text);
    if (key === undefined) others.push({ col, text });
    else if (columns[key] === undefined) columns[key] = col;
    else duplicates.push({ key, col, first: columns[key] });
  }
  return { row, columns, others, duplicates };
}

/** Data starts below the header row and below any merged header cell that reaches further down. */
function firstDataRow(view: SheetView, row: number, left: number, right: number): number {
  let last = row;
  for (const m of view.merges) {
    if (m.top <= row && m.bottom >= row && m.right >= left && m.left <= right) {
      last = Math.max(last, m.bottom);
    }
  }
  return last + 1;
}

/** The header row: an Excel table whose header holds the headers first, else the first row of
 * the used range that does. `isComplete` says which sets of headers found are enough. */
export function findHeader<K extends string>(
  view: SheetView,
  specs: readonly ColumnSpec<K>[],
  isComplete: (columns: Readonly<Partial<Record<K, number>>>) => boolean
): HeaderLayout<K> | null {
  const lookup = termLookup(specs.map((s) => [s.key, s.term] as const));
  for (const table of view.tables) {
    const header = readHeaderRow(view, table.top, table.left, table.right, lookup);
    if (isComplete(header.columns)) {
      return { ...header, data: { ...table, top: table.top + 1 } };
    }
  }
  const { top, left, bottom, right } = view.box;
  for (let row = top; row <= bottom; row++) {
    const header = readHeaderRow(view, row, left, right, lookup);
    if (isComplete(header.columns)) {
      return {
        ...header,
        data: { top: firstDataRow(view, row, left, right), left, bottom, right },
      };
    }
  }
  return null;
}

/** The row holding the most of the headers, to say which are missing when none holds them all;
 * null when no row holds any. */
export function closestHeaderRow<K extends string>(
  view: SheetView,
  specs: readonly ColumnSpec<K>[]
): { readonly row: number; readonly found: ReadonlySet<K> } | null {
  const lookup = termLookup(specs.map((s) => [s.key, s.term] as const));
  const { top, left, bottom, right } = view.box;
  let best: { row: number; found: Set<K> } | null = null;
  for (let row = top; row <= bottom; row++) {
    const found = new Set(
      Object.keys(readHeaderRow(view, row, left, right, lookup).columns) as K[]
    );
    if (found.size > (best?.found.size ?? 0)) best = { row, found };
  }
  return best;
}

/** E005 for each required header the closest row lacks, at that row (or the sheet's first cell). */
export function reportMissingHeaders<K extends string>(
  view: SheetView,
  specs: readonly ColumnSpec<K>[],
  required: readonly (K | readonly K[])[],
  problems: Problem[]
): void {
  const closest = closestHeaderRow(view, specs);
  const ref = view.ref(closest?.row ?? Math.max(view.box.top, 1), Math.max(view.box.left, 1));
  for (const need of required) {
    // A list is "one of these": when none is there, the first is the one to ask for.
    const anyOf: readonly K[] = typeof need === "string" ? [need] : need;
    if (anyOf.some((key) => closest?.found.has(key))) continue;
    const term = specs.find((spec) => spec.key === anyOf[0])?.term;
    if (!term) continue;
    problems.push(
      workbookProblem("E005", { sheet: view.name, headerVi: term.vi, headerEn: term.en }, [ref])
    );
  }
}

/** E006 for each known header that appears twice: which column is meant is not guessed. */
export function reportDuplicateHeaders<K extends string>(
  view: SheetView,
  header: HeaderLayout<K>,
  problems: Problem[]
): void {
  for (const { col, first } of header.duplicates) {
    const ref = view.ref(header.row, col);
    const firstRef = view.ref(header.row, first);
    const text = cellText(view.headerValue(header.row, col));
    problems.push(
      workbookProblem(
        "E006",
        { sheet: view.name, header: text, cell: ref.cell, first: firstRef.cell },
        [ref, firstRef]
      )
    );
  }
}

/** The data rows under the header that hold something in the given columns. */
export function dataRows(
  view: SheetView,
  data: CellBox,
  columns: readonly number[]
): readonly number[] {
  const rows: number[] = [];
  for (let row = data.top; row <= data.bottom; row++) {
    if (columns.some((col) => !isBlank(view.value(row, col)))) rows.push(row);
  }
  return rows;
}

/** E037 for each merged area that covers a data cell of the given columns: Excel shows a merged
 * area's value in its first cell only, so the others would read as blank entries. */
export function reportMergedData(
  view: SheetView,
  data: CellBox,
  columns: readonly number[],
  problems: Problem[]
): void {
  for (const merge of view.merges) {
    const rows = merge.bottom >= data.top && merge.top <= data.bottom;
    const cols = columns.some((col) => col >= merge.left && col <= merge.right);
    if (!rows || !cols) continue;
    const ref = view.ref(merge.top, merge.left);
    problems.push(workbookProblem("E037", { sheet: view.name, range: rangeAddress(merge) }, [ref]));
  }
}
