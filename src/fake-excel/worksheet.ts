// Fake worksheets and tables: find a sheet by name (case-insensitive, as Excel), add one at the
// end, delete one, read its used range.

import type * as Api from "../excel/office-api";
import { FakeOfficeError } from "./errors";
import {
  findSheet,
  newSheet,
  usedBox,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
  type SheetVisibility,
} from "./model";
import { FakePageBreaks } from "./page-breaks";
import { FakePageLayout } from "./page-layout";
import { CollectionProxy, liveSheet, Proxy, type Locator, type Session } from "./proxy";
import { boxOf, FakeRange } from "./range";

const WORKSHEET_PROPERTIES = ["name", "visibility"] as const;

export class FakeWorksheetCollection
  extends CollectionProxy<FakeWorkbook, FakeWorksheet>
  implements Api.WorksheetCollection
{
  protected readonly itemLoadable = WORKSHEET_PROPERTIES;

  protected itemsOf(workbook: FakeWorkbook): FakeWorksheet[] {
    return workbook.sheets.map(
      (sheet, index) => new FakeWorksheet(this.session, `${this.path}.items[${index}]`, () => sheet)
    );
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.session, `${this.path}.getItem(${JSON.stringify(key)})`, () =>
      findSheet(this.session.model, key)
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const path = `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`;
    return new FakeWorksheet(this.session, path, () => findSheet(this.session.model, key), true);
  }

  add(name?: string): FakeWorksheet {
    let added: FakeSheet | null = null;
    this.write("add", { name }, (workbook) => {
      structureUnlocked(workbook);
      const sheetName = name ?? nextSheetName(workbook);
      checkSheetName(workbook, sheetName);
      added = newSheet(sheetName);
      workbook.sheets.push(added);
      this.session.noteChange({ kind: "added", sheet: added });
    });
    return new FakeWorksheet(this.session, `${this.path}.add(${JSON.stringify(name)})`, () => {
      if (added === null) throw new FakeOfficeError("InvalidOperation", "sheet not added yet");
      return added;
    });
  }

  get onChanged(): Api.EventHandlers<Api.WorksheetChange> {
    this.session.requireApi("1.9", "WorksheetCollection.onChanged");
    return this.handlers("onChanged", (handler) => this.session.events.onChanged(handler));
  }

  get onAdded(): Api.EventHandlers<Api.SheetEvent> {
    return this.handlers("onAdded", (handler) => this.session.events.onSheet("added", handler));
  }

  get onDeleted(): Api.EventHandlers<Api.SheetEvent> {
    return this.handlers("onDeleted", (handler) => this.session.events.onSheet("deleted", handler));
  }

  /** As in Office.js, a handler is registered by the next sync, not by add() itself. */
  private handlers<Args>(
    event: string,
    register: (handler: (args: Args) => Promise<void>) => void
  ): Api.EventHandlers<Args> {
    return {
      add: (handler) =>
        this.session.enqueue({
          request: { path: `${this.path}.${event}`, action: "add" },
          run: () => {
            register(handler);
            return 0;
          },
        }),
    };
  }
}

export class FakeWorksheet extends Proxy<FakeSheet> implements Api.Worksheet {
  protected readonly loadable = WORKSHEET_PROPERTIES;

  constructor(session: Session, path: string, locator: Locator<FakeSheet>, nullable = false) {
    super(session, path, locator);
    if (nullable) this.probe();
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    return property === "visibility" ? (sheet.visibility ?? "Visible") : sheet.name;
  }

  get name(): string {
    return this.loadedValue("name");
  }

  get visibility(): SheetVisibility {
    return this.loadedValue("visibility");
  }

  private pageLayoutProxy: FakePageLayout | undefined;

  get pageLayout(): FakePageLayout {
    this.session.requireApi("1.9", "Worksheet.pageLayout");
    return (this.pageLayoutProxy ??= new FakePageLayout(
      this.session,
      `${this.path}.pageLayout`,
      () => this.resolve()
    ));
  }

  private pageBreaksProxy: FakePageBreaks | undefined;

  get horizontalPageBreaks(): FakePageBreaks {
    this.session.requireApi("1.9", "Worksheet.horizontalPageBreaks");
    return (this.pageBreaksProxy ??= new FakePageBreaks(
      this.session,
      `${this.path}.horizontalPageBreaks`,
      () => this.resolve()
    ));
  }

  private protectionProxy: FakeWorksheetProtection | undefined;

