// A benchmarked child process: wall time as its parent sees it, and peak resident memory as the
// child reports it (peak-memory.mjs), so that start-up counts as a user feels it.

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const PEAK_MEMORY = join(import.meta.dirname, "peak-memory.mjs");

export interface ChildRun {
  readonly seconds: number;
  readonly peakMb: number;
  readonly stdout: string;
}

/** Runs `command args`, throws with its standard error when it fails. */
export function timed(command: string, args: readonly string[]): ChildRun {
  const started = performance.now();
  const child = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${child.status}): ${child.stderr}`);
  }
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr);
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN, stdout: child.stdout };
}

/** A node script run with its peak memory reported. */
export function timedNode(script: string, args: readonly string[]): ChildRun {
  return timed(process.execPath, ["--import", PEAK_MEMORY, script, ...args]);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
