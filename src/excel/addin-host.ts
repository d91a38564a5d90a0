// The task pane's view of the workbook (AddinHost) over Office.js: read the grids, check them
// with the shared core, write the plan. The same host runs over the fake Excel in the browser
// preview: only `run` and `support` differ. Every failure of Excel reaches the pane as a
// HostError (office-errors.ts): a message with its next step, and Excel's text as the detail.

import type { Band, Lang, Problem, TallyResult } from "../rules/types";
import { checkBallotForms, planBallotForms } from "../workbook/ballot-forms";
import { ballotsDecidedByExtraNames, extraNamesPlan } from "../workbook/extra-names";
import { consolidate } from "../workbook/consolidate/consolidate";
import { consolidationPlan } from "../workbook/consolidate/layout";
import type { InputProblem } from "../workbook/consolidate/summary";
import type { WorkbookGrids } from "../workbook/grid";
import { parseWorkbook } from "../workbook/parse";
import { matchesTerm } from "../workbook/parse/normalize";
import { describeAction } from "../workbook/problems";
import { checkWorkbook, describeProblem, planResults, type CheckedWorkbook } from "../workbook/run";
import { templatePlan } from "../workbook/template";
import { SHEETS } from "../workbook/vocabulary";
import { PRODUCT_VERSION } from "../workbook/version";
import { activateSheet, applyPlan, selectCell } from "./apply";
import {
  warningKey,
  type AddinHost,
  type BallotsOutcome,
  type CheckReport,
  type ConsolidationOutcome,
  type ExtraNamesView,
  type ProblemView,
  type TallyOutcome,
} from "./host";
import type { ApiSupport, RequestContext, SheetEvent, WorksheetChange } from "./office-api";
import { HostError, toHostError } from "./office-errors";
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
  // Excel raises the worksheet events for the add-in's own writes too: those that arrive while
  // one of its writing batches runs are its own. ExcelApi 1.14 also marks them (triggerSource),
  // which catches one that Excel delivers after the batch has settled.
  let writing = 0;
  const runWriting: ExcelRunner = async (batch) => {
    writing += 1;
    try {
      return await run(batch);
    } finally {
      writing -= 1;
    }
  };
  const byUser = (change: WorksheetChange | SheetEvent) =>
    writing === 0 && !("triggerSource" in change && change.triggerSource === "ThisLocalAddin");

  const readAndCheck = async (context: RequestContext, merges: boolean) => {
    const read = await readWorkbook(context, support, { merges });
    return { ...read, checked: checkWorkbook(read.grids) };
  };

  return {
    // Without merged areas, whose read clears the user's Undo list on Windows (read.ts); they
    // can change how a header reads, so a check that blocks reads them before it says so.
    check: (options) =>
      run(async (context) => {
        let read = await readAndCheck(context, false);
        if (read.checked.blocked && support.isSetSupported("ExcelApi", "1.13")) {
          read = await readAndCheck(context, true);
        }
        return reportOf(read.checked, read.grids, options.lang);
      }),

    tallyAndWrite: (options) =>
      runWriting(async (context): Promise<TallyOutcome> => {
        const { checked, grids, protection } = await readAndCheck(context, true);
        if (checked.result === null) {
          return { written: false, report: reportOf(checked, grids, options.lang), notices: [] };
        }
        const report = reportOf(checked, grids, options.lang);
        const unread = report.problems.filter(
          (problem) =>
            problem.severity === "warning" &&
            options.acknowledged !== undefined &&
            !options.acknowledged.includes(warningKey(problem))
        );
        if (unread.length > 0) return { written: false, report, notices: [] };
        const bands = bandCounts(checked.result);
        const plan = planResults(checked, options.lang);
        const refused = protectionProblems(plan, protection);
        if (refused.length > 0) {
          const problems = [...checked.problems, ...refused];
          const report = reportOf({ ...checked, problems, blocked: true }, grids, options.lang);
          return { written: false, report, notices: [] };
        }
        const applied = await applyPlan(context, plan, support);
        const notices = applied.notices.map((notice) => notice[options.lang]);
        return { written: true, report, bands, notices };
      }),

    printBallots: (options) =>
      runWriting(async (context): Promise<BallotsOutcome> => {
        const { grids, protection } = await readWorkbook(context, support, { merges: true });
        const check = checkBallotForms(grids);
        if (check.blocked) {
          return { written: false, problems: problemViews(check.problems, options.lang) };
        }
        const plan = planBallotForms(check, options.lang);
        const refused = protectionProblems(plan, protection);
        if (refused.length > 0) {
          return { written: false, problems: problemViews(refused, options.lang) };
        }
        const applied = await applyPlan(context, plan, support);
        return {
          written: true,
          sheets: plan.sheets.map((write) => write.sheet),
          copies: check.copies ?? 0,
          people: check.content?.people.length ?? 0,
          notices: applied.notices.map((notice) => notice[options.lang]),
        };
      }),

    writeConsolidation: (inputs, options) =>
      runWriting(async (context): Promise<ConsolidationOutcome> => {
        const { lang } = options;
        const consolidation = consolidate(inputs);
        const files = inputs.map((input) => ({
          file: input.file,
          counted: input.status === "counted",
          problems: input.problems.map((problem) => inputProblemView(problem, lang)),
        }));
        const outcome = {
          meetings: consolidation.meetings.length,
          problems: problemViews(consolidation.problems, lang),
          files,
        };
        const refusal = { ...outcome, written: false, sheets: [], notices: [] };
        if (consolidation.blocked) return refusal;
        const plan = consolidationPlan(consolidation, lang, PRODUCT_VERSION);
        const { protection } = await readWorkbook(context, support, { merges: false });
        const refused = protectionProblems(plan, protection);
        if (refused.length > 0) {
          return { ...refusal, problems: [...outcome.problems, ...problemViews(refused, lang)] };
        }
        const applied = await applyPlan(context, plan, support);
        return {
          ...outcome,
          written: true,
          sheets: plan.sheets.map((write) => write.sheet),
          notices: applied.notices.map((notice) => notice[lang]),
        };
      }),

    createTemplate: (lang) =>
      runWriting(async (context) => {
        const existing = standardSheetsAmong(await sheetNames(context));
        if (existing.length > 0) return { refused: true, existing };
        const plan = templatePlan({ lang });
        const applied = await applyPlan(context, plan, support);
        return {
          created: plan.sheets.map((write) => write.sheet),
          notices: applied.notices.map((notice) => notice[lang]),
        };
      }),

    setExtraNames: (policy, lang) =>
      runWriting(async (context) => {
        // Read again: the row may have moved, or been added, since the last check.
        const { grids } = await readWorkbook(context, support, { merges: false });
        const row = parseWorkbook(grids).details.extraNames;
        if (!row) throw new HostError(null, MISSING_MEETING_SHEET.vi, MISSING_MEETING_SHEET.en, "");
        await applyPlan(context, extraNamesPlan(row, policy, lang), support);
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

    watchChanges: async (onChange) => {
      // Worksheet.onChanged (1.7) covers one sheet, not those added later (the template's).
      if (!support.isSetSupported("ExcelApi", "1.9")) return false;
      const notice = async (change: WorksheetChange | SheetEvent) => {
        if (byUser(change)) onChange();
      };
      return run(async (context) => {
        const { worksheets } = context.workbook;
        worksheets.onChanged.add(notice);
        worksheets.onAdded.add(notice);
        worksheets.onDeleted.add(notice);
        await context.sync();
        return true;
      });
    },
  };
}

const MISSING_MEETING_SHEET = {
  vi: "Không có trang Hội nghị để ghi thiết lập; hãy tạo mẫu hoặc thêm trang đó.",
  en: "There is no Meeting sheet to hold the setting; create the template or add that sheet.",
} as const;

/** The sheets that carry a standard name (Create template refuses to add its own beside them). */
function standardSheetsAmong(names: readonly string[]): string[] {
  return names.filter((name) => Object.values(SHEETS).some((term) => matchesTerm(name, term)));
}

async function sheetNames(context: RequestContext): Promise<string[]> {
  const { worksheets } = context.workbook;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((sheet) => sheet.name);
}
/** `grids` holds every sheet when a standard one is missing (see readWorkbook), so no
 * standard name among them means none in the workbook. */
function reportOf(checked: CheckedWorkbook, grids: WorkbookGrids, lang: Lang): CheckReport {
  const noneFound = Object.values(checked.parsed.sheets).every((name) => name === null);
  return {
    regulation: checked.regulation,
    meeting: checked.meeting,
    problems: problemViews(checked.problems, lang),
    blocked: checked.blocked,
    templateFits:
      noneFound && standardSheetsAmong(grids.sheets.map((grid) => grid.sheet)).length === 0,
    extraNames: extraNamesView(checked),
  };
}

function problemViews(problems: readonly Problem[], lang: Lang): ProblemView[] {
  return problems.map((problem) => {
    const where = problem.refs[0];
    return {
      code: problem.code,
      severity: problem.severity,
      message: describeProblem(problem, lang),
      action: describeAction(problem, lang),
      ...(where ? { sheet: where.sheet, cell: where.cell } : {}),
    };
  });
}

/** An input's problem, already worded in both languages; its cell is in that input's file, so
 * it is named in the message rather than offered for selection in the open workbook. */
function inputProblemView(problem: InputProblem, lang: Lang): ProblemView {
  const where = problem.sheet && problem.cell ? `${problem.sheet}!${problem.cell}: ` : "";
  return {
    code: problem.code,
    severity: problem.severity,
    message: `${where}${problem.message[lang]}`,
    action: problem.action?.[lang] ?? null,
  };
}

function extraNamesView(checked: CheckedWorkbook): ExtraNamesView | null {
  const row = checked.parsed.details.extraNames;
  if (!row) return null;
  return {
    policy: row.stated === null ? null : (row.stated ?? checked.settings.extraNames),
    sheet: row.cell.sheet,
    cell: row.cell.cell,
    addsRow: row.newLabel !== undefined,
    ballotsDecided: checked.input && ballotsDecidedByExtraNames(checked.input),
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
