// The pane's Consolidate meetings and the command line's `consolidate`, given the same three
// example files, write the same four sheets: the command line reads with the package reader into
// a new workbook, the pane reads the bytes with ExcelJS (as in the browser) and writes into the
// open workbook over the fake Excel. Both read back through the same bridge, compared cell for
// cell; the fingerprints on `Tổng hợp` agree only if the two readers give equal grids (checked first).

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { createExcelHost } from "../../src/excel/addin-host";
import { FakeExcel } from "../../src/fake-excel";
import { readFakeWorkbookFile, writeFakeWorkbookFile } from "../../src/fake-excel/node-files";
import type { Lang } from "../../src/rules/types";
import { CONSOLIDATION_SHEETS } from "../../src/workbook/consolidate/marker";
import { summarizeXlsxBytes } from "../../src/xlsx/consolidation-bytes";
import { snapshot } from "../helpers/fake-snapshot";
import { readWithBoth } from "../helpers/package-read";

const EXAMPLES = [
  "examples/hdnd-huyen-van-phong.xlsx",
  "examples/hoi-nghi-mau.xlsx",
  "examples/ubnd-huyen-van-phong.xlsx",
];
const OWN_SHEETS = Object.values(CONSOLIDATION_SHEETS);

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "consolidate-parity-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function bytesOf(buffer: Buffer): ArrayBuffer {
  return new Uint8Array(buffer).buffer;
}

it("the package reader and ExcelJS give each example the same grids (formats aside)", async () => {
  for (const file of EXAMPLES) await readWithBoth(await readFile(file));
});

describe.each<Lang>(["vi", "en"])("Consolidate meetings and `consolidate` (%s)", (lang) => {
  it("write the same four sheets, and a second run replaces them", async () => {
    const byCli = join(folder, `cli-${lang}.xlsx`);
    const byAddin = join(folder, `addin-${lang}.xlsx`);
    const errors: string[] = [];
    const argv = ["consolidate", ...EXAMPLES, "-o", byCli, "--lang", lang];
    const status = await runCli(argv, { out: () => undefined, err: (text) => errors.push(text) });
    expect(errors).toEqual([]);
    expect(status).toBe(0);

    const open = await readFakeWorkbookFile("examples/hoi-nghi-mau.xlsx");
    const sheetsBefore = open.sheets.map((sheet) => sheet.name);
    const fake = new FakeExcel(open);
    const host = createExcelHost({ run: fake.run, support: fake.support });
    const inputs = await Promise.all(
      EXAMPLES.map(async (file) => summarizeXlsxBytes(file, bytesOf(await readFile(file))))
    );
    for (let run = 0; run < 2; run++) {
      const outcome = await host.writeConsolidation(inputs, { lang });
      expect(outcome.written).toBe(true);
      expect(outcome.meetings).toBe(3);
      expect(outcome.sheets).toEqual(OWN_SHEETS);
    }
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual([
      ...sheetsBefore,
      ...OWN_SHEETS,
    ]);
    await writeFakeWorkbookFile(fake.workbook, byAddin);

    const expected = snapshot(await readFakeWorkbookFile(byCli));
    const actual = snapshot(await readFakeWorkbookFile(byAddin));
    expect(expected.sheets.map((sheet) => sheet.name)).toEqual(OWN_SHEETS);
    for (const other of expected.sheets) {
      const sheet = actual.sheets.find((written) => written.name === other.name)!;
      expect(sheet.cells, `cells of ${sheet.name}`).toEqual(other.cells);
      expect(sheet.merges, `merges of ${sheet.name}`).toEqual(other.merges);
      expect(sheet.widthsInPixels, `widths of ${sheet.name}`).toEqual(other.widthsInPixels);
      expect(sheet.heights, `heights of ${sheet.name}`).toEqual(other.heights);
      expect(sheet.page, `page of ${sheet.name}`).toEqual(other.page);
    }
  });
});
