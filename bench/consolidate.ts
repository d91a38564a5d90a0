// `consolidate` end to end on 300 generated workbooks of 50 people × 60 ballots, each its own place
// with its own Mã: the whole command as a user runs it (start, read every file, check, tally,
// consolidate, write), wall time and peak memory of the child process. Prints one line, e.g.
// "consolidate 300x50: 21.4 s, 250 MB peak" (target < 30 s). Run alone with
// `npx tsx bench/consolidate.ts`.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { sampleWorkbook } from "../src/workbook/sample";
import { standardWorkbookPlan } from "../src/workbook/template";
import { applyPlan, workbookBytes } from "../src/xlsx/write";

const FILES = 300;
const PEOPLE = 50;
const BALLOTS = 60;
const root = fileURLToPath(new URL("..", import.meta.url));

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
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--import",
        "./bench/peak-memory.ts",
        "src/cli/main.ts",
        "consolidate",
        folder,
        "-o",
        join(dir, "tong-hop.xlsx"),
        "--json",
      ],
      { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }
    );
    const seconds = (performance.now() - started) / 1000;
    if (child.status !== 0) throw new Error(`consolidate failed: ${child.stderr}`);
    const peak = /peak-rss-kb (\d+)/.exec(child.stderr);
    const peakMb = peak ? Number(peak[1]) / 1024 : Number.NaN;
    console.log(
      `consolidate ${FILES}x${PEOPLE}: ${seconds.toFixed(1)} s, ${Math.round(peakMb)} MB peak`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchConsolidate();
