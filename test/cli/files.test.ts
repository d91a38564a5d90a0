// The command line and the files around it, as a new user meets them: it never replaces a file
// it did not write, writes whole or not at all, refuses what is not an .xlsx workbook by what
// the file is, and says every file and usage problem with a code, in both languages, with the
// next step; never Node's, ExcelJS's or the system's own words, never a stack trace.

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import {
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliFiles } from "../../src/cli/cli";
import type { WriteAll } from "../../src/xlsx/safe-write";

const run = promisify(execFile);
let dir = "";
/** A sample meeting made once by the command line; each test copies it. */
let sample: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cli-files-"));
  expect((await cli(["sample", join(dir, "sample.xlsx")])).status).toBe(0);
  sample = await readFile(join(dir, "sample.xlsx"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[], files: CliFiles = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, files);
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A folder of its own holding a copy of the sample as `dien.xlsx`. */
async function workspace(name: string): Promise<{ here: string; input: string }> {
  const here = join(dir, name);
  await mkdir(here);
  const input = join(here, "dien.xlsx");
  await writeFile(input, sample);
  return { here, input };
}

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => sheet.name);
}

/** A coded problem, both languages and the next step; none of the words of a library. */
function expectCoded(stderr: string, code: string) {
  expect(stderr).toMatch(new RegExp(`^${code} .+ Cần làm: .+\\n {5}.+ What to do: .+`, "m"));
  expect(stderr).not.toMatch(
    /\n\s+at |ENOENT|EACCES|central directory|ERR_PARSE_ARGS|Unknown option/
  );
}

describe("a run never replaces a file it did not write", () => {
  it("refuses -o naming the input (by its path, a symbolic link or a hard link) unless --in-place", async () => {
    const { here, input } = await workspace("same");
    await symlink(input, join(here, "alias.xlsx"));
    await link(input, join(here, "hard.xlsx"));
    for (const out of [input, join(here, "alias.xlsx"), join(here, "hard.xlsx")]) {
      for (const force of [[], ["--force"]]) {
        const result = await cli(["tally", input, "-o", out, ...force]);
        expect(result.status, out).toBe(2);
        expectCoded(result.stderr, "F011");
        expect(result.stderr).toContain("--in-place");
        expect(result.stdout).toBe("");
      }
    }
    expect((await readFile(input)).equals(sample)).toBe(true);
  });

  it("refuses an existing -o it did not write, and replaces it with --force", async () => {
    const { here, input } = await workspace("other");
    const other = join(here, "bao-cao.xlsx");
    await writeFile(other, "the user's own workbook");
    const refused = await cli(["tally", input, "-o", other]);
    expect(refused.status).toBe(2);
    expectCoded(refused.stderr, "F010");
    expect(refused.stderr).toContain("--force");
    expect(await readFile(other, "utf8")).toBe("the user's own workbook");

    expect((await cli(["tally", input, "-o", other, "--force"])).status).toBe(0);
    expect(await sheetNames(other)).toContain("Kết quả");
  });

  it("refuses a default <name>-ket-qua.xlsx it did not write, and replaces its own", async () => {
    const { here, input } = await workspace("default");
    const output = join(here, "dien-ket-qua.xlsx");
    await writeFile(output, sample);
    const refused = await cli(["tally", input]);
    expect(refused.status).toBe(2);
    expectCoded(refused.stderr, "F010");
    expect((await readFile(output)).equals(sample)).toBe(true);

    await rm(output);
    expect((await cli(["tally", input])).status).toBe(0);
    const first = await stat(output);
    expect((await cli(["tally", input])).status).toBe(0);
    expect(await sheetNames(output)).toContain("Kết quả");
    // Replaced, not left alone: the new file was renamed into place over the old one.
    expect((await stat(output)).ino).not.toBe(first.ino);
  });

  it("never lets template or sample replace a file, and leaves nothing else behind", async () => {
    const { here } = await workspace("create");
    const file = join(here, "mau.xlsx");
    await writeFile(file, "the user's");
    for (const command of ["template", "sample"]) {
      const result = await cli([command, file]);
      expect(result.status).toBe(2);
      expectCoded(result.stderr, "F013");
    }
    expect(await readFile(file, "utf8")).toBe("the user's");
    expect((await readdir(here)).sort()).toEqual(["dien.xlsx", "mau.xlsx"]);
  });
});

