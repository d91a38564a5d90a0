// Files are told apart by their first bytes, never their names: the kinds a user brings instead
// of an .xlsx (real files made by LibreOffice where it can make them, hand-built ones where it
// cannot) are named, and a damaged one never reaches ExcelJS's own error text.

import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileKindOf } from "../../src/xlsx/file-kind";
import { FileFailure } from "../../src/xlsx/file-problems";
import { loadXlsxBytes } from "../../src/xlsx/open-xlsx";
import { loadWorkbook } from "../../src/xlsx/read";
import { storedZip } from "../helpers/stored-zip";

const run = promisify(execFile);
let dir = "";
let xlsx: Uint8Array;
/** The same workbook saved by LibreOffice as .xls and .ods, which cannot be written by hand. */
const converted: Record<string, Uint8Array> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "file-kind-"));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Danh sách").getCell("A1").value = "Họ và tên";
  xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  const source = join(dir, "ds.xlsx");
  await writeFile(source, xlsx);
  for (const format of ["xls", "ods"]) {
    await run("soffice", ["--headless", "--convert-to", format, "--outdir", dir, source], {
      env: { ...process.env, HOME: dir },
    });
    converted[format] = new Uint8Array(await readFile(join(dir, `ds.${format}`)));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The first bytes of a PDF, and a CSV in the Windows code page Excel saves it in ("Tên"). */
const PDF = new TextEncoder().encode("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
const CSV = new Uint8Array([0x54, 0xea, 0x6e, 0x3b, 0x4d, 0xe3, 0x0d, 0x0a, 0x41, 0x3b, 0x31]);

/** A compound file header and a directory naming the stream Office encrypts a package into. */
function encryptedPackage(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = Array.from("EncryptedPackage").flatMap((char) => [char.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}

describe("fileKindOf", () => {
  it("recognises an .xlsx written by ExcelJS", () => {
    expect(fileKindOf(xlsx)).toBe("xlsx");
  });

  it("names what LibreOffice saves as .xls and .ods, a PDF and a CSV", () => {
    expect(fileKindOf(converted.xls!)).toBe("xls");
    expect(fileKindOf(converted.ods!)).toBe("ods");
    expect(fileKindOf(PDF)).toBe("pdf");
    expect(fileKindOf(CSV)).toBe("text");
  });

  it("tells a password-protected package from an .xls", () => {
    expect(fileKindOf(encryptedPackage())).toBe("encrypted");
  });

  it("calls a truncated .xlsx a damaged zip, and another archive a zip", () => {
    expect(fileKindOf(xlsx.subarray(0, Math.floor(xlsx.length / 2)))).toBe("damaged-zip");
    expect(fileKindOf(storedZip({ "word/document.xml": "<w:document/>" }))).toBe("zip");
  });

  it("knows empty files, UTF-8 text, and binary noise", () => {
    expect(fileKindOf(new Uint8Array())).toBe("empty");
    expect(fileKindOf(new TextEncoder().encode("Họ và tên;Mã\r\n1;Nguyễn Văn An\r\n"))).toBe(
      "text"
    );
    expect(fileKindOf(new Uint8Array([0x00, 0x01, 0x02, 0xff]))).toBe("unknown");
  });
});

describe("loadXlsxBytes", () => {
  async function failure(bytes: Uint8Array): Promise<FileFailure> {
    const error: unknown = await loadXlsxBytes("ds.xlsx", bytes, (b) =>
      loadWorkbook(Buffer.from(b))
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileFailure);
    return error as FileFailure;
  }

  it("refuses each other kind with F001, saying what the file is in both languages", async () => {
    const xls = await failure(converted.xls!);
    expect(xls.code).toBe("F001");
    expect(xls.params).toMatchObject({
      file: "ds.xlsx",
      kindEn: "it is an Excel 97–2003 file (.xls)",
    });
    for (const bytes of [converted.ods!, PDF, CSV, encryptedPackage()]) {
      expect((await failure(bytes)).code).toBe("F001");
    }
    const truncated = await failure(xlsx.subarray(0, 100));
    expect(truncated.code).toBe("F001");
    expect(truncated.message).not.toMatch(/central directory/i);
  });

  it("gives F002 when a whole zip's workbook cannot be read, keeping the reader's words as the cause", async () => {
    const broken = storedZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<<<" });
    const error = await failure(broken);
    expect(error.code).toBe("F002");
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("loads an .xlsx", async () => {
    const workbook = await loadXlsxBytes("ds.xlsx", xlsx, (b) => loadWorkbook(Buffer.from(b)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Danh sách"]);
  });
});
