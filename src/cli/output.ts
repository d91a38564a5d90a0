// Where a tally writes, and whether it may: a run never replaces a file it did not write. An
// existing output is replaced only when it is this program's earlier output (its result sheet
// carries the marker, as parse recognises it) or with --force; the input itself only with
// --in-place, however the output names it (another path, a symbolic or a hard link).

import { lstat, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Stats } from "node:fs";
import { carriesBallotMark } from "../workbook/ballot-forms";
import { parseWorkbook } from "../workbook/parse";
import { FileFailure } from "../xlsx/file-problems";
import { errnoOf, notRegularFile, readFailure, readXlsxPackage } from "../xlsx/files";
import type { WriteOptions } from "../xlsx/safe-write";
import { writeFailure } from "../xlsx/safe-write";
import { packageExtension } from "../xlsx/package/extension";
import type { ZipArchive } from "../xlsx/package/zip";
import { UsageError, type Command } from "./args";

/** What decides where a run writes: the tally's words, and the ballots' (never in place). */
type Tally = Pick<Extract<Command, { kind: "tally" }>, "file" | "out" | "inPlace" | "force">;

/** `hoi-nghi.xlsx` → `hoi-nghi-ket-qua.xlsx` (or another suffix), beside the input. */
export function defaultOutput(file: string, suffix = "-ket-qua"): string {
  const extension = extname(file);
  return join(dirname(file), `${basename(file, extension)}${suffix}${extension || ".xlsx"}`);
}

/** An output named .xlsx or .xlsm must be the kind of workbook the input is (U013): a file with
 * macros named .xlsx, or one without named .xlsm, is a file Excel refuses to open. */
export function requireMatchingExtension(archive: ZipArchive, out: string): void {
  const named = extname(out).toLowerCase();
  const extension = packageExtension(archive);
  if ((named === ".xlsx" || named === ".xlsm") && named !== extension) {
    throw new UsageError("U013", { out, extension });
  }
}

/** The file a tally writes. A symbolic link is followed, so that the file itself is replaced
 * (not the link) and the lock and the temporary file sit beside it. */
export async function outputPath(command: Tally): Promise<string> {
  const out = command.inPlace ? command.file : (command.out ?? defaultOutput(command.file));
  const failure = command.inPlace ? readFailure : writeFailure;
  let link;
  try {
    link = await lstat(out);
  } catch (error) {
    if (command.inPlace || errnoOf(error) !== "ENOENT") throw failure(out, error);
    // A new file: its folder must exist.
    await folderOf(out);
    return out;
  }
  if (!link.isSymbolicLink()) return out;
  try {
    return await realpath(out);
  } catch (error) {
    throw failure(out, error);
  }
}

async function folderOf(file: string): Promise<void> {
  try {
    const folder = await stat(dirname(file));
    if (!folder.isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
  } catch (error) {
    throw writeFailure(file, error);
  }
}

/** How the tally may write `path`, or why it may not. */
export async function tallyWriteMode(command: Tally, path: string): Promise<WriteOptions["mode"]> {
  if (command.inPlace) return "replace";
  const existing = await statOrNull(path);
  if (existing === null) return "create";
  if (!existing.isFile()) throw notRegularFile(path, existing);
  const input = await statOrNull(command.file);
  if (input !== null && input.dev === existing.dev && input.ino === existing.ino) {
    throw new FileFailure("F011", { file: path, input: command.file });
  }
  if (command.force || (await writtenByUs(path))) return "replace";
  throw new FileFailure("F010", { file: path });
}

export async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if (errnoOf(error) === "ENOENT") return null;
    throw readFailure(path, error);
  }
}

/** An earlier output of this program: an .xlsx whose result sheet parse finds with the marker,
 * or whose ballots carry theirs. Anything that cannot be read is not known to be ours. */
async function writtenByUs(path: string): Promise<boolean> {
  try {
    const { grids } = await readXlsxPackage(path);
    return parseWorkbook(grids).resultSheet.ours || carriesBallotMark(grids);
  } catch {
    return false;
  }
}
