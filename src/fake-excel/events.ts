// The worksheet events of the fake host: what Excel raises when a sheet's data changes, a sheet is
// added or one is deleted, whoever made the change. Excel raises them for the add-in's own writes
// too (ExcelApi 1.14 then says so in triggerSource: "ThisLocalAddin"), so the fake does as well:
// a shell that must tell its own changes from the user's has to do it here as it would in Excel.
// When a batch's events arrive relative to its sync is not documented; the fake raises them as
// the sync applies the batch, before the sync settles.

import type { SheetEvent, WorksheetChange } from "../excel/office-api";
import { rangeAddress, type CellBox } from "../workbook/layout/a1";
import type { FakeSheet } from "./model";

/** A change to the document, as the events report it. */
export type FakeChange =
  | { readonly kind: "changed"; readonly sheet: FakeSheet; readonly box: CellBox }
  | { readonly kind: "added" | "deleted"; readonly sheet: FakeSheet };

/** Who made a change: the add-in through its requests, or the user in Excel. */
export type ChangeSource = "ThisLocalAddin" | "user";

interface Handlers {
  readonly changed: ((args: WorksheetChange) => Promise<void>)[];
  readonly added: ((args: SheetEvent) => Promise<void>)[];
  readonly deleted: ((args: SheetEvent) => Promise<void>)[];
}

export class FakeEvents {
  private readonly handlers: Handlers = { changed: [], added: [], deleted: [] };

  /** @param reportsTrigger ExcelApi 1.14 or later: WorksheetChangedEventArgs.triggerSource. */
  constructor(private readonly reportsTrigger: boolean) {}

  onChanged(handler: (args: WorksheetChange) => Promise<void>): void {
    this.handlers.changed.push(handler);
  }

  onSheet(kind: "added" | "deleted", handler: (args: SheetEvent) => Promise<void>): void {
    this.handlers[kind].push(handler);
  }

  /** Calls the handlers registered for each change, without waiting for them, as Excel does. */
  raise(changes: readonly FakeChange[], source: ChangeSource): void {
    for (const change of changes) {
      if (change.kind === "changed") {
        const args: WorksheetChange = {
          address: rangeAddress(change.box),
          source: "Local",
          ...(this.reportsTrigger
            ? { triggerSource: source === "user" ? "Unknown" : "ThisLocalAddin" }
            : {}),
        };
        for (const handler of this.handlers.changed) void handler(args).catch(ignore);
      } else {
        for (const handler of this.handlers[change.kind]) {
          void handler({ source: "Local" }).catch(ignore);
        }
      }
    }
  }
}

/** Excel does not report what a handler's promise does; neither does the fake. */
function ignore(): void {}
