// The command line as `npm ci` installs it: src/cli/main.ts bundled by scripts/build-cli.ts into
// plain JavaScript that node starts without compiling. Built afresh here (a few seconds), so that
// the file tested is the sources' of this very run; the other CLI tests import the sources.

import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../../scripts/build-cli";
import { runCli } from "../../src/cli/cli";
import { dumpWorkbook } from "../helpers/workbook-dump";

const run = promisify(execFile);
const root = join(__dirname, "..", "..");
const sample = join(root, "examples", "hoi-nghi-mau.xlsx");
const dir = mkdtempSync(join(tmpdir(), "built-cli-"));
let entry = "";

beforeAll(async () => {
  entry = await buildCli();
});

async function dumpFile(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return dumpWorkbook(workbook);
}

describe("the built command line", () => {
  it("is the package's bin and `npm run cli`, runnable as it is", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(join(root, manifest.bin["phieu-tin-nhiem"]!)).toBe(entry);
    expect(manifest.scripts["cli"]).toBe(`node ${manifest.bin["phieu-tin-nhiem"]}`);
    expect(manifest.scripts["prepare"]).toContain("scripts/build-cli.ts");
    expect(readFileSync(entry, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("tallies the sample as the sources do: the same report, the same workbook", async () => {
    const fromSources = join(dir, "sources.xlsx");
    const fromBuilt = join(dir, "built.xlsx");
    const out: string[] = [];
    const status = await runCli(["tally", sample, "-o", fromSources, "--json"], {
      out: (text) => out.push(text),
      err: () => undefined,
    });
    expect(status).toBe(0);
    // The file itself, as a shell runs a bin: its #! line and executable bit.
    const built = await run(entry, ["tally", sample, "-o", fromBuilt, "--json"], { cwd: dir });
    expect(JSON.parse(built.stdout)).toEqual(JSON.parse(out.join("\n")));
    expect(await dumpFile(fromBuilt)).toEqual(await dumpFile(fromSources));
  });

  it("hashes with node:crypto: the pure SHA-256 of the browser bundles is not in it", () => {
    const files = [entry, ...chunkFiles()];
    const code = files.map((file) => readFileSync(file, "utf8")).join("\n");
    expect(code).toContain('createHash("sha256")');
    // The first of SHA-256's round constants, which only the pure implementation holds.
    expect(code.toLowerCase()).not.toContain("0x428a2f98");
  });
});

function chunkFiles(): string[] {
  const chunks = join(entry, "..", "chunks");
  // No chunks folder when no dynamic import made a chunk of its own.
  return existsSync(chunks) ? readdirSync(chunks).map((name) => join(chunks, name)) : [];
}
