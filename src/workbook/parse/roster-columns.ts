// The roster's columns (workbook.md 2), shared by the roster parser, sheet finding and the
// result block.

import { ROSTER_HEADERS, type Term } from "../vocabulary";
import type { ColumnSpec } from "./headers";

export type RosterColumn = keyof typeof ROSTER_HEADERS;

export const ROSTER_COLUMNS: readonly ColumnSpec<RosterColumn>[] = (
  Object.entries(ROSTER_HEADERS) as [RosterColumn, Term][]
).map(([key, term]) => ({ key, term }));

export const ROSTER_REQUIRED: readonly RosterColumn[] = ["order", "name", "position"];

export function rosterHeaderComplete(columns: Partial<Record<RosterColumn, number>>): boolean {
  return ROSTER_REQUIRED.every((key) => columns[key] !== undefined);
}
