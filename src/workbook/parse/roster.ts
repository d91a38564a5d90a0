// Sheet `Danh sách` (workbook.md 2): one row per person voted on. The user's spelling is kept for
// display; ids and names are compared on their normalized form.

import type { PersonInput, Problem, SourceRef, Sourced } from "../../rules";
import type { CellValue } from "../grid";
import type { CellBox } from "../layout/a1";
import type { RosterPlacement } from "../placement";
import { workbookProblem } from "../problems";
import { ROSTER_HEADERS } from "../vocabulary";
import { dataRows, findHeader, reportDuplicateHeaders, reportMissingHeaders } from "./headers";
import { MAX_PEOPLE, pastLimit } from "./limits";
import { normalizeLabel } from "./normalize";
import type { RosterPerson } from "./people";
import { lastUserColumn, ownedBlock } from "./result-block";
import {
  ROSTER_COLUMNS,
  ROSTER_REQUIRED,
  rosterHeaderComplete,
  type RosterColumn,
} from "./roster-columns";
import { isBlank, type SheetView } from "./sheet-view";
import { readDate, readText } from "./values";

export interface ParsedRoster {
  /** The people whose row could be read, in the roster's order. */
  readonly people: readonly RosterPerson[];
  readonly placement: RosterPlacement;
  /** The roster has a Mã column: its ids are codes shared across meetings, by which a person
   * voted on at two places is known (otherwise the ids are order numbers, STT). */
  readonly idColumn: boolean;
}

/** E020 for an id met twice, W021 for a name met twice (namesakes exist; ballots must then name
 * them by id). */
function reportDuplicates(people: readonly RosterPerson[], problems: Problem[]): void {
  const checks = [
    {
      code: "E020",
      param: "id",
      text: (p: RosterPerson) => p.input.id,
      at: (p: RosterPerson) => p.idRef,
    },
    {
      code: "W021",
      param: "name",
      text: (p: RosterPerson) => p.input.name,
      at: (p: RosterPerson) => p.nameRef,
    },
  ] as const;
  for (const { code, param, text, at } of checks) {
    const seen = new Map<string, SourceRef>();
    for (const person of people) {
      const key = normalizeLabel(text(person));
      const ref = at(person);
      const first = seen.get(key);
      if (!first) seen.set(key, ref);
      else {
        const params = { [param]: text(person), cell: ref.cell, first: first.cell };
        problems.push(workbookProblem(code, params, [ref, first]));
      }
    }
  }
}

function errorCount(problems: readonly Problem[]): number {
  return problems.filter((p) => p.severity === "error").length;
}

/** A row holding its STT and nothing else is a numbered line waiting for a person (the template
 * numbers its rows in advance), not a person. */
function isNumberOnly(
  view: SheetView,
  row: number,
  columns: Readonly<Partial<Record<RosterColumn, number>>>
): boolean {
  return Object.entries(columns).every(
    ([key, col]) => key === "order" || isBlank(view.value(row, col))
  );
}

export function parseRoster(view: SheetView, problems: Problem[]): ParsedRoster | null {
  const header = findHeader(view, ROSTER_COLUMNS, rosterHeaderComplete);
  if (!header) {
    reportMissingHeaders(view, ROSTER_COLUMNS, ROSTER_REQUIRED, problems);
    return null;
  }
  reportDuplicateHeaders(view, header, problems);
  const columns = header.columns;
  const rows = dataRows(view, header.data, Object.values(columns) as number[]);
  const errorsBefore = errorCount(problems);
  const people: RosterPerson[] = [];
  for (const row of rows) {
    if (isNumberOnly(view, row, columns)) continue;
    if (people.length === MAX_PEOPLE) {
      pastLimit("E047", view.ref(row, columns.name ?? header.data.left), problems);
      break;
    }
    const at = (key: RosterColumn): { value: CellValue; ref: SourceRef } | undefined => {
      const col = columns[key];
      return col === undefined
        ? undefined
        : { value: view.value(row, col), ref: view.ref(row, col) };
    };
    const field = (key: RosterColumn): string => ROSTER_HEADERS[key].vi;
    const text = (key: RosterColumn, required: boolean): string | undefined => {
      const c = at(key);
      return c && readText(c.value, c.ref, field(key), problems, required);
    };
    /** An optional cell as a sourced value; undefined when blank or unreadable. */
    const optional = <T>(
      key: RosterColumn,
      read: (c: { value: CellValue; ref: SourceRef }) => T | null | undefined
    ): Sourced<T> | undefined => {
      const c = at(key);
      if (!c || isBlank(c.value)) return undefined;
      const value = read(c);
      return value === null || value === undefined ? undefined : { value, ref: c.ref };
    };
    // Without a Mã column the STT is the id, so it is required in that case only.
    const order = text("order", columns.id === undefined);
    const id = columns.id === undefined ? order : text("id", true);
    const name = text("name", true);
    const position = text("position", true);
    const unit = text("unit", false);
    const group = text("group", false);
    const appointedOn = optional("appointedOn", (c) =>
      readDate(c.value, c.ref, field("appointedOn"), problems)
    );
    const exclusionReason = optional("exclusion", (c) =>
      readText(c.value, c.ref, field("exclusion"), problems, true)
    );
    const idRef = at(columns.id === undefined ? "order" : "id")?.ref;
    const ref = at("name")?.ref;
    if (id === undefined || name === undefined || position === undefined || !idRef || !ref) {
      continue;
    }
    const input: PersonInput = {
      id,
      name,
      position,
      ...(unit !== undefined && { unit }),
      ...(group !== undefined && { group }),
      ...(appointedOn && { appointedOn }),
      ...(exclusionReason && { exclusionReason }),
      ref,
    };
    people.push({ input, order: order ?? "", row, idRef, nameRef: ref });
  }
  reportDuplicates(people, problems);
  if (people.length === 0 && errorCount(problems) === errorsBefore) {
    // Nobody, and no row that failed to be somebody: say where the first person goes, once,
    // rather than what each check of an empty roster would find.
    const first = view.ref(header.data.top, columns.name ?? header.data.left);
    problems.push(workbookProblem("E022", { sheet: view.name, cell: first.cell }, [first]));
  }
  return {
    people,
    idColumn: columns.id !== undefined,
    placement: {
      sheet: view.name,
      headerRow: header.row,
      // Nothing is owned until the result sheet's marker line says what a previous run wrote
      // (rosterResultArea).
      lastUserColumn: lastUserColumn(view, null),
      lastRow: rows.at(-1) ?? header.row,
      personRows: Object.fromEntries(people.map((p) => [p.input.id, p.row])),
      ownedBlock: null,
    },
  };
}

export type RosterResultArea = Pick<RosterPlacement, "lastUserColumn" | "ownedBlock">;

/** Where the result columns go on the roster, given the rectangle the result sheet's marker line
 * records (null without one): that rectangle is owned when it still holds the result block, and
 * the user's last column is the rightmost one holding anything outside it. E041 for each cell
 * inside it that the product could not have written. */
export function rosterResultArea(
  view: SheetView,
  headerRow: number,
  recorded: CellBox | null,
  problems: Problem[]
): RosterResultArea {
  const owned = ownedBlock(view, headerRow, recorded, problems);
  return { lastUserColumn: lastUserColumn(view, owned), ownedBlock: owned };
}
