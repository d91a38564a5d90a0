// The hostile-input corpus of issue 12, run through the command line: each case is generated
// here (large ones too; nothing big is committed), tallied with `tally FILE -o OUT --json`, and
// must give its code at its cell and its exit status, leave the input's bytes as they were, write
// nothing while blocked, and print no stack trace or library text. The cases run in one child
// process under a time limit (a hang fails the test, naming its case); the FIFO also runs through
// the real entry point, where blocking on it would hang the process itself.

import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readZip, writeZip } from "../../src/xlsx/package/zip";
import { editParts } from "../helpers/package-read";
import { standardWorkbook } from "../workbook-parse/standard";

const dir = mkdtempSync(join(tmpdir(), "hostile-corpus-"));
const ROOT = join(import.meta.dirname, "..", "..");
const SHEET = {
  meeting: "xl/worksheets/sheet1.xml",
  roster: "xl/worksheets/sheet2.xml",
  ballots: "xl/worksheets/sheet3.xml",
} as const;
/** The whole group's limit, and each case's: every case must end in seconds, even on a test machine
 * shared by many runs (the slowest, a 130,000-row roster, took 6 s at a load average of 13 on two cores). */
const GROUP_LIMIT_MS = 60_000;
const CASE_LIMIT_MS = 15_000;

interface HostileCase {
  readonly name: string;
  /** Writes the input and returns its path. */
  readonly input: () => Promise<string>;
  readonly status: 0 | 1 | 2;
  /** The code expected: in the JSON report (status 0 or 1) or on stderr (status 2). */
  readonly code?: string;
  readonly sheet?: string;
  readonly cell?: string;
}

