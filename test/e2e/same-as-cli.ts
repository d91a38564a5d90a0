// What the end-to-end tests compare the browser's work with: the command line's tally of the same
// file, and the two downloaded workbooks cell for cell.

import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { loadFakeWorkbook, saveFakeWorkbook } from "../../src/fake-excel/xlsx-bridge";
import { dumpWorkbook, type SheetDump } from "../helpers/workbook-dump";

const root = join(import.meta.dirname, "..", "..");
const run = promisify(execFile);

export interface CliReport {
  readonly regulation: string;
  readonly meeting: Record<string, number | boolean | null>;
  readonly people: readonly {
    readonly name: string;
    readonly band: string | null;
    readonly excluded: boolean;
  }[];
  readonly problems: readonly {
    readonly code: string;
    readonly severity: "error" | "warning";
    readonly sheet?: string;
    readonly cell?: string;
    readonly message: string;
    readonly action: string;
  }[];
}

/** The command line, as a user runs it: `tsx src/cli/main.ts tally FILE -o OUT --json`. */
export async function cliTally(input: string, output: string): Promise<CliReport> {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const { stdout } = await run(tsx, ["src/cli/main.ts", "tally", input, "-o", output, "--json"], {
    cwd: root,
  });
  return JSON.parse(stdout) as CliReport;
}

/** The command line's ballots for a file, as a user runs it: `tsx src/cli/main.ts ballots FILE -o
 * OUT`. */
export async function cliBallots(input: string, output: string): Promise<void> {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  await run(tsx, ["src/cli/main.ts", "ballots", input, "-o", output], { cwd: root });
}

/** The command line's consolidation of `inputs` (names in `folder`, run from there so that the
 * sheets name each file as a browser does, by its name alone). */
export async function cliConsolidate(
  folder: string,
  inputs: readonly string[],
  output: string
): Promise<void> {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const main = join(root, "src", "cli", "main.ts");
  await run(tsx, [main, "consolidate", ...inputs, "-o", output], { cwd: folder });
}

/** An .xlsx file's cells, merges and page setup, as ExcelJS reads them, after the file took the
 * way the preview's file took (into the fake Excel and out through its ExcelJS bridge): both sides
 * then carry the same representation and only what was written can differ. */
async function comparable(path: string) {
  const bytes = await saveFakeWorkbook(await loadFakeWorkbook(await readFile(path)));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return dumpWorkbook(workbook);
}

/** The browser's workbook holds what the command line's holds: every sheet, cell for cell, with
 * the same merges and page setup. */
export async function expectSameWorkbook(byBrowser: string, byCli: string): Promise<void> {
  const [expected, actual] = await Promise.all([byCli, byBrowser].map(comparable));
  expect(actual!.map((sheet) => sheet.name)).toEqual(expected!.map((sheet) => sheet.name));
  for (const [index, sheet] of actual!.entries()) expectSameSheet(sheet, expected![index]!);
}

/** Every sheet of the command line's new workbook is in the browser's (the open workbook, which
 * received them beside its own), the same cell for cell. */
export async function expectSheetsOfCli(byBrowser: string, byCli: string): Promise<void> {
  const [expected, actual] = await Promise.all([byCli, byBrowser].map(comparable));
  for (const other of expected!) {
    const sheet = actual!.find((written) => written.name === other.name);
    expect(sheet, other.name).toBeDefined();
    expectSameSheet(sheet!, other);
  }
}

function expectSameSheet(sheet: SheetDump, other: SheetDump): void {
  expect(Object.keys(sheet.cells).length, sheet.name).toBeGreaterThan(0);
  expect(sheet.cells, `cells of ${sheet.name}`).toEqual(other.cells);
  expect(sheet.merges, `merges of ${sheet.name}`).toEqual(other.merges);
  expect(sheet.page, `page setup of ${sheet.name}`).toEqual(other.page);
}

/** Downloads the page's workbook as a user does (the toolbar's Download), saves it as `saveAs`
 * and compares it with the command line's output for the same sample. */
export async function expectDownloadSameAsCli(
  page: Page,
  saveAs: string,
  byCli: string
): Promise<void> {
  await download(page, saveAs);
  await expectSameWorkbook(saveAs, byCli);
}

/** Downloads the page's workbook as a user does (the toolbar's Download) and saves it as
 * `saveAs`. */
export async function download(page: Page, saveAs: string): Promise<void> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải về / Download" }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe("hoi-nghi-mau-ket-qua.xlsx");
  await file.saveAs(saveAs);
}
