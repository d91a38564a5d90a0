// The package writer writes what the ExcelJS shell writes: the same plan applied to the same file
// by both, each output read back with ExcelJS, gives the same dump of every sheet (values, number
// formats, fonts, fills, borders, alignment, merges, column widths, page setup). The golden files
// of test/cli were made with the ExcelJS shell, so this is the package writer against them, for
// every cell rather than only the written ones. Compared with toEqual: key order is ExcelJS's
// reading order of the XML attributes and means nothing.

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { checkWorkbook, planResults } from "../../src/workbook/run";
import { applyPlanToPackage } from "../../src/xlsx/package/apply-package";
import { readZip } from "../../src/xlsx/package/zip";
import { loadWorkbook, workbookGrids } from "../../src/xlsx/read";
import { applyPlan, workbookBytes } from "../../src/xlsx/write";
import { dumpWorkbook } from "../helpers/workbook-dump";
import { writeRichWorkbook } from "./rich-workbook";

const dir = mkdtempSync(join(tmpdir(), "same-as-exceljs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function dump(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return dumpWorkbook(workbook);
}

/** Both writers on one file; `runs` tallies in a row, each on the previous output. */
async function bothWriters(file: string, lang: "vi" | "en", runs = 1) {
  let ours: Uint8Array = readFileSync(file);
  let theirs: Uint8Array = ours;
  for (let i = 0; i < runs; i++) {
    const workbook = await loadWorkbook(Buffer.from(theirs));
    applyPlan(workbook, planResults(checkWorkbook(workbookGrids(workbook)), lang));
    theirs = await workbookBytes(workbook);
    const grids = workbookGrids(await loadWorkbook(Buffer.from(ours)));
    ours = applyPlanToPackage(file, readZip(file, ours), planResults(checkWorkbook(grids), lang));
  }
  return { ours: await dump(ours), theirs: await dump(theirs) };
}

const samples = [
  { name: "qd96", args: [] as string[], lang: "vi" as const },
  { name: "nq96", args: ["--regulation", "nq96", "--seed", "2"], lang: "en" as const },
  {
    name: "nq96-btn",
    args: ["--regulation", "nq96-btn", "--people", "9", "--ballots", "30"],
    lang: "vi" as const,
  },
];

describe.each(samples)("the $name sample", ({ name, args, lang }) => {
  it("reads back cell for cell as the ExcelJS shell's output, on a first and a second run", async () => {
    const file = join(dir, `${name}.xlsx`);
    expect(await runCli(["sample", file, ...args], { out: () => {}, err: () => {} })).toBe(0);
    for (const runs of [1, 2]) {
      const { ours, theirs } = await bothWriters(file, lang, runs);
      expect(ours).toEqual(theirs);
    }
  });
});

it("reads back as the ExcelJS shell's output on the rich workbook, its hidden sheet included", async () => {
  const sample = join(dir, "rich-sample.xlsx");
  expect(await runCli(["sample", sample], { out: () => {}, err: () => {} })).toBe(0);
  const file = join(dir, "rich.xlsx");
  writeRichWorkbook(sample, file);
  const { ours, theirs } = await bothWriters(file, "vi");
  expect(ours.map((sheet) => sheet.name)).toEqual([
    "Hội nghị",
    "Danh sách",
    "Phiếu",
    "Kiểm phiếu",
    "Ẩn",
    "Kết quả",
  ]);
  expect(ours).toEqual(theirs);
});
