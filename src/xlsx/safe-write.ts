// Node only: how the command line puts a file in place. The bytes go to a temporary file in the
// target's folder, are flushed to the disk, and only then take the target's name (rename, or a
// hard link when the target must not exist yet), so a full disk, a crash or Ctrl-C leaves the
// old file whole. A lock file beside the target keeps two runs from writing it at once.

import { existsSync, rmSync } from "node:fs";
import { chmod, link, open, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { FileFailure, type FileProblemCode } from "./file-problems";
import { errnoOf, notRegularFile } from "./files";

export type WriteAll = (handle: FileHandle, bytes: Uint8Array) => Promise<void>;

export interface WriteOptions {
  /** "replace": the target may exist and is replaced whole; "create": it must not exist. */
  readonly mode: "replace" | "create";
  /** The problem when a "create" target turns out to exist. */
  readonly existsCode: Extract<FileProblemCode, "F010" | "F013">;
  /** How the bytes reach the temporary file; a test passes one that fails like a full disk. */
  readonly writeAll?: WriteAll;
}

const writeWhole: WriteAll = (handle, bytes) => handle.writeFile(bytes);

/** Files this process is writing (temporary and lock files), and the targets they are for: an
 * interrupted run removes them on its way out (see removeUnfinishedWrites). */
const unfinished = new Map<string, string>();

/** The targets of the writes under way, after removing their temporary and lock files. Sync, for
 * a signal handler. */
export function removeUnfinishedWrites(): string[] {
  const targets = new Set(unfinished.values());
  for (const file of unfinished.keys()) rmSync(file, { force: true });
  unfinished.clear();
  return [...targets];
}

/** The file problem a system error means; anything else (a bug) is returned as it is. */
export function writeFailure(file: string, error: unknown): unknown {
  const code = errnoOf(error);
  if (code === undefined) return error;
  const options = { cause: error };
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new FileFailure("F004", { file, folder: dirname(file) }, options);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new FileFailure("F006", { file }, options);
    case "EBUSY":
    case "ETXTBSY":
      return new FileFailure("F007", { file }, options);
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return new FileFailure("F008", { file }, options);
    case "EISDIR":
      return notRegularFile(file, "folder", options);
    default:
      return new FileFailure("F014", { file, reason: code }, options);
  }
}

/** Runs `work` holding `<target>.lock`, created exclusively: a second run on the same target is
 * refused (F012) instead of interleaving its write with the first. */
export async function withWriteLock<T>(target: string, work: () => Promise<T>): Promise<T> {
  const lock = `${target}.lock`;
  let handle: FileHandle;
  try {
    handle = await open(lock, "wx");
  } catch (error) {
    if (errnoOf(error) === "EEXIST") throw new FileFailure("F012", { file: target, lock });
    throw writeFailure(target, error);
  }
  unfinished.set(lock, target);
  try {
    // Who holds it, for a user deciding whether the lock is stale.
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return await work();
  } finally {
    await rm(lock, { force: true });
    unfinished.delete(lock);
  }
}

/** The owner files Excel (`~$name`) and LibreOffice (`.~lock.name#`) keep beside a file they
 * have open: replacing the file under them would lose the user's edits or fail on Windows. */
function openInSpreadsheet(target: string): boolean {
  const folder = dirname(target);
  const name = basename(target);
  return [`~$${name}`, `.~lock.${name}#`].some((owner) => existsSync(join(folder, owner)));
}

/** Puts `bytes` at `target` whole or not at all. */
export async function writeFileSafely(
  target: string,
  bytes: Uint8Array,
  options: WriteOptions
): Promise<void> {
  if (openInSpreadsheet(target)) throw new FileFailure("F007", { file: target });
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`
  );
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, "wx");
    unfinished.set(temporary, target);
    await (options.writeAll ?? writeWhole)(handle, bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.mode === "replace") {
      await keepPermissions(target, temporary);
      await rename(temporary, target);
    } else {
      await createFrom(temporary, target, options.existsCode);
    }
    await syncFolder(dirname(target));
  } catch (error) {
    throw writeFailure(target, error);
  } finally {
    await handle?.close();
    await rm(temporary, { force: true });
    unfinished.delete(temporary);
  }
}

/** A replaced file keeps who may read and write it. */
async function keepPermissions(target: string, temporary: string): Promise<void> {
  try {
    await chmod(temporary, (await stat(target)).mode & 0o7777);
  } catch (error) {
    if (errnoOf(error) !== "ENOENT") throw error;
  }
}

/** A hard link fails if the target exists, so nothing that appeared meanwhile is replaced. A
 * file system without hard links (FAT, some network drives) gets a check and a rename. */
async function createFrom(temporary: string, target: string, existsCode: FileProblemCode) {
  try {
    await link(temporary, target);
    return;
  } catch (error) {
    const code = errnoOf(error);
    if (code === "EEXIST") throw new FileFailure(existsCode, { file: target });
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"].includes(code ?? "")) throw error;
  }
  if (existsSync(target)) throw new FileFailure(existsCode, { file: target });
  await rename(temporary, target);
}

/** The new name is durable only once the folder is flushed too; not every system allows it. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder; the rename itself is still atomic there.
  }
}
