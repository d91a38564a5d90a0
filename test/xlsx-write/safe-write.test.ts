// Putting a file in place: whole or not at all, never over a file that appeared meanwhile, never
// while another run holds the lock or Excel has the file open; every system error a coded problem.

import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileFailure } from "../../src/xlsx/file-problems";
import { readFailure } from "../../src/xlsx/files";
import {
  removeUnfinishedWrites,
  withWriteLock,
  writeFailure,
  writeFileSafely,
  type WriteAll,
} from "../../src/xlsx/safe-write";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "safe-write-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NEW = new TextEncoder().encode("new content");

/** Writes half the bytes, then fails as a full disk does. */
const fullDisk: WriteAll = async (handle, bytes) => {
  await handle.write(bytes.subarray(0, bytes.length / 2));
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
};

async function caught(promise: Promise<unknown>): Promise<FileFailure> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(FileFailure);
  return error as FileFailure;
}

/** An empty folder of its own for each test, so that leftovers can be seen. */
async function folder(name: string): Promise<string> {
  const path = join(dir, name);
  await mkdir(path);
  return path;
}

describe("writeFileSafely", () => {
  it("replaces a file whole, keeps its permissions and leaves nothing beside it", async () => {
    const here = await folder("replace");
    const target = join(here, "out.xlsx");
    await writeFile(target, "old");
    await chmod(target, 0o640);
    await writeFileSafely(target, NEW, { mode: "replace", existsCode: "F010" });
    expect(await readFile(target, "utf8")).toBe("new content");
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readdir(here)).toEqual(["out.xlsx"]);
  });

  it("leaves the old file whole on a full disk, says F008, and removes its temporary file", async () => {
    const here = await folder("full");
    const target = join(here, "out.xlsx");
    await writeFile(target, "old");
    const error = await caught(
      writeFileSafely(target, NEW, { mode: "replace", existsCode: "F010", writeAll: fullDisk })
    );
    expect(error.code).toBe("F008");
    expect(await readFile(target, "utf8")).toBe("old");
    expect(await readdir(here)).toEqual(["out.xlsx"]);
  });

  it("in create mode never replaces a file, even one that appears during the write", async () => {
    const here = await folder("create");
    const target = join(here, "new.xlsx");
    const appears: WriteAll = async (handle, bytes) => {
      await writeFile(target, "the user's");
      await handle.writeFile(bytes);
    };
    const error = await caught(
      writeFileSafely(target, NEW, { mode: "create", existsCode: "F013", writeAll: appears })
    );
    expect(error.code).toBe("F013");
    expect(await readFile(target, "utf8")).toBe("the user's");
    expect(await readdir(here)).toEqual(["new.xlsx"]);
  });

  it("refuses a file Excel has open (its ~$ owner file is beside it) with F007", async () => {
    const here = await folder("owner");
    const target = join(here, "hoi-nghi.xlsx");
    await writeFile(target, "old");
    await writeFile(join(here, "~$hoi-nghi.xlsx"), "owner");
    const error = await caught(
      writeFileSafely(target, NEW, { mode: "replace", existsCode: "F010" })
    );
    expect(error.code).toBe("F007");
    expect(await readFile(target, "utf8")).toBe("old");
  });

  it("says F004 when the folder does not exist", async () => {
    const target = join(dir, "absent", "out.xlsx");
    const error = await caught(
      writeFileSafely(target, NEW, { mode: "create", existsCode: "F013" })
    );
    expect(error.code).toBe("F004");
    expect(error.params).toMatchObject({ folder: join(dir, "absent") });
  });

  it("passes a fault that is not the system's on as it is", async () => {
    const here = await folder("fault");
    const bug = new TypeError("a bug");
    const failing: WriteAll = () => Promise.reject(bug);
    const error: unknown = await writeFileSafely(join(here, "x.xlsx"), NEW, {
      mode: "create",
      existsCode: "F013",
      writeAll: failing,
    }).catch((e: unknown) => e);
    expect(error).toBe(bug);
    expect(await readdir(here)).toEqual([]);
  });
});

describe("withWriteLock", () => {
  it("refuses a second run on the same target with F012 while the first holds the lock", async () => {
    const here = await folder("lock");
    const target = join(here, "out.xlsx");
    const seen = await withWriteLock(target, async () => {
      expect(existsSync(`${target}.lock`)).toBe(true);
      const second = await caught(withWriteLock(target, async () => "second"));
      expect(second.code).toBe("F012");
      expect(second.params).toEqual({ file: target, lock: `${target}.lock` });
      return "first";
    });
    expect(seen).toBe("first");
    expect(existsSync(`${target}.lock`)).toBe(false);
  });

  it("removes its lock when the work fails", async () => {
    const target = join(await folder("lock-fail"), "out.xlsx");
    await expect(withWriteLock(target, () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    expect(existsSync(`${target}.lock`)).toBe(false);
  });

  it("gives an interrupted run its lock and temporary files to remove, with their target", async () => {
    const here = await folder("interrupt");
    const target = join(here, "out.xlsx");
    let targets: string[] = [];
    const interrupted: WriteAll = async (handle, bytes) => {
      await handle.writeFile(bytes);
      targets = removeUnfinishedWrites();
      throw Object.assign(new Error("stopped"), { code: "EINTR" });
    };
    await withWriteLock(target, () =>
      writeFileSafely(target, NEW, { mode: "create", existsCode: "F013", writeAll: interrupted })
    ).catch(() => undefined);
    expect(targets).toEqual([target]);
    expect(await readdir(here)).toEqual([]);
  });
});

describe("system errors", () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });

  it("mean one coded problem each when reading", () => {
    const codes = ["ENOENT", "EACCES", "EPERM", "EBUSY", "EISDIR", "EIO"].map(
      (code) => (readFailure("a.xlsx", errno(code)) as FileFailure).code
    );
    expect(codes).toEqual(["F003", "F005", "F005", "F007", "F009", "F015"]);
  });

  it("mean one coded problem each when writing", () => {
    const codes = ["ENOTDIR", "EACCES", "EROFS", "EBUSY", "ENOSPC", "EDQUOT", "EIO"].map(
      (code) => (writeFailure("a.xlsx", errno(code)) as FileFailure).code
    );
    expect(codes).toEqual(["F004", "F006", "F006", "F007", "F008", "F008", "F014"]);
  });
});
