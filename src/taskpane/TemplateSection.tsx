// Tạo mẫu / Create template: the standard sheets, blank; refused when any of them exists.

import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Section } from "./Section";
import { ActionButton, Notices } from "./SectionParts";
import { STRINGS } from "./strings";
import type { Pane } from "./use-pane";

export function TemplateSection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  const outcome = pane.template;
  return (
    <Section title={s.templateHeading}>
      <Body1>{s.templateIntro}</Body1>
      <ActionButton
        pane={pane}
        action="template"
        onClick={pane.createTemplate}
        label={s.templateButton}
        busyLabel={s.creatingTemplate}
      />
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
            <Notices notices={outcome.notices} />
          </>
        ))}
    </Section>
  );
}
