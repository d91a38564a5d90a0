// Hostile workbooks through the command line: a workbook built in the test, written to a file,
// tallied with `tally --json`, and what came out compared with what went in.

import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/cli";
import { standardWorkbook } from "../workbook-parse/standard";

const dir = mkdtempSync(join(tmpdir(), "hostile-"));
let files = 0;

export interface Tallied {
  readonly status: number;
  readonly problems: readonly { code: string; sheet: string | null; cell: string | null }[];
  /** The output workbook; null when nothing was written. */
  readonly output: ExcelJS.Workbook | null;
  readonly outputFile: string;
}

/** Saves the workbook to a new file and returns its path. */
export async function save(workbook: ExcelJS.Workbook): Promise<string> {
  const file = join(dir, `in-${++files}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The standard workbook (test/workbook-parse/standard.ts) with a change of the test's. */
export async function standardFile(change?: (workbook: ExcelJS.Workbook) => void) {
  const workbook = standardWorkbook();
  change?.(workbook);
  return save(workbook);
}

export async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** `tally FILE -o OUT --json`, with the problems of its report and the file it wrote. */
export async function tally(file: string): Promise<Tallied> {
  const outputFile = join(dir, `out-${++files}.xlsx`);
  const out: string[] = [];
  const status = await runCli(["tally", file, "-o", outputFile, "--json"], {
    out: (text) => out.push(text),
    err: () => undefined,
  });
  const report = JSON.parse(out.join("\n")) as { problems: Tallied["problems"] };
  const output = existsSync(outputFile) ? await open(outputFile) : null;
  return { status, problems: report.problems, output, outputFile };
}

/** Every non-empty cell of a sheet, address → value. */
export function cellsOf(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const cells = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value !== null && cell.value !== undefined) cells.set(cell.address, cell.value);
    })
  );
  return cells;
}
