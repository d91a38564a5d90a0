// The task pane's state and actions, apart from how they look. Every call to the workbook goes
// through the AddinHost it is given; whatever the host throws becomes a message, never a crash.

import { useEffect, useState } from "react";
import {
  warningKey,
  type AddinHost,
  type BallotsOutcome,
  type CheckReport,
  type ConsolidationOutcome,
  type ExtraNamesView,
  type RunOptions,
  type TallyOutcome,
  type TemplateOutcome,
} from "../excel/host";
import { HostError } from "../excel/office-errors";
import type { ExtraNamePolicy, Lang } from "../rules/types";
import { STRINGS } from "./strings";

export type BusyWith = "check" | "tally" | "ballots" | "template" | "settings" | "consolidate";

export interface Pane {
  readonly lang: Lang;
  readonly report: CheckReport | null;
  /** The workbook changed after the report was read: it must be checked again. */
  readonly stale: boolean;
  /** The workbook's extra-names rule as the last check read it; null before a check. */
  readonly extraNames: ExtraNamesView | null;
  /** A rule the user chose and has not confirmed yet: nothing is written before they do. */
  readonly pendingExtraNames: ExtraNamePolicy | null;
  readonly warnings: number;
  readonly errors: number;
  /** The user ticked that they read the warnings of the current report. */
  readonly acknowledged: boolean;
  readonly canTally: boolean;
  readonly busy: BusyWith | null;
  readonly tally: TallyOutcome | null;
  readonly template: TemplateOutcome | null;
  readonly ballots: BallotsOutcome | null;
  readonly consolidation: ConsolidationOutcome | null;
  /** What the host threw on the last action, if it did. */
  readonly failure: PaneFailure | null;
  /** The last outcome in a sentence, for the screen reader's live region. */
  readonly announcement: string;
  setLang(lang: Lang): void;
  chooseExtraNames(policy: ExtraNamePolicy): void;
  /** Writes the chosen rule into the workbook, then checks again. */
  confirmExtraNames(): void;
  cancelExtraNames(): void;
  acknowledge(checked: boolean): void;
  check(): void;
  tallyAndWrite(): void;
  createTemplate(): void;
  printBallots(): void;
  /** Reads, checks and counts each file chosen, then writes the consolidation's sheets. */
  consolidate(files: readonly File[]): void;
  selectCell(sheet: string, cell: string): void;
  showResults(): void;
}

/** Which warnings were acknowledged, independent of the language their messages are in: a new
 * check that finds other warnings asks again. */
function warningsKey(report: CheckReport | null): string {
  return (report?.problems ?? [])
    .filter((p) => p.severity === "warning")
    .map(warningKey)
    .join("|");
}

function count(report: CheckReport | null, severity: "error" | "warning"): number {
  return (report?.problems ?? []).filter((p) => p.severity === severity).length;
}

/** A failed host call: what to do in the user's words when the host said it (a HostError from
 * Excel's error code), and the raw text for the technical details. */
export interface PaneFailure {
  readonly message: Readonly<Record<Lang, string>> | null;
  readonly detail: string;
}

function failureOf(error: unknown): PaneFailure {
  if (error instanceof HostError) {
    return { message: { vi: error.vi, en: error.en }, detail: error.detail };
  }
  return { message: null, detail: error instanceof Error ? error.message : String(error) };
}

