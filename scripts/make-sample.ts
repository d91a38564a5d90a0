// Writes examples/hoi-nghi-mau.xlsx: the bundled sample workbook (42 ballots, 15 people, seed 1),
// the same plan `samplePlan` gives the command line and the tests, applied with ExcelJS; and the
// two meetings `sampleMeetings` adds for a consolidation (`consolidate examples/`). The files
// are committed; run this again after changing the template or the sample:
//   npx tsx scripts/make-sample.ts

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { sampleMeetings } from "../src/workbook/consolidate/sample-meetings";
import type { WritePlan } from "../src/workbook/plan";
import { samplePlan, SAMPLE_DEFAULTS } from "../src/workbook/sample";
import { standardWorkbookPlan } from "../src/workbook/template";
import { applyPlan, workbookBytes } from "../src/xlsx/write";

const examples = join(import.meta.dirname, "..", "examples");
const out = join(examples, "hoi-nghi-mau.xlsx");

/** A fixed creation date keeps the document properties the same from one run to the next. */
const CREATED = new Date(Date.UTC(2023, 10, 15));

async function write(file: string, plan: WritePlan): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "phieu-tin-nhiem";
  workbook.created = CREATED;
  workbook.modified = CREATED;
  applyPlan(workbook, plan);
  await writeFile(file, await workbookBytes(workbook));
  console.log(file);
}

async function main(): Promise<void> {
  await mkdir(examples, { recursive: true });
  await write(out, samplePlan({ ...SAMPLE_DEFAULTS }));
  for (const { file, workbook } of sampleMeetings()) {
    await write(join(examples, file), standardWorkbookPlan(workbook));
  }
}

await main();
