// Shown instead of the pane when it cannot start, in both languages (the display language is
// not known without Office).

import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { STARTUP_MESSAGES, type StartupState } from "./startup";
import { LANGS, STRINGS } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export function StartupMessage(props: { readonly state: Exclude<StartupState["kind"], "ready"> }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      {LANGS.map((lang) => (
        <MessageBar key={lang} intent="warning" layout="multiline" lang={lang}>
          <MessageBarBody>
            <MessageBarTitle>{STRINGS[lang].title}</MessageBarTitle>
            {STARTUP_MESSAGES[props.state][lang]}
          </MessageBarBody>
        </MessageBar>
      ))}
    </main>
  );
}
