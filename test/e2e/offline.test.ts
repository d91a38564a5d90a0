// End to end in Chromium: the offline app (dist/phieu-tin-nhiem.html) opened from file://, as a
// clerk opens it from a USB stick. It loads nothing from the network, tallies the bundled sample
// as the command line does (the downloaded workbook is the command line's, cell for cell), and
// prints the `Kết quả` sheet alone as an A4 document, kept in artifacts/print/ to look at.

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildOffline,
  GZIP_BUDGET,
  sizeLine,
  type OfflineBuild,
} from "../../scripts/build-offline";
import { launchChromium, type Chromium } from "../../scripts/chromium";
import { voteWordsOf } from "../../src/workbook/vocabulary";
import {
  cliConsolidate,
  cliTally,
  download,
  expectDownloadSameAsCli,
  expectSheetsOfCli,
} from "./same-as-cli";

const root = join(import.meta.dirname, "..", "..");
const SAMPLE = "hoi-nghi-mau.xlsx";
const samplePath = join(root, "examples", SAMPLE);
const printed = join(root, "artifacts", "print");
const run = promisify(execFile);

let work = "";
let built: OfflineBuild;
let browser: Chromium;
let page: Page;
/** Every URL the page asked for that is not the file itself or data it holds. */
const external = new Set<string>();

function isLocal(url: string): boolean {
  return /^(file|data|blob):/.test(url);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ptn-offline-"));
  built = await buildOffline(join(work, "dist"));
  console.log(sizeLine(built));
  browser = await launchChromium({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await browser.context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.add(url);
    return route.abort();
  });
  browser.context.on("request", (request) => {
    if (!isLocal(request.url())) external.add(request.url());
  });
  page = await browser.context.newPage();
  await mkdir(printed, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

const pane = () => page.locator("aside");
const button = (name: string) => pane().getByRole("button", { name, exact: true });
const printOfResults = () => page.getByRole("region", { name: /^Bản in trang Kết quả/ });

describe("the offline app", () => {
  it("is one file under its gzip budget", () => {
    expect(built.gzipBytes).toBeLessThan(GZIP_BUDGET);
  });

  it("tallies the sample from file:// without the network, as the command line does", async () => {
    const cliOut = join(work, "cli-ket-qua.xlsx");
    const cli = await cliTally(samplePath, cliOut);

    await page.goto(pathToFileURL(built.path).href);
    expect(await page.title()).toMatch(/^Phiếu tín nhiệm .* \/ Confidence vote/);
    await expect.poll(() => page.getByRole("toolbar").textContent()).toContain(SAMPLE);
    const print = page.getByRole("button", { name: /^In trang Kết quả/ });
    expect(await print.isDisabled()).toBe(true);
    // Before there is a result sheet, the page prints as it is rather than as a blank sheet.
    await page.emulateMedia({ media: "print" });
    expect(await pane().isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });

    await button("Kiểm tra").click();
    await pane().getByRole("checkbox").check();
    await button("Kiểm phiếu và ghi kết quả").click();
    await pane()
      .getByRole("region", { name: "Kiểm phiếu và ghi kết quả" })
      .getByText("Đã ghi kết quả.")
      .waitFor();
    expect(await print.isDisabled()).toBe(false);

    await expectDownloadSameAsCli(page, join(work, "offline-ket-qua.xlsx"), cliOut);

    // On screen the result sheet shows in the workbook view only; in print, alone.
    expect(await printOfResults().isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await pane().isVisible()).toBe(false);
    expect(await page.getByRole("toolbar").isVisible()).toBe(false);
    expect(await printOfResults().isVisible()).toBe(true);
    const header = printOfResults().locator("thead");
    expect(await header.evaluate((element) => getComputedStyle(element).display)).toBe(
      "table-header-group"
    );
    expect(await header.textContent()).toContain("Họ và tên");

    const pdf = join(printed, "ket-qua-hoi-nghi-mau.pdf");
    await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true });
    await page.emulateMedia({ media: "screen" });
    const { stdout: text } = await run("pdftotext", ["-layout", pdf, "-"]);
    const words = text.replace(/\s+/g, " ");
    expect(words).toContain(voteWordsOf("qd96").title.vi);
    for (const person of cli.people) expect(words).toContain(person.name);
    expect(words).not.toContain("Kiểm phiếu và ghi kết quả");
    // The sheet's footer numbers the pages, and every page of the table repeats its header.
    const { stdout: info } = await run("pdfinfo", [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(words).toContain(`Trang 1/${pages}`);
    for (let number = 1; number <= pages; number += 1) {
      const { stdout } = await run("pdftotext", ["-f", `${number}`, "-l", `${number}`, pdf, "-"]);
      const onPage = stdout.replace(/\s+/g, " ");
      if (cli.people.some((person) => onPage.includes(person.name))) {
        expect(onPage, `page ${number}`).toContain("Họ và tên");
      }
    }
    // The sheet's page setup decides the paper's orientation (A4 is 595 × 842 points).
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(size).not.toBeNull();
    const [width, height] = [Number(size![1]), Number(size![2])].map(Math.round) as [
      number,
      number,
    ];
    const results = new ExcelJS.Workbook();
    await results.xlsx.readFile(cliOut);
    const landscape = results.getWorksheet("Kết quả")!.pageSetup.orientation === "landscape";
    expect({ width, height }).toEqual(
      landscape ? { width: 842, height: 595 } : { width: 595, height: 842 }
    );

    expect([...external]).toEqual([]);
  });

  it("consolidates meetings chosen at once into the open workbook, as the command line does", async () => {
    const examples = join(root, "examples");
    const inputs = ["hdnd-huyen-van-phong.xlsx", "hoi-nghi-mau.xlsx", "ubnd-huyen-van-phong.xlsx"];
    const cliOut = join(work, "cli-tong-hop.xlsx");
    await cliConsolidate(examples, inputs, cliOut);

    await page.goto(pathToFileURL(built.path).href);
    await expect.poll(() => page.getByRole("toolbar").textContent()).toContain(SAMPLE);
    const chooser = pane().getByLabel("Chọn tệp để tổng hợp…");
    await chooser.setInputFiles(inputs.map((name) => join(examples, name)));
    await pane()
      .getByRole("region", { name: "Tổng hợp nhiều hội nghị" })
      .getByText("Đã tổng hợp 3 hội nghị vào các trang Tổng hợp, Cần xem xét, Hai nơi, Xếp hạng.")
      .waitFor();
    const saved = join(work, "offline-tong-hop.xlsx");
    await download(page, saved);
    await expectSheetsOfCli(saved, cliOut);
    expect([...external]).toEqual([]);
  });

  it("would have seen a request to the network", async () => {
    // The watch above is not blind: a request from the same page is caught.
    const office = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    const answer = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => "loaded",
          () => "refused"
        ),
      office
    );
    expect(answer).toBe("refused");
    expect([...external]).toEqual([office]);
  });
});
