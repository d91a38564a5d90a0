// Node only: reading a file for the command line without ever blocking on it (a FIFO, a device,
// a folder are refused before a byte is read) and with every system error turned into a coded
// file problem. Kept apart from read.ts, which also runs in the browser.

import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import type { Stats } from "node:fs";
import { FileFailure } from "./file-problems";
import { loadXlsxBytes } from "./open-xlsx";
import { PackageDamage } from "./package/damage";
import { packageGrids } from "./package/package-grids";
import { readZip, type ZipArchive } from "./package/zip";
import type { WorkbookGrids } from "../workbook/grid";

/** The system's error code (ENOENT, EACCES…), if the error carries one. */
export function errnoOf(error: unknown): string | undefined {
  if (error instanceof FileFailure) return undefined;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** What a path that is not a regular file is, for F009. */
const NOT_REGULAR = {
  folder: { whatVi: "đây là một thư mục", whatEn: "it is a folder" },
  fifo: { whatVi: "đây là một đường ống FIFO", whatEn: "it is a FIFO pipe" },
  socket: { whatVi: "đây là một socket", whatEn: "it is a socket" },
  device: { whatVi: "đây là một thiết bị", whatEn: "it is a device" },
} as const;

export function notRegularFile(
  file: string,
  what: keyof typeof NOT_REGULAR | Stats,
  options?: ErrorOptions
): FileFailure {
  const kind =
    typeof what === "string"
      ? what
      : what.isDirectory()
        ? "folder"
        : what.isFIFO()
          ? "fifo"
          : what.isSocket()
            ? "socket"
            : "device";
  return new FileFailure("F009", { file, ...NOT_REGULAR[kind] }, options);
}

export function readFailure(file: string, error: unknown): unknown {
  const code = errnoOf(error);
  if (code === undefined) return error;
  const options = { cause: error };
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new FileFailure("F003", { file }, options);
    case "EACCES":
    case "EPERM":
      return new FileFailure("F005", { file }, options);
    case "EBUSY":
      return new FileFailure("F007", { file }, options);
    case "EISDIR":
      return notRegularFile(file, "folder", options);
    default:
      return new FileFailure("F015", { file, reason: code }, options);
  }
}

/** Opening without O_NONBLOCK would wait forever for a FIFO's writer; Windows has no such flag
 * and no such files. */
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;

/** The whole content of a regular file. */
export async function readRegularFile(file: string): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | NON_BLOCKING);
  } catch (error) {
    throw readFailure(file, error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegularFile(file, info);
    return await handle.readFile();
  } catch (error) {
    throw readFailure(file, error);
  } finally {
    await handle.close();
  }
}

/** An .xlsx package from a path: its parts, and its sheets as grids read straight from the parts
 * (no spreadsheet library); or a coded problem. */
export async function readXlsxPackage(
  file: string
): Promise<{ readonly archive: ZipArchive; readonly grids: WorkbookGrids }> {
  return loadXlsxBytes(file, await readRegularFile(file), async (bytes) => {
    const archive = readZip(file, bytes);
    try {
      return { archive, grids: packageGrids(archive) };
    } catch (error) {
      if (!(error instanceof PackageDamage)) throw error;
      throw new FileFailure(error.code, { file, ...error.params }, { cause: error });
    }
  });
}
