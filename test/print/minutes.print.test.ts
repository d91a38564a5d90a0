// The minutes (Kết quả) as LibreOffice prints them: 5, 15, 20, 60 and 150 people under each
// regulation, and the bundled sample, are laid out, applied to fresh workbooks, converted to PDF by
// one soffice call, and each PDF's text is checked page by page: the number of pages, the title on
// page 1, every name, the signature titles on the page of the signers' names, and a person on
// every page (no page holds only the repeated header). The sample's minutes are kept as a PNG in
// artifacts/print/ for a person to look at.

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonResult, RegulationId, TallyResult } from "../../src/rules";
import { DEFAULT_SETTINGS } from "../../src/rules/types";
import { layoutResults } from "../../src/workbook/layout";
import type { MeetingDetails } from "../../src/workbook/placement";
import type { WritePlan } from "../../src/workbook/plan";
import { checkWorkbook, planResults } from "../../src/workbook/run";
import { SAMPLE_DEFAULTS, samplePlan } from "../../src/workbook/sample";
import { applyPlan, workbookBytes } from "../../src/xlsx/write";
import { planToGrids } from "../helpers/plan-to-grids";
import { DETAILS, MEETING_DATE, placementFor, qd96Result } from "../workbook-layout/fixtures";

const run = promisify(execFile);
const ARTIFACTS = join(process.cwd(), "artifacts", "print");
const SIZES = [5, 15, 20, 60, 150] as const;
const REGULATIONS: readonly RegulationId[] = ["qd96", "nq96", "nq96-btn"];

/** Pages LibreOffice prints, measured. A different count means the row heights, the page setup
 * or the breaks changed: look at the PDF before changing a figure. */
const PAGES: Readonly<Record<RegulationId, Readonly<Record<(typeof SIZES)[number], number>>>> = {
  qd96: { 5: 1, 15: 1, 20: 2, 60: 2, 150: 4 },
  nq96: { 5: 1, 15: 1, 20: 2, 60: 2, 150: 4 },
  // Two levels print larger (fewer columns to fit to the page's width).
  "nq96-btn": { 5: 1, 15: 2, 20: 2, 60: 3, 150: 5 },
};

const FULL_DETAILS: MeetingDetails = {
  ...DETAILS,
  parentOrganization: "Ban Chấp hành Trung ương",
  town: "Hải Dương",
  startTime: { hour: 8, minute: 0 },
  endTime: { hour: 9, minute: 30 },
  chair: "Trần Quốc Vượng",
  secretary: "Lê Thị Mai",
  countingHeadPost: "Ủy viên Ban Thường vụ",
  countingMemberPosts: ["Ủy viên BCH", "Chuyên viên", "Chuyên viên"],
};
const SIGNERS = [DETAILS.countingHead!, ...DETAILS.countingMembers, FULL_DETAILS.chair!];

/** The three-level fixture as a no-confidence vote: low becomes no confidence. */
function asNoConfidence(result: TallyResult): TallyResult {
  const collected = result.meeting.collected;
  const person = (p: PersonResult): PersonResult => {
    if (!p.counts || !p.percent) return p;
    const no = p.counts.low ?? 0;
    const yes = (p.counts.high ?? 0) + (p.counts.medium ?? 0);
    return {
      ...p,
      counts: { confidence: yes, noConfidence: no, invalid: p.counts.invalid },
      percent: {
        confidence: Math.round((10_000 * yes) / collected) / 100,
        noConfidence: Math.round((10_000 * no) / collected) / 100,
      },
      band: 2 * no > collected ? "over-half" : "none",
    };
  };
  return { ...result, regulation: "nq96-btn", people: result.people.map(person) };
}

function resultFor(regulation: RegulationId, size: number): TallyResult {
  return regulation === "nq96-btn"
    ? asNoConfidence(qd96Result(size))
    : qd96Result(size, regulation);
}

function minutesPlan(result: TallyResult): WritePlan {
  return layoutResults({
    result,
    roster: placementFor(result, { headerRow: 2 }),
    resultSheet: { name: "Kết quả", exists: false, ours: false, rosterBlock: null },
    details: FULL_DETAILS,
    meetingDate: MEETING_DATE,
    lang: "vi",
    version: "0.1.0",
    fingerprint: "0123456789abcdef",
    settings: DEFAULT_SETTINGS,
  });
}

