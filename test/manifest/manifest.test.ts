// @vitest-environment jsdom
// The add-in manifest, checked offline: Microsoft's XML schemas (xmllint), the resources it
// refers to, the icons it names, its English overrides, and the production manifest written
// from ADDIN_BASE_URL.

import { execFile } from "node:child_process";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkBaseUrl, DEV_BASE_URL, productionManifest } from "../../scripts/build-manifest";
import { ICON_SIZES } from "../../scripts/icons";
import { ENGLISH_LOCALES } from "../../scripts/manifest-locales";

const root = join(import.meta.dirname, "..", "..");
const schema = join(root, "schemas", "manifest", "OfficeAppManifestV1_1.xsd");
const run = promisify(execFile);

async function xmllint(file: string): Promise<{ ok: boolean; output: string }> {
  expect(existsSync(schema), `Microsoft's manifest schemas are expected at ${schema}`).toBe(true);
  try {
    const { stderr } = await run("xmllint", ["--noout", "--schema", schema, file]);
    return { ok: true, output: stderr };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  }
}

const manifestXml = await readFile(join(root, "manifest.xml"), "utf8");
// jsdom's DOMParser, for XPath-free queries by tag name and attribute.
const manifest = new DOMParser().parseFromString(manifestXml, "text/xml");

function elements(name: string): Element[] {
  return [...manifest.getElementsByTagName(name)];
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, after the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is valid against the add-in manifest schemas", async () => {
    const result = await xmllint(join(root, "manifest.xml"));
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it("is an Excel task pane add-in with a stable id, ExcelApi 1.9 (no Excel 2016/2019) and write access", () => {
    expect(manifest.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(elements("Id")[0]?.textContent).toBe("cdea6825-af89-4bd2-90ee-79f521d8aa2b");
    expect(
      elements("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))
    ).toEqual(["Workbook", "Workbook"]);
    expect(elements("Permissions")[0]?.textContent).toBe("ReadWriteDocument");
    const excelApi = elements("Set").find((set) => set.getAttribute("Name") === "ExcelApi");
    expect(excelApi?.getAttribute("MinVersion")).toBe("1.9");
    expect(elements("DefaultLocale")[0]?.textContent).toBe("vi-VN");
    expect(elements("SourceLocation")[0]?.getAttribute("DefaultValue")).toBe(
      `${DEV_BASE_URL}/taskpane.html`
    );
  });

  it("puts one button in a group of its own on the Home tab", () => {
    const tab = elements("OfficeTab");
    expect(tab.map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    const groups = tab[0]?.getElementsByTagName("Group");
    expect(groups?.length).toBe(1);
    const controls = [...(groups?.[0]?.getElementsByTagName("Control") ?? [])];
    expect(controls.map((c) => c.getAttribute("xsi:type"))).toEqual(["Button"]);
    expect(controls[0]?.getElementsByTagName("Action")[0]?.getAttribute("xsi:type")).toBe(
      "ShowTaskpane"
    );
  });

  it("defines every resource it refers to", () => {
    const defined = new Set(
      ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) =>
        elements(tag).map((e) => e.getAttribute("id"))
      )
    );
    const referred = [...manifest.querySelectorAll("[resid]")].map((e) => e.getAttribute("resid"));
    expect(referred.length).toBeGreaterThan(10);
    expect(referred.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("says everything in Vietnamese, and in English for every English locale", () => {
    const localized = [
      ...elements("DisplayName"),
      ...elements("Description").filter((e) => e.hasAttribute("DefaultValue")),
      ...elements("bt:String"),
    ];
    expect(localized.length).toBeGreaterThanOrEqual(7);
    for (const element of localized) {
      const overrides = [...element.children].filter((c) => c.localName === "Override");
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual([...ENGLISH_LOCALES]);
      const english = new Set(overrides.map((o) => o.getAttribute("Value")));
      expect(english.size).toBe(1);
      expect(english.has(element.getAttribute("DefaultValue"))).toBe(false);
    }
  });

  it("has a store-ready version and a support page", () => {
    // Stores and admin centers take a first number from 1 to 9999.
    expect(elements("Version")[0]?.textContent).toMatch(/^[1-9]\d{0,3}(\.\d{1,5}){3}$/);
    expect(elements("SupportUrl")[0]?.getAttribute("DefaultValue")).toBe(
      `${DEV_BASE_URL}/support.html`
    );
  });

  it("points only at pages and icons the build serves", () => {
    const urls = [...manifest.querySelectorAll("[DefaultValue^='https://']")].map(
      (e) => e.getAttribute("DefaultValue") ?? ""
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(`${DEV_BASE_URL}/`)).toBe(true);
      expect(existsSync(join(root, url.slice(DEV_BASE_URL.length + 1))), url).toBe(true);
    }
  });

  it("names icons that exist at the pixel size their names say", async () => {
    const icons = [...manifest.querySelectorAll("[DefaultValue$='.png']")].map(
      (e) => e.getAttribute("DefaultValue") ?? ""
    );
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) {
      const size = Number(/\/assets\/icon-(\d+)\.png$/.exec(url)?.[1]);
      const bytes = await readFile(join(root, url.slice(DEV_BASE_URL.length + 1)));
      expect(pngSize(bytes), url).toEqual({ width: size, height: size });
    }
    expect(elements("IconUrl")[0]?.getAttribute("DefaultValue")).toMatch(/icon-32\.png$/);
    expect(elements("HighResolutionIconUrl")[0]?.getAttribute("DefaultValue")).toMatch(
      /icon-64\.png$/
    );
    for (const size of ICON_SIZES) {
      const bytes = await readFile(join(root, "assets", `icon-${size}.png`));
      expect(pngSize(bytes)).toEqual({ width: size, height: size });
    }
  });
});

describe("the production manifest (ADDIN_BASE_URL)", () => {
  it("moves every URL under the base and still validates", async () => {
    const xml = productionManifest(manifestXml, "https://addins.example.vn/ptn");
    expect(xml).not.toContain(`${DEV_BASE_URL}/`);
    expect(xml).toContain('DefaultValue="https://addins.example.vn/ptn/taskpane.html"');
    expect(xml).toContain('DefaultValue="https://addins.example.vn/ptn/assets/icon-16.png"');
    const file = join(await mkdtemp(join(tmpdir(), "ptn-manifest-")), "manifest.xml");
    await writeFile(file, xml);
    expect((await xmllint(file)).ok).toBe(true);
  });

  it("accepts an https folder and refuses anything else", () => {
    expect(checkBaseUrl("https://addins.example.vn/ptn/")).toEqual({
      url: "https://addins.example.vn/ptn",
    });
    expect(checkBaseUrl("https://addins.example.vn")).toEqual({ url: "https://addins.example.vn" });
    for (const bad of ["http://addins.example.vn", "addins.example.vn", "https://x.vn/?a=1"]) {
      const checked = checkBaseUrl(bad);
      expect("problem" in checked && checked.problem, bad).toMatch(/ADDIN_BASE_URL/);
    }
  });
});
