// The bench's workbooks: the sample (src/workbook/sample.ts) at any size the bench asks for. The
// sample stops at the template's 200 people; past it, two samples of half the people stand side
// by side (same seed, so that the same ballots are invalid in both), the second half renamed and
// renumbered. The template cannot make such a workbook, so it stays out of the product.

import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { sampleWorkbook, SAMPLE_LIMITS } from "../src/workbook/sample";
import { standardWorkbookPlan, type StandardWorkbook } from "../src/workbook/template";
import type { WritePlan } from "../src/workbook/plan";
import { applyPlan, workbookBytes } from "../src/xlsx/write";

export interface Size {
  readonly ballots: number;
  readonly people: number;
}

export function sizeName({ ballots, people }: Size): string {
  return `${ballots}x${people}`;
}

export function benchPlan(size: Size): WritePlan {
  return standardWorkbookPlan(benchWorkbook(size));
}

/** The plan written as an .xlsx file, as the command line's `sample` writes it. */
export async function writeBenchFile(path: string, size: Size): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, benchPlan(size));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await workbookBytes(workbook));
}

function benchWorkbook({ ballots, people }: Size): StandardWorkbook {
  if (people <= SAMPLE_LIMITS.people.max) return sampleWorkbook({ ballots, people });
  if (people % 2 !== 0 || people / 2 > SAMPLE_LIMITS.people.max) {
    throw new RangeError(`the bench makes an even number of people up to twice the sample's`);
  }
  const half = people / 2;
  const first = sampleWorkbook({ ballots, people: half });
  const second = sampleWorkbook({ ballots, people: half });
  const taken = new Set(first.roster.map((person) => person.name));
  // Another seed's names, told apart where one meets a name of the first half.
  const names = sampleWorkbook({
    ballots: SAMPLE_LIMITS.ballots.min,
    people: half,
    seed: 2,
  }).roster.map((person) => (taken.has(person.name!) ? `${person.name} B` : person.name!));
  return {
    ...first,
    roster: [
      ...first.roster,
      ...second.roster.map((person, index) => ({
        ...person,
        order: person.order + half,
        name: names[index]!,
      })),
    ],
    ballots: first.ballots.map((ballot, index) => ({
      ...ballot,
      entries: [...ballot.entries, ...second.ballots[index]!.entries],
    })),
    handTally: [
      ...first.handTally,
      ...second.handTally.map((line) => ({
        ...line,
        order: line.order + half,
        name: names[line.order - 1]!,
      })),
    ],
    handTallyRows: first.handTallyRows + second.handTallyRows,
  };
}
