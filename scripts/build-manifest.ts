// Writes dist/manifest.xml: manifest.xml with its development base URL (https://localhost:3000)
// replaced by ADDIN_BASE_URL, the address where dist/ is hosted. Run by `npm run build`.
//   ADDIN_BASE_URL=https://addins.example.gov.vn/phieu-tin-nhiem npm run build

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const DEV_BASE_URL = "https://localhost:3000";

export type BaseUrlCheck = { readonly url: string } | { readonly problem: string };

/** Office loads add-ins over https only; the base is a folder, so no query or fragment. */
export function checkBaseUrl(raw: string): BaseUrlCheck {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { problem: `ADDIN_BASE_URL không phải địa chỉ web / is not a URL: "${raw}"` };
  }
  if (parsed.protocol !== "https:") {
    return { problem: `ADDIN_BASE_URL phải dùng https / must use https: "${raw}"` };
  }
  if (parsed.search || parsed.hash) {
    return { problem: `ADDIN_BASE_URL không được có ? hay # / must have no ? or #: "${raw}"` };
  }
  return { url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}` };
}

/** The manifest with every development URL moved under `baseUrl`. */
export function productionManifest(xml: string, baseUrl: string): string {
  return xml.replaceAll(`${DEV_BASE_URL}/`, `${baseUrl}/`);
}

async function main(): Promise<void> {
  const root = join(import.meta.dirname, "..");
  const raw = process.env["ADDIN_BASE_URL"];
  if (!raw) {
    console.warn(
      `ADDIN_BASE_URL chưa đặt: dist/manifest.xml trỏ tới ${DEV_BASE_URL} (chỉ dùng trên máy này).\n` +
        `ADDIN_BASE_URL is not set: dist/manifest.xml points to ${DEV_BASE_URL} (this machine only).`
    );
  }
  const checked = checkBaseUrl(raw ?? DEV_BASE_URL);
  if ("problem" in checked) {
    console.error(checked.problem);
    process.exit(2);
  }
  const xml = await readFile(join(root, "manifest.xml"), "utf8");
  const out = join(root, "dist", "manifest.xml");
  await writeFile(out, productionManifest(xml, checked.url));
  console.log(`${out} → ${checked.url}/taskpane.html`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
