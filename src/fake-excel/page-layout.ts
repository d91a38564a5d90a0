// Fake PageLayout (ExcelApi 1.9): writes the sheet's page setup in Office.js units.

import type * as Api from "../excel/office-api";
import { propertyNotLoaded, FakeOfficeError } from "./errors";
import type { FakeSheet, PageState } from "./model";
import { liveSheet, Proxy } from "./proxy";
import { boxOf } from "./range";

const POINTS_PER_INCH = 72;
const WHOLE_ROWS = /^\$?\d+:\$?\d+$/;

export class FakePageLayout extends Proxy<FakeSheet> implements Api.PageLayout {
  protected readonly loadable: readonly string[] = [];

  protected snapshot(): never {
    throw new FakeOfficeError("InvalidArgument", `${this.path} cannot be loaded`);
  }

  get paperSize(): Excel.PageLayout["paperSize"] {
    throw propertyNotLoaded(this.path, "paperSize");
  }
  set paperSize(paperSize: Excel.PageLayout["paperSize"]) {
    this.setPage("paperSize", paperSize, { paperSize });
  }

  get orientation(): Excel.PageLayout["orientation"] {
    throw propertyNotLoaded(this.path, "orientation");
  }
  set orientation(orientation: Excel.PageLayout["orientation"]) {
    this.setPage("orientation", orientation, { orientation });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    throw propertyNotLoaded(this.path, "zoom");
  }
  /** Only what the API reference describes: a number of pages (a whole number, 1 or more) or a
   * scale from 10 to 400; what is left out stays as it was. Anything else fails the batch. */
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.write("zoom", zoom, (sheet) => {
      const pages = [zoom.horizontalFitToPages, zoom.verticalFitToPages];
      const scale = zoom.scale;
      if (
        pages.some((count) => count != null && !(Number.isInteger(count) && count >= 1)) ||
        (scale != null && !(scale >= 10 && scale <= 400))
      ) {
        throw new FakeOfficeError("InvalidArgument", `zoom ${JSON.stringify(zoom)}`);
      }
      const patch: Partial<PageState> = {};
      if (zoom.horizontalFitToPages != null) patch.horizontalFitToPages = zoom.horizontalFitToPages;
      if (zoom.verticalFitToPages != null) patch.verticalFitToPages = zoom.verticalFitToPages;
      if (scale != null) patch.scale = scale;
      liveSheet(this.session.model, sheet).page = { ...sheet.page, ...patch };
    });
  }

  get centerHorizontally(): boolean {
    throw propertyNotLoaded(this.path, "centerHorizontally");
  }
  set centerHorizontally(centerHorizontally: boolean) {
    this.setPage("centerHorizontally", centerHorizontally, { centerHorizontally });
  }

  get headersFooters(): Api.HeaderFooterGroup {
    const defaultForAllPages = {
      get centerFooter(): string {
        throw propertyNotLoaded("pageLayout.headersFooters.defaultForAllPages", "centerFooter");
      },
      set centerFooter(centerFooter: string) {
        page.setPage("centerFooter", centerFooter, { centerFooter });
      },
    };
    const page = this;
    return { defaultForAllPages };
  }

  setPrintArea(printArea: string): void {
    this.write("setPrintArea", printArea, (sheet) => {
      boxOf(printArea);
      liveSheet(this.session.model, sheet).page = { ...sheet.page, printArea };
    });
  }

  /** "The range must span the entire row to be valid" (API reference): "$8:$9", not "A8:F9". */
  setPrintTitleRows(printTitleRows: string): void {
    this.write("setPrintTitleRows", printTitleRows, (sheet) => {
      if (!WHOLE_ROWS.test(printTitleRows)) {
        throw new FakeOfficeError("InvalidArgument", `"${printTitleRows}" is not whole rows`);
      }
      const rows = printTitleRows.replace(/\$/g, "");
      liveSheet(this.session.model, sheet).page = { ...sheet.page, printTitleRows: rows };
    });
  }

  setPrintMargins(unit: "Inches", options: Excel.PageLayoutMarginOptions): void {
    if (unit !== "Inches") throw new FakeOfficeError("InvalidArgument", `unit ${String(unit)}`);
    this.write("setPrintMargins", { unit, options }, (sheet) => {
      const current = liveSheet(this.session.model, sheet).page.margins;
      const points = (inches: number | undefined, fallback: number | undefined) =>
        inches === undefined ? (fallback ?? 0) : inches * POINTS_PER_INCH;
      sheet.page = {
        ...sheet.page,
        margins: {
          top: points(options.top, current?.top),
          bottom: points(options.bottom, current?.bottom),
          left: points(options.left, current?.left),
          right: points(options.right, current?.right),
          header: points(options.header, current?.header),
          footer: points(options.footer, current?.footer),
        },
      };
    });
  }

  private setPage(action: string, value: unknown, patch: Partial<PageState>): void {
    this.write(action, value, (sheet) => {
      liveSheet(this.session.model, sheet).page = { ...sheet.page, ...patch };
    });
  }
}
