// End to end in Chromium: the built preview (the real task pane over the fake Excel) opens the
// sample workbook, checks it, tallies and writes, and the workbook it downloads is the one the
// command line writes from the same file, cell for cell. A broken copy shows its problems, and
// choosing one selects its cell. An empty workbook goes from the template to written results.
// Screenshots of the pane at 350 px, in Vietnamese and English, in the dark theme and along the
// template's path, are kept in artifacts/screenshots/ for a person to look at.

import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type Chromium } from "../../scripts/chromium";
import {
  cliBallots,
  cliTally,
  download,
  expectDownloadSameAsCli,
  expectSameWorkbook,
} from "./same-as-cli";
import { serveFolder, type StaticServer } from "./static-server";

const root = join(import.meta.dirname, "..", "..");
const SAMPLE = "hoi-nghi-mau.xlsx";
const samplePath = join(root, "examples", SAMPLE);
const screenshots = join(root, "artifacts", "screenshots");

let work = "";
let server: StaticServer;
let browser: Chromium;
let page: Page;

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

/** Types into a cell of the sheet shown, as a user of the preview does (double click, Enter). */
async function typeInto(cell: string, text: string): Promise<void> {
  await page.locator(`td[data-cell="${cell}"]`).dblclick();
  const editor = page.getByRole("textbox", { name: `Ô ${cell} / Cell ${cell}` });
  await editor.fill(text);
  await editor.press("Enter");
  await editor.waitFor({ state: "detached" });
}