export function usePane(host: AddinHost, initialLang: Lang): Pane {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [pendingExtraNames, setPendingExtraNames] = useState<ExtraNamePolicy | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  // Changes the user made to the workbook, counted; the report knows the count it was read at.
  const [changes, setChanges] = useState(0);
  const [reportChanges, setReportChanges] = useState(0);
  const [acknowledgedKey, setAcknowledgedKey] = useState<string | null>(null);
  const [busy, setBusy] = useState<BusyWith | null>(null);
  const [tally, setTally] = useState<TallyOutcome | null>(null);
  const [template, setTemplate] = useState<TemplateOutcome | null>(null);
  const [ballots, setBallots] = useState<BallotsOutcome | null>(null);
  const [consolidation, setConsolidation] = useState<ConsolidationOutcome | null>(null);
  const [failure, setFailure] = useState<PaneFailure | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    // Once per host: Office keeps a handler for the life of the pane. Where Excel cannot report
    // changes, Tally still checks again before it writes.
    void host
      .watchChanges(() => {
        setChanges((value) => value + 1);
        setAcknowledgedKey(null);
      })
      .catch(() => false);
  }, [host]);

  const errors = count(report, "error");
  const warnings = count(report, "warning");
  const stale = report !== null && reportChanges !== changes;
  const acknowledged = warnings > 0 && acknowledgedKey === warningsKey(report);
  const canTally =
    busy === null &&
    report !== null &&
    !stale &&
    !report.blocked &&
    (warnings === 0 || acknowledged);

  /** Runs one host call; a throw becomes `failure` and the pane stays usable. */
  async function attempt(work: () => Promise<void>, busyWith?: BusyWith): Promise<void> {
    if (busyWith) setBusy(busyWith);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      const next = failureOf(error);
      setFailure(next);
      const s = STRINGS[lang];
      setAnnouncement(`${s.hostFailedTitle}: ${next.message?.[lang] ?? s.hostFailedMessage}`);
    } finally {
      if (busyWith) setBusy(null);
    }
  }

  /** Checks with the given options; `keepTally` when only the wording changed. */
  function runCheck(options: RunOptions, keepTally: boolean): void {
    const readAt = changes;
    void attempt(async () => {
      const next = await host.check(options);
      setReport(next);
      setReportChanges(readAt);
      if (!keepTally) setTally(null);
      const s = STRINGS[options.lang];
      setAnnouncement(s.checkedStatus(count(next, "error"), count(next, "warning")));
    }, "check");
  }

  return {
    lang,
    report,
    stale,
    extraNames: report?.extraNames ?? null,
    pendingExtraNames,
    warnings,
    errors,
    acknowledged,
    canTally,
    busy,
    tally,
    template,
    ballots,
    consolidation,
    failure,
    announcement,
    setLang(next) {
      setLangState(next);
      // The problems' messages come in the language asked for: ask again in the new one.
      if (report) runCheck({ lang: next }, true);
    },
    chooseExtraNames(policy) {
      // Choosing the workbook's own rule again is no change: nothing to confirm.
      setPendingExtraNames(policy === report?.extraNames?.policy ? null : policy);
    },
    confirmExtraNames() {
      const policy = pendingExtraNames;
      if (policy === null) return;
      void attempt(async () => {
        await host.setExtraNames(policy, lang);
        setPendingExtraNames(null);
        // The rule changes which ballots count: the report and any tally shown are out of date.
        const next = await host.check({ lang });
        setReport(next);
        setTally(null);
        const s = STRINGS[lang];
        const status = s.checkedStatus(count(next, "error"), count(next, "warning"));
        setAnnouncement(`${s.extraNamesWritten} ${status}`);
      }, "settings");
    },
    cancelExtraNames() {
      setPendingExtraNames(null);
    },
    acknowledge(checked) {
      setAcknowledgedKey(checked ? warningsKey(report) : null);
    },
    check() {
      runCheck({ lang }, false);
    },
    tallyAndWrite() {
      const readAt = changes;
      void attempt(async () => {
        // The warnings read are those of the report on screen: a new one found now stops the
        // write, and the new report asks for them to be read.
        const acknowledged = (report?.problems ?? [])
          .filter((problem) => problem.severity === "warning")
          .map(warningKey);
        const outcome = await host.tallyAndWrite({ lang, acknowledged });
        setReport(outcome.report);
        setReportChanges(readAt);
        setTally(outcome);
        const s = STRINGS[lang];
        setAnnouncement(outcome.written ? s.tallyWritten : s.tallyNotWritten);
      }, "tally");
    },
    createTemplate() {
      void attempt(async () => {
        const outcome = await host.createTemplate(lang);
        setTemplate(outcome);
        if ("created" in outcome) {
          // The report was of the workbook without the template: it no longer says anything.
          setReport(null);
          setTally(null);
          setAcknowledgedKey(null);
        }
        const s = STRINGS[lang];
        setAnnouncement(
          "refused" in outcome
            ? s.templateRefused(outcome.existing)
            : s.templateCreated(outcome.created)
        );
      }, "template");
    },
    printBallots() {
      void attempt(async () => {
        const outcome = await host.printBallots({ lang });
        setBallots(outcome);
        const s = STRINGS[lang];
        setAnnouncement(
          outcome.written
            ? s.ballotsWritten(outcome.copies, outcome.people, outcome.sheets)
            : s.ballotsNotWritten
        );
      }, "ballots");
    },
    consolidate(files) {
      if (files.length === 0) return;
      void attempt(async () => {
        // ExcelJS only once a consolidation is asked for: the pane opens without it.
        const { summarizeXlsxBytes } = await import("../xlsx/consolidation-bytes");
        // One file at a time: only its summary is kept, so memory stays flat in the files.
        const inputs = [];
        for (const file of files) {
          inputs.push(await summarizeXlsxBytes(file.name, await file.arrayBuffer()));
        }
        const outcome = await host.writeConsolidation(inputs, { lang });
        setConsolidation(outcome);
        const s = STRINGS[lang];
        setAnnouncement(
          outcome.written
            ? s.consolidationWritten(outcome.meetings, outcome.sheets)
            : s.consolidationNotWritten
        );
      }, "consolidate");
    },
    selectCell(sheet, cell) {
      void attempt(() => host.selectCell(sheet, cell));
    },
    showResults() {
      void attempt(() => host.showResults());
    },
  };
}
