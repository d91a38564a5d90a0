// Sheet `Kiểm phiếu` (workbook.md 3): one row per person as counted by the committee. The person
// is named by the roster's Mã, STT or Họ và tên (when several are given they must agree); each
// count is a whole number, never blank.

import {
  levelsOf,
  type HandTallyRow,
  type Level,
  type Problem,
  type RegulationId,
  type SourceRef,
  type Sourced,
} from "../../rules";
import { workbookProblem } from "../problems";
import { HAND_TALLY_HEADERS, ROSTER_HEADERS } from "../vocabulary";
import {
  dataRows,
  findHeader,
  reportDuplicateHeaders,
  reportMergedData,
  reportMissingHeaders,
  type ColumnSpec,
} from "./headers";
import {
  indexPeople,
  onceEach,
  resolvePerson,
  type PeopleIndex,
  type PersonKey,
  type RosterPerson,
} from "./people";
import { isBlank, type SheetView } from "./sheet-view";
import { cellText, readWholeNumber } from "./values";

type TallyColumn = PersonKey | Level | "invalid";

const KEY_COLUMNS: readonly ColumnSpec<PersonKey>[] = [
  { key: "id", term: ROSTER_HEADERS.id },
  { key: "order", term: ROSTER_HEADERS.order },
  { key: "name", term: ROSTER_HEADERS.name },
];

function tallyColumns(levels: readonly Level[]): ColumnSpec<TallyColumn>[] {
  return [
    ...KEY_COLUMNS,
    ...levels.map((key) => ({ key, term: HAND_TALLY_HEADERS[key] })),
    { key: "invalid", term: HAND_TALLY_HEADERS.invalid },
  ];
}

function completeFor(levels: readonly Level[]) {
  return (columns: Partial<Record<TallyColumn, number>>): boolean =>
    KEY_COLUMNS.some(({ key }) => columns[key] !== undefined) &&
    levels.every((level) => columns[level] !== undefined);
}

/** Whether a sheet looks like a hand tally whatever the regulation: a person column and the
 * level column both regulations share (`Tín nhiệm`). */
export function looksLikeHandTally(view: SheetView): boolean {
  return findHeader(view, tallyColumns(["medium"]), completeFor(["medium"])) !== null;
}

/** The person a row names by its key columns (Mã, STT, Họ và tên), with `ref` the row's first key
 * cell, where a missing or contradictory key is shown; null after reporting why:
 * no key at all (E007), a key matching nobody or several people (E030, E031), keys naming
 * different people (E036). */
function personOfRow(
  view: SheetView,
  row: number,
  keyCols: readonly { readonly key: PersonKey; readonly col: number }[],
  index: PeopleIndex,
  ref: SourceRef,
  problems: Problem[]
): RosterPerson | null {
  const named = keyCols.filter(({ col }) => !isBlank(view.value(row, col)));
  if (named.length === 0) {
    const field = ROSTER_HEADERS[keyCols[0]?.key ?? "name"].vi;
    problems.push(workbookProblem("E007", { cell: ref.cell, field }, [ref]));
    return null;
  }
  const found = named.map(({ key, col }) =>
    resolvePerson(index, cellText(view.value(row, col)), [key], view.ref(row, col), problems)
  );
  const distinct = [...new Set(found)];
  if (distinct.length === 1) return distinct[0] ?? null;
  const people = distinct.filter((p): p is RosterPerson => p !== null);
  if (people.length > 1) {
    const names = people.map((p) => p.input.name).join(", ");
    problems.push(workbookProblem("E036", { sheet: view.name, row, people: names }, [ref]));
  }
  return null;
}

/** Whether every key the row writes matches nobody on the roster. */
function namesNobody(
  view: SheetView,
  row: number,
  keyCols: readonly { readonly key: PersonKey; readonly col: number }[],
  index: PeopleIndex
): boolean {
  return keyCols.every(
    ({ key, col }) =>
      isBlank(view.value(row, col)) ||
      index.resolve(cellText(view.value(row, col)), [key]).kind === "none"
  );
}

/** The hand tally's rows, or null when it cannot be read (the problems say why). */
export function parseHandTally(
  view: SheetView,
  people: readonly RosterPerson[],
  regulation: RegulationId | null,
  problems: Problem[]
): HandTallyRow[] | null {
  if (regulation === null) return null;
  const levels = levelsOf(regulation);
  const specs = tallyColumns(levels);
  const header = findHeader(view, specs, completeFor(levels));
  if (!header) {
    reportMissingHeaders(view, specs, [["name", "id", "order"], ...levels], problems);
    return null;
  }
  reportDuplicateHeaders(view, header, problems);
  const { columns } = header;
  const keyCols = KEY_COLUMNS.flatMap(({ key }) =>
    columns[key] !== undefined ? [{ key, col: columns[key] }] : []
  );
  const countCols = [...levels, "invalid" as const].flatMap((key) =>
    columns[key] !== undefined ? [{ key, col: columns[key] }] : []
  );
  const index = indexPeople(people);
  const firstTime = onceEach(view.name, problems);
  const dataCols = [...keyCols, ...countCols].map((c) => c.col);
  reportMergedData(view, header.data, dataCols, problems);
  const rows: HandTallyRow[] = [];
  for (const row of dataRows(view, header.data, dataCols)) {
    // A line prepared for somebody not on the roster (yet), with no count in it, holds nothing
    // to count and nothing to correct.
    const noCount = countCols.every(({ col }) => isBlank(view.value(row, col)));
    if (noCount && namesNobody(view, row, keyCols, index)) continue;
    const ref = view.ref(row, keyCols[0]?.col ?? header.data.left);
    const person = personOfRow(view, row, keyCols, index, ref, problems);
    const counts: Partial<Record<Level | "invalid", Sourced<number>>> = {};
    for (const { key, col } of countCols) {
      const countRef = view.ref(row, col);
      const value = readWholeNumber(
        view.value(row, col),
        countRef,
        HAND_TALLY_HEADERS[key].vi,
        problems
      );
      if (value !== null) counts[key] = { value, ref: countRef };
    }
    if (!person || !firstTime(person, ref)) continue;
    const { invalid, ...levelCounts } = counts;
    rows.push({ personId: person.input.id, counts: levelCounts, ...(invalid && { invalid }), ref });
  }
  return rows;
}
