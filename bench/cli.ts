// The command line end to end, as a user runs it: the built file (dist-cli/, `npm ci` makes it)
// started by plain node as a child process, `tally` of the bundled sample (42 × 15), then of
// generated workbooks of 1,000 ballots × 100 people and 5,000 × 300. Median wall time and the
// highest peak memory of several runs, beside issue 9's targets. Run alone with
// `npx tsx bench/cli.ts`.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildCli, CLI_DIR, CLI_FILE } from "../scripts/build-cli";
import { median, timedNode } from "./child";
import { sizeName, writeBenchFile, type Size } from "./workbooks";

const root = join(import.meta.dirname, "..");
export const SAMPLE_FILE = join(root, "examples", "hoi-nghi-mau.xlsx");

interface CliCase {
  readonly size: Size;
  readonly runs: number;
  readonly target: { readonly seconds: number; readonly mb?: number };
}

const CASES: readonly CliCase[] = [
  { size: { ballots: 42, people: 15 }, runs: 5, target: { seconds: 0.5 } },
  { size: { ballots: 1000, people: 100 }, runs: 5, target: { seconds: 1, mb: 200 } },
  { size: { ballots: 5000, people: 300 }, runs: 3, target: { seconds: 6, mb: 600 } },
];

/** The bench's input for a size, made once per folder; the sample is the bundled file. */
export async function benchInput(dir: string, size: Size): Promise<string> {
  if (size.ballots === 42 && size.people === 15) return SAMPLE_FILE;
  const file = join(dir, `${sizeName(size)}.xlsx`);
  if (!existsSync(file)) await writeBenchFile(file, size);
  return file;
}

/** The built command line; `npm ci` builds it, the bench too if it is missing. */
export function cliEntry(): string {
  return join(root, CLI_DIR, CLI_FILE);
}

/** Median seconds of the command line's tally per size name. */
export async function benchCli(dir: string): Promise<Map<string, number>> {
  const entry = cliEntry();
  if (!existsSync(entry)) await buildCli();
  const medians = new Map<string, number>();
  for (const { size, runs, target } of CASES) {
    const input = await benchInput(dir, size);
    const output = join(dir, `${sizeName(size)}-out.xlsx`);
    const results = Array.from({ length: runs }, () =>
      timedNode(entry, ["tally", input, "-o", output, "--force", "--json"])
    );
    const seconds = median(results.map((run) => run.seconds));
    const peak = Math.max(...results.map((run) => run.peakMb));
    medians.set(sizeName(size), seconds);
    const wanted = `target < ${target.seconds} s${target.mb ? `, < ${target.mb} MB` : ""}`;
    console.log(
      `cli ${sizeName(size)}: ${seconds.toFixed(2)} s median of ${runs}, ` +
        `${Math.round(peak)} MB peak (${wanted})`
    );
  }
  return medians;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  try {
    await benchCli(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
