// `consolidate` end to end on 300 generated workbooks of 50 people × 60 ballots, each its own place
// with its own Mã: the built command as a user runs it (start, read every file, check, tally,
// consolidate, write), wall time and peak memory of the child process. Prints one line, e.g.
// "consolidate 300x50: 21.4 s, 250 MB peak" (target < 30 s). Run alone with
// `npx tsx bench/consolidate.ts`.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { sampleWorkbook } from "../src/workbook/sample";
import { standardWorkbookPlan } from "../src/workbook/template";
import { applyPlan, workbookBytes } from "../src/xlsx/write";
import { timedNode } from "./child";
import { cliEntry } from "./cli";

const FILES = 300;
const PEOPLE = 50;
const BALLOTS = 60;

async function writeMeetings(folder: string): Promise<void> {
  mkdirSync(folder);
  for (let index = 1; index <= FILES; index++) {
    const sample = sampleWorkbook({ people: PEOPLE, ballots: BALLOTS, seed: index });
    const workbook = new ExcelJS.Workbook();
    applyPlan(
      workbook,
      standardWorkbookPlan({
        ...sample,
        meeting: { ...sample.meeting, place: `Chi bộ số ${index}` },
        roster: sample.roster.map((row) => ({ ...row, id: `${index}-${row.order}` })),
      })
    );
    writeFileSync(join(folder, `hoi-nghi-${index}.xlsx`), await workbookBytes(workbook));
  }
}

export async function benchConsolidate(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-consolidate-"));
  try {
    const folder = join(dir, "meetings");
    await writeMeetings(folder);
    const run = timedNode(cliEntry(), [
      "consolidate",
      folder,
      "-o",
      join(dir, "tong-hop.xlsx"),
      "--json",
    ]);
    console.log(
      `consolidate ${FILES}x${PEOPLE}: ${run.seconds.toFixed(1)} s, ${Math.round(run.peakMb)} MB peak (target < 30 s)`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchConsolidate();
