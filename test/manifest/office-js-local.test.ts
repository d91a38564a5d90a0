// OFFICE_JS=local: the built pages load office.js from the add-in's own server. Tested on a
// stand-in of the package's dist/ folder, so the test needs no 12 MB package.

import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  OFFICE_JS_CDN,
  PAGES_WITH_OFFICE_JS,
  useLocalOfficeJs,
} from "../../scripts/office-js-local";

const root = join(import.meta.dirname, "..", "..");

async function standIn(): Promise<{ dist: string; packageDist: string }> {
  const folder = await mkdtemp(join(tmpdir(), "ptn-officejs-"));
  const packageDist = join(folder, "package-dist");
  await mkdir(join(packageDist, "vi-vn"), { recursive: true });
  await writeFile(join(packageDist, "office.js"), "/* office */");
  await writeFile(join(packageDist, "office.debug.js"), "/* debug */");
  await writeFile(join(packageDist, "excel-win32-16.01.js"), "/* excel */");
  await writeFile(join(packageDist, "vi-vn", "office_strings.js"), "/* strings */");
  const dist = join(folder, "dist");
  await mkdir(dist);
  for (const page of PAGES_WITH_OFFICE_JS) {
    // The pages as the project writes them: the build leaves their office.js tag alone.
    await writeFile(join(dist, page), await readFile(join(root, page), "utf8"));
  }
  return { dist, packageDist };
}

describe("office.js served with the add-in (OFFICE_JS=local)", () => {
  it("copies the package's files, language folders included, and points the pages at them", async () => {
    const { dist, packageDist } = await standIn();
    await useLocalOfficeJs(dist, packageDist);
    for (const file of ["office.js", "excel-win32-16.01.js", "vi-vn/office_strings.js"]) {
      expect(existsSync(join(dist, "office-js", file)), file).toBe(true);
    }
    expect(existsSync(join(dist, "office-js", "office.debug.js"))).toBe(false);
    for (const page of PAGES_WITH_OFFICE_JS) {
      const html = await readFile(join(dist, page), "utf8");
      expect(html).not.toContain(OFFICE_JS_CDN);
      expect(html).toContain('<script src="office-js/office.js"></script>');
    }
  });

  it("refuses pages that do not load office.js from the CDN, rather than guess", async () => {
    const { dist, packageDist } = await standIn();
    await writeFile(join(dist, "commands.html"), "<html></html>");
    await expect(useLocalOfficeJs(dist, packageDist)).rejects.toThrow(/commands\.html/);
  });
});