let files = 0;
function saved(bytes: Uint8Array): string {
  const file = join(dir, `in-${++files}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

async function standardBytes(change?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = standardWorkbook();
  change?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function set(workbook: ExcelJS.Workbook, sheet: string, cells: Record<string, ExcelJS.CellValue>) {
  for (const [cell, value] of Object.entries(cells)) {
    workbook.getWorksheet(sheet)!.getCell(cell).value = value;
  }
}

/** The first <row> of a sheet part swapped for the test's rows (the header stays). */
function afterHeader(rows: string): (xml: string) => string {
  return (xml) => xml.replace(/(<\/row>)[\s\S]*<\/sheetData>/, `$1${rows}</sheetData>`);
}

/** An inline-string cell. */
function text(cell: string, value: string): string {
  return `<c r="${cell}" t="inlineStr"><is><t>${value}</t></is></c>`;
}

/** The package with one part's uncompressed size declared one byte larger than it is. */
function misdeclaredSize(bytes: Uint8Array, part: string): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  const name = new TextEncoder().encode(part);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) {
      continue;
    }
    if (copy.subarray(at + 46, at + 46 + name.length).every((byte, i) => byte === name[i])) {
      view.setUint32(at + 24, view.getUint32(at + 24, true) + 1, true);
      return copy;
    }
  }
  throw new Error(`no central entry for ${part}`);
}

const CASES: readonly HostileCase[] = [
  {
    name: "a FIFO as input",
    input: async () => {
      const fifo = join(dir, "pipe.xlsx");
      await promisify(execFile)("mkfifo", [fifo]);
      return fifo;
    },
    status: 2,
    code: "F009",
  },
  { name: "/dev/zero as input", input: async () => "/dev/zero", status: 2, code: "F009" },
  {
    name: "an .xls renamed .xlsx",
    input: async () =>
      saved(
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)])
      ),
    status: 2,
    code: "F001",
  },
  {
    name: "a truncated download",
    input: async () => {
      const bytes = await standardBytes();
      return saved(bytes.subarray(0, bytes.length >> 1));
    },
    status: 2,
    code: "F001",
  },
  {
    name: "a zip bomb: one part of 201 MB of zeros",
    input: async () => {
      const filler = { name: "xl/media/filler.bin", data: new Uint8Array(201 * 1024 * 1024) };
      return saved(writeZip([...readZip("x.xlsx", await standardBytes()).entries, filler]));
    },
    status: 2,
    code: "F017",
  },
  {
    name: "a part whose declared size disagrees with its data",
    input: async () => saved(misdeclaredSize(await standardBytes(), SHEET.ballots)),
    status: 2,
    code: "F002",
  },
  {
    name: "an entity bomb declared in a sheet",
    input: async () =>
      saved(
        editParts(await standardBytes(), {
          [SHEET.ballots]: (xml) =>
            xml.replace(
              "<worksheet",
              '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><worksheet'
            ),
        })
      ),
    status: 2,
    code: "F002",
  },
  {
    name: "the ballots sheet's part missing from the zip",
    input: async () =>
      saved(editParts(await standardBytes(), { [SHEET.ballots]: () => undefined })),
    status: 2,
    code: "F018",
    sheet: "Phiếu",
  },
  {
    name: "abc in a number cell",
    input: async () =>
      saved(
        editParts(await standardBytes(), {
          [SHEET.ballots]: (xml) =>
            xml.replace(/<c r="C3"([^>]*)><v>[^<]*<\/v>/, '<c r="C3"$1><v>abc</v>'),
        })
      ),
    status: 2,
    code: "F019",
    sheet: "Phiếu",
    cell: "C3",
  },
  {
    name: "a shared string that does not exist",
    input: async () =>
      saved(
        editParts(await standardBytes(), {
          [SHEET.roster]: (xml) =>
            xml.replace(
              /<c r="B2"([^>]*)t="s"([^>]*)><v>[^<]*<\/v>/,
              '<c r="B2"$1t="s"$2><v>99999</v>'
            ),
        })
      ),
    status: 2,
    code: "F019",
    sheet: "Danh sách",
    cell: "B2",
  },
  {
    name: "a value at Phiếu!XFD1048576 beside the ballots",
    input: async () => saved(await standardBytes((wb) => set(wb, "Phiếu", { XFD1048576: "x" }))),
    status: 2,
    code: "F020",
    sheet: "Phiếu",
    cell: "XFD1048576",
  },
  {
    name: "a lone value at XFD1048576 on a sheet of its own",
    input: async () =>
      saved(
        await standardBytes((wb) => (wb.addWorksheet("Ghi chú").getCell("XFD1048576").value = "x"))
      ),
    status: 0,
  },
  ...["C12:Q1048576", "A1:XFD1048576"].map((range): HostileCase => ({
    name: `a drop-down validation on Phiếu!${range}`,
    input: async () =>
      saved(
        editParts(await standardBytes(), {
          [SHEET.ballots]: (xml) =>
            xml.replace(
              "</sheetData>",
              `</sheetData><dataValidations count="1"><dataValidation type="list" sqref="${range}">` +
                `<formula1>"1,2,3,0"</formula1></dataValidation></dataValidations>`
            ),
        })
      ),
    status: 0,
  })),
  {
    name: "1,048,570 styled empty rows on the ballots sheet",
    input: async () => {
      const rows: string[] = [];
      for (let row = 7; row <= 1_048_576; row++)
        rows.push(`<row r="${row}" s="1" customFormat="1"/>`);
      return saved(
        editParts(await standardBytes(), {
          [SHEET.ballots]: (xml) => xml.replace("</sheetData>", `${rows.join("")}</sheetData>`),
        })
      );
    },
    status: 0,
  },
  {
    name: "20,000 merged areas on a sheet of notes",
    input: async () => {
      const merges = Array.from(
        { length: 20_000 },
        (_, i) => `<mergeCell ref="A${i + 2}:C${i + 2}"/>`
      );
      const bytes = await standardBytes(
        (wb) => (wb.addWorksheet("Ghi chú").getCell("A1").value = "x")
      );
      return saved(
        editParts(bytes, {
          "xl/worksheets/sheet5.xml": (xml) =>
            xml.replace(
              "</sheetData>",
              `</sheetData><mergeCells count="20000">${merges.join("")}</mergeCells>`
            ),
        })
      );
    },
    status: 0,
  },
  {
    name: "a roster of 130,000 people",
    input: async () => {
      const rows: string[] = [];
      for (let person = 1; person <= 130_000; person++) {
        const row = person + 1;
        rows.push(
          `<row r="${row}"><c r="A${row}"><v>${person}</v></c>` +
            `${text(`B${row}`, `Người ${person}`)}${text(`C${row}`, "Ủy viên")}</row>`
        );
      }
      return saved(
        editParts(await standardBytes(), { [SHEET.roster]: afterHeader(rows.join("")) })
      );
    },
    status: 1,
    code: "E047",
    sheet: "Danh sách",
    cell: "B502",
  },
  {
    name: "20,000 merged areas on the ballots sheet",
    input: async () => {
      const merges = Array.from(
        { length: 20_000 },
        (_, i) => `<mergeCell ref="C${10 + i}:D${10 + i}"/>`
      );
      return saved(
        editParts(await standardBytes(), {
          [SHEET.ballots]: (xml) =>
            xml.replace(
              "</sheetData>",
              `</sheetData><mergeCells count="20000">${merges.join("")}</mergeCells>`
            ),
        })
      );
    },
    status: 1,
    code: "E037",
    sheet: "Phiếu",
    cell: "C10",
  },
  {
    name: "a ballot cell holding a formula without a cached value",
    input: async () =>
      saved(
        await standardBytes((wb) =>
          set(wb, "Phiếu", { C3: { formula: "C2" } as ExcelJS.CellValue })
        )
      ),
    status: 1,
    code: "E009",
    sheet: "Phiếu",
    cell: "C3",
  },
  {
    name: "a merge across one ballot row",
    input: async () =>
      saved(await standardBytes((wb) => wb.getWorksheet("Phiếu")!.mergeCells("C3:E3"))),
    status: 1,
    code: "E037",
    sheet: "Phiếu",
    cell: "C3",
  },
  {
    name: "an impossible date 2023-13-45",
    input: async () =>
      saved(await standardBytes((wb) => set(wb, "Hội nghị", { B3: "2023-13-45" }))),
    status: 1,
    code: "E012",
    sheet: "Hội nghị",
    cell: "B3",
  },
  {
    name: "a value at Danh sách!XFA5",
    input: async () =>
      saved(await standardBytes((wb) => set(wb, "Danh sách", { XFA5: "ghi chú" }))),
    status: 1,
    code: "E043",
    sheet: "Danh sách",
    cell: "XFA5",
  },
  {
    name: "FALSE and 0 under Phiếu không hợp lệ",
    input: async () => saved(await standardBytes((wb) => set(wb, "Phiếu", { B2: false, B3: 0 }))),
    status: 0,
  },
];

interface Ran {
  readonly status: number;
  readonly ms: number;
  readonly out: string;
  readonly err: string;
}

/** What a user must never see: a stack trace, a library's words, a number that is not one. */
const LEAKS =
  /\n\s+at |Error:|Cannot read|Bug :|out of bounds|Maximum call stack|\bNaN\b|undefined/;

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

const inputs = new Map<string, { file: string; hash: string | null; output: string }>();
const results = new Map<string, Ran>();
let hung: string | null = null;

/** Runs the cases in one child process, killed at the group's limit. */
function runGroup(list: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "run-cases.ts"), list],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] }
    );
    let buffered = "";
    let current: string | null = null;
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const event = JSON.parse(line) as { started?: string; finished?: Ran & { name: string } };
        if (event.started) current = event.started;
        if (event.finished) {
          results.set(event.finished.name, event.finished);
          current = null;
        }
      }
    });
    const timer = setTimeout(() => {
      hung = current ?? "(start-up)";
      child.kill("SIGKILL");
    }, GROUP_LIMIT_MS);
    child.on("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

beforeAll(async () => {
  for (const hostile of CASES) {
    const file = await hostile.input();
    const regular = file.startsWith(dir) && !file.endsWith("pipe.xlsx");
    const output = join(dir, `out-${++files}.xlsx`);
    inputs.set(hostile.name, { file, hash: regular ? sha(file) : null, output });
  }
  const list = join(dir, "cases.json");
  writeFileSync(
    list,
    JSON.stringify(
      CASES.map(({ name }) => {
        const { file, output } = inputs.get(name)!;
        return { name, args: ["tally", file, "-o", output, "--json"] };
      })
    )
  );
  await runGroup(list);
}, GROUP_LIMIT_MS + 60_000);

describe("the hostile corpus", () => {
  it("ends every case within the group's time limit", () => {
    expect(hung, `hung on: ${hung}`).toBeNull();
  });

  it.each(CASES.map((hostile) => [hostile.name, hostile] as const))("%s", (_, hostile) => {
    const ran = results.get(hostile.name);
    expect(ran, "the case did not finish").toBeDefined();
    const { file, hash, output } = inputs.get(hostile.name)!;
    expect(ran!.ms).toBeLessThan(CASE_LIMIT_MS);
    expect(ran!.status).toBe(hostile.status);
    expect(ran!.err).not.toMatch(LEAKS);
    if (hash !== null) expect(sha(file), "the input changed").toBe(hash);
    expect(existsSync(output), "written or not").toBe(hostile.status === 0);
    if (hostile.status === 2) {
      expect(ran!.out).toBe("");
      expect(ran!.err).toMatch(new RegExp(`^${hostile.code} `));
      for (const where of [hostile.sheet, hostile.cell])
        if (where) expect(ran!.err).toContain(where);
      return;
    }
    const report = JSON.parse(ran!.out) as {
      problems: { code: string; sheet: string | null; cell: string | null; message?: string }[];
    };
    expect(JSON.stringify(report)).not.toMatch(/\bNaN\b|Cannot read|undefined/);
    if (hostile.code) {
      expect(report.problems).toContainEqual(
        expect.objectContaining({ code: hostile.code, sheet: hostile.sheet, cell: hostile.cell })
      );
    } else {
      expect(report.problems.filter((problem) => problem.code.startsWith("E"))).toEqual([]);
    }
  });
});

describe("a FIFO through the real entry point", () => {
  it("is refused with F009 at once instead of blocking the process", async () => {
    const fifo = join(dir, "entry-pipe.xlsx");
    await promisify(execFile)("mkfifo", [fifo]);
    const run = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [
          "--import",
          "tsx",
          join(ROOT, "src", "cli", "main.ts"),
          "tally",
          fifo,
          "-o",
          join(dir, "kq.xlsx"),
        ],
        { cwd: ROOT, timeout: 30_000 },
        (error, _stdout, stderr) =>
          resolve({ status: child.exitCode ?? (error ? null : 0), stderr })
      );
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^F009 /);
    expect(run.stderr).not.toMatch(LEAKS);
  }, 40_000);
});
