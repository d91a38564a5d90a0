// A new file (template, sample, consolidation) has no package of the user's to keep: ExcelJS
// builds it, loaded only when one of those commands runs, so that a tally never loads it.

import type { WritePlan } from "../workbook/plan";

export async function newWorkbookBytes(plan: WritePlan): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const { applyPlan, workbookBytes } = await import("../xlsx/write");
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, plan);
  return workbookBytes(workbook);
}
