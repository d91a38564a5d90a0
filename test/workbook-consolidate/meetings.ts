// The bundled sample and the two sample meetings as checked inputs, read from their plans' grids
// (no file): what the consolidation tests start from.

import { consolidate } from "../../src/workbook/consolidate/consolidate";
import { sampleMeetings } from "../../src/workbook/consolidate/sample-meetings";
import { summarizeChecked, type InputSummary } from "../../src/workbook/consolidate/summary";
import { checkWorkbook } from "../../src/workbook/run";
import { samplePlan } from "../../src/workbook/sample";
import { standardWorkbookPlan } from "../../src/workbook/template";
import type { WritePlan } from "../../src/workbook/plan";
import { planToGrids } from "../helpers/plan-to-grids";

export function summaryOf(file: string, plan: WritePlan): InputSummary {
  return summarizeChecked(file, checkWorkbook(planToGrids(plan)));
}

export function sampleInputs(options: { readonly threePlaces?: boolean } = {}): InputSummary[] {
  return [
    summaryOf("hoi-nghi-mau.xlsx", samplePlan()),
    ...sampleMeetings(options).map(({ file, workbook }) =>
      summaryOf(file, standardWorkbookPlan(workbook))
    ),
  ];
}

export function sampleConsolidation(options: { readonly threePlaces?: boolean } = {}) {
  return consolidate(sampleInputs(options));
}
