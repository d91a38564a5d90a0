// The zip layer under the package reader and writer: every part readable, a copied part written
// back byte for byte, and a damaged or oversized archive refused with a code.

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { samplePlan } from "../../src/workbook/sample";
import { FileFailure } from "../../src/xlsx/file-problems";
import { readZip, writeZip } from "../../src/xlsx/package/zip";
import { applyPlan, workbookBytes } from "../../src/xlsx/write";
import { storedZip } from "../helpers/stored-zip";

async function sampleBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, samplePlan({}));
  return workbookBytes(workbook);
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof FileFailure) return error.code;
    throw error;
  }
  return undefined;
}

describe("readZip", () => {
  it("lists ExcelJS's parts and inflates each to the size and checksum the directory gives", async () => {
    const archive = readZip("mau.xlsx", await sampleBytes());
    const names = archive.entries.map((entry) => entry.name);
    expect(names).toContain("xl/workbook.xml");
    expect(names).toContain("[Content_Types].xml");
    for (const entry of archive.entries) {
      expect(archive.bytes(entry.name)!.byteLength).toBe(entry.size);
    }
    expect(archive.text("xl/workbook.xml")).toMatch(/^<\?xml/);
  });

  it("finds a part whatever its case and with a leading slash, as OPC names compare", async () => {
    const archive = readZip("mau.xlsx", await sampleBytes());
    expect(archive.entry("/XL/Workbook.xml")?.name).toBe("xl/workbook.xml");
    expect(archive.bytes("xl/no-such-part.xml")).toBeUndefined();
  });

  it("drops a byte-order mark from a part's text", () => {
    const archive = readZip("bom.xlsx", storedZip({ "a.xml": "\uFEFF<a/>" }));
    expect(archive.text("a.xml")).toBe("<a/>");
  });

  it("refuses a truncated file with F002", async () => {
    const bytes = await sampleBytes();
    expect(codeOf(() => readZip("cut.xlsx", bytes.subarray(0, bytes.length - 40)))).toBe("F002");
  });

  it("refuses a part whose bytes do not match its checksum with F002, when the part is read", () => {
    const bytes = storedZip({ "a.xml": "<a>hello</a>" });
    const flipped = bytes.slice();
    const at = 30 + "a.xml".length + 3;
    flipped[at] = flipped[at]! ^ 0xff;
    const archive = readZip("flip.xlsx", flipped);
    expect(codeOf(() => archive.bytes("a.xml"))).toBe("F002");
  });

  it("refuses an archive whose parts unpack to more than the cap with F017, before inflating", () => {
    const bytes = storedZip({ "a.xml": "x".repeat(600), "b.xml": "y".repeat(600) });
    expect(codeOf(() => readZip("big.xlsx", bytes, { maxTotalBytes: 1_000 }))).toBe("F017");
    expect(codeOf(() => readZip("big.xlsx", bytes, { maxTotalBytes: 1_200 }))).toBeUndefined();
  });

  it("reads a part's head from a prefix of its stored bytes, without inflating the rest", () => {
    // Digits of a simple generator: text that deflate shrinks, but not to nothing.
    let seed = 7;
    const digits = Array.from({ length: 400_000 }, () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed % 10;
    }).join("");
    const text = `<sheet>${digits}</sheet>`;
    const written = writeZip([{ name: "big.xml", data: new TextEncoder().encode(text) }]);
    const archive = readZip("big.xlsx", written);
    const stored = archive.entry("big.xml")!;
    expect(stored.method).toBe(8);
    expect(archive.head("big.xml", 1_000)).toBe(text.slice(0, 1_000));
    // Its tail damaged: the whole part is refused, the head still reads.
    const tail = stored.raw.byteOffset + stored.raw.byteLength - 100;
    const damaged = written.slice();
    damaged[tail] = damaged[tail]! ^ 0xff;
    const damagedArchive = readZip("big.xlsx", damaged);
    expect(codeOf(() => damagedArchive.bytes("big.xml"))).toBe("F002");
    expect(damagedArchive.head("big.xml", 1_000)).toBe(text.slice(0, 1_000));
  });

  it("gives a short part's whole text as its head, and nothing for a missing part", () => {
    const archive = readZip("small.xlsx", storedZip({ "a.xml": "<a>hello</a>" }));
    expect(archive.head("a.xml", 1_000)).toBe("<a>hello</a>");
    expect(archive.head("a.xml", 3)).toBe("<a>");
    expect(archive.head("b.xml", 3)).toBeUndefined();
  });

  it("refuses two parts of the same name (in any case) with F002", () => {
    const bytes = storedZip({ "xl/a.xml": "<a/>", "XL/A.xml": "<b/>" });
    expect(codeOf(() => readZip("twice.xlsx", bytes))).toBe("F002");
  });
});

describe("writeZip", () => {
  it("copies read parts as stored: the same compressed bytes, readable by ExcelJS", async () => {
    const original = readZip("mau.xlsx", await sampleBytes());
    const copy = readZip("copy.xlsx", writeZip(original.entries));
    expect(copy.entries.map((entry) => entry.name)).toEqual(
      original.entries.map((entry) => entry.name)
    );
    for (const entry of original.entries) {
      expect(Buffer.from(copy.entry(entry.name)!.raw).equals(Buffer.from(entry.raw))).toBe(true);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(writeZip(original.entries) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Danh sách");
  });

  it("deflates a new part, and stores one that would not shrink", () => {
    const text = new TextEncoder().encode("<row/>".repeat(1_000));
    const noise = Uint8Array.from({ length: 64 }, (_, i) => (i * 151 + 7) % 256);
    const archive = readZip(
      "new.xlsx",
      writeZip([
        { name: "xl/new.xml", data: text },
        { name: "xl/media/noise.bin", data: noise },
      ])
    );
    expect(archive.entry("xl/new.xml")!.compressedSize).toBeLessThan(text.byteLength);
    expect(archive.entry("xl/media/noise.bin")!.method).toBe(0);
    expect(archive.text("xl/new.xml")).toBe("<row/>".repeat(1_000));
    expect(Array.from(archive.bytes("xl/media/noise.bin")!)).toEqual(Array.from(noise));
  });

  it("gives the same bytes for the same parts: a written part's time is fixed", () => {
    const parts = [{ name: "a.xml", data: new TextEncoder().encode("<a/>") }];
    expect(Buffer.from(writeZip(parts)).equals(Buffer.from(writeZip(parts)))).toBe(true);
  });
});
