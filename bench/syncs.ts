// The add-in's Office.js budget on large workbooks (1,000 ballots × 100 people, 3,000 × 200 and
// 10,000 × 300), measured on the fake Excel: syncs to read (and reads Excel refused, which send the
// read to row blocks), syncs to write, and the largest request and response, against Excel on
// the web's 5 MB cap. Prints one line per size, e.g.
// "syncs 1000x100: read 1, write 2, largest request 0.2 MB, largest response 1.4 MB".
// Run alone with `npx tsx bench/syncs.ts`.

import { pathToFileURL } from "node:url";
import { createExcelHost } from "../src/excel/addin-host";
import { applyPlan } from "../src/excel/apply";
import { FakeExcel, workbookOf } from "../src/fake-excel";
import { DEFAULT_SETTINGS } from "../src/rules/types";
import { benchPlan, sizeName, type Size } from "./workbooks";

const SIZES: readonly Size[] = [
  { ballots: 1000, people: 100 },
  { ballots: 3000, people: 200 },
  { ballots: 10_000, people: 300 },
];

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

async function benchSize(size: Size) {
  // The sample is built without the cap: it stands for a workbook the user typed.
  const fake = new FakeExcel(workbookOf({ Sheet1: [] }), { payloadLimitBytes: Infinity });
  await fake.run((context) => applyPlan(context, benchPlan(size), fake.support));
  const capped = new FakeExcel(fake.workbook);
  const host = createExcelHost({ run: capped.run, support: capped.support });
  const options = { lang: "vi", settings: DEFAULT_SETTINGS } as const;
  // A check is the read alone; tally and write reads again, then writes.
  await host.check(options);
  const reads = capped.syncs.length;
  const refused = capped.refusedSyncs.length;
  capped.syncs.length = 0;
  const outcome = await host.tallyAndWrite(options);
  if (!outcome.written) throw new Error("the sample should tally without a blocking error");
  const request = Math.max(...capped.syncs.map((sync) => sync.requestBytes));
  const response = Math.max(...capped.syncs.map((sync) => sync.responseBytes));
  const refusedNote = refused > 0 ? ` (after ${refused} refused)` : "";
  console.log(
    `syncs ${sizeName(size)}: read ${reads}${refusedNote}, write ${capped.syncs.length - reads}` +
      `, largest request ${megabytes(request)}, largest response ${megabytes(response)}` +
      ` (targets: read 1 and write ≤ 2 under the cap, every payload under the 5 MB cap)`
  );
}

export async function benchSyncs(): Promise<void> {
  for (const size of SIZES) await benchSize(size);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchSyncs();
