// In phiếu / Print ballots: before the meeting, the ballots (one per person present) and the blank
// hand count sheet, made from the roster; refused with the problems while an error stands.

import { Body1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ProblemList } from "./ProblemList";
import { Section } from "./Section";
import { ActionButton, Notices } from "./SectionParts";
import { STRINGS } from "./strings";
import type { Pane } from "./use-pane";

export function BallotsSection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  const outcome = pane.ballots;
  return (
    <Section title={s.ballotsHeading}>
      <Body1>{s.ballotsIntro}</Body1>
      <ActionButton
        pane={pane}
        action="ballots"
        onClick={pane.printBallots}
        label={s.ballotsButton}
        busyLabel={s.printingBallots}
      />
      {outcome &&
        (outcome.written ? (
          <>
            <MessageBar intent="success">
              <MessageBarBody>
                {s.ballotsWritten(outcome.copies, outcome.people, outcome.sheets)}
              </MessageBarBody>
            </MessageBar>
            <Notices notices={outcome.notices} />
          </>
        ) : (
          <>
            <MessageBar intent="error">
              <MessageBarBody>{s.ballotsNotWritten}</MessageBarBody>
            </MessageBar>
            <ProblemList
              problems={outcome.problems}
              lang={pane.lang}
              onSelectCell={pane.selectCell}
            />
          </>
        ))}
    </Section>
  );
}
