// The one place the add-in enters Excel. Everything else takes a RequestContext, so tests and the
// browser preview hand the same code the fake host's context instead.

import type { ApiSupport, RequestContext } from "./office-api";

/** Runs a batch against a workbook: Excel.run in the add-in, FakeExcel.run elsewhere. */
export type ExcelRunner = <T>(batch: (context: RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, waiting while the user is editing a cell instead of failing the batch. */
export const runExcel: ExcelRunner = (batch) =>
  Excel.run({ delayForCellEdit: true }, (context) => batch(context));

/** The requirement sets of the Excel the add-in runs in (call after Office.onReady). */
export function officeSupport(): ApiSupport {
  return Office.context.requirements;
}
