// What the task pane asks of the workbook it runs in. The Office.js implementation and the
// browser preview (backed by the fake Excel host) both provide it; the pane knows nothing else.

import type { Band, Lang, MeetingResult, RegulationId, Settings, Severity } from "../rules/types";

/** A problem ready to show: its message already in the pane's language. */
export interface ProblemView {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The cell to select when the user chooses the problem, if any. */
  readonly sheet?: string;
  readonly cell?: string;
}

export interface RunOptions {
  readonly lang: Lang;
  readonly settings: Settings;
}

export interface CheckReport {
  readonly regulation: RegulationId | null;
  /** Null when the meeting figures could not be read. */
  readonly meeting: MeetingResult | null;
  readonly problems: readonly ProblemView[];
  /** An error stands: Tally and write is refused. */
  readonly blocked: boolean;
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
  | { readonly created: readonly string[] }
  | { readonly refused: true; readonly existing: readonly string[] };

export interface AddinHost {
  check(options: RunOptions): Promise<CheckReport>;
  /** Checks again, then writes only if no error stands. */
  tallyAndWrite(options: RunOptions): Promise<TallyOutcome>;
  /** Adds the standard sheets; refuses when any of them exists. */
  createTemplate(lang: Lang): Promise<TemplateOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  showResults(): Promise<void>;
}
