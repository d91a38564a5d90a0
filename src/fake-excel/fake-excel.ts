// The fake Excel host: a workbook, a run() that hands out request contexts like Excel.run, and a
// log of every sync (request and response sizes) so tests can hold the shell to its budget.

import type { ApiSupport, Application, RequestContext, Workbook } from "../excel/office-api";
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from "../excel/payload";
import { writeValue } from "./cell-values";
import { FakeOfficeError } from "./errors";
import { FakeEvents, type FakeChange } from "./events";
import {
  cellAt,
  eachCellOf,
  emptyWorkbook,
  findSheet,
  newSheet,
  type FakeWorkbook,
  type Scalar,
} from "./model";
import type { Operation, Session } from "./proxy";
import { boxOf } from "./range";
import {
  checkSheetName,
  FakeTableCollection,
  FakeWorkbookProtection,
  FakeWorksheetCollection,
} from "./worksheet";

export interface FakeExcelOptions {
  /** The highest ExcelApi requirement set the fake supports, e.g. "1.8". Default "1.17". */
  readonly apiVersion?: string;
  /** Excel on the web refuses larger requests and responses. Default 5 MB. */
  readonly payloadLimitBytes?: number;
  /** Office.js does not document what a method called on a null object gives: another null
   * object ("null-result", the default) or a failed batch ("fail"). The shell must work with
   * both, so the fake can play either. */
  readonly nullObjectMethods?: "null-result" | "fail";
}

export interface SyncRecord {
  /** UTF-8 length of the JSON of the queued operations. */
  readonly requestBytes: number;
  /** UTF-8 length of the JSON of what the loads returned. */
  readonly responseBytes: number;
  readonly operations: number;
  /** suspendApiCalculationUntilNextSync() was called in this batch. */
  readonly calculationSuspended: boolean;
}

export class FakeExcel {
  readonly syncs: SyncRecord[] = [];
  /** The error code of each sync Excel refused, in order (a refused sync is not in `syncs`). */
  readonly refusedSyncs: string[] = [];
  /** The members whose use cleared the user's Undo list (office-js#5918:
   * getMergedAreasOrNullObject does on Windows), in order. */
  readonly undoClearedBy: string[] = [];
  /** The user is typing in a cell: Excel refuses a batch with InvalidOperationInCellEditMode
   * (delayForCellEdit, which would wait instead, belongs to no documented requirement set). */
  editingCell = false;
  readonly support: ApiSupport;
  readonly apiVersion: string;
  readonly payloadLimitBytes: number;
  readonly nullObjectMethods: "null-result" | "fail";
  readonly events: FakeEvents;

  constructor(
    readonly workbook: FakeWorkbook = emptyWorkbook(),
    options: FakeExcelOptions = {}
  ) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.nullObjectMethods = options.nullObjectMethods ?? "null-result";
    this.support = {
      isSetSupported: (name, minVersion = "1.1") =>
        name === "ExcelApi" && compareVersions(minVersion, this.apiVersion) <= 0,
    };
    this.events = new FakeEvents(this.support.isSetSupported("ExcelApi", "1.14"));
  }

  /** The user types `value` into every cell of `address` on `sheet`, as in Excel's grid: the
   * workbook changes outside any request, and the worksheet events say so. */
  editAsUser(sheet: string, address: string, value: Scalar): void {
    const target = findSheet(this.workbook, sheet);
    if (target === null) throw new FakeOfficeError("ItemNotFound", `no sheet "${sheet}"`);
    const box = boxOf(address);
    eachCellOf(box, (row, column) => writeValue(cellAt(target, row, column), value));
    this.events.raise([{ kind: "changed", sheet: target, box }], "user");
  }

  /** The user inserts a sheet after the last one. */
  addSheetAsUser(name: string): void {
    checkSheetName(this.workbook, name);
    const sheet = newSheet(name);
    this.workbook.sheets.push(sheet);
    this.events.raise([{ kind: "added", sheet }], "user");
  }

  /** Like Excel.run: a fresh context per call; fails if operations were left unsynced. */
  readonly run = async <T>(batch: (context: RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending > 0) {
      throw new FakeOfficeError("PendingOperations", `${context.pending} operations never synced`);
    }
    return result;
  };

  /** A request context for tests that drive the shell's inner functions directly. */
  context(): FakeContext {
    return new FakeContext(this);
  }
}

export class FakeContext implements RequestContext, Session {
  readonly workbook: Workbook;
  readonly application: Application;
  private queue: Operation[] = [];
  private changes: FakeChange[] = [];
  private calculationSuspended = false;
  private traced: string[] = [];

  constructor(private readonly host: FakeExcel) {
    let protection: FakeWorkbookProtection | undefined;
    const session = this;
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this, "workbook.worksheets", () => host.workbook),
      tables: new FakeTableCollection(this, "workbook.tables", () => host.workbook),
      get protection() {
        session.requireApi("1.7", "Workbook.protection");
        return (protection ??= new FakeWorkbookProtection(
          session,
          "workbook.protection",
          () => host.workbook
        ));
      },
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
        this.enqueue({
          request: { path: "application", action: "suspendApiCalculationUntilNextSync" },
          run: () => {
            this.calculationSuspended = true;
            return 0;
          },
        });
      },
    };
  }

  /** Like RequestContext.trace: the message travels with the batch, and a failed sync reports
   * the messages that ran before the failure. */
  trace(message: string): void {
    this.enqueue({
      request: { action: "trace", message },
      run: () => {
        this.traced.push(message);
        return 0;
      },
    });
  }

  clearUndo(member: string): void {
    this.host.undoClearedBy.push(member);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  requireApi(version: string, member: string): void {
    if (!this.host.support.isSetSupported("ExcelApi", version)) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${member} needs ExcelApi ${version}; this host has ${this.host.apiVersion}`
      );
    }
  }

  async sync(): Promise<void> {
    // A round trip to Excel: the caller always resumes later, never synchronously.
    await Promise.resolve();
    const batch = this.queue;
    this.queue = [];
    this.calculationSuspended = false;
    this.traced = [];
    try {
      this.runBatch(batch);
    } catch (error) {
      this.host.refusedSyncs.push(error instanceof FakeOfficeError ? error.code : "unknown");
      throw error;
    }
  }

  private runBatch(batch: readonly Operation[]): void {
    if (this.host.editingCell) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "a cell is being edited");
    }
    const requestBytes = jsonBytes(batch.map((operation) => operation.request));
    if (requestBytes > this.host.payloadLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes`);
    }
    let responseBytes = 0;
    try {
      // Excel runs a batch in order and stops at the first failure: what ran stays done.
      for (const operation of batch) responseBytes += operation.run();
    } catch (error) {
      if (error instanceof FakeOfficeError) error.traceMessages = [...this.traced];
      throw error;
    } finally {
      // What was applied before a failing operation stays applied, and Excel reports it.
      const changes = this.changes;
      this.changes = [];
      this.host.events.raise(changes, "ThisLocalAddin");
    }
    if (responseBytes > this.host.payloadLimitBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${responseBytes} bytes`);
    }
    this.host.syncs.push({
      requestBytes,
      responseBytes,
      operations: batch.length,
      calculationSuspended: this.calculationSuspended,
    });
  }

  get model(): FakeWorkbook {
    return this.host.workbook;
  }

  get nullObjectMethods(): "null-result" | "fail" {
    return this.host.nullObjectMethods;
  }

  get events(): FakeEvents {
    return this.host.events;
  }

  noteChange(change: FakeChange): void {
    this.changes.push(change);
  }
}

/** "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
