// `consolidate` end to end on real .xlsx files: the bundled sample's meeting and the two sample
// meetings, beside an unreadable file and a blocked one, consolidated from a folder; the JSON
// report and the workbook are compared with golden files (UPDATE_GOLDEN=1 rewrites them after a
// deliberate change; review the diff).

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { sampleMeetings } from "../../src/workbook/consolidate/sample-meetings";
import { CONSOLIDATION_SHEETS } from "../../src/workbook/consolidate/marker";
import type { WritePlan } from "../../src/workbook/plan";
import { sampleWorkbook } from "../../src/workbook/sample";
import { standardWorkbookPlan } from "../../src/workbook/template";
import { applyPlan, workbookBytes } from "../../src/xlsx/write";
import { dumpWorkbook } from "../helpers/workbook-dump";

const dir = mkdtempSync(join(tmpdir(), "consolidate-"));
const goldenDir = join(__dirname, "..", "golden");
const examples = join(__dirname, "..", "..", "examples");

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function writePlan(file: string, plan: WritePlan): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, plan);
  writeFileSync(file, await workbookBytes(workbook));
}

/** A folder of meetings: the sample, the two sample meetings, and whatever `more` adds. */
async function meetingsFolder(name: string, threePlaces: boolean): Promise<string> {
  const folder = join(dir, name);
  mkdirSync(folder);
  expect((await cli("sample", join(folder, "hoi-nghi-mau.xlsx"))).status).toBe(0);
  for (const { file, workbook } of sampleMeetings({ threePlaces })) {
    await writePlan(join(folder, file), standardWorkbookPlan(workbook));
  }
  return folder;
}

function expectGolden(name: string, actual: unknown) {
  const file = join(goldenDir, name);
  const text = `${JSON.stringify(actual, null, 1)}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
  expect(existsSync(file), `golden file ${name} is missing (UPDATE_GOLDEN=1 makes it)`).toBe(true);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
}

async function dumpFile(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return dumpWorkbook(workbook);
}

describe("consolidating a folder with an unreadable and a blocked file", () => {
  let folder = "";
  const output = join(dir, "tong-hop.xlsx");
  let report: { status: number; stdout: string; stderr: string };
  const before = new Map<string, Buffer>();

  beforeAll(async () => {
    folder = await meetingsFolder("meetings", false);
    writeFileSync(join(folder, "bien-ban-hong.xlsx"), "not a workbook");
    const sample = sampleWorkbook({ seed: 9 });
    const blocked = { ...sample, meeting: { ...sample.meeting, collected: undefined } };
    await writePlan(join(folder, "thieu-so-phieu.xlsx"), standardWorkbookPlan(blocked));
    for (const name of await readdir(folder)) before.set(name, readFileSync(join(folder, name)));
    report = await cli("consolidate", folder, "-o", output, "--json");
  }, 60_000);

  it("exits 0 and prints only the JSON report, as the golden one", () => {
    expect(report.stderr).toBe("");
    expect(report.status).toBe(0);
    const json = JSON.parse(report.stdout.replaceAll(`${folder}/`, "<folder>/"));
    expect(json.inputs.map((input: { status: string }) => input.status)).toEqual([
      "unreadable",
      "counted",
      "counted",
      "blocked",
      "counted",
    ]);
    expect(json.problems.map((problem: { code: string }) => problem.code)).toEqual([
      "W066",
      "W067",
      "W065",
      "W069",
    ]);
    expectGolden("consolidate.report.json", json);
  });

  it("writes the four sheets the golden file holds, and leaves every input as it was", async () => {
    const dump = await dumpFile(output);
    expect(dump.map((sheet) => sheet.name)).toEqual(Object.values(CONSOLIDATION_SHEETS));
    const text = JSON.stringify(dump).replaceAll(`${folder}/`, "<folder>/");
    expectGolden("consolidate.written.json", JSON.parse(text));
    for (const [name, bytes] of before) {
      expect(readFileSync(join(folder, name)).equals(bytes), name).toBe(true);
    }
  });

  it("replaces its own earlier output, never an input, and skips a consolidation (W068)", async () => {
    const named = await cli("consolidate", folder, output, "-o", output);
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(/^F011 /);
    // Written into the folder it reads, twice: its own output is replaced, not read.
    const inside = join(folder, "tong-hop.xlsx");
    expect((await cli("consolidate", folder, "-o", inside)).status).toBe(0);
    const rerun = await cli("consolidate", folder, "-o", inside, "--json");
    expect(rerun.status).toBe(0);
    const codes = (run: typeof rerun) =>
      JSON.parse(run.stdout).problems.map((p: { code: string }) => p.code);
    expect(codes(rerun)).not.toContain("W068");
    const elsewhere = await cli("consolidate", folder, "-o", join(dir, "elsewhere.xlsx"), "--json");
    expect(elsewhere.status).toBe(0);
    expect(codes(elsewhere)).toContain("W068");
  }, 60_000);
});

describe("consolidate exits", () => {
  it("1 and writes nothing when a person is voted on at three places (E204)", async () => {
    const folder = await meetingsFolder("three-places", true);
    const output = join(dir, "three-places.xlsx");
    const result = await cli("consolidate", folder, "-o", output);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("E204 Trần Thị Trang");
    expect(result.stderr).toContain("không ghi gì");
    expect(existsSync(output)).toBe(false);
  }, 60_000);

  it("2 for a folder without .xlsx (U016) and for an output it did not write (F010)", async () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const none = await cli("consolidate", empty);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^U016 /);
    const foreign = join(dir, "foreign.xlsx");
    writeFileSync(foreign, "somebody's file");
    const refused = await cli("consolidate", join(examples, "hoi-nghi-mau.xlsx"), "-o", foreign);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^F010 /);
    expect(readFileSync(foreign, "utf8")).toBe("somebody's file");
  });

  it("0 on the bundled examples, with the four sheets", async () => {
    const output = join(dir, "examples.xlsx");
    const result = await cli("consolidate", examples, "-o", output);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const dump = await dumpFile(output);
    expect(dump.map((sheet) => sheet.name)).toEqual(Object.values(CONSOLIDATION_SHEETS));
  }, 60_000);

  it("0 on a folder holding a meeting and the output its tally wrote beside it: counted once", async () => {
    const folder = join(dir, "tallied");
    mkdirSync(folder);
    copyFileSync(join(examples, "hoi-nghi-mau.xlsx"), join(folder, "hoi-nghi-mau.xlsx"));
    expect((await cli("tally", join(folder, "hoi-nghi-mau.xlsx"))).status).toBe(0);
    const result = await cli("consolidate", folder, "-o", join(dir, "tallied.xlsx"), "--json");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      inputs: { file: string; status: string }[];
      problems: { code: string }[];
    };
    expect(report.inputs.map((input) => input.status)).toEqual(["counted", "duplicate"]);
    expect(report.problems.map((problem) => problem.code)).toContain("W062");
  }, 60_000);
});
