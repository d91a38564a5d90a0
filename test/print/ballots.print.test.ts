// The printed ballots and count sheet, as LibreOffice prints them: lists of 5, 15, 20, 60 and 150
// people (qd96) and 15 for each regulation, each a workbook of its own, converted in one soffice
// call. Checked on the PDF: A4, two ballots to a page while they fit (a cut line between), each
// further ballot starting on a fresh page, every word of every name and position on every ballot.
// (A row too short for its text is clipped on paper, yet its text stays in the PDF: row heights are
// checked by eye on the PNGs.) The sample's first pages are kept as PNGs in artifacts/print/.

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegulationId } from "../../src/rules/types";
import { checkBallotForms, planBallotForms } from "../../src/workbook/ballot-forms";
import type { BallotFormContent } from "../../src/workbook/layout/ballot-sheet";
import { SAMPLE_DEFAULTS, samplePlan } from "../../src/workbook/sample";
import { applyPlan, workbookBytes } from "../../src/xlsx/write";
import { planToGrids } from "../helpers/plan-to-grids";

const run = promisify(execFile);
const ARTIFACTS = join(process.cwd(), "artifacts", "print");
const COPIES = 4;

interface Case {
  readonly name: string;
  readonly people: number;
  readonly regulation: RegulationId;
}

const CASES: readonly Case[] = [
  ...[5, 15, 20, 60, 150].map((people) => ({
    name: `qd96-${people}`,
    people,
    regulation: "qd96" as const,
  })),
  { name: "nq96-15", people: 15, regulation: "nq96" },
  { name: "nq96-btn-15", people: 15, regulation: "nq96-btn" },
];

/** What the sample's roster of at least `people` gives, cut to `people` voted on (the sample
 * lists eight at least). */
function contentFor(people: number, regulation: RegulationId) {
  const sample = samplePlan({ ...SAMPLE_DEFAULTS, people: Math.max(8, people), regulation });
  const check = checkBallotForms(planToGrids(sample), { copies: COPIES });
  expect(check.problems).toEqual([]);
  const content: BallotFormContent = {
    ...check.content!,
    people: check.content!.people.slice(0, people),
  };
  return { ...check, content };
}

interface Printed {
  readonly content: BallotFormContent;
  readonly ballotPages: string[];
  readonly countPages: string[];
  readonly ballotsPerPage: number;
}

let work: string;
let profile: string;
const printed = new Map<string, Printed>();

function pagesOf(text: string): string[] {
  return text
    .normalize("NFC")
    .split("\f")
    .filter((page) => page.trim() !== "");
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "print-ballots-"));
  profile = await mkdtemp(join(tmpdir(), "lo-"));
  const files: string[] = [];
  const plans = new Map<string, { content: BallotFormContent; perPage: number }>();
  for (const { name, people, regulation } of CASES) {
    const check = contentFor(people, regulation);
    const plan = planBallotForms(check, "vi");
    for (const write of plan.sheets) {
      const workbook = new ExcelJS.Workbook();
      applyPlan(workbook, { sheets: [write] });
      const file = join(work, `${name}-${write.sheet === "Phiếu in" ? "phieu" : "kiem"}.xlsx`);
      await writeFile(file, await workbookBytes(workbook));
      files.push(file);
    }
    const ballots = plan.sheets.find((write) => write.sheet === "Phiếu in")!;
    const breaks = ballots.page!.rowBreaks!.length;
    plans.set(name, { content: check.content, perPage: COPIES / (breaks + 1) });
  }
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      ...files,
    ],
    { timeout: 150_000 }
  );
  for (const [name, { content, perPage }] of plans) {
    const text = async (kind: string) => {
      const pdf = join(work, `${name}-${kind}.pdf`);
      const { stdout } = await run("pdftotext", ["-layout", pdf, "-"], {
        maxBuffer: 64 * 1024 * 1024,
      });
      return pagesOf(stdout);
    };
    printed.set(name, {
      content,
      ballotPages: await text("phieu"),
      countPages: await text("kiem"),
      ballotsPerPage: perPage,
    });
  }
  await mkdir(ARTIFACTS, { recursive: true });
  for (const [kind, png] of [
    ["phieu", "phieu-in-trang-1"],
    ["kiem", "phieu-kiem-trang-1"],
  ] as const) {
    await run("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      join(work, `qd96-15-${kind}.pdf`),
      join(ARTIFACTS, png),
    ]);
  }
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
});

function get(name: string): Printed {
  const found = printed.get(name);
  expect(found, name).toBeDefined();
  return found!;
}

const TITLES: Readonly<Record<RegulationId, string>> = {
  qd96: "PHIẾU LẤY PHIẾU TÍN NHIỆM",
  nq96: "PHIẾU LẤY PHIẾU TÍN NHIỆM",
  "nq96-btn": "PHIẾU BỎ PHIẾU TÍN NHIỆM",
};

/** How often each word occurs in the texts. */
function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap((text) => text.split(/\s+/)).filter(Boolean)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

describe.each(CASES)("the printed ballots of $name", ({ name, people, regulation }) => {
  it("print two to a page while two fit (up to the sample's 15), else one, each ballot from a page's top", () => {
    const { ballotPages, ballotsPerPage } = get(name);
    const title = TITLES[regulation];
    expect(ballotsPerPage).toBe(people <= 15 ? 2 : 1);
    const starts = ballotPages.map((page) => page.split(title).length - 1);
    expect(starts.reduce((sum, count) => sum + count, 0)).toBe(COPIES);
    if (ballotsPerPage === 2) {
      expect(ballotPages).toHaveLength(COPIES / 2);
      for (const page of ballotPages) {
        expect(page.split(title)).toHaveLength(3);
        expect(page).toContain("cắt theo đường này");
      }
    } else {
      // Every ballot takes the same number of pages, and starts on the first of them.
      const each = ballotPages.length / COPIES;
      expect(Number.isInteger(each)).toBe(true);
      starts.forEach((count, page) => expect(count).toBe(page % each === 0 ? 1 : 0));
    }
  });

  it("print every name and position on every ballot, and nothing to tell one from another", () => {
    const { ballotPages, content } = get(name);
    const title = TITLES[regulation];
    const ballots = ballotPages.join("\n").split(title).slice(1);
    expect(ballots).toHaveLength(COPIES);
    for (const ballot of ballots) {
      // Counted word by word: a wrapped position's lines print apart, the other cells between.
      const printedWords = wordCounts([ballot]);
      const listed = content.people.flatMap((person) => [person.name, person.position]);
      for (const [word, count] of wordCounts(listed)) {
        expect(printedWords.get(word) ?? 0, word).toBeGreaterThanOrEqual(count);
      }
      for (const person of content.people) expect(ballot).toContain(person.name);
      expect(ballot).not.toMatch(/Trang \d/);
    }
  });

  it("print the count sheet with every name, its header on every page", () => {
    const { countPages, content } = get(name);
    const text = countPages.join("\n");
    for (const person of content.people) expect(text).toContain(person.name);
    for (const page of countPages) expect(page).toContain("Gạch đếm");
    expect(countPages[0]).toContain("BIỂU KIỂM PHIẾU BẰNG TAY");
    expect(countPages.at(-1)).toContain("NGƯỜI KIỂM PHIẾU");
  });
});

describe("the sample's printed ballots", () => {
  it("leave their first pages as PNGs for a person to look at", async () => {
    for (const png of ["phieu-in-trang-1.png", "phieu-kiem-trang-1.png"]) {
      expect((await stat(join(ARTIFACTS, png))).size).toBeGreaterThan(10_000);
    }
  });
});
