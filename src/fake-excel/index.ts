// The fake Excel host: runs in Node and in the browser (no node: imports). Import the ExcelJS
// bridge (xlsx-bridge.ts) and the file helpers (node-files.ts, Node only) from their own modules,
// so that a bundle that needs neither does not carry ExcelJS.

export { workbookOf, type Rows } from "./build";
export { FakeOfficeError, type FakeErrorCode } from "./errors";
export { FakeContext, FakeExcel, type FakeExcelOptions, type SyncRecord } from "./fake-excel";
export * from "./model";
