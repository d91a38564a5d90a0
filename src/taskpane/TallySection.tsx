// Kiểm phiếu và ghi kết quả / Tally and write: refused while an error stands; warnings must be
// acknowledged first; afterwards, the people in each band and a way to the Results sheet.

import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
} from "@fluentui/react-components";
import { BandCounts } from "./BandCounts";
import { Section, Subheading } from "./Section";
import { Notices } from "./SectionParts";
import { STRINGS } from "./strings";
import type { Pane } from "./use-pane";

export function TallySection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  const { report, tally } = pane;
  const hint = !report
    ? s.tallyNeedsCheck
    : pane.stale
      ? s.workbookChanged
      : report.blocked
        ? s.tallyBlocked
        : null;
  return (
    <Section title={s.tallyHeading}>
      <Body1>{s.tallyIntro}</Body1>
      {hint && <Caption1>{hint}</Caption1>}
      {report && !pane.stale && !report.blocked && pane.warnings > 0 && (
        <Checkbox
          checked={pane.acknowledged}
          disabled={pane.busy !== null}
          onChange={(_, data) => pane.acknowledge(data.checked === true)}
          label={s.acknowledgeWarnings(pane.warnings)}
        />
      )}
      <Button appearance="primary" disabled={!pane.canTally} onClick={pane.tallyAndWrite}>
        {s.tallyButton}
      </Button>
      {pane.busy === "tally" && (
        <Field validationMessage={s.tallying} validationState="none">
          <ProgressBar aria-label={s.tallying} />
        </Field>
      )}
      {tally && (
        <>
          <MessageBar intent={tally.written ? "success" : "error"}>
            <MessageBarBody>{tally.written ? s.tallyWritten : s.tallyNotWritten}</MessageBarBody>
          </MessageBar>
          <Notices notices={tally.notices} />
          {tally.written && tally.report.regulation && (
            <>
              <Subheading>{s.bandsHeading}</Subheading>
              <BandCounts
                bands={tally.bands}
                regulation={tally.report.regulation}
                lang={pane.lang}
                label={s.bandsHeading}
              />
              <Button onClick={pane.showResults}>{s.showResultsButton}</Button>
            </>
          )}
        </>
      )}
    </Section>
  );
}
