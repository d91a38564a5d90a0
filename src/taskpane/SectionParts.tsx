// The pieces every action section of the pane shows alike: its button, which spins and says what
// it is doing while the pane works on it (and is disabled while the pane works on anything), and
// the host's notices after it.

import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { BusyWith, Pane } from "./use-pane";

export function ActionButton(props: {
  readonly pane: Pane;
  readonly action: BusyWith;
  readonly onClick: () => void;
  readonly label: string;
  readonly busyLabel: string;
  readonly appearance?: "primary";
}) {
  const working = props.pane.busy === props.action;
  return (
    <Button
      appearance={props.appearance}
      disabled={props.pane.busy !== null}
      onClick={props.onClick}
      icon={working ? <Spinner size="tiny" /> : undefined}
    >
      {working ? props.busyLabel : props.label}
    </Button>
  );
}

export function Notices({ notices }: { readonly notices: readonly string[] }) {
  return notices.map((notice) => (
    <MessageBar key={notice} intent="warning">
      <MessageBarBody>{notice}</MessageBarBody>
    </MessageBar>
  ));
}
