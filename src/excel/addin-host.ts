// The task pane's view of the workbook (AddinHost) over Office.js: read the grids, check them
// with the shared core, write the plan. The same host runs over the fake Excel in the browser
// preview: only `run` and `support` differ. Every failure of Excel reaches the pane as a
// HostError (office-errors.ts): a message with its next step, and Excel's text as the detail.

import type { Band, Lang, TallyResult } from "../rules/types";
import { matchesTerm } from "../workbook/parse/normalize";
import { checkWorkbook, describeProblem, planResults, type CheckedWorkbook } from "../workbook/run";
import { templatePlan } from "../workbook/template";
import { SHEETS } from "../workbook/vocabulary";
import { activateSheet, applyPlan, selectCell } from "./apply";
import type { AddinHost, CheckReport, RunOptions, TallyOutcome } from "./host";
import type { ApiSupport, RequestContext } from "./office-api";
import { toHostError } from "./office-errors";
import { protectionProblems } from "./protection";
import { readWorkbook } from "./read";
import type { ExcelRunner } from "./run";

export interface ExcelHostDeps {
  /** runExcel in the add-in; FakeExcel.run in tests and the preview. */
  readonly run: ExcelRunner;
  /** officeSupport() in the add-in; FakeExcel.support elsewhere. */
  readonly support: ApiSupport;
}

export function createExcelHost({ run: runExcel, support }: ExcelHostDeps): AddinHost {
  const run: ExcelRunner = (batch) =>
    runExcel(batch).catch((error: unknown) => {
      throw toHostError(error);
    });
  const readAndCheck = async (context: RequestContext, options: RunOptions, merges: boolean) => {
    const read = await readWorkbook(context, support, { merges });
    return { protection: read.protection, checked: checkWorkbook(read.grids, options.settings) };
  };

  return {
    // Without merged areas, whose read clears the user's Undo list on Windows (read.ts); they
    // can change how a header reads, so a check that blocks reads them before it says so.
    check: (options) =>
      run(async (context) => {
        let { checked } = await readAndCheck(context, options, false);
        if (checked.blocked && support.isSetSupported("ExcelApi", "1.13")) {
          ({ checked } = await readAndCheck(context, options, true));
        }
        return reportOf(checked, options.lang);
      }),

    tallyAndWrite: (options) =>
      run(async (context): Promise<TallyOutcome> => {
        const { checked, protection } = await readAndCheck(context, options, true);
        const bands = bandCounts(checked.result);
        if (checked.blocked) {
          return { written: false, report: reportOf(checked, options.lang), bands, notices: [] };
        }
        const plan = planResults(checked, options.lang);
        const refused = protectionProblems(plan, protection);
        if (refused.length > 0) {
          const problems = [...checked.problems, ...refused];
          const report = reportOf({ ...checked, problems, blocked: true }, options.lang);
          return { written: false, report, bands, notices: [] };
        }
        const applied = await applyPlan(context, plan, support);
        const notices = applied.notices.map((notice) => notice[options.lang]);
        return { written: true, report: reportOf(checked, options.lang), bands, notices };
      }),

    createTemplate: (lang) =>
      run(async (context) => {
        const existing = (await sheetNames(context)).filter((name) =>
          Object.values(SHEETS).some((term) => matchesTerm(name, term))
        );
        if (existing.length > 0) return { refused: true, existing };
        const plan = templatePlan({ lang });
        const applied = await applyPlan(context, plan, support);
        return {
          created: plan.sheets.map((write) => write.sheet),
          notices: applied.notices.map((notice) => notice[lang]),
        };
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
    regulation: checked.result?.regulation ?? checked.parsed.meeting?.regulation ?? null,
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
function bandCounts(result: TallyResult | null): Record<Band | "excluded", number> {
  const counts: Record<Band | "excluded", number> = {
    none: 0,
    "over-half": 0,
    "two-thirds": 0,
    excluded: 0,
  };
  for (const person of result?.people ?? []) {
    if (person.exclusion) counts.excluded += 1;
    else if (person.band) counts[person.band] += 1;
  }
  return counts;
}
