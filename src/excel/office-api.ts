// The part of the Excel JavaScript API this shell uses, and nothing more. Every member is typed
// from @types/office-js, so a wrong name or shape fails to compile; test/excel/office-api-
// conformance.ts proves the real Excel.RequestContext is assignable to RequestContext. The fake
// host (src/fake-excel) implements exactly this subset.
//
// Requirement sets (ExcelApi) of the members below, from the API reference:
//   1.1  Workbook worksheets/tables, Worksheet name/visibility/getRange/delete/activate, WorksheetCollection
//        add/getItem, Range values/numberFormat/address/format/clear/select/getEntireRow/
//        getBoundingRect, RangeFormat font/fill/borders/alignment/wrapText, Table name/
//        showHeaders/showTotals/getRange; RequestContext trace (common to every host)
//   1.2  Range merge/unmerge, RangeFormat columnWidth/rowHeight, Worksheet protection
//   1.4  WorksheetCollection getItemOrNullObject, Worksheet getUsedRangeOrNullObject
//   1.6  Application suspendApiCalculationUntilNextSync
//   1.7  WorksheetCollection onAdded/onDeleted (the manifest's minimum)
//   1.7  Workbook protection
// The manifest requires ExcelApi 1.7, so these are used as they are; the members below are
// checked with isSetSupported before use:
//   1.8  Range dataValidation
//   1.9  Worksheet pageLayout and horizontalPageBreaks, RangeAreas areas, WorksheetCollection onChanged (every sheet's
//        data, sheets added later included; Worksheet.onChanged, 1.7, covers one sheet only)
//   1.14 WorksheetChangedEventArgs triggerSource (absent before: typed as optional)
//   1.13 Range getMergedAreasOrNullObject

/** Anything that can be loaded: properties are readable only after load() and sync(). */
interface Loadable<T> {
  load(propertyNames: string): T;
  /** Readable after a sync; true when an *OrNullObject call found nothing. */
  readonly isNullObject: boolean;
}

export interface RequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  sync(): Promise<void>;
  /** Marks a point of the batch: a failed sync's error lists, in traceMessages, the marks that
   * ran before the failure. */
  trace(message: string): void;
}

export type Application = Pick<Excel.Application, "suspendApiCalculationUntilNextSync">;

export interface Workbook {
  readonly worksheets: WorksheetCollection;
  /** Every table of the workbook: one load finds the tables of sheets not known yet. */
  readonly tables: TableCollection;
  /** Structure protection: sheets cannot be added or deleted. */
  readonly protection: WorkbookProtection;
}

export interface WorkbookProtection extends Loadable<WorkbookProtection> {
  readonly protected: Excel.WorkbookProtection["protected"];
}

export interface WorksheetProtection extends Loadable<WorksheetProtection> {
  readonly protected: Excel.WorksheetProtection["protected"];
}

export interface WorksheetCollection extends Loadable<WorksheetCollection> {
  readonly items: Worksheet[];
  getItem(key: string): Worksheet;
  getItemOrNullObject(key: string): Worksheet;
  /** Adds a sheet after the last one. */
  add(name?: string): Worksheet;
  /** ExcelApi 1.9. */
  readonly onChanged: EventHandlers<WorksheetChange>;
  readonly onAdded: EventHandlers<SheetEvent>;
  readonly onDeleted: EventHandlers<SheetEvent>;
}

/** Office's event registration. The handler stays for the life of the page (Office drops it when
 * the pane closes); the result of add() is not needed, as the add-in never removes it. */
export interface EventHandlers<Args> {
  add(handler: (args: Args) => Promise<void>): void;
}

export type WorksheetChange = Pick<Excel.WorksheetChangedEventArgs, "address" | "source"> &
  Partial<Pick<Excel.WorksheetChangedEventArgs, "triggerSource">>;

export type SheetEvent = Pick<
  Excel.WorksheetAddedEventArgs | Excel.WorksheetDeletedEventArgs,
  "source"
>;

export interface Worksheet extends Loadable<Worksheet> {
  readonly name: Excel.Worksheet["name"];
  /** "Visible", "Hidden", or "VeryHidden" (not shown by Excel's Unhide). */
  readonly visibility: Excel.Worksheet["visibility"];
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayout;
  /** ExcelApi 1.9: the sheet's manual page breaks between rows. */
  readonly horizontalPageBreaks: PageBreakCollection;
  readonly protection: WorksheetProtection;
  getRange(address?: string): Range;
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range;
  delete(): void;
  activate(): void;
}

export interface TableCollection extends Loadable<TableCollection> {
  readonly items: Table[];
}

export interface Table extends Loadable<Table> {
  readonly name: Excel.Table["name"];
  readonly showHeaders: Excel.Table["showHeaders"];
  readonly showTotals: Excel.Table["showTotals"];
  /** Header, body and totals. */
  getRange(): Range;
}

export interface Range extends Loadable<Range> {
  values: Excel.Range["values"];
  numberFormat: Excel.Range["numberFormat"];
  readonly address: Excel.Range["address"];
  readonly format: RangeFormat;
  /** ExcelApi 1.8. */
  readonly dataValidation: DataValidation;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): RangeAreas;
  getEntireRow(): Range;
  getBoundingRect(anotherRange: string): Range;
}

export interface RangeAreas extends Loadable<RangeAreas> {
  /** ExcelApi 1.9. */
  readonly areas: RangeCollection;
}

export interface RangeCollection extends Loadable<RangeCollection> {
  readonly items: Range[];
}

export interface RangeFormat extends Pick<
  Excel.RangeFormat,
  "horizontalAlignment" | "verticalAlignment" | "wrapText" | "columnWidth" | "rowHeight"
> {
  readonly font: RangeFont;
  readonly fill: RangeFill;
  readonly borders: RangeBorderCollection;
}

export type RangeFont = Pick<Excel.RangeFont, "name" | "size" | "bold" | "italic" | "color">;
export type RangeFill = Pick<Excel.RangeFill, "color">;

/** The borders the shell draws (no diagonals). */
export type BorderEdge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface RangeBorderCollection {
  getItem(index: BorderEdge): RangeBorder;
}

export type RangeBorder = Pick<Excel.RangeBorder, "style" | "weight" | "color">;

export interface DataValidation extends Pick<
  Excel.DataValidation,
  "rule" | "errorAlert" | "prompt"
> {
  clear(): void;
}

export interface PageLayout extends Pick<
  Excel.PageLayout,
  "paperSize" | "orientation" | "zoom" | "centerHorizontally"
> {
  readonly headersFooters: HeaderFooterGroup;
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
  setPrintMargins(unit: "Inches", marginOptions: Excel.PageLayoutMarginOptions): void;
}

export interface PageBreakCollection {
  /** "Adds a page break before the top-left cell of the range specified" (API reference); the
   * PageBreak it returns is not used. */
  add(pageBreakRange: string): unknown;
}

export interface HeaderFooterGroup {
  readonly defaultForAllPages: Pick<Excel.HeaderFooter, "centerFooter">;
}

/** Office.context.requirements, or a stand-in that says which ExcelApi versions exist. */
export interface ApiSupport {
  isSetSupported(name: string, minVersion?: string): boolean;
}
