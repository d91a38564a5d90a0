// The add-in and the command line, given the same input file, write the same workbook: the add-in
// runs over the fake Excel loaded from the file, the command line through ExcelJS, and both
// results are read back through the same bridge and compared cell for cell.

import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { createExcelHost } from "../../src/excel/addin-host";
import { rangeAddress } from "../../src/workbook/layout/a1";
import type { Lang } from "../../src/rules/types";
import { FakeExcel, keyPosition, type FakeSheet, type FakeWorkbook } from "../../src/fake-excel";
import { readFakeWorkbookFile, writeFakeWorkbookFile } from "../../src/fake-excel/node-files";

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "parity-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The manual page breaks of the file's last sheet (the result sheet), as the file states them:
 * ExcelJS writes them but does not read them back, so the bridge cannot compare them. */
/** Each manual row break as the row above it. The `max` attribute is left out: ExcelJS (the
 * add-in's side, through the fake) writes 16838, Excel and the package writer 16383, and both
 * mean "across every column". */
async function pageBreaks(file: string): Promise<number[]> {
  const sheets = (await promisify(execFile)("unzip", ["-Z1", file])).stdout
    .split("\n")
    .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  const last = sheets.sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b))).at(-1)!;
  const xml = (await promisify(execFile)("unzip", ["-p", file, last])).stdout;
  return [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((match) => Number(match[1]));
}

async function cli(...argv: string[]): Promise<void> {
  const errors: string[] = [];
  const status = await runCli(argv, { out: () => undefined, err: (text) => errors.push(text) });
  expect(errors).toEqual([]);
  expect(status).toBe(0);
}

/** Everything compared, in plain data: per cell its value, formula, number format and style. */
function snapshot(workbook: FakeWorkbook) {
  return {
    active: workbook.activeSheet,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      cells: cellsOf(sheet),
      merges: sheet.merges.map(rangeAddress).sort(),
      // Excel shows widths in whole pixels; both shells round to them.
      widthsInPixels: [...sheet.columnWidths]
        .map(([column, points]) => [column, Math.round(points / 0.75)])
        .sort((a, b) => a[0]! - b[0]!),
      heights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
      validations: [...sheet.validations].sort((a, b) => a[0] - b[0]),
      page: sheet.page,
    })),
  };
}

function cellsOf(sheet: FakeSheet) {
  return [...sheet.cells]
    .sort((a, b) => a[0] - b[0])
    .map(([key, cell]) => {
      const { row, column } = keyPosition(key);
      const font = cell.style.font;
      // The add-in names Excel's automatic black; the file leaves it out. Both print alike.
      const style = font ? { ...cell.style, font: { color: "#000000", ...font } } : cell.style;
      return [`${row},${column}`, { ...cell, style }] as const;
    });
}

describe.each<{ lang: Lang; regulation: string; people: number }>([
  { lang: "vi", regulation: "qd96", people: 15 },
  { lang: "en", regulation: "nq96-btn", people: 60 },
])(
  "add-in and command line on one file ($lang, $regulation, $people people)",
  ({ lang, regulation, people }) => {
    it("write identical workbooks", async () => {
      const input = join(folder, `input-${regulation}.xlsx`);
      const byCli = join(folder, `cli-${regulation}.xlsx`);
      const byAddin = join(folder, `addin-${regulation}.xlsx`);
      await cli(
        "sample",
        input,
        "--ballots",
        "42",
        "--people",
        String(people),
        "--regulation",
        regulation
      );
      await cli("tally", input, "-o", byCli, "--lang", lang);

      const fake = new FakeExcel(await readFakeWorkbookFile(input));
      const host = createExcelHost({ run: fake.run, support: fake.support });
      const outcome = await host.tallyAndWrite({ lang });
      expect(outcome.written).toBe(true);
      await writeFakeWorkbookFile(fake.workbook, byAddin);

      const expected = snapshot(await readFakeWorkbookFile(byCli));
      const actual = snapshot(await readFakeWorkbookFile(byAddin));
      expect(actual.sheets.map((sheet) => sheet.name)).toEqual(
        expected.sheets.map((sheet) => sheet.name)
      );
      expect(actual.active).toBe(expected.active);
      for (const [index, sheet] of actual.sheets.entries()) {
        const other = expected.sheets[index]!;
        expect(sheet.cells, `cells of ${sheet.name}`).toEqual(other.cells);
        expect(sheet.merges, `merges of ${sheet.name}`).toEqual(other.merges);
        expect(sheet.widthsInPixels, `widths of ${sheet.name}`).toEqual(other.widthsInPixels);
        expect(sheet.heights, `heights of ${sheet.name}`).toEqual(other.heights);
        expect(sheet.validations, `validations of ${sheet.name}`).toEqual(other.validations);
        expect(sheet.page, `page of ${sheet.name}`).toEqual(other.page);
      }
      const breaks = await pageBreaks(byCli);
      expect(await pageBreaks(byAddin)).toEqual(breaks);
      // 15 people print on one page, 60 on several.
      expect(breaks.length > 0).toBe(people > 20);
    });
  }
);
