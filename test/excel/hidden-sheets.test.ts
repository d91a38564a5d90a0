// A problem that names a hidden sheet says so in the task pane as on the command line: the pane
// reads each sheet's visibility from Excel (here the fake host, fed the same file the command
// line's package reader reads), and gives the same words for the same workbook.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../src/excel/addin-host";
import { readWorkbook } from "../../src/excel/read";
import { FakeExcel } from "../../src/fake-excel";
import { loadFakeWorkbook } from "../../src/fake-excel/xlsx-bridge";
import type { Lang } from "../../src/rules/types";
import type { Grid } from "../../src/workbook/grid";
import { checkWorkbook, describeProblem } from "../../src/workbook/run";
import { packageGridsOf } from "../helpers/package-read";
import { standardWorkbook } from "../workbook-parse/standard";

/** E003: a very hidden `Roster` copied from `Danh sách`, and `Kiểm phiếu` hidden. */
function twoRosters(): ExcelJS.Workbook {
  const workbook = standardWorkbook();
  const copy = workbook.addWorksheet("Roster");
  workbook.getWorksheet("Danh sách")!.eachRow((row, r) => (copy.getRow(r).values = row.values));
  copy.state = "veryHidden";
  workbook.getWorksheet("Kiểm phiếu")!.state = "hidden";
  return workbook;
}

/** W004: the roster under a name of the user's, found by its headers, with the given state. */
function renamedRoster(state: ExcelJS.WorksheetState): () => ExcelJS.Workbook {
  return () => {
    const workbook = standardWorkbook();
    const roster = workbook.getWorksheet("Danh sách")!;
    roster.name = "Cán bộ";
    roster.state = state;
    return workbook;
  };
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function fakeOf(bytes: Uint8Array): Promise<FakeExcel> {
  return new FakeExcel(await loadFakeWorkbook(bytes));
}

/** The command line's words for a problem: the package reader's grids, checked. */
function cliMessage(bytes: Uint8Array, code: string, lang: Lang): string | undefined {
  const problem = checkWorkbook(packageGridsOf(bytes)).problems.find((p) => p.code === code);
  return problem && describeProblem(problem, lang);
}

/** Every sheet read (all of them here: each workbook needs them all), with its visibility. */
function visibilities(grids: readonly Grid[]): [string, Grid["visibility"]][] {
  return grids.map((grid) => [grid.sheet, grid.visibility]);
}

describe.each([
  { name: "a very hidden duplicate", code: "E003", make: twoRosters, note: "very hidden" },
  {
    name: "a hidden sheet read by its headers",
    code: "W004",
    make: renamedRoster("hidden"),
    note: "is hidden",
  },
  {
    name: "a very hidden sheet read by its headers",
    code: "W004",
    make: renamedRoster("veryHidden"),
    note: "very hidden",
  },
])("$name ($code)", ({ code, make, note }) => {
  it("is read with the same visibility by the pane as by the command line", async () => {
    const bytes = await bytesOf(make());
    const fake = await fakeOf(bytes);
    const read = await fake.run((context) =>
      readWorkbook(context, fake.support, { merges: false })
    );
    const fromPackage = packageGridsOf(bytes).sheets;
    expect(fromPackage.some((grid) => grid.visibility !== undefined)).toBe(true);
    expect(visibilities(read.grids.sheets)).toEqual(visibilities(fromPackage));
  });

  it.each<Lang>(["vi", "en"])(
    "is reported by the pane with the hidden note, as the command line says it (%s)",
    async (lang) => {
      const bytes = await bytesOf(make());
      const expected = cliMessage(bytes, code, lang);
      expect(expected).toBeDefined();
      const fake = await fakeOf(bytes);
      const report = await createExcelHost({ run: fake.run, support: fake.support }).check({
        lang,
      });
      const shown = report.problems.find((problem) => problem.code === code);
      expect(shown?.message).toBe(expected);
      if (lang === "en") expect(shown?.message).toContain(note);
    }
  );
});
