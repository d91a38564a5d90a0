// The printed result sheet, as LibreOffice prints it: a realistic result (40 people, two not
// voted on, every band) is laid out, applied to a fresh workbook, saved, converted to PDF once,
// and the PDF is checked for paper, pages, text and fonts. The first page is kept as a PNG in
// artifacts/print/ for a person to look at.

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/rules/types";
import { layoutResults } from "../../src/workbook/layout";
import { applyPlan, workbookBytes } from "../../src/xlsx/write";
import { DETAILS, MEETING_DATE, placementFor, qd96Result } from "../workbook-layout/fixtures";

const run = promisify(execFile);
const ARTIFACTS = join(process.cwd(), "artifacts", "print");
const result = qd96Result(40);

let work: string;
let profile: string;
let pages: string[];
let info: string;
let fonts: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "print-"));
  profile = await mkdtemp(join(tmpdir(), "lo-"));
  const plan = layoutResults({
    result,
    roster: placementFor(result, { headerRow: 2 }),
    resultSheet: { name: "Kết quả", exists: false, ours: false, rosterBlock: null },
    details: DETAILS,
    meetingDate: MEETING_DATE,
    lang: "vi",
    version: "0.1.0",
    fingerprint: "0123456789abcdef",
    settings: DEFAULT_SETTINGS,
  });
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, { sheets: plan.sheets.filter((sheet) => sheet.kind === "own") });
  const xlsx = join(work, "ket-qua.xlsx");
  await writeFile(xlsx, await workbookBytes(workbook));

  await run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    work,
    xlsx,
  ]);
  const pdf = join(work, "ket-qua.pdf");
  info = (await run("pdfinfo", [pdf])).stdout;
  fonts = (await run("pdffonts", [pdf])).stdout;
  await run("pdftotext", ["-layout", pdf, join(work, "ket-qua.txt")]);
  const text = (await readFile(join(work, "ket-qua.txt"), "utf8")).normalize("NFC");
  pages = text.split("\f").filter((page) => page.trim() !== "");

  await mkdir(ARTIFACTS, { recursive: true });
  await run("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    pdf,
    join(ARTIFACTS, "ket-qua-trang-1"),
  ]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
});

describe("the printed Kết quả sheet", () => {
  it("is A4 landscape, on the number of pages the footer counts", () => {
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Number(size?.[1])).toBeCloseTo(841.89, 0);
    expect(Number(size?.[2])).toBeCloseTo(595.3, 0);
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    // Measured: 40 people at 18 points a row (more for wrapped consequences) take three
    // landscape pages. Another count means the row heights or the page setup changed: look
    // at the PNG before changing this figure.
    expect(count).toBe(3);
    expect(pages).toHaveLength(count);
    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${count}`));
  });

  it("prints the title and every name intact, in Vietnamese", () => {
    const all = pages.join("\n");
    expect(pages[0]).toContain("KẾT QUẢ LẤY PHIẾU TÍN NHIỆM");
    expect(all).toContain("Nguyễn Thị Hằng");
    for (const person of result.people) expect(all).toContain(person.name);
    expect(all).toContain("Không lấy phiếu");
    expect(all).toContain("phieu-tin-nhiem 0.1.0 · qd96 · mã dữ liệu 0123456789abcdef");
  });

  it("repeats the table's header rows on every page", () => {
    for (const page of pages) {
      for (const header of [
        "STT",
        "Họ và tên",
        "Chức vụ",
        "Tín nhiệm cao",
        "Tín nhiệm thấp",
        "Số phiếu",
        "Tỷ lệ",
        "Mức / xử lý",
      ]) {
        expect(page).toContain(header);
      }
    }
  });

  it("prints one page wide: each person's row holds the name and the last rate on one line", () => {
    const lines = pages.flatMap((page) => page.split("\n"));
    for (const person of result.people) {
      const low = person.percent?.low;
      if (low === undefined) continue;
      const rate = `${low.toFixed(2)}%`;
      expect(lines.some((line) => line.includes(person.name) && line.includes(rate))).toBe(true);
    }
  });

  it("uses the named font everywhere (Liberation Serif standing in for Times New Roman)", () => {
    const faces = fonts
      .split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "")
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) expect(face).toMatch(/^LiberationSerif/);
  });

  it("leaves the first page as a PNG for a person to look at", async () => {
    const png = await stat(join(ARTIFACTS, "ket-qua-trang-1.png"));
    expect(png.size).toBeGreaterThan(10_000);
  });
});