/** WCAG contrast of an option's label against the pane's background. */
async function contrastOf(radio: ReturnType<Page["locator"]>): Promise<number> {
  const [text, back] = await radio.evaluate((input) => {
    const label = input.parentElement?.querySelector("label");
    const main = input.closest("main");
    return [
      label ? getComputedStyle(label).color : "",
      main ? getComputedStyle(main).backgroundColor : "",
    ];
  });
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(text), luminance(back)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
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
      cli.problems.map(
        (p) => `Cảnh báo${p.code}Ô ${p.sheet}!${p.cell}${p.message}Cần làm: ${p.action}`
      )
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
      `Không quá 50% tín nhiệm thấp${count("none")}` +
        `Trên 50% đến dưới 2/3 tín nhiệm thấp${count("over-half")}` +
        `Từ 2/3 tín nhiệm thấp trở lên${count("two-thirds")}` +
        `Không lấy phiếu${excluded}`
    );
    await screenshotPane("pane-vi.png");

    await button("Xem trang Kết quả").click();
    await expect.poll(() => page.getByRole("tab", { selected: true }).innerText()).toBe("Kết quả");
    await page.screenshot({ path: join(screenshots, "preview-results-sheet.png") });

    await expectDownloadSameAsCli(page, join(work, "preview-ket-qua.xlsx"), cliOut);
  });

  it("prints the sample's ballots and downloads them as the command line writes them", async () => {
    const cliOut = join(work, "cli-phieu-in.xlsx");
    await cliBallots(samplePath, cliOut);
    await openPreview();
    await button("In phiếu").click();
    // The live region says it too: the section's message is the one looked for.
    await pane()
      .getByRole("region", { name: "In phiếu" })
      .getByText(/^Đã tạo 43 phiếu, mỗi phiếu 12 người/)
      .waitFor();
    await screenshotPane("in-phieu-vi.png");
    const saved = join(work, "preview-phieu-in.xlsx");
    await download(page, saved);
    await expectSameWorkbook(saved, cliOut);
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

  it("changes the extra-names rule in the workbook after saying what it will do", async () => {
    await openPreview();
    await button("Kiểm tra").click();
    const settings = pane().getByRole("region", { name: "Cài đặt" });
    const ignore = settings.getByRole("radio", { name: /^Bỏ qua tên ghi thêm/ });
    const voiding = settings.getByRole("radio", { name: "Cả phiếu không hợp lệ" });
    await expect.poll(() => ignore.isChecked()).toBe(true);
    await expect.poll(() => contrastOf(voiding)).toBeGreaterThanOrEqual(4.5);

    await voiding.check();
    await settings.getByText("1 phiếu sẽ thành không hợp lệ.").waitFor();
    await screenshotPane("pane-settings-confirm.png");
    await button("Đổi và ghi vào sổ tính").click();
    // The sample's hand tally counted that ballot: the check names the setting as the cause.
    const problems = pane().getByRole("list", { name: "Lỗi và cảnh báo" });
    await problems.getByText(/có thể do thiết lập “Phiếu ghi thêm tên ngoài danh sách”/).waitFor();
    expect(await voiding.isChecked()).toBe(true);
    expect(await contrastOf(ignore)).toBeGreaterThanOrEqual(4.5);

    await page.getByRole("switch", { name: "Giao diện tối / Dark theme" }).check();
    await expect.poll(() => contrastOf(ignore)).toBeGreaterThanOrEqual(4.5);
    await screenshotPane("pane-settings-dark.png");
  });

  it("lists a broken workbook's problems, selects a problem's cell and refuses to write", async () => {
    const broken = join(work, "hoi-nghi-loi.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath);
    // Ballot 1 (row 12) gets a mark no code stands for, under person 2 (column D).
    workbook.getWorksheet("Phiếu")!.getCell("D12").value = "?";
    await workbook.xlsx.writeFile(broken);

    await openPreview();
    const toolbar = page.getByRole("toolbar", { name: "Tệp / File" });
    await toolbar.locator('input[type="file"]').setInputFiles(broken);
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

  it("starts an empty workbook from the template: check, create, fill, check, tally", async () => {
    await openPreview();
    await page.getByRole("button", { name: "Sổ tính mới / New workbook" }).click();
    await expect.poll(() => page.getByRole("toolbar").textContent()).toContain("so-tinh-moi.xlsx");
    const checkRegion = pane().getByRole("region", { name: "Kiểm tra" });
    const problems = pane().getByRole("list", { name: "Lỗi và cảnh báo" });

    await button("Kiểm tra").click();
    await problems.waitFor();
    expect(await problems.textContent()).toContain("Hội nghị");
    await screenshotPane("pane-template-1-empty.png");

    // Offered right under the problems; once done, the problems of the empty workbook are gone.
    await checkRegion.getByRole("button", { name: "Tạo các trang theo mẫu" }).click();
    await pane()
      .getByRole("region", { name: "Tạo mẫu" })
      .getByText(/^Đã tạo các trang: /)
      .waitFor();
    expect(await problems.count()).toBe(0);
    expect(await checkRegion.textContent()).not.toContain("E001");
    await screenshotPane("pane-template-2-created.png");

    await button("Kiểm tra").click();
    await problems.waitFor();
    await screenshotPane("pane-template-3-checked.png");

    const names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"];
    const more = ["Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hùng", "Bùi Thị Lan"];
    const people = [...names, ...more, "Đỗ Văn Minh", "Ngô Thị Nga"];
    const fill: Record<string, [string, string][]> = {
      "Hội nghị": [
        ["B19", "15/12/2024"],
        ["B20", "QĐ 96-QĐ/TW"],
        ["B22", "3"],
        ["B23", "3"],
        ["B24", "3"],
        ["B25", "3"],
      ],
      "Danh sách": people.flatMap((name, index): [string, string][] => [
        [`B${10 + index}`, name],
        [`C${10 + index}`, "Ủy viên"],
      ]),
      Phiếu: [1, 2, 3].flatMap((ballot): [string, string][] => [
        [`A${11 + ballot}`, String(ballot)],
        [`C${11 + ballot}`, ballot === 3 ? "3" : "1"],
      ]),
    };
    for (const [sheet, cells] of Object.entries(fill)) {
      await page.getByRole("tab", { name: sheet, exact: true }).click();
      for (const [cell, text] of cells) await typeInto(cell, text);
      if (sheet === "Hội nghị") {
        // The user's first edit: the report of the blank template is marked at once.
        await checkRegion.getByText("Sổ tính đã thay đổi — kiểm tra lại.").waitFor();
        await screenshotPane("pane-template-4-changed.png");
      }
    }

    await button("Kiểm tra").click();
    await checkRegion.getByText("Không có lỗi hay cảnh báo nào.").waitFor();
    expect(await checkRegion.textContent()).not.toContain("Sổ tính đã thay đổi");
    await button("Kiểm phiếu và ghi kết quả").click();
    await pane()
      .getByRole("region", { name: "Kiểm phiếu và ghi kết quả" })
      .getByText("Đã ghi kết quả.")
      .waitFor();
    // Its own write does not mark the report it has just written from.
    expect(await checkRegion.textContent()).not.toContain("Sổ tính đã thay đổi");
    await screenshotPane("pane-template-5-written.png");
    expect(await page.getByRole("tab").allInnerTexts()).toContain("Kết quả");
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
