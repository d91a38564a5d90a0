// In phiếu / Print ballots: before the meeting, the ballots (one per person present) and the blank
// hand count sheet, made from the roster; refused with the problems while an error stands.

import { Body1, Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { ProblemList } from "./ProblemList";
import { Section } from "./Section";
import { STRINGS } from "./strings";
import type { Pane } from "./use-pane";

export function BallotsSection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  const outcome = pane.ballots;
  return (
    <Section title={s.ballotsHeading}>
      <Body1>{s.ballotsIntro}</Body1>
      <Button
        disabled={pane.busy !== null}
        onClick={pane.printBallots}
        icon={pane.busy === "ballots" ? <Spinner size="tiny" /> : undefined}
      >
        {pane.busy === "ballots" ? s.printingBallots : s.ballotsButton}
      </Button>
      {outcome &&
        (outcome.written ? (
          <>
            <MessageBar intent="success">
              <MessageBarBody>
                {s.ballotsWritten(outcome.copies, outcome.people, outcome.sheets)}
              </MessageBarBody>
            </MessageBar>
            {outcome.notices.map((notice) => (
              <MessageBar key={notice} intent="warning">
                <MessageBarBody>{notice}</MessageBarBody>
              </MessageBar>
            ))}
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
