// Fake Worksheet.horizontalPageBreaks (ExcelApi 1.9): only add(), which breaks the page above
// the top-left cell of the range it is given; the collection's items are not modelled.

import type * as Api from "../excel/office-api";
import { FakeOfficeError } from "./errors";
import type { FakeSheet } from "./model";
import { liveSheet, Proxy } from "./proxy";
import { boxOf } from "./range";

export class FakePageBreaks extends Proxy<FakeSheet> implements Api.PageBreakCollection {
  protected readonly loadable: readonly string[] = [];

  protected snapshot(): never {
    throw new FakeOfficeError("InvalidArgument", `${this.path} cannot be loaded`);
  }

  /** An address that is not a range fails the batch; a break added twice is one break. */
  add(pageBreakRange: string): void {
    this.write("add", pageBreakRange, (sheet) => {
      const row = boxOf(pageBreakRange).top;
      const breaks = new Set([...(sheet.page.rowBreaks ?? []), row]);
      liveSheet(this.session.model, sheet).page = {
        ...sheet.page,
        rowBreaks: [...breaks].sort((a, b) => a - b),
      };
    });
  }
}
