// The task pane's view of the workbook (AddinHost) over Office.js: read the grids, check them
// with the shared core, write the plan. The same host runs over the fake Excel in the browser
// preview: only `run` and `support` differ.

import type { Band, Lang, TallyResult } from "../rules/types";
import { matchesTerm } from "../workbook/parse/normalize";
import { checkWorkbook, describeProblem, planResults, type CheckedWorkbook } from "../workbook/run";
import { templatePlan } from "../workbook/template";
import { SHEETS } from "../workbook/vocabulary";
import { activateSheet, applyPlan, selectCell } from "./apply";
import type { AddinHost, CheckReport, RunOptions, TallyOutcome } from "./host";
import type { ApiSupport, RequestContext } from "./office-api";
import { readWorkbookGrids } from "./read";
import type { ExcelRunner } from "./run";

export interface ExcelHostDeps {
  /** runExcel in the add-in; FakeExcel.run in tests and the preview. */
  readonly run: ExcelRunner;
  /** officeSupport() in the add-in; FakeExcel.support elsewhere. */
  readonly support: ApiSupport;
}

export function createExcelHost({ run, support }: ExcelHostDeps): AddinHost {
  const checkIn = async (context: RequestContext, options: RunOptions) =>
    checkWorkbook(await readWorkbookGrids(context, support), options.settings);

  return {
    check: (options) =>
      run(async (context) => reportOf(await checkIn(context, options), options.lang)),

    tallyAndWrite: (options) =>
      run(async (context): Promise<TallyOutcome> => {
        const checked = await checkIn(context, options);
        const report = reportOf(checked, options.lang);
        if (checked.result === null) return { written: false, report, notices: [] };
        const bands = bandCounts(checked.result);
        const applied = await applyPlan(context, planResults(checked, options.lang), support);
        const notices = applied.notices.map((notice) => notice[options.lang]);
        return { written: true, report, bands, notices };
      }),

    createTemplate: (lang) =>
      run(async (context) => {
        const existing = (await sheetNames(context)).filter((name) =>
          Object.values(SHEETS).some((term) => matchesTerm(name, term))
        );
        if (existing.length > 0) return { refused: true, existing };
        const plan = templatePlan({ lang });
        await applyPlan(context, plan, support);
        return { created: plan.sheets.map((write) => write.sheet) };
      }),

    selectCell: (sheet, cell) =>
      run(async (context) => {
        await selectCell(context, sheet, cell);
      }),

    showResults: () =>
      run(async (context) => {
        const name = (await sheetNames(context)).find((sheet) =>
          matchesTerm(sheet, SHEETS.results)
        );
        if (name !== undefined) await activateSheet(context, name);
      }),
  };
}

async function sheetNames(context: RequestContext): Promise<string[]> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((sheet) => sheet.name);
}

function reportOf(checked: CheckedWorkbook, lang: Lang): CheckReport {
  return {
    regulation: checked.regulation,
    meeting: checked.meeting,
    problems: checked.problems.map((problem) => {
      const where = problem.refs[0];
      return {
        code: problem.code,
        severity: problem.severity,
        message: describeProblem(problem, lang),
        ...(where ? { sheet: where.sheet, cell: where.cell } : {}),
      };
    }),
    blocked: checked.blocked,
  };
}

/** People per band, and those not voted on. */
function bandCounts(result: TallyResult): Record<Band | "excluded", number> {
  const counts: Record<Band | "excluded", number> = {
    none: 0,
    "over-half": 0,
    "two-thirds": 0,
    excluded: 0,
  };
  for (const person of result.people) {
    if (person.exclusion) counts.excluded += 1;
    else if (person.band) counts[person.band] += 1;
  }
  return counts;
}
