// A test double of AddinHost: each method records its calls (vi.fn) and answers what the test
// gives it. The pane is tested against this, never against Excel.

import { vi } from "vitest";
import type {
  AddinHost,
  BallotsOutcome,
  CheckReport,
  ProblemView,
  RunOptions,
  TallyOutcome,
  TemplateOutcome,
} from "../../src/excel/host";
import type { MeetingResult } from "../../src/rules/types";

export const MEETING: MeetingResult = {
  summoned: 45,
  present: 42,
  issued: 42,
  collected: 41,
  validBallots: 40,
  invalidBallots: 1,
  quorumMet: true,
};

/** A problem as the host shows it; the double's problems have no action unless a test gives one. */
function problemOf(severity: ProblemView["severity"]) {
  return (
    code: string,
    message: string,
    sheet?: string,
    cell?: string,
    action: string | null = null
  ): ProblemView => ({
    code,
    severity,
    message,
    action,
    ...(sheet && cell ? { sheet, cell } : {}),
  });
}

export const error = problemOf("error");
export const warning = problemOf("warning");

export function report(
  problems: readonly ProblemView[],
  meeting: MeetingResult | null = MEETING
): CheckReport {
  return {
    regulation: "qd96",
    meeting,
    problems,
    blocked: problems.some((p) => p.severity === "error"),
    templateFits: false,
    extraNames: null,
  };
}

export function written(
  from: CheckReport,
  bands: Extract<TallyOutcome, { written: true }>["bands"]
): TallyOutcome {
  return { written: true, report: from, bands, notices: [] };
}

export interface HostDouble extends AddinHost {
  readonly check: ReturnType<typeof vi.fn<(options: RunOptions) => Promise<CheckReport>>>;
  readonly tallyAndWrite: ReturnType<typeof vi.fn<(options: RunOptions) => Promise<TallyOutcome>>>;
  readonly printBallots: ReturnType<typeof vi.fn<AddinHost["printBallots"]>>;
  readonly writeConsolidation: ReturnType<typeof vi.fn<AddinHost["writeConsolidation"]>>;
  readonly createTemplate: ReturnType<typeof vi.fn<AddinHost["createTemplate"]>>;
  readonly setExtraNames: ReturnType<typeof vi.fn<AddinHost["setExtraNames"]>>;
  readonly selectCell: ReturnType<typeof vi.fn<AddinHost["selectCell"]>>;
  readonly showResults: ReturnType<typeof vi.fn<AddinHost["showResults"]>>;
  readonly watchChanges: ReturnType<typeof vi.fn<AddinHost["watchChanges"]>>;
  /** The user changes the workbook: every handler the pane registered is told, as Excel does. */
  changeWorkbook(): void;
}

/** A host whose check answers `checkWith(options)`; the other answers default to a clean run. */
export function hostDouble(
  checkWith: (options: RunOptions) => CheckReport,
  answers: {
    tally?: (options: RunOptions) => Promise<TallyOutcome>;
    template?: () => Promise<TemplateOutcome>;
    ballots?: () => Promise<BallotsOutcome>;
    consolidation?: AddinHost["writeConsolidation"];
    /** Whether this Excel reports changes (ExcelApi 1.9). */
    watches?: boolean;
  } = {}
): HostDouble {
  const handlers: (() => void)[] = [];
  const watches = answers.watches ?? true;
  return {
    check: vi.fn(async (options: RunOptions) => checkWith(options)),
    tallyAndWrite: vi.fn(
      answers.tally ??
        (async (options: RunOptions) =>
          written(checkWith(options), { none: 1, "over-half": 0, "two-thirds": 0, excluded: 0 }))
    ),
    printBallots: vi.fn(
      answers.ballots ??
        (async () => ({
          written: true as const,
          sheets: ["Phiếu kiểm", "Phiếu in"],
          copies: 43,
          people: 12,
          notices: [],
        }))
    ),
    writeConsolidation: vi.fn(
      answers.consolidation ??
        (async (inputs) => ({
          written: true,
          sheets: ["Tổng hợp", "Cần xem xét", "Hai nơi", "Xếp hạng"],
          meetings: inputs.filter((input) => input.status === "counted").length,
          problems: [],
          files: inputs.map((input) => ({
            file: input.file,
            counted: input.status === "counted",
            problems: [],
          })),
          notices: [],
        }))
    ),
    createTemplate: vi.fn(
      answers.template ?? (async () => ({ created: ["Hội nghị"], notices: [] }))
    ),
    setExtraNames: vi.fn(async () => {}),
    selectCell: vi.fn(async () => {}),
    showResults: vi.fn(async () => {}),
    watchChanges: vi.fn(async (onChange: () => void) => {
      if (watches) handlers.push(onChange);
      return watches;
    }),
    changeWorkbook: () => handlers.forEach((handler) => handler()),
  };
}

/** A promise the test settles when it wants, to look at the pane while a call is running. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}
