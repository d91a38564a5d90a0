// Consolidate meetings in the host: nothing is written while an error stands, and each file that
// was not counted comes back with its own problems.

import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { createExcelHost } from "../../src/excel/addin-host";
import { FakeExcel } from "../../src/fake-excel";
import { readFakeWorkbookFile } from "../../src/fake-excel/node-files";
import { summarizeXlsxBytes } from "../../src/xlsx/consolidation-bytes";

it("writes nothing when no file can be counted, and lists each file's problem", async () => {
  const open = await readFakeWorkbookFile("examples/hoi-nghi-mau.xlsx");
  const before = open.sheets.map((sheet) => sheet.name);
  const fake = new FakeExcel(open);
  const host = createExcelHost({ run: fake.run, support: fake.support });
  const text = new TextEncoder().encode("Họ và tên,Đồng ý\n").buffer;
  const sample = await readFile("examples/hoi-nghi-mau.xlsx");
  const inputs = [
    await summarizeXlsxBytes("ghi-chu.csv", text),
    await summarizeXlsxBytes("hong.xlsx", new Uint8Array(sample.subarray(0, 200)).buffer),
  ];

  const outcome = await host.writeConsolidation(inputs, { lang: "en" });

  expect(outcome.written).toBe(false);
  expect(outcome.sheets).toEqual([]);
  expect(outcome.problems.map((problem) => problem.code)).toContain("E061");
  expect(
    outcome.files.map(({ file, counted, problems }) => [file, counted, problems[0]?.code])
  ).toEqual([
    ["ghi-chu.csv", false, "F001"],
    ["hong.xlsx", false, "F001"],
  ]);
  expect(outcome.files[0]!.problems[0]!.action).not.toBeNull();
  expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(before);
});
