// The fake Excel host: runs in Node and in the browser (no node: imports; see node-files.ts for
// reading and writing files).

export { workbookOf, type Rows } from "./build";
export { FakeOfficeError, type FakeErrorCode } from "./errors";
export { FakeContext, FakeExcel, type FakeExcelOptions, type SyncRecord } from "./fake-excel";
export * from "./model";
