// Cài đặt / Settings: how to treat a name written on a ballot that is not printed on it
// (rules.md section 2, a product decision while the 2023 text is unclear).

import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { ExtraNamePolicy } from "../rules/types";
import { Section } from "./Section";
import { STRINGS } from "./strings";
import type { Pane } from "./use-pane";

const POLICIES: readonly ExtraNamePolicy[] = ["ignore-name", "void-ballot"];

export function SettingsSection({ pane }: { readonly pane: Pane }) {
  const s = STRINGS[pane.lang];
  return (
    <Section title={s.settingsHeading}>
      <Field label={s.extraNamesLabel} hint={s.extraNamesHint}>
        <RadioGroup
          value={pane.settings.extraNames}
          disabled={pane.busy !== null}
          onChange={(_, data) => {
            const policy = POLICIES.find((known) => known === data.value);
            if (policy) pane.setExtraNames(policy);
          }}
        >
          {POLICIES.map((policy) => (
            <Radio key={policy} value={policy} label={s.extraNames[policy]} />
          ))}
        </RadioGroup>
      </Field>
    </Section>
  );
}
