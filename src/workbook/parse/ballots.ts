// Sheet `Phiếu` (workbook.md 3): one row per ballot collected, one column per person (headed by
// the person's Mã, STT or Họ và tên), optional `Phiếu không hợp lệ` and `Ghi thêm` columns.

import type {
  BallotInput,
  CivilDate,
  EntryInput,
  Problem,
  RegulationId,
  Sourced,
} from "../../rules";
import { exclusionOf } from "../../rules";
import type { CellBox } from "../layout/a1";
import { workbookProblem } from "../problems";
import { BALLOT_HEADERS, type Term } from "../vocabulary";
import { entryReader } from "./entry-codes";
import {
  dataRows,
  findHeader,
  reportDuplicateHeaders,
  reportMergedData,
  reportMissingHeaders,
  type ColumnSpec,
  type HeaderLayout,
} from "./headers";
import { MAX_BALLOTS, pastLimit } from "./limits";
import { indexPeople, onceEach, resolvePerson, type RosterPerson } from "./people";
import { columnEntries, RowBallot, type EntryColumns } from "./row-ballot";
import { isBlank, type SheetView } from "./sheet-view";
import { cellText, readText, readTick } from "./values";

type BallotColumn = keyof typeof BALLOT_HEADERS;

export const BALLOT_COLUMNS: readonly ColumnSpec<BallotColumn>[] = (
  Object.entries(BALLOT_HEADERS) as [BallotColumn, Term][]
).map(([key, term]) => ({ key, term }));

export function ballotHeaderComplete(columns: Partial<Record<BallotColumn, number>>): boolean {
  return columns.number !== undefined;
}

interface PersonColumn {
  readonly person: RosterPerson;
  readonly col: number;
}

/** The person of each column whose header is not a known one; E030/E031/E032 for the others. */
function personColumns(
  view: SheetView,
  header: HeaderLayout<BallotColumn>,
  people: readonly RosterPerson[],
  problems: Problem[]
): PersonColumn[] {
  const index = indexPeople(people);
  const firstTime = onceEach(view.name, problems);
  const columns: PersonColumn[] = [];
  const keys = ["id", "order", "name"] as const;
  for (const { col, text } of header.others) {
    // A column prepared for somebody not on the roster (yet), with no mark in it, holds nothing
    // to count and nothing to correct.
    if (index.resolve(text, keys).kind === "none" && columnIsEmpty(view, header.data, col)) {
      continue;
    }
    const ref = view.ref(header.row, col);
    const person = resolvePerson(index, text, keys, ref, problems);
    if (person && firstTime(person, ref)) columns.push({ person, col });
  }
  return columns;
}

function columnIsEmpty(view: SheetView, data: CellBox, col: number): boolean {
  for (let row = data.top; row <= data.bottom; row++) {
    if (!isBlank(view.value(row, col))) return false;
  }
  return true;
}

/** E035 for the first value in a column that has no header: it is neither an entry nor a name,
 * and what it means is not guessed. */
function reportHeaderlessData(
  view: SheetView,
  header: HeaderLayout<BallotColumn>,
  problems: Problem[]
): void {
  const { top, left, bottom, right } = header.data;
  for (let col = left; col <= right; col++) {
    if (!isBlank(view.headerValue(header.row, col))) continue;
    for (let row = top; row <= bottom; row++) {
      const value = view.value(row, col);
      if (isBlank(value)) continue;
      const ref = view.ref(row, col);
      problems.push(workbookProblem("E035", { cell: ref.cell, value: cellText(value) }, [ref]));
      break;
    }
  }
}

export interface BallotContext {
  readonly people: readonly RosterPerson[];
  /** Null when the meeting sheet does not say it; entries cannot be read then. */
  readonly regulation: RegulationId | null;
  readonly date: CivilDate | null;
}

export interface ParsedBallots {
  /** The ballots whose number could be read. Their entries are read only when the regulation is
   * known (without it an error stands and nothing is counted). */
  readonly ballots: readonly BallotInput[];
  /** The rows holding anything: each is a ballot collected, whether or not it could be read. */
  readonly rows: number;
  /** The ids of the people with a column, left to right: the order of the printed ballot. */
  readonly columns: readonly string[];
}

/** The ballots, or null when the sheet's headers are not found (the problems say why). */
export function parseBallots(
  view: SheetView,
  context: BallotContext,
  problems: Problem[]
): ParsedBallots | null {
  const header = findHeader(view, BALLOT_COLUMNS, ballotHeaderComplete);
  if (!header) {
    reportMissingHeaders(view, BALLOT_COLUMNS, ["number"], problems);
    return null;
  }
  reportDuplicateHeaders(
    view,
    { ...header, duplicates: header.duplicates.filter((d) => d.key !== "extraNames") },
    problems
  );
  const people = personColumns(view, header, context.people, problems);
  const covered = new Set(people.map((c) => c.person.input.id));
  for (const person of context.people) {
    // A person not voted on needs no column. The rules decide who that is; the problems they
    // find on the way (E203) are theirs to report, when they tally.
    const excluded = exclusionOf(person.input, context.date, []) !== null;
    if (covered.has(person.input.id) || excluded) continue;
    const refs = [view.ref(header.row, header.data.left), person.nameRef];
    problems.push(workbookProblem("E033", { sheet: view.name, name: person.input.name }, refs));
  }
  reportHeaderlessData(view, header, problems);

  const readEntry = context.regulation && entryReader(context.regulation);
  const numberCol = header.columns.number as number;
  const invalidCol = header.columns.invalid;
  const extraCols = [
    ...(header.columns.extraNames !== undefined ? [header.columns.extraNames] : []),
    ...header.duplicates.filter((d) => d.key === "extraNames").map((d) => d.col),
  ];
  const known = [
    numberCol,
    ...(invalidCol !== undefined ? [invalidCol] : []),
    ...extraCols,
    ...people.map((p) => p.col),
  ];
  reportMergedData(view, header.data, known, problems);
  const readers =
    readEntry &&
    people.map(({ person, col }) => columnEntries(view, person.input.id, col, readEntry, problems));
  const columns: EntryColumns = {
    view,
    columnOf: new Map(people.map(({ person, col }) => [person.input.id, col])),
  };
  /** A row's entries; none without the regulation, which says what each code means. */
  const entriesAt = (row: number): EntryInput[] => {
    const entries: EntryInput[] = [];
    if (!readers) return entries;
    for (const entryAt of readers) {
      const entry = entryAt(row);
      if (entry) entries.push(entry);
    }
    return entries;
  };
  const ballots: BallotInput[] = [];
  const rows = dataRows(view, header.data, known);
  for (const [index, row] of rows.entries()) {
    const ref = view.ref(row, numberCol);
    if (index === MAX_BALLOTS) {
      pastLimit("E048", ref, problems);
      break;
    }
    const number = readText(
      view.value(row, numberCol),
      ref,
      BALLOT_HEADERS.number.vi,
      problems,
      true
    );
    const entries = entriesAt(row);
    const extraNames: Sourced<string>[] = extraCols
      .filter((col) => !isBlank(view.value(row, col)))
      .map((col) => ({ value: cellText(view.value(row, col)), ref: view.ref(row, col) }));
    const invalid =
      invalidCol === undefined
        ? false
        : readTick(view.value(row, invalidCol), view.ref(row, invalidCol), problems);
    if (number === undefined || invalid === null) continue;
    ballots.push(
      new RowBallot(
        { number: { value: number, ref }, invalid, entries, extraNames, ref },
        row,
        columns
      )
    );
  }
  return { ballots, rows: rows.length, columns: people.map(({ person }) => person.input.id) };
}
