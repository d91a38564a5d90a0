// A tally keeps everything the file holds: on a workbook with a chart, an image, a pivot table,
// comments, conditional formats, defined names, a table, a hidden sheet, a custom XML part and
// custom document properties (and its macro-enabled twin), every part a tally has no reason to
// change comes out byte for byte as stored (compressed bytes, CRC, method), after a first tally
// and after a second one on its output; LibreOffice opens the result.

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/cli";
import { readZip, type ZipArchive } from "../../src/xlsx/package/zip";
import { ADDED_PARTS, VBA_PROJECT, writeRichWorkbook } from "./rich-workbook";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "keeps-parts-"));

async function cli(...argv: string[]): Promise<number> {
  return runCli(argv, { out: () => {}, err: () => {} });
}

function archive(file: string): ZipArchive {
  return readZip(file, readFileSync(file));
}

/** What a tally may change: the sheet it writes and the one it adds, the styles, the workbook,
 * its relationships and content types, and `Hội nghị`, whose tab was selected in the input
 * (only its view's tabSelected flag changes, so that two tabs are not grouped). */
const TOUCHED = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet2.xml",
  "xl/worksheets/sheet1.xml",
]);
/** The result sheet: the first free worksheet part. */
const RESULT_PART = "xl/worksheets/sheet5.xml";

function expectKept(before: ZipArchive, after: ZipArchive, touched: ReadonlySet<string>): void {
  for (const entry of before.entries) {
    if (touched.has(entry.name)) continue;
    const copy = after.entry(entry.name);
    expect(copy, entry.name).toBeDefined();
    expect({ method: copy!.method, crc32: copy!.crc32, size: copy!.size }, entry.name).toEqual({
      method: entry.method,
      crc32: entry.crc32,
      size: entry.size,
    });
    expect(Buffer.from(copy!.raw).equals(Buffer.from(entry.raw)), entry.name).toBe(true);
  }
  const known = new Set([...before.entries.map((entry) => entry.name), RESULT_PART]);
  expect(after.entries.map((entry) => entry.name).filter((name) => !known.has(name))).toEqual([]);
}

const input = join(dir, "rich.xlsx");
const first = join(dir, "rich-1.xlsx");
const second = join(dir, "rich-2.xlsx");
const macro = join(dir, "macro.xlsm");

beforeAll(async () => {
  const sample = join(dir, "sample.xlsx");
  expect(await cli("sample", sample)).toBe(0);
  writeRichWorkbook(sample, input);
  writeRichWorkbook(sample, macro, { macro: true });
  expect(await cli("tally", input, "-o", first)).toBe(0);
  expect(await cli("tally", first, "-o", second)).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a tally of a workbook holding charts, images, pivots, comments and more", () => {
  it("copies every part it has no reason to change byte for byte", () => {
    const before = archive(input);
    for (const part of ADDED_PARTS) expect(before.entry(part), part).toBeDefined();
    expectKept(before, archive(first), TOUCHED);
  });

  it("keeps the roster sheet's own conditional format and comment links, in schema order", () => {
    const roster = archive(first).text("xl/worksheets/sheet2.xml")!;
    const order = [
      "<sheetData",
      "<mergeCells",
      "<conditionalFormatting",
      "<pageMargins",
      "<legacyDrawing",
    ];
    const at = order.map((tag) => roster.indexOf(tag));
    expect(at.every((offset) => offset >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("keeps the defined names, the hidden sheet and the pivot cache in the workbook", () => {
    const workbook = archive(first).text("xl/workbook.xml")!;
    expect(workbook).toContain('<sheet sheetId="9" name="Ẩn" state="hidden" r:id="rId20"/>');
    expect(workbook).toContain(
      "<definedName name=\"DanhSachTen\">'Danh sách'!$B$10:$B$24</definedName>"
    );
    expect(workbook).toContain('<pivotCache cacheId="1" r:id="rId21"/>');
    // The hidden sheet stays fifth (localSheetId 4); the result sheet is added sixth.
    expect(workbook).toContain("localSheetId=\"4\">'Ẩn'!$A$1:$B$3</definedName>");
    expect(workbook).toContain("localSheetId=\"5\">'Kết quả'!$A$1:");
  });

  it("gives the same file, byte for byte, when run again on its own output", () => {
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
  });

  it("opens in LibreOffice, which prints the result sheet and the roster's result columns", async () => {
    const profile = mkdtempSync(join(tmpdir(), "lo-"));
    try {
      await run("soffice", [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        first,
      ]);
      const { stdout } = await run("pdftotext", ["-layout", join(dir, "rich-1.pdf"), "-"]);
      const text = stdout.normalize("NFC");
      expect(text).toContain("KẾT QUẢ LẤY PHIẾU TÍN NHIỆM");
      expect(text).toContain("Tỷ lệ tín nhiệm");
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("a tally of a macro-enabled workbook (.xlsm)", () => {
  const output = join(dir, "macro-ket-qua.xlsm");
  const again = join(dir, "macro-again.xlsm");

  beforeAll(async () => {
    expect(await cli("tally", macro)).toBe(0);
    expect(await cli("tally", output, "-o", again)).toBe(0);
  });

  it("writes an .xlsm by default, still macro-enabled, with its vbaProject.bin as stored", () => {
    expect(existsSync(output)).toBe(true);
    const before = archive(macro);
    for (const file of [output, again]) {
      const after = archive(file);
      expect(Buffer.from(after.bytes("xl/vbaProject.bin")!).equals(VBA_PROJECT)).toBe(true);
      expect(after.text("[Content_Types].xml")).toContain(
        'PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"'
      );
      expect(after.text("xl/_rels/workbook.xml.rels")).toContain('Target="vbaProject.bin"');
      expectKept(before, after, TOUCHED);
    }
  });

  it("refuses an output named .xlsx, which Excel would not open, with U013 and writes nothing", async () => {
    const lines: string[] = [];
    const misnamed = join(dir, "macro-misnamed.xlsx");
    const status = await runCli(["tally", macro, "-o", misnamed], {
      out: () => {},
      err: (text) => lines.push(text),
    });
    expect(status).toBe(2);
    expect(lines.join("\n")).toMatch(/^U013 .*“.*macro-misnamed\.xlsx” .*\.xlsm/);
    expect(existsSync(misnamed)).toBe(false);
  });

  it("refuses an .xlsx workbook's output named .xlsm with U013", async () => {
    const misnamed = join(dir, "plain-misnamed.xlsm");
    expect(await cli("tally", input, "-o", misnamed)).toBe(2);
    expect(existsSync(misnamed)).toBe(false);
  });
});
