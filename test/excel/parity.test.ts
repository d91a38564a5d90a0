// The add-in and the command line, given the same input file, write the same workbook: the add-in
// runs over the fake Excel loaded from the file, the command line through ExcelJS, and both
// results are read back through the same bridge and compared cell for cell.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { createExcelHost } from "../../src/excel/addin-host";
import type { Lang } from "../../src/rules/types";
import { FakeExcel } from "../../src/fake-excel";
import { readFakeWorkbookFile, writeFakeWorkbookFile } from "../../src/fake-excel/node-files";
import { snapshot } from "../helpers/fake-snapshot";

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "parity-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<void> {
  const errors: string[] = [];
  const status = await runCli(argv, { out: () => undefined, err: (text) => errors.push(text) });
  expect(errors).toEqual([]);
  expect(status).toBe(0);
}

describe.each<{ lang: Lang; regulation: string }>([
  { lang: "vi", regulation: "qd96" },
  { lang: "en", regulation: "nq96-btn" },
])("add-in and command line on one file ($lang, $regulation)", ({ lang, regulation }) => {
  it("write identical workbooks", async () => {
    const input = join(folder, `input-${regulation}.xlsx`);
    const byCli = join(folder, `cli-${regulation}.xlsx`);
    const byAddin = join(folder, `addin-${regulation}.xlsx`);
    await cli("sample", input, "--ballots", "42", "--people", "15", "--regulation", regulation);
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
  });
});
