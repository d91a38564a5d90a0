// Fake PageLayout (ExcelApi 1.9): writes the sheet's page setup in Office.js units.

import type * as Api from "../excel/office-api";
import { propertyNotLoaded, FakeOfficeError } from "./errors";
import type { FakeSheet, PageState } from "./model";
import { liveSheet, Proxy } from "./proxy";

const POINTS_PER_INCH = 72;

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
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.setPage("zoom", zoom, {
      horizontalFitToPages: zoom.horizontalFitToPages,
      verticalFitToPages: zoom.verticalFitToPages,
      scale: zoom.scale,
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
    this.setPage("setPrintArea", printArea, { printArea });
  }

  setPrintTitleRows(printTitleRows: string): void {
    this.setPage("setPrintTitleRows", printTitleRows, { printTitleRows });
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
