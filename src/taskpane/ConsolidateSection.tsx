// Tổng hợp nhiều hội nghị / Consolidate meetings: the managing level chooses several meetings'
// files at once; the open workbook receives the consolidation's sheets, and each file left out
// is listed with its problems.

import { Body1, Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { ProblemList } from "./ProblemList";
import { Section } from "./Section";
import { STRINGS } from "./strings";
import type { Pane } from "./use-pane";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function ConsolidateSection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  const picker = useRef<HTMLInputElement>(null);
  const outcome = pane.consolidation;

  function onChosen(event: ChangeEvent<HTMLInputElement>): void {
    const files = [...(event.target.files ?? [])];
    // Cleared, so that choosing the same files again runs again.
    event.target.value = "";
    pane.consolidate(files);
  }

  return (
    <Section title={s.consolidateHeading}>
      <Body1>{s.consolidateIntro}</Body1>
      <input
        ref={picker}
        hidden
        type="file"
        multiple
        accept={XLSX_TYPES}
        aria-label={s.consolidateButton}
        onChange={onChosen}
      />
      <Button
        disabled={pane.busy !== null}
        onClick={() => picker.current?.click()}
        icon={pane.busy === "consolidate" ? <Spinner size="tiny" /> : undefined}
      >
        {pane.busy === "consolidate" ? s.consolidating : s.consolidateButton}
      </Button>
      {outcome && (
        <>
          <MessageBar intent={outcome.written ? "success" : "error"}>
            <MessageBarBody>
              {outcome.written
                ? s.consolidationWritten(outcome.meetings, outcome.sheets)
                : s.consolidationNotWritten}
            </MessageBarBody>
          </MessageBar>
          {outcome.notices.map((notice) => (
            <MessageBar key={notice} intent="warning">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          ))}
          {outcome.problems.length > 0 && (
            <ProblemList
              problems={outcome.problems}
              lang={pane.lang}
              onSelectCell={pane.selectCell}
            />
          )}
          {outcome.files
            .filter((file) => file.problems.length > 0)
            .map((file) => (
              <section key={file.file} aria-label={s.consolidatedFile(file.file, file.counted)}>
                <Body1>{s.consolidatedFile(file.file, file.counted)}</Body1>
                <ProblemList
                  problems={file.problems}
                  lang={pane.lang}
                  onSelectCell={pane.selectCell}
                />
              </section>
            ))}
        </>
      )}
    </Section>
  );
}
