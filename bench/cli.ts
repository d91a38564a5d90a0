// The command line end to end on a generated workbook of 1,000 ballots × 100 people: the whole
// `tally` as a user runs it (start, read, check, write the .xlsx), median wall time and peak
// memory of the child process. Prints one line, e.g. "cli 1000x100: 1.8 s median, 210 MB peak".
// Run alone with `npx tsx bench/cli.ts`.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const RUNS = 5;
const root = fileURLToPath(new URL("..", import.meta.url));

function runCli(args: readonly string[]): { seconds: number; peakMb: number } {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", "--import", "./bench/peak-memory.ts", "src/cli/main.ts", ...args],
    { cwd: root, encoding: "utf8" }
  );
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`cli ${args.join(" ")} failed: ${child.stderr}`);
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr);
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function benchCli(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  try {
    const input = join(dir, "large.xlsx");
    runCli(["sample", input, "--ballots", "1000", "--people", "100"]);
    const runs = Array.from({ length: RUNS }, () =>
      runCli(["tally", input, "-o", join(dir, "out.xlsx"), "--json"])
    );
    const seconds = median(runs.map((run) => run.seconds));
    const peak = Math.max(...runs.map((run) => run.peakMb));
    console.log(`cli 1000x100: ${seconds.toFixed(2)} s median, ${Math.round(peak)} MB peak`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchCli();
