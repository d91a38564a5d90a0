// Checks every plan of the standard workbook must pass, shared by the template's and the
// sample's tests, and a reader of the tables through planToGrids.

import { expect } from "vitest";
import type { CellValue, Grid } from "../../src/workbook/grid";
import type { WritePlan } from "../../src/workbook/plan";
import { planToGrids } from "../helpers/plan-to-grids";

/** Every string cell is text ("@"), and every format block's font is named. */
export function expectTextAndFonts(plan: WritePlan): void {
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      block.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof value === "string") {
            expect(block.numberFormats[r]?.[c], `${sheet.sheet}!${block.at} +${r},${c}`).toBe("@");
          }
        })
      );
    }
    for (const format of sheet.formats) {
      if (format.font)
        expect(format.font.name.trim(), `${sheet.sheet} ${format.range}`).not.toBe("");
    }
  }
}

export function gridOf(plan: WritePlan, sheet: string): Grid {
  const write = plan.sheets.find((candidate) => candidate.sheet === sheet);
  if (!write) throw new Error(`no sheet ${sheet}`);
  return planToGrids({ sheets: [write] }).sheets[0]!;
}

/** A table read back: its header row (1-based, on the sheet) and the rows under it as records
 * keyed by header text. */
export interface TableRead {
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

export function tableOf(plan: WritePlan, sheet: string, firstHeader: string): TableRead {
  const grid = gridOf(plan, sheet);
  const index = grid.values.findIndex((row) => row[0] === firstHeader);
  if (index < 0) throw new Error(`no header ${firstHeader} on ${sheet}`);
  const headers = grid.values[index]!.map((value) => String(value ?? ""));
  return { headerRow: grid.top + index, headers, rows: grid.values.slice(index + 1) };
}
