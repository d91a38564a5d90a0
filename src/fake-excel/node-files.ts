// Node only: the fake workbook from and to an .xlsx file. Kept apart so that the rest of
// src/fake-excel runs in the browser preview.

import { readFile, writeFile } from "node:fs/promises";
import type { FakeWorkbook } from "./model";
import { loadFakeWorkbook, saveFakeWorkbook } from "./xlsx-bridge";

export async function readFakeWorkbookFile(path: string): Promise<FakeWorkbook> {
  return loadFakeWorkbook(await readFile(path));
}

export async function writeFakeWorkbookFile(model: FakeWorkbook, path: string): Promise<void> {
  await writeFile(path, await saveFakeWorkbook(model));
}
