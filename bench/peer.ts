// The peer a department already has: the same tally as spreadsheet formulas. A copy of the
// 1,000 × 100 workbook gets a sheet of COUNTIFS, three levels per person over the valid ballots,
// and LibreOffice opens it, recalculates and saves it (`soffice --headless --convert-to xlsx`).
// Median wall time of 3 runs on a warm profile, and the command line's time as a ratio of it
// (issue 9's target: at most 0.3×). Run alone with `npx tsx bench/peer.ts`.

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { benchInput, cliEntry } from "./cli";
import { median, timed } from "./child";
import { sizeName, type Size } from "./workbooks";
import { entryCodesOf, INVALID_BALLOT_MARK } from "../src/workbook/template";
import { BALLOT_HEADERS, SHEETS } from "../src/workbook/vocabulary";

const RUNS = 3;
export const PEER_SIZE: Size = { ballots: 1000, people: 100 };
const TARGET_RATIO = 0.3;
const PEER_SHEET = "COUNTIFS";
const LEVELS = entryCodesOf("qd96").filter(({ mark }) => mark !== "invalid");

/** The workbook with a sheet of COUNTIFS: row per person, one column per level. Each level is
 * its codes' count less their count on invalid ballots: LibreOffice's COUNTIFS skips the empty
 * cells past a column's last value, so a criterion "<>x" on the invalid column undercounts. */
async function withFormulas(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const ballots = workbook.getWorksheet(SHEETS.ballots.vi)!;
  let header = 0;
  ballots.eachRow((row, number) => {
    if (header === 0 && row.getCell(1).value === BALLOT_HEADERS.number.vi) header = number;
  });
  const rows = (column: string) =>
    `'${ballots.name}'!$${column}$${header + 1}:$${column}$${header + PEER_SIZE.ballots}`;
  const invalid = `${rows("B")},"${INVALID_BALLOT_MARK}"`;
  const sheet = workbook.addWorksheet(PEER_SHEET);
  for (let person = 0; person < PEER_SIZE.people; person += 1) {
    const marks = rows(ballots.getColumn(3 + person).letter);
    LEVELS.forEach(({ codes }, level) => {
      const formula = codes
        .map((code) => `COUNTIF(${marks},"${code}")-COUNTIFS(${invalid},${marks},"${code}")`)
        .join("+");
      sheet.getCell(person + 1, level + 1).value = { formula, date1904: false };
    });
  }
  await workbook.xlsx.writeFile(output);
}

/** What LibreOffice computed, person by person, against the command line's report. */
async function sameCountsAsCli(recalculated: string, input: string, dir: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(recalculated);
  const sheet = workbook.getWorksheet(PEER_SHEET)!;
  const report = JSON.parse(
    timed(process.execPath, [
      cliEntry(),
      "tally",
      input,
      "-o",
      join(dir, "peer-cli.xlsx"),
      "--json",
    ]).stdout
  ) as { people: { counts: Partial<Record<string, number>> | null }[] };
  report.people.forEach((person, index) => {
    LEVELS.forEach(({ mark }, level) => {
      // ExcelJS reads a cached 0 as no result.
      const cell = sheet.getCell(index + 1, level + 1).value as { result?: unknown };
      const result = cell.result ?? 0;
      const expected = person.counts?.[mark] ?? 0;
      if (person.counts && result !== expected) {
        throw new Error(`peer: person ${index + 1} ${mark} ${String(result)} ≠ ${expected}`);
      }
    });
  });
}

function convert(profile: string, input: string, outDir: string) {
  return timed("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    input,
  ]);
}

/** Prints the peer's median and the command line's ratio to it; `cliSeconds` at PEER_SIZE. */
export async function benchPeer(dir: string, cliSeconds: number | undefined): Promise<void> {
  const peer = join(dir, "peer", `countifs-${sizeName(PEER_SIZE)}.xlsx`);
  mkdirSync(join(dir, "peer", "out"), { recursive: true });
  const input = await benchInput(dir, PEER_SIZE);
  await withFormulas(input, peer);
  const profile = join(dir, "peer", "profile");
  // The first start writes LibreOffice's profile: not part of a user's recalculation.
  convert(profile, peer, join(dir, "peer", "out"));
  const seconds = median(
    Array.from({ length: RUNS }, () => convert(profile, peer, join(dir, "peer", "out")).seconds)
  );
  await sameCountsAsCli(join(dir, "peer", "out", basename(peer)), input, dir);
  const ratio = cliSeconds === undefined ? "" : `; cli ${(cliSeconds / seconds).toFixed(2)}×`;
  console.log(
    `peer ${sizeName(PEER_SIZE)} (LibreOffice COUNTIFS, recalculate and save): ` +
      `${seconds.toFixed(2)} s median of ${RUNS}${ratio} (target ≤ ${TARGET_RATIO}×)`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = mkdtempSync(join(tmpdir(), "bench-peer-"));
  try {
    await benchPeer(dir, undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
