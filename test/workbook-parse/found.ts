// What a parse found, in the shape the tests compare: each problem's code and the cell it shows.

import type { Problem } from "../../src/rules";

export interface Found {
  code: string;
  sheet: string | undefined;
  cell: string | undefined;
}

export function found(problems: readonly Problem[]): Found[] {
  return problems.map((p) => ({ code: p.code, sheet: p.refs[0]?.sheet, cell: p.refs[0]?.cell }));
}
