// The add-in's Office.js budget on a large workbook (1,000 ballots × 100 people), measured on the
// fake Excel: syncs to read, syncs to write, and the largest request and response, against Excel
// on the web's 5 MB cap. Prints one line, e.g.
// "syncs 1000x100: read 1, write 2, largest request 0.2 MB, largest response 1.4 MB".
// Run alone with `npx tsx bench/syncs.ts`.

import { pathToFileURL } from "node:url";
import { createExcelHost } from "../src/excel/addin-host";
import { applyPlan } from "../src/excel/apply";
import { FakeExcel, workbookOf } from "../src/fake-excel";
import { DEFAULT_SETTINGS } from "../src/rules/types";
import { samplePlan } from "../src/workbook/sample";

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export async function benchSyncs(): Promise<void> {
  const fake = new FakeExcel(workbookOf({ Sheet1: [] }));
  await fake.run((context) =>
    applyPlan(context, samplePlan({ ballots: 1000, people: 100 }), fake.support)
  );
  const host = createExcelHost({ run: fake.run, support: fake.support });
  const options = { lang: "vi", settings: DEFAULT_SETTINGS } as const;
  // A check is the read alone; tally and write reads again, then writes.
  fake.syncs.length = 0;
  await host.check(options);
  const reads = fake.syncs.length;
  fake.syncs.length = 0;
  const outcome = await host.tallyAndWrite(options);
  if (!outcome.written) throw new Error("the sample should tally without a blocking error");
  const request = Math.max(...fake.syncs.map((sync) => sync.requestBytes));
  const response = Math.max(...fake.syncs.map((sync) => sync.responseBytes));
  console.log(
    `syncs 1000x100: read ${reads}, write ${fake.syncs.length - reads}` +
      `, largest request ${megabytes(request)}, largest response ${megabytes(response)}`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchSyncs();
