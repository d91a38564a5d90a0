// `ballots FILE` end to end on real .xlsx files: the sample's ballots are added to a copy, with the
// page breaks in the file; the user's sheets are kept; an existing file it did not write is never
// replaced; a workbook that cannot give ballots writes nothing.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";

const dir = mkdtempSync(join(tmpdir(), "ballots-"));
const sample = join(import.meta.dirname, "..", "..", "examples", "hoi-nghi-mau.xlsx");

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("ballots", () => {
  it("adds the ballots and the count sheet to a copy, keeping every sheet of the user's", async () => {
    const out = join(dir, "phieu.xlsx");
    const run = await cli("ballots", sample, "-o", out, "--copies", "6");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const input = await load(sample);
    const output = await load(out);
    const names = output.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      ...input.worksheets.map((sheet) => sheet.name),
      "Phiếu kiểm",
      "Phiếu in",
    ]);
    expect(output.getWorksheet("Phiếu in")!.pageSetup.printArea).toMatch(/^A1:F\d+$/);
    // Six ballots, two to a page: breaks after the second and the fourth (ExcelJS does not read
    // them back, so the sheet's XML is read).
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file(`xl/worksheets/sheet${names.length}.xml`)!.async("string");
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
    expect(breaks).toHaveLength(2);
    expect(breaks[1]! - breaks[0]!).toBe(breaks[0]);
  });

  it("replaces its own earlier output, and no other file without --force (F010)", async () => {
    const out = join(dir, "again.xlsx");
    expect((await cli("ballots", sample, "-o", out, "--copies", "2")).status).toBe(0);
    expect((await cli("ballots", sample, "-o", out, "--copies", "4")).status).toBe(0);
    const foreign = join(dir, "foreign.xlsx");
    writeFileSync(foreign, "not ours");
    const refused = await cli("ballots", sample, "-o", foreign);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^F010 /);
  });

  it("writes nothing while an error stands", async () => {
    const template = join(dir, "mau.xlsx");
    expect((await cli("template", template, "--people", "3")).status).toBe(0);
    const out = join(dir, "mau-phieu.xlsx");
    const run = await cli("ballots", template, "-o", out);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("E022");
    expect(existsSync(out)).toBe(false);
  });

  it("takes a number of copies from 1 to 1000 (U009)", async () => {
    const run = await cli("ballots", sample, "--copies", "0");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^U009 /);
  });
});
