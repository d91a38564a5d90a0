// A write Excel would refuse, refused first: the sheets a plan writes into must not be protected,
// and a plan that adds sheets needs the workbook's structure unprotected. Read in the same sync as
// the grids (read.ts), so the happy path costs no sync.

import type { Problem } from "../rules";
import type { WritePlan } from "../workbook/plan";
import { workbookProblem } from "../workbook/problems";
import type { Protection } from "./read";

/** One blocking problem per sheet the plan could not write, in the plan's order. */
export function protectionProblems(plan: WritePlan, protection: Protection): Problem[] {
  const locked = new Set(protection.sheets.map((name) => name.toLowerCase()));
  return plan.sheets.flatMap((write): Problem[] => {
    if (write.kind === "own") {
      return protection.structure ? [workbookProblem("E046", { sheet: write.sheet }, [])] : [];
    }
    return locked.has(write.sheet.toLowerCase())
      ? [workbookProblem("E045", { sheet: write.sheet }, [{ sheet: write.sheet, cell: "A1" }])]
      : [];
  });
}
