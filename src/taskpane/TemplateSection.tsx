// Tạo mẫu / Create template: the standard sheets, blank; refused when any of them exists.

import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { Section } from "./Section";
import { STRINGS } from "./strings";
import type { Pane } from "./use-pane";

export function TemplateSection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  const outcome = pane.template;
  return (
    <Section title={s.templateHeading}>
      <Body1>{s.templateIntro}</Body1>
      <Button
        disabled={pane.busy !== null}
        onClick={pane.createTemplate}
        icon={pane.busy === "template" ? <Spinner size="tiny" /> : undefined}
      >
        {pane.busy === "template" ? s.creatingTemplate : s.templateButton}
      </Button>
      {outcome &&
        ("refused" in outcome ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{s.templateRefusedTitle}</MessageBarTitle>
              {s.templateRefused(outcome.existing)}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <MessageBar intent="success">
              <MessageBarBody>{s.templateCreated(outcome.created)}</MessageBarBody>
            </MessageBar>
            {outcome.notices.map((notice) => (
              <MessageBar key={notice} intent="warning">
                <MessageBarBody>{notice}</MessageBarBody>
              </MessageBar>
            ))}
          </>
        ))}
    </Section>
  );
}
