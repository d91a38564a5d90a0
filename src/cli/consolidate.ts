// `consolidate FILE|FOLDER…`: each input tallied by the same pipeline as `tally`, from its own
// sheets, and only its summary kept (memory stays flat in the number of files); an input that
// cannot be read or is blocked is listed with its problems and the rest are consolidated. The
// inputs are never written; the consolidation is a new workbook, replaced only when this program
// wrote it (F010), as `tally` does.

import { realpath, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { consolidate } from "../workbook/consolidate/consolidate";
import { consolidationPlan } from "../workbook/consolidate/layout";
import { isConsolidation } from "../workbook/consolidate/marker";
import { consolidationReport } from "../workbook/consolidate/report";
import type { InputSummary } from "../workbook/consolidate/summary";
import type { WorkbookGrids } from "../workbook/grid";
import { PRODUCT_VERSION } from "../workbook/version";
import { summarizeFile } from "../xlsx/consolidation-input";
import { FileFailure } from "../xlsx/file-problems";
import { readFailure, readXlsxPackage, notRegularFile } from "../xlsx/files";
import { withWriteLock, writeFileSafely, type WriteOptions } from "../xlsx/safe-write";
import { UsageError, type Command } from "./args";
import { EXIT, type CliFiles, type CliOutput } from "./cli";
import { consolidationText } from "./consolidate-text";
import { newWorkbookBytes } from "./new-workbook";
import { statOrNull } from "./output";

type Consolidate = Extract<Command, { kind: "consolidate" }>;

export const DEFAULT_CONSOLIDATION = "tong-hop.xlsx";

/** Files read at once: reading overlaps the next file's disk wait with this one's parsing, and
 * a handful of workbooks in memory at a time keeps the peak flat. */
const READ_AHEAD = 4;

/** An input's grids, read straight from its package. */
export async function readInputGrids(file: string): Promise<WorkbookGrids> {
  return (await readXlsxPackage(file)).grids;
}

/** Each folder's .xlsx files in name order (Excel's own lock files "~$…" and the output itself
 * left out: it is being replaced, not read), and the files named; every path once. */
async function inputFiles(paths: readonly string[], out: string): Promise<string[]> {
  const output = await realpath(out).catch(() => null);
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isDirectory()) {
      files.push(path);
      continue;
    }
    let names: string[];
    try {
      names = await readdir(path);
    } catch (error) {
      throw readFailure(path, error);
    }
    const listed = names
      .filter((name) => /\.xlsx$/i.test(name) && !name.startsWith("~$"))
      .sort()
      .map((name) => join(path, name));
    const found: string[] = [];
    for (const file of listed) {
      if ((await realpath(file).catch(() => null)) !== output) found.push(file);
    }
    if (found.length === 0) throw new UsageError("U016", { folder: path });
    files.push(...found);
  }
  return [...new Set(files)];
}

function readInput(file: string): Promise<InputSummary> {
  return summarizeFile(file, () => readInputGrids(file));
}

/** `work` over `items`, at most `limit` at a time, results in the items' order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** How the consolidation may write `out`: a new file, or one this program wrote before (or
 * with --force); never one of the inputs. */
async function writeMode(
  command: Consolidate,
  out: string,
  inputs: readonly string[]
): Promise<WriteOptions["mode"]> {
  const existing = await statOrNull(out);
  if (existing === null) return "create";
  if (!existing.isFile()) throw notRegularFile(out, existing);
  const target = await realpath(out);
  for (const input of inputs) {
    if ((await realpath(input).catch(() => null)) === target) {
      throw new FileFailure("F011", { file: out, input });
    }
  }
  if (command.force) return "replace";
  const ours = await readInputGrids(out).then(isConsolidation, () => false);
  if (ours) return "replace";
  throw new FileFailure("F010", { file: out });
}

export async function consolidateFiles(
  command: Consolidate,
  io: CliOutput,
  files: CliFiles
): Promise<number> {
  const out = command.out ?? DEFAULT_CONSOLIDATION;
  const inputs = await inputFiles(command.inputs, out);
  return withWriteLock(out, async () => {
    const mode = await writeMode(command, out, inputs);
    const consolidation = consolidate(await mapLimited(inputs, READ_AHEAD, readInput));
    io.out(
      command.json
        ? JSON.stringify(consolidationReport(consolidation, command.lang), null, 2)
        : consolidationText(consolidation, command.lang)
    );
    if (consolidation.blocked) {
      if (!command.json)
        io.err("Còn lỗi chặn: không ghi gì. / A blocking error stands: nothing written.");
      return EXIT.blocked;
    }
    const plan = consolidationPlan(consolidation, command.lang, PRODUCT_VERSION);
    await writeFileSafely(out, await newWorkbookBytes(plan), {
      mode,
      existsCode: "F010",
      writeAll: files.writeAll,
    });
    if (!command.json) io.out(`\nĐã ghi / Written: ${out}`);
    return EXIT.done;
  });
}
