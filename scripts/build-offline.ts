// Builds the offline app, dist/phieu-tin-nhiem.html: the browser preview's page (offline.html) as
// one self-contained file that a clerk opens by double-click from file://, with no network and no
// Excel (Office 2016/2019, closed networks). Run by `npm run build` after the add-in's build, into
// the same folder; prints the file's size and fails above its gzip budget.

import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build, type InlineConfig } from "vite";
import { singleFile } from "./single-file";

export const OFFLINE_FILE = "phieu-tin-nhiem.html";

/** What a USB stick, an e-mail attachment and a slow line can take: 1.5 MB gzip. */
export const GZIP_BUDGET = 1_500_000;

const root = join(import.meta.dirname, "..");

function offlineConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root,
    base: "./",
    publicDir: false,
    logLevel: "warn",
    plugins: [react(), singleFile({ fileName: OFFLINE_FILE })],
    build: {
      outDir,
      // Beside the add-in's pages, which the first build has just written.
      emptyOutDir: false,
      // The last browsers of Windows 7, still common on the offices' machines.
      target: ["chrome109", "edge109", "firefox115"],
      // Every asset (the bundled sample workbook above all) becomes a data: URL in the code.
      assetsInlineLimit: () => true,
      // One file: React, Fluent UI, ExcelJS and the rules make one script of about 1.6 MB.
      chunkSizeWarningLimit: 5_000,
      rolldownOptions: {
        input: join(root, "offline.html"),
        output: { codeSplitting: false },
      },
    },
  };
}

export interface OfflineBuild {
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Builds the offline app into `outDir` and measures it as `gzip -c FILE | wc -c` does. */
export async function buildOffline(outDir: string): Promise<OfflineBuild> {
  // The clerk's file is the production bundle whoever builds it: Vite follows NODE_ENV, which a
  // test runner sets to "test" (React's development build, 15 % larger and slower).
  const nodeEnv = process.env["NODE_ENV"];
  process.env["NODE_ENV"] = "production";
  try {
    await build(offlineConfig(outDir));
  } finally {
    if (nodeEnv === undefined) delete process.env["NODE_ENV"];
    else process.env["NODE_ENV"] = nodeEnv;
  }
  const path = join(outDir, OFFLINE_FILE);
  const html = await readFile(path);
  return { path, bytes: html.length, gzipBytes: gzipSync(html).length };
}

export function sizeLine(built: OfflineBuild): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
  return (
    `${relative(process.cwd(), built.path)}: ${kB(built.bytes)}, gzip ${kB(built.gzipBytes)} ` +
    `(giới hạn / budget ${kB(GZIP_BUDGET)})`
  );
}

async function main(): Promise<void> {
  const built = await buildOffline(join(root, "dist"));
  console.log(sizeLine(built));
  if (built.gzipBytes > GZIP_BUDGET) {
    console.error(
      "Ứng dụng ngoại tuyến vượt quá giới hạn kích thước. / The offline app is over its size budget."
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