/** The bundled sample's minutes, through the same check and plan as the command line. */
function sampleMinutes(): { plan: WritePlan; names: string[] } {
  const checked = checkWorkbook(planToGrids(samplePlan({ ...SAMPLE_DEFAULTS })));
  expect(checked.blocked).toBe(false);
  return { plan: planResults(checked, "vi"), names: checked.result!.people.map((p) => p.name) };
}

let work: string;
let profile: string;
const printed = new Map<string, { pages: string[]; fonts: string }>();

async function save(plan: WritePlan, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, { sheets: plan.sheets.filter((sheet) => sheet.kind === "own") });
  const file = join(work, `${name}.xlsx`);
  await writeFile(file, await workbookBytes(workbook));
  return file;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "print-"));
  profile = await mkdtemp(join(tmpdir(), "lo-"));
  const names: string[] = [];
  for (const regulation of REGULATIONS) {
    for (const size of SIZES) {
      names.push(`${regulation}-${size}`);
      await save(minutesPlan(resultFor(regulation, size)), `${regulation}-${size}`);
    }
  }
  names.push("mau");
  await save(sampleMinutes().plan, "mau");
  // One soffice for every file: starting it is most of the cost.
  await run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    work,
    ...names.map((name) => join(work, `${name}.xlsx`)),
  ]);
  for (const name of names) {
    const pdf = join(work, `${name}.pdf`);
    const text = (await run("pdftotext", ["-layout", pdf, "-"])).stdout.normalize("NFC");
    printed.set(name, {
      pages: text.split("\f").filter((page) => page.trim() !== ""),
      fonts: name === "mau" ? (await run("pdffonts", [pdf])).stdout : "",
    });
  }
  await mkdir(ARTIFACTS, { recursive: true });
  await run("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-singlefile",
    join(work, "mau.pdf"),
    join(ARTIFACTS, "bien-ban-mau"),
  ]);
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
});

function pagesOf(name: string): string[] {
  const pages = printed.get(name)?.pages;
  if (!pages) throw new Error(`${name} was not printed`);
  return pages;
}

describe.each(REGULATIONS)("the printed minutes under %s", (regulation) => {
  it.each(SIZES)("%i people: pages, title, every name, signatures with their names", (size) => {
    const result = resultFor(regulation, size);
    const pages = pagesOf(`${regulation}-${size}`);
    expect(pages).toHaveLength(PAGES[regulation][size]);
    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
    const title =
      regulation === "nq96-btn" ? "KẾT QUẢ BỎ PHIẾU TÍN NHIỆM" : "KẾT QUẢ LẤY PHIẾU TÍN NHIỆM";
    expect(pages[0]).toContain(title);
    const all = pages.join("\n");
    for (const person of result.people) expect(all).toContain(person.name);
    // The signature titles and every signer's name on one page, the last.
    const signing = pages.at(-1)!;
    expect(signing).toContain("TRƯỞNG BAN KIỂM PHIẾU");
    expect(signing).toContain("CHỦ TRÌ HỘI NGHỊ");
    for (const name of SIGNERS) expect(signing).toContain(name);
    // No page holds only the repeated header: each has somebody's row.
    for (const page of pages) {
      expect(result.people.some((person) => page.includes(person.name))).toBe(true);
    }
  });
});

describe("the bundled sample's minutes", () => {
  it("print on one A4 page, ready to sign: header, the town's dateline, valid entries, the chair", () => {
    const { names } = sampleMinutes();
    const [page, ...more] = pagesOf("mau");
    expect(more).toEqual([]);
    for (const text of [
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "HUYỆN ỦY VÂN PHONG",
      "Vân Phong, ngày 15 tháng 11 năm 2023",
      "hợp lệ",
      "CHỦ TRÌ HỘI NGHỊ",
      "Ghi chú:",
    ]) {
      expect(page).toContain(text);
    }
    for (const name of names) expect(page).toContain(name);
  });

  it("uses the named font everywhere (Liberation Serif standing in for Times New Roman)", () => {
    const faces = printed
      .get("mau")!
      .fonts.split("\n")
      .slice(2)
      .filter((line) => line.trim() !== "")
      .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) expect(face).toMatch(/^LiberationSerif/);
  });

  it("leaves the page as a PNG for a person to look at", async () => {
    const png = await stat(join(ARTIFACTS, "bien-ban-mau.png"));
    expect(png.size).toBeGreaterThan(10_000);
  });
});
