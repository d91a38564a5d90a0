// Debian's Chromium driven by playwright-core, the one way this project opens a browser (icons,
// end-to-end test). Never a downloaded browser; a fresh profile each time, removed on close.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type BrowserContextOptions } from "playwright-core";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

// Headless and quiet: no GPU, no background traffic, nothing that reaches the network by itself.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh --user-data-dir (Playwright's persistent context owns that
 * flag) and the given page options. */
export async function launchChromium(options: BrowserContextOptions = {}): Promise<Chromium> {
  const profile = await mkdtemp(join(tmpdir(), "ptn-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
