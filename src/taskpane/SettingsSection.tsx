// Cài đặt / Settings: how to treat a name written on a ballot that is not printed on it
// (rules.md section 2, a product decision while the 2023 text is unclear). The rule lives in the
// workbook's `Hội nghị` row: the pane shows it, and a change says what it will do to the count
// and waits for the user's confirmation before it writes that row.

import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import type { ExtraNamePolicy } from "../rules/types";
import { Section } from "./Section";
import { cellPlace, STRINGS } from "./strings";
import type { Pane } from "./use-pane";

const POLICIES: readonly ExtraNamePolicy[] = ["ignore-name", "void-ballot"];

export function SettingsSection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  const view = pane.extraNames;
  if (view === null) {
    return (
      <Section title={s.settingsHeading}>
        <Field label={s.extraNamesLabel} hint={s.extraNamesHint}>
          <Caption1>{s.extraNamesUnread}</Caption1>
        </Field>
      </Section>
    );
  }
  const place = cellPlace(view.sheet, view.cell);
  const pending = pane.pendingExtraNames;
  return (
    <Section title={s.settingsHeading}>
      <Field
        label={s.extraNamesLabel}
        hint={`${s.extraNamesHint} ${s.extraNamesWhere(place, view.addsRow)}`}
      >
        {/* Never disabled: a disabled option is drawn at about 2:1 contrast, under AA. While
            the pane is busy only the confirmation's button waits. */}
        <RadioGroup
          value={pending ?? view.policy ?? ""}
          onChange={(_, data) => {
            const policy = POLICIES.find((known) => known === data.value);
            if (policy) pane.chooseExtraNames(policy);
          }}
        >
          {POLICIES.map((policy) => (
            <Radio key={policy} value={policy} label={s.extraNames[policy]} />
          ))}
        </RadioGroup>
      </Field>
      {pending && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.extraNamesConfirmTitle}</MessageBarTitle>
            {s.extraNamesEffect(pending, view.ballotsDecided)}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={pane.busy !== null}
              onClick={() => pane.confirmExtraNames()}
            >
              {s.extraNamesApply}
            </Button>
            <Button onClick={() => pane.cancelExtraNames()}>{s.extraNamesCancel}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </Section>
  );
}
