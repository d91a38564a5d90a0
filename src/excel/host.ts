// What the task pane asks of the workbook it runs in. The Office.js implementation and the
// browser preview (backed by the fake Excel host) both provide it; the pane knows nothing else.

import type {
  Band,
  ExtraNamePolicy,
  Lang,
  MeetingResult,
  RegulationId,
  Severity,
} from "../rules/types";
import type { InputSummary } from "../workbook/consolidate/summary";

/** A problem ready to show: its message already in the pane's language. */
export interface ProblemView {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** What to do about it ("Cần làm / What to do"), in the same language; null for a code the
   * catalogue does not know. */
  readonly action: string | null;
  /** The cell to select when the user chooses the problem, if any. */
  readonly sheet?: string;
  readonly cell?: string;
}

export interface RunOptions {
  readonly lang: Lang;
}

export interface TallyOptions extends RunOptions {
  /** The warnings the user has read (warningKey). When given, a warning the fresh read finds
   * that is not among them stops the write: the workbook changed since the user looked. */
  readonly acknowledged?: readonly string[];
}

/** How a warning is known from one check to the next, whatever the language: code and cell. */
export function warningKey(problem: Pick<ProblemView, "code" | "sheet" | "cell">): string {
  return `${problem.code}@${problem.sheet ?? ""}!${problem.cell ?? ""}`;
}

/** The workbook's extra-names rule (its `Hội nghị` row), as the pane shows and changes it. */
export interface ExtraNamesView {
  /** The rule the row states, or the default a blank or missing row means; null when the row's
   * value is not an accepted one (a problem says so). */
  readonly policy: ExtraNamePolicy | null;
  /** The value's cell, where a change is written. */
  readonly sheet: string;
  readonly cell: string;
  /** The row is missing: a change adds it (label and value) below the sheet's last row. */
  readonly addsRow: boolean;
  /** Ballots whose validity the rule decides (counted with both rules); null when the
   * workbook cannot be counted yet. */
  readonly ballotsDecided: number | null;
}

export interface CheckReport {
  readonly regulation: RegulationId | null;
  /** Null when the meeting figures could not be read. */
  readonly meeting: MeetingResult | null;
  readonly problems: readonly ProblemView[];
  /** An error stands: Tally and write is refused. */
  readonly blocked: boolean;
  /** None of the standard sheets was found, by name or by headers: Create template is where to
   * start (and would be accepted). */
  readonly templateFits: boolean;
  /** Null when there is no meeting sheet to hold the rule. */
  readonly extraNames: ExtraNamesView | null;
}

/** After Tally and write: the people in each band only when the results were written, never
 * while an error stands. */
export type TallyOutcome =
  | {
      readonly written: true;
      readonly report: CheckReport;
      /** People per band, and those not voted on. */
      readonly bands: Readonly<Record<Band | "excluded", number>>;
      /** Things the user should know, e.g. page setup skipped on Excel without ExcelApi 1.9. */
      readonly notices: readonly string[];
    }
  | {
      /** A blocking error stood and nothing was written. */
      readonly written: false;
      readonly report: CheckReport;
      readonly notices: readonly string[];
    };

export type TemplateOutcome =
  | {
      readonly created: readonly string[];
      /** What this Excel could not add, e.g. the drop-down lists on ExcelApi 1.7. */
      readonly notices: readonly string[];
    }
  | { readonly refused: true; readonly existing: readonly string[] };

/** After Print ballots: the sheets made, or the problems that stopped them. */
export type BallotsOutcome =
  | {
      readonly written: true;
      readonly sheets: readonly string[];
      readonly copies: number;
      /** People on each ballot. */
      readonly people: number;
      readonly notices: readonly string[];
    }
  | { readonly written: false; readonly problems: readonly ProblemView[] };

/** One file of a consolidation the pane lists: those not counted with why, those counted with
 * their warnings. Its problems name cells of that file, not of the open workbook. */
export interface ConsolidatedFileView {
  readonly file: string;
  readonly counted: boolean;
  readonly problems: readonly ProblemView[];
}

/** After Consolidate meetings: the sheets written, or nothing while an error stands. */
export interface ConsolidationOutcome {
  readonly written: boolean;
  readonly sheets: readonly string[];
  /** The meetings counted. */
  readonly meetings: number;
  /** The consolidation's own problems (E061, W062, W065…) and the two-places rule's. */
  readonly problems: readonly ProblemView[];
  readonly files: readonly ConsolidatedFileView[];
  readonly notices: readonly string[];
}

/** Every method fails with a HostError (office-errors.ts) when Excel refuses the batch. */
export interface AddinHost {
  check(options: RunOptions): Promise<CheckReport>;
  /** Checks again, then writes only if no error stands. */
  tallyAndWrite(options: TallyOptions): Promise<TallyOutcome>;
  /** Makes the ballots to print and the blank count sheet from the roster, one ballot per person
   * present; nothing is written while an error stands. */
  printBallots(options: RunOptions): Promise<BallotsOutcome>;
  /** Consolidates the inputs (each already read and summarized) into the consolidation's own
   * sheets of the open workbook, replacing those a previous consolidation wrote; nothing is
   * written while an error stands. */
  writeConsolidation(
    inputs: readonly InputSummary[],
    options: RunOptions
  ): Promise<ConsolidationOutcome>;
  /** Adds the standard sheets; refuses when any of them exists. */
  createTemplate(lang: Lang): Promise<TemplateOutcome>;
  /** Writes the extra-names rule into its row of `Hội nghị` as text: only the value's cell, and
   * the label when the row is missing. */
  setExtraNames(policy: ExtraNamePolicy, lang: Lang): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  showResults(): Promise<void>;
  /** From now on, calls `onChange` after each change to the workbook that the add-in did not
   * make itself (cells edited, sheets added or deleted). Resolves false when this Excel cannot
   * report changes; the pane then relies on Tally checking again before it writes. */
  watchChanges(onChange: () => void): Promise<boolean>;
}
