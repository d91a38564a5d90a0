// Kiểm tra / Check: read the workbook, show the meeting's figures and every problem found.

import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
} from "@fluentui/react-components";
import { MeetingFigures } from "./MeetingFigures";
import { ProblemList } from "./ProblemList";
import { Section, Subheading } from "./Section";
import { ActionButton } from "./SectionParts";
import { STRINGS } from "./strings";
import type { Pane } from "./use-pane";

export function CheckSection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  const found = pane.errors + pane.warnings;
  return (
    <Section title={s.checkHeading}>
      <Body1>{s.checkIntro}</Body1>
      <ActionButton
        pane={pane}
        action="check"
        onClick={pane.check}
        label={s.checkButton}
        busyLabel={s.checking}
        appearance="primary"
      />
      {pane.stale && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.workbookChanged}</MessageBarBody>
        </MessageBar>
      )}
      {pane.report && (
        <>
          <Subheading>{s.meetingHeading}</Subheading>
          <MeetingFigures report={pane.report} lang={pane.lang} />
          <Subheading>{s.problemsHeading}</Subheading>
          {found > 0 && <Body1>{s.checkedStatus(pane.errors, pane.warnings)}</Body1>}
          <ProblemList
            problems={pane.report.problems}
            lang={pane.lang}
            onSelectCell={pane.selectCell}
          />
          {pane.report.templateFits && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{s.templateFits}</MessageBarBody>
              <MessageBarActions>
                <Button disabled={pane.busy !== null} onClick={pane.createTemplate}>
                  {s.templateFitsButton}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </>
      )}
    </Section>
  );
}
