// The largest vote the program counts: far above any confidence vote (a national assembly votes
// on about fifty people with about five hundred ballots), low enough that reading, checking and
// writing stay within seconds. Past either, parse stops at the first row beyond with a coded
// error instead of working on, so a pasted column of 130,000 names costs no more than 500.

import type { Problem, SourceRef } from "../../rules";
import { workbookProblem } from "../problems";

export const MAX_PEOPLE = 500;
export const MAX_BALLOTS = 10_000;

const LIMITS = { E047: MAX_PEOPLE, E048: MAX_BALLOTS } as const;

/** E047 (people) or E048 (ballots) at the first row past the limit. */
export function pastLimit(code: keyof typeof LIMITS, ref: SourceRef, problems: Problem[]): void {
  const limit = LIMITS[code];
  const params = {
    sheet: ref.sheet,
    cell: ref.cell,
    limitVi: limit.toLocaleString("vi-VN"),
    limitEn: limit.toLocaleString("en-US"),
  };
  problems.push(workbookProblem(code, params, [ref]));
}
