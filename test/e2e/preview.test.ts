// End to end in Chromium: the built preview (the real task pane over the fake Excel) opens the
// sample workbook, checks it, tallies and writes, and the workbook it downloads is the one the
// command line writes from the same file, cell for cell. A broken copy shows its problems, and
// choosing one selects its cell. Screenshots of the pane at 350 px, in Vietnamese and English
// and in the dark theme, are kept in artifacts/screenshots/ for a person to look at.

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type Chromium } from "../../scripts/chromium";
import { loadFakeWorkbook, saveFakeWorkbook } from "../../src/fake-excel/xlsx-bridge";
import { dumpWorkbook } from "../helpers/workbook-dump";
import { serveFolder, type StaticServer } from "./static-server";

const root = join(import.meta.dirname, "..", "..");
const SAMPLE = "hoi-nghi-mau.xlsx";
const samplePath = join(root, "examples", SAMPLE);
const screenshots = join(root, "artifacts", "screenshots");
const run = promisify(execFile);

let work = "";
let server: StaticServer;
let browser: Chromium;
let page: Page;

/** The command line, as a user runs it: `tsx src/cli/main.ts tally FILE -o OUT --json`. */
async function cliTally(input: string, output: string): Promise<CliReport> {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const { stdout } = await run(tsx, ["src/cli/main.ts", "tally", input, "-o", output, "--json"], {
    cwd: root,
  });
  return JSON.parse(stdout) as CliReport;
}

