// The one place the add-in enters Excel. Everything else takes a RequestContext, so tests and the
// browser preview hand the same code the fake host's context instead.

import type { ApiSupport, RequestContext } from "./office-api";

/** Runs a batch against a workbook: Excel.run in the add-in, FakeExcel.run elsewhere. */
export type ExcelRunner = <T>(batch: (context: RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, asking Excel to wait while the user is editing a cell. delayForCellEdit belongs to
 * no documented requirement set, so a batch can still fail with InvalidOperationInCellEditMode:
 * the host turns that into a message asking to leave the cell (office-errors.ts). */
export const runExcel: ExcelRunner = (batch) =>
  Excel.run({ delayForCellEdit: true }, (context) => batch(context));

/** The requirement sets of the Excel the add-in runs in (call after Office.onReady). */
export function officeSupport(): ApiSupport {
  return Office.context.requirements;
}