  get protection(): FakeWorksheetProtection {
    this.session.requireApi("1.2", "Worksheet.protection");
    return (this.protectionProxy ??= new FakeWorksheetProtection(
      this.session,
      `${this.path}.protection`,
      () => this.resolve()
    ));
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) {
      throw new FakeOfficeError("InvalidArgument", "the fake needs an address");
    }
    return new FakeRange(this.session, `${this.path}.getRange(${JSON.stringify(address)})`, () => {
      const sheet = this.resolve();
      return sheet === null ? null : { sheet, box: boxOf(address) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const path = `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`;
    return new FakeRange(
      this.session,
      path,
      () => {
        const sheet = this.resolve();
        if (sheet === null && this.session.nullObjectMethods === "fail") {
          throw new FakeOfficeError("ItemNotFound", `${this.path}: the worksheet does not exist`);
        }
        const box =
          sheet === null ? null : usedBox(liveSheet(this.session.model, sheet), valuesOnly);
        return sheet === null || box === null ? null : { sheet, box };
      },
      true
    );
  }

  delete(): void {
    this.write("delete", null, (sheet) => {
      const workbook = this.session.model;
      liveSheet(workbook, sheet);
      structureUnlocked(workbook);
      // As the API reference says of Worksheet.delete.
      if (sheet.visibility === "VeryHidden") {
        throw new FakeOfficeError("InvalidOperation", "a very hidden sheet cannot be deleted");
      }
      if (workbook.sheets.length === 1) {
        throw new FakeOfficeError("InvalidOperation", "a workbook keeps at least one sheet");
      }
      const index = workbook.sheets.indexOf(sheet);
      workbook.sheets.splice(index, 1);
      this.session.noteChange({ kind: "deleted", sheet });
      if (workbook.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) {
        workbook.activeSheet = workbook.sheets[Math.max(0, index - 1)]!.name;
      }
    });
  }

  activate(): void {
    this.write("activate", null, (sheet) => {
      this.session.model.activeSheet = liveSheet(this.session.model, sheet).name;
    });
  }
}

export class FakeWorksheetProtection extends Proxy<FakeSheet> implements Api.WorksheetProtection {
  protected readonly loadable = ["protected"];

  protected snapshot(sheet: FakeSheet): unknown {
    return sheet.protected ?? false;
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

export class FakeWorkbookProtection extends Proxy<FakeWorkbook> implements Api.WorkbookProtection {
  protected readonly loadable = ["protected"];

  protected snapshot(workbook: FakeWorkbook): unknown {
    return workbook.structureProtected ?? false;
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

/** A protected structure refuses added and deleted sheets, as Excel does. */
function structureUnlocked(workbook: FakeWorkbook): void {
  if (workbook.structureProtected === true) {
    throw new FakeOfficeError("AccessDenied", "the workbook's structure is protected");
  }
}

interface SheetTable {
  readonly sheet: FakeSheet;
  readonly table: FakeTable;
}

const TABLE_PROPERTIES = ["name", "showHeaders", "showTotals"] as const;

/** The workbook's tables, sheet by sheet. */
export class FakeTableCollection
  extends CollectionProxy<FakeWorkbook, FakeTableProxy>
  implements Api.TableCollection
{
  protected readonly itemLoadable = TABLE_PROPERTIES;

  protected itemsOf(workbook: FakeWorkbook): FakeTableProxy[] {
    const tables = workbook.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => ({ sheet, table }))
    );
    return tables.map(
      (found, index) =>
        new FakeTableProxy(this.session, `${this.path}.items[${index}]`, () => found)
    );
  }
}

export class FakeTableProxy extends Proxy<SheetTable> implements Api.Table {
  protected readonly loadable = TABLE_PROPERTIES;

  protected snapshot({ table }: SheetTable, property: string): unknown {
    return table[property as (typeof TABLE_PROPERTIES)[number]];
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }
  get showTotals(): boolean {
    return this.loadedValue("showTotals");
  }

  getRange(): FakeRange {
    return new FakeRange(this.session, `${this.path}.getRange()`, () => {
      const found = this.resolve();
      return found === null ? null : { sheet: found.sheet, box: found.table.box };
    });
  }
}

/** Excel's rules for a sheet name. */
export function checkSheetName(workbook: FakeWorkbook, name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid sheet name`);
  }
  if (findSheet(workbook, name) !== null) {
    throw new FakeOfficeError("ItemAlreadyExists", `a sheet "${name}" exists`);
  }
}

function nextSheetName(workbook: FakeWorkbook): string {
  let number = workbook.sheets.length + 1;
  while (findSheet(workbook, `Sheet${number}`) !== null) number += 1;
  return `Sheet${number}`;
}
