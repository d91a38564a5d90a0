// The pane's Print ballots and the command line's `ballots`, given the same input file, write the
// same workbook: the add-in over the fake Excel loaded from the file, the command line through
// ExcelJS; both read back through the same bridge and compared cell for cell, with the page
// breaks read from each file's XML (ExcelJS does not read them back).

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { createExcelHost } from "../../src/excel/addin-host";
import { FakeExcel } from "../../src/fake-excel";
import { readFakeWorkbookFile, writeFakeWorkbookFile } from "../../src/fake-excel/node-files";
import type { Lang } from "../../src/rules/types";
import { snapshot } from "../helpers/fake-snapshot";

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "ballots-parity-"));
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

/** The rows each sheet breaks after, as the file stores them. */
async function rowBreaks(file: string): Promise<Record<string, number[]>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const names = [
    ...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet [^>]*name="([^"]+)"/g),
  ].map((match) => match[1]!);
  const breaks: Record<string, number[]> = {};
  for (const [index, name] of names.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async("string");
    breaks[name] = [...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
  }
  return breaks;
}

describe.each<{ lang: Lang; regulation: string }>([
  { lang: "vi", regulation: "qd96" },
  { lang: "en", regulation: "nq96-btn" },
])("Print ballots and `ballots` on one file ($lang, $regulation)", ({ lang, regulation }) => {
  it("write identical workbooks, page breaks included", async () => {
    const input = join(folder, `input-${regulation}.xlsx`);
    const byCli = join(folder, `cli-${regulation}.xlsx`);
    const byAddin = join(folder, `addin-${regulation}.xlsx`);
    await cli("sample", input, "--people", "15", "--regulation", regulation);
    await cli("ballots", input, "-o", byCli, "--lang", lang);

    const fake = new FakeExcel(await readFakeWorkbookFile(input));
    const host = createExcelHost({ run: fake.run, support: fake.support });
    const outcome = await host.printBallots({ lang });
    expect(outcome.written).toBe(true);
    await writeFakeWorkbookFile(fake.workbook, byAddin);

    const expected = snapshot(await readFakeWorkbookFile(byCli));
    const actual = snapshot(await readFakeWorkbookFile(byAddin));
    expect(actual.sheets.map((sheet) => sheet.name)).toEqual(
      expected.sheets.map((sheet) => sheet.name)
    );
    expect(actual.sheets.map((sheet) => sheet.name)).toContain("Phiếu in");
    expect(actual.active).toBe(expected.active);
    for (const [index, sheet] of actual.sheets.entries()) {
      const other = expected.sheets[index]!;
      expect(sheet.cells, `cells of ${sheet.name}`).toEqual(other.cells);
      expect(sheet.merges, `merges of ${sheet.name}`).toEqual(other.merges);
      expect(sheet.widthsInPixels, `widths of ${sheet.name}`).toEqual(other.widthsInPixels);
      expect(sheet.heights, `heights of ${sheet.name}`).toEqual(other.heights);
      expect(sheet.page, `page of ${sheet.name}`).toEqual(other.page);
    }
    const breaks = await rowBreaks(byAddin);
    expect(breaks["Phiếu in"]!.length).toBeGreaterThan(0);
    expect(breaks).toEqual(await rowBreaks(byCli));
  });
});
