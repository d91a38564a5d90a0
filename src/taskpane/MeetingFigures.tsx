// The meeting's figures as the check read them, and whether the quorum is met.

import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { CheckReport } from "../excel/host";
import type { Lang } from "../rules/types";
import { formatCount, STRINGS } from "./strings";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export function MeetingFigures(props: { readonly report: CheckReport; readonly lang: Lang }) {
  const styles = useStyles();
  const s = STRINGS[props.lang];
  const { meeting, regulation } = props.report;
  if (!meeting) return <Caption1>{s.meetingUnreadable}</Caption1>;
  const figure = (value: number | null) =>
    value === null ? s.notAvailable : formatCount(value, props.lang);
  const rows: readonly [string, string][] = [
    [s.figures.summoned, figure(meeting.summoned)],
    [s.figures.present, figure(meeting.present)],
    [s.figures.issued, figure(meeting.issued)],
    [s.figures.collected, figure(meeting.collected)],
    [s.figures.validBallots, figure(meeting.validBallots)],
    [s.figures.invalidBallots, figure(meeting.invalidBallots)],
  ];
  return (
    <>
      <dl className={styles.list} aria-label={s.meetingHeading}>
        {regulation && (
          <>
            <dt className={styles.term}>{s.regulationLabel}</dt>
            <dd className={styles.value}>{s.regulationNames[regulation]}</dd>
          </>
        )}
        {rows.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
        <dt className={styles.term}>{s.quorumLabel}</dt>
        <dd className={styles.value}>
          <Badge
            appearance="tint"
            color={meeting.quorumMet ? "success" : "danger"}
            title={s.quorumRule}
          >
            {meeting.quorumMet ? s.quorumMet : s.quorumNotMet}
          </Badge>
        </dd>
      </dl>
      <Caption1>{s.quorumRule}</Caption1>
    </>
  );
}