interface CliReport {
  readonly meeting: Record<string, number | boolean | null>;
  readonly people: readonly { readonly band: string | null; readonly excluded: boolean }[];
  readonly problems: readonly {
    readonly code: string;
    readonly severity: "error" | "warning";
    readonly sheet?: string;
    readonly cell?: string;
    readonly message: string;
  }[];
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ptn-e2e-"));
  const outDir = join(work, "dist");
  await build({
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  server = await serveFolder(outDir);
  browser = await launchChromium({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await browser.context.newPage();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

const pane = () => page.locator("aside");
const button = (name: string) => pane().getByRole("button", { name, exact: true });

/** A fresh preview page with the sample workbook open. */
async function openPreview(): Promise<void> {
  await page.goto(`${server.url}/preview.html`);
  await expect.poll(() => page.getByRole("toolbar").textContent()).toContain(SAMPLE);
}

/** The whole pane, however long, at 350 px: a tall viewport so nothing is cut. */
async function screenshotPane(file: string): Promise<void> {
  const viewport = page.viewportSize();
  const height = await pane().evaluate((aside) => aside.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.max(height, 900) });
  await pane().screenshot({ path: join(screenshots, file) });
  if (viewport) await page.setViewportSize(viewport);
}

describe("the browser preview", () => {
  it("checks, tallies and downloads the sample as the command line writes it", async () => {
    const cliOut = join(work, "cli-ket-qua.xlsx");
    const cli = await cliTally(samplePath, cliOut);

    await openPreview();
    const paneBox = await pane().boundingBox();
    expect(paneBox?.width).toBe(350);

    await button("Kiểm tra").click();
    const figures = pane().getByLabel("Số liệu hội nghị");
    await figures.waitFor();
    const figureText = await figures.textContent();
    expect(figureText).toContain(`Số phiếu thu về${cli.meeting["collected"]}`);
    expect(figureText).toContain(`Số người được triệu tập${cli.meeting["summoned"]}`);
    // The sample carries a warning to acknowledge (a name written in): the pane lists what the
    // command line reports, in the same words.
    expect(cli.problems.length).toBeGreaterThan(0);
    expect(cli.problems.every((problem) => problem.severity === "warning")).toBe(true);
    const problems = pane().getByRole("list", { name: "Lỗi và cảnh báo" }).getByRole("listitem");
    expect(await problems.allTextContents()).toEqual(
      cli.problems.map((p) => `Cảnh báo${p.code}Ô ${p.sheet}!${p.cell}${p.message}`)
    );
    expect(await button("Kiểm phiếu và ghi kết quả").isDisabled()).toBe(true);
    await pane().getByRole("checkbox").check();

    await button("Kiểm phiếu và ghi kết quả").click();
    await pane()
      .getByRole("region", { name: "Kiểm phiếu và ghi kết quả" })
      .getByText("Đã ghi kết quả.")
      .waitFor();
    const bands = pane().getByLabel("Số người theo mức");
    const count = (band: string | null) =>
      String(cli.people.filter((p) => p.band === band && !p.excluded).length);
    const excluded = String(cli.people.filter((p) => p.excluded).length);
    expect(await bands.textContent()).toBe(
      `Không thuộc diện xử lý${count("none")}` +
        `Trên 1/2 đến dưới 2/3 phiếu tín nhiệm thấp${count("over-half")}` +
        `Từ 2/3 phiếu tín nhiệm thấp trở lên${count("two-thirds")}` +
        `Không lấy phiếu${excluded}`
    );
    await screenshotPane("pane-vi.png");

    await button("Xem trang Kết quả").click();
    await expect.poll(() => page.getByRole("tab", { selected: true }).innerText()).toBe("Kết quả");
    await page.screenshot({ path: join(screenshots, "preview-results-sheet.png") });

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tải về / Download" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("hoi-nghi-mau-ket-qua.xlsx");
    const byPreview = join(work, "preview-ket-qua.xlsx");
    await download.saveAs(byPreview);

    const [expected, actual] = await Promise.all([cliOut, byPreview].map(comparable));
    expect(actual!.map((sheet) => sheet.name)).toEqual(expected!.map((sheet) => sheet.name));
    for (const [index, sheet] of actual!.entries()) {
      const other = expected![index]!;
      expect(Object.keys(sheet.cells).length, sheet.name).toBeGreaterThan(0);
      expect(sheet.cells, `cells of ${sheet.name}`).toEqual(other.cells);
      expect(sheet.merges, `merges of ${sheet.name}`).toEqual(other.merges);
      expect(sheet.page, `page setup of ${sheet.name}`).toEqual(other.page);
    }
  });

  it("speaks English and follows the dark theme", async () => {
    await openPreview();
    await pane().getByRole("combobox", { name: "Ngôn ngữ / Language" }).selectOption("en");
    await pane().getByRole("heading", { name: "Confidence vote", level: 1 }).waitFor();
    await button("Check").click();
    await pane()
      .getByRole("checkbox", { name: /^I have read the warning/ })
      .check();
    await button("Tally and write").click();
    await pane()
      .getByRole("region", { name: "Tally and write" })
      .getByText("The results are written.")
      .waitFor();
    await screenshotPane("pane-en.png");

    await page.getByRole("switch", { name: "Giao diện tối / Dark theme" }).check();
    const background = await pane()
      .getByRole("main")
      .evaluate((main) => getComputedStyle(main).backgroundColor);
    expect(background).toBe("rgb(41, 41, 41)");
    await screenshotPane("pane-en-dark.png");
  });

  it("lists a broken workbook's problems, selects a problem's cell and refuses to write", async () => {
    const broken = join(work, "hoi-nghi-loi.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath);
    // Ballot 1 (row 12) gets a mark no code stands for, under person 2 (column D).
    workbook.getWorksheet("Phiếu")!.getCell("D12").value = "?";
    await workbook.xlsx.writeFile(broken);

    await openPreview();
    await page.locator('input[type="file"]').setInputFiles(broken);
    await expect.poll(() => page.getByRole("toolbar").textContent()).toContain("hoi-nghi-loi.xlsx");
    await button("Kiểm tra").click();
    const problems = pane().getByRole("list", { name: "Lỗi và cảnh báo" });
    await problems.waitFor();
    const items = await problems.getByRole("listitem").allTextContents();
    // A mark that cannot be read stops the count, not the checks that do not need it: the name
    // a voter wrote in is still reported.
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Lỗi[A-Z]\d+Ô Phiếu!D12Ô D12: .*“\?”/);
    expect(items[1]).toMatch(/^Cảnh báoW301/);
    expect(await button("Kiểm phiếu và ghi kết quả").isDisabled()).toBe(true);
    await screenshotPane("pane-vi-problems.png");

    await problems.getByRole("button", { name: /Phiếu!D12/ }).click();
    await expect.poll(() => page.getByRole("tab", { selected: true }).innerText()).toBe("Phiếu");
    const selected = page.locator('td[aria-selected="true"]');
    await expect.poll(() => selected.getAttribute("data-cell")).toBe("D12");
    expect(await selected.textContent()).toBe("?");
  });

  it("refuses a template over the sample's sheets and creates one in a new workbook", async () => {
    await openPreview();
    const template = pane().getByRole("region", { name: "Tạo mẫu" });
    await button("Tạo mẫu").click();
    await template.getByText("Không tạo mẫu").waitFor();
    expect(await template.textContent()).toContain(
      "Bảng tính đã có trang Hội nghị, Danh sách, Phiếu, Kiểm phiếu."
    );

    await page.getByRole("button", { name: "Sổ tính mới / New workbook" }).click();
    await expect.poll(() => page.getByRole("toolbar").textContent()).toContain("so-tinh-moi.xlsx");
    await button("Tạo mẫu").click();
    await template.getByText(/^Đã tạo các trang: /).waitFor();
    const tabs = await page.getByRole("tab").allInnerTexts();
    for (const sheet of ["Hội nghị", "Danh sách", "Phiếu", "Kiểm phiếu"]) {
      expect(tabs).toContain(sheet);
    }
    // The new template checks with errors (nothing filled in yet), never with a crash.
    await button("Kiểm tra").click();
    await pane().getByRole("list", { name: "Lỗi và cảnh báo" }).waitFor();
    expect(await button("Kiểm phiếu và ghi kết quả").isDisabled()).toBe(true);
  });

  it("shows a bilingual message, not a blank page, when the pane is opened outside Excel", async () => {
    const outside = await browser.context.newPage();
    await outside.goto(`${server.url}/taskpane.html`);
    // Without network office.js does not load; with it, Office answers with no host: either way
    // the page says so in both languages.
    await outside
      .getByText(/Office\.js could not be loaded|This page runs inside Excel only/)
      .waitFor({ timeout: 30_000 });
    expect(
      await outside
        .getByText(/Không tải được Office\.js|Trang này chỉ chạy bên trong Excel/)
        .count()
    ).toBe(1);
    await outside.close();
  });
});

/** An .xlsx file's cells, merges and page setup, as ExcelJS reads them, after the file took the
 * way the preview's file took (into the fake Excel and out through its ExcelJS bridge): both sides
 * then carry the same representation and only what was written can differ. */
async function comparable(path: string) {
  const bytes = await saveFakeWorkbook(await loadFakeWorkbook(await readFile(path)));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return dumpWorkbook(workbook);
}
