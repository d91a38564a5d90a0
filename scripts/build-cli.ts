// Builds the command line into dist-cli/: src/cli/main.ts bundled into plain JavaScript that `node`
// starts at once, instead of tsx compiling every source on each start. Run by `npm ci` (the
// "prepare" script) and by `npm run build`; needs no compiler and no network.
//
// Packages stay outside the bundle, loaded from node_modules, and each dynamic import stays its own
// chunk: a command that does not need a library (ExcelJS) never loads it. Its own folder, not
// dist/: the add-in's build empties dist/.

import { chmod } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type InlineConfig } from "vite";

export const CLI_DIR = "dist-cli";
export const CLI_FILE = "phieu-tin-nhiem.mjs";

const root = join(import.meta.dirname, "..");

function cliConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root,
    publicDir: false,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      // A server-side build: Node's resolution ("node" condition: node:crypto's SHA-256), every
      // package left to node_modules.
      ssr: join(root, "src", "cli", "main.ts"),
      target: "node20",
      minify: false,
      rolldownOptions: {
        output: {
          entryFileNames: CLI_FILE,
          chunkFileNames: "chunks/[name]-[hash].mjs",
          banner: (chunk) => (chunk.isEntry ? "#!/usr/bin/env node" : ""),
        },
      },
    },
  };
}

/** Builds the command line into `outDir` and returns the entry file's path. */
export async function buildCli(outDir = join(root, CLI_DIR)): Promise<string> {
  await build(cliConfig(outDir));
  const entry = join(outDir, CLI_FILE);
  // Runnable as it is (./dist-cli/phieu-tin-nhiem.mjs), as npm makes a "bin" on install.
  await chmod(entry, 0o755);
  return entry;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await buildCli());
}
