// Tổng hợp nhiều hội nghị / Consolidate meetings: the managing level chooses several meetings'
// files at once; the open workbook receives the consolidation's sheets, and each file left out
// is listed with its problems.

import { Body1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { ProblemList } from "./ProblemList";
import { Section } from "./Section";
import { ActionButton, Notices } from "./SectionParts";
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
      <ActionButton
        pane={pane}
        action="consolidate"
        onClick={() => picker.current?.click()}
        label={s.consolidateButton}
        busyLabel={s.consolidating}
      />
      {outcome && (
        <>
          <MessageBar intent={outcome.written ? "success" : "error"}>
            <MessageBarBody>
              {outcome.written
                ? s.consolidationWritten(outcome.meetings, outcome.sheets)
                : s.consolidationNotWritten}
            </MessageBarBody>
          </MessageBar>
          <Notices notices={outcome.notices} />
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
