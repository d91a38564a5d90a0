// For intranets that cannot reach Microsoft's CDN: `OFFICE_JS=local npm run build` copies
// office.js and the files it loads beside itself (per host, platform and language) from the
// @microsoft/office-js package into dist/office-js/, and points the built pages at that copy.
// Without OFFICE_JS=local the pages keep the CDN, as a store listing requires.

import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The pages that load office.js, as the build writes them into dist/. */
export const PAGES_WITH_OFFICE_JS = ["taskpane.html", "commands.html"] as const;
const LOCAL_FOLDER = "office-js";
/** The package version whose files were checked to load this way. */
export const OFFICE_JS_PACKAGE = "@microsoft/office-js@1.1.110";

/** Copies the package's dist/ (without the .debug.js twins, a third of its size) into
 * dist/office-js and rewrites the pages' script tag to the relative copy. */
export async function useLocalOfficeJs(distDir: string, packageDist: string): Promise<void> {
  await cp(packageDist, join(distDir, LOCAL_FOLDER), {
    recursive: true,
    filter: (source) => !source.endsWith(".debug.js"),
  });
  for (const page of PAGES_WITH_OFFICE_JS) {
    const file = join(distDir, page);
    const html = await readFile(file, "utf8");
    if (!html.includes(OFFICE_JS_CDN)) {
      throw new Error(`${page} không nạp office.js từ CDN / does not load office.js from the CDN`);
    }
    await writeFile(file, html.replaceAll(OFFICE_JS_CDN, `${LOCAL_FOLDER}/office.js`));
  }
}

/** The installed package's dist/ folder, or null when the package is not installed. */
function packageDistFolder(root: string): string | null {
  try {
    const require = createRequire(join(root, "package.json"));
    return join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  if (process.env["OFFICE_JS"] !== "local") return;
  const root = join(import.meta.dirname, "..");
  const packageDist = packageDistFolder(root);
  if (packageDist === null) {
    console.error(
      "OFFICE_JS=local cần gói office.js của Microsoft. Cài một lần rồi dựng lại:\n" +
        "OFFICE_JS=local needs Microsoft's office.js package. Install it once, then build again:\n" +
        `  npm install --no-save ${OFFICE_JS_PACKAGE}`
    );
    process.exit(2);
  }
  const files = await readdir(packageDist);
  await useLocalOfficeJs(join(root, "dist"), packageDist);
  console.log(`office.js: dist/${LOCAL_FOLDER}/ (${files.length} mục / entries)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
