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
  const message = STARTUP_MESSAGES[props.state];
  return (
    <main className={styles.root}>
      <MessageBar intent="warning" layout="multiline" lang="vi">
        <MessageBarBody>
          <MessageBarTitle>Phiếu tín nhiệm</MessageBarTitle>
          {message.vi}
        </MessageBarBody>
      </MessageBar>
      <MessageBar intent="warning" layout="multiline" lang="en">
        <MessageBarBody>
          <MessageBarTitle>Confidence vote</MessageBarTitle>
          {message.en}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