describe("writes are whole and one at a time", () => {
  const fullDisk: WriteAll = async (handle, bytes) => {
    await handle.write(bytes.subarray(0, 1000));
    throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
  };

  it("--in-place on a full disk leaves the input whole and says F008", async () => {
    const { here, input } = await workspace("full");
    const result = await cli(["tally", input, "--in-place"], { writeAll: fullDisk });
    expect(result.status).toBe(2);
    expectCoded(result.stderr, "F008");
    expect((await readFile(input)).equals(sample)).toBe(true);
    expect(await readdir(here)).toEqual(["dien.xlsx"]);
  });

  it("refuses to write while another run holds the output's lock", async () => {
    const { here, input } = await workspace("locked");
    const output = join(here, "kq.xlsx");
    await writeFile(`${output}.lock`, "4242\n");
    const result = await cli(["tally", input, "-o", output]);
    expect(result.status).toBe(2);
    expectCoded(result.stderr, "F012");
    expect(result.stderr).toContain("kq.xlsx.lock");
    expect(existsSync(output)).toBe(false);
  });

  it("lets only one of two runs at once write the same -o, and the file is a whole workbook", async () => {
    const { here, input } = await workspace("race");
    const output = join(here, "kq.xlsx");
    const results = await Promise.all([
      cli(["tally", input, "-o", output, "--json"]),
      cli(["tally", input, "-o", output, "--json"]),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([0, 2]);
    expectCoded(results.find((r) => r.status === 2)?.stderr ?? "", "F012");
    expect(await sheetNames(output)).toContain("Kết quả");
    expect((await readdir(here)).sort()).toEqual(["dien.xlsx", "kq.xlsx"]);
  });

  it("refuses --in-place while Excel has the file open", async () => {
    const { here, input } = await workspace("open");
    await writeFile(join(here, "~$dien.xlsx"), "owner");
    const result = await cli(["tally", input, "--in-place"]);
    expect(result.status).toBe(2);
    expectCoded(result.stderr, "F007");
    expect((await readFile(input)).equals(sample)).toBe(true);
  });
});

describe("files that are not an .xlsx workbook, or not there", () => {
  it("names a .csv, an .xls and a truncated .xlsx for what they are, whatever their names", async () => {
    const { here } = await workspace("kinds");
    const cases = {
      "ds.csv": Buffer.from("Họ và tên,Mã\nNguyễn Văn An,1\n"),
      "ds.xlsx": Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(1024)]),
      "cut.xlsx": sample.subarray(0, 3000),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      await writeFile(join(here, name), bytes);
      const result = await cli(["tally", join(here, name), "--json"]);
      expect(result.status, name).toBe(2);
      expect(result.stdout).toBe("");
      expectCoded(result.stderr, "F001");
      expect(result.stderr).toContain("Mở tệp trong Excel và lưu thành Sổ làm việc Excel (.xlsx)");
    }
  });

  it("says F003 for a missing input and F004 for a missing output folder", async () => {
    const { here, input } = await workspace("missing");
    const missing = await cli(["tally", join(here, "absent.xlsx")]);
    expect(missing.status).toBe(2);
    expectCoded(missing.stderr, "F003");
    const noFolder = await cli(["tally", input, "-o", join(here, "nowhere", "kq.xlsx")]);
    expect(noFolder.status).toBe(2);
    expectCoded(noFolder.stderr, "F004");
  });

  it("refuses a FIFO, a device and a folder before reading, without blocking", async () => {
    const { here } = await workspace("special");
    const fifo = join(here, "pipe.xlsx");
    await run("mkfifo", [fifo]);
    const started = Date.now();
    for (const file of [fifo, "/dev/zero", here]) {
      const result = await cli(["tally", file, "-o", join(here, "kq.xlsx")]);
      expect(result.status, file).toBe(2);
      expectCoded(result.stderr, "F009");
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("usage", () => {
  it("with no arguments exits 2 with a code and the usage on stderr; help exits 0 on stdout", async () => {
    const none = await cli([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe("");
    expectCoded(none.stderr, "U001");
    expect(none.stderr).toContain("Cách dùng / Usage:");
    for (const help of [["help"], ["--help"], ["-h"]]) {
      const result = await cli(help);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("Cách dùng / Usage:");
      expect(result.stderr).toBe("");
    }
  });

  it("names an unknown option in a coded message of its own", async () => {
    const result = await cli(["tally", "dien.xlsx", "--bogus"]);
    expect(result.status).toBe(2);
    expectCoded(result.stderr, "U005");
    expect(result.stderr).toContain("Không có tuỳ chọn --bogus.");
    expect(result.stderr).toContain("There is no option --bogus.");
  });

  it("gives the valid range of a number in both languages", async () => {
    const cases = [
      [["sample", "s.xlsx", "--people", "0"], "từ 8 đến 200", "from 8 to 200"],
      [["template", "t.xlsx", "--people", "500"], "từ 1 đến 200", "from 1 to 200"],
      [["sample", "s.xlsx", "--ballots", "-5"], "từ 12 đến 10000", "from 12 to 10000"],
    ] as const;
    for (const [argv, vi, en] of cases) {
      const result = await cli([...argv]);
      expect(result.status).toBe(2);
      expectCoded(result.stderr, "U009");
      expect(result.stderr).toContain(vi);
      expect(result.stderr).toContain(en);
    }
  });

  it("says what is wrong with a value, a missing one, one given twice or to a switch", async () => {
    const cases = [
      [["tally", "d.xlsx", "--lang", "fr"], "U010"],
      [["tally", "d.xlsx", "-o"], "U007"],
      [["tally", "d.xlsx", "-o", "--json"], "U007"],
      [["tally", "d.xlsx", "--json=yes"], "U008"],
      [["tally", "d.xlsx", "-o", "a.xlsx", "-o", "b.xlsx"], "U012"],
      [["tally", "d.xlsx", "-o", "a.xlsx", "--in-place"], "U011"],
      [["template", "t.xlsx", "--force"], "U006"],
      [["count", "d.xlsx"], "U002"],
      [["tally"], "U003"],
      [["tally", "Hoi", "nghi.xlsx"], "U004"],
    ] as const;
    for (const [argv, code] of cases) {
      const result = await cli([...argv]);
      expect(result.status, argv.join(" ")).toBe(2);
      expectCoded(result.stderr, code);
    }
  });
});

describe("a fault of the program", () => {
  const bug: WriteAll = () => Promise.reject(new TypeError("a bug deep inside"));

  it("prints one coded message, exit status 3, and its details only with --debug", async () => {
    const { here, input } = await workspace("fault");
    const quiet = await cli(["tally", input, "--json"], { writeAll: bug });
    expect(quiet.status).toBe(3);
    expectCoded(quiet.stderr, "X001");
    expect(quiet.stderr.split("\n")).toHaveLength(2);
    expect(quiet.stderr).not.toContain("a bug deep inside");

    const debug = await cli(["tally", input, "--json", "--debug"], { writeAll: bug });
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(/^X001 /);
    expect(debug.stderr).toContain("TypeError: a bug deep inside");
    expect((await readdir(here)).sort()).toEqual(["dien.xlsx"]);
  });
});
