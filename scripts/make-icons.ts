// Rasterizes assets/icon.svg to the PNG sizes the manifest names (16, 32, 64, 80, 128), with
// Chromium screenshots on a transparent background. The PNGs are committed; run this again
// after changing the SVG: `npx tsx scripts/make-icons.ts`.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { launchChromium } from "./chromium";
import { ICON_SIZES } from "./icons";

const assets = join(import.meta.dirname, "..", "assets");

async function main(): Promise<void> {
  const svg = await readFile(join(assets, "icon.svg"), "utf8");
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  const browser = await launchChromium({ deviceScaleFactor: 1 });
  try {
    const page = await browser.context.newPage();
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`
      );
      await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
      const out = join(assets, `icon-${size}.png`);
      await page.screenshot({ path: out, omitBackground: true });
      console.log(out);
    }
  } finally {
    await browser.close();
  }
}

await main();
