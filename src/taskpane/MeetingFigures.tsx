// The meeting's figures as the check read them, and whether the quorum is met.

import { Badge, Caption1 } from "@fluentui/react-components";
import type { CheckReport } from "../excel/host";
import { quorumRuleText } from "../rules/regulations";
import type { Lang } from "../rules/types";
import { FigureList, type Figure } from "./FigureList";
import { formatCount, STRINGS } from "./strings";

export function MeetingFigures(props: { readonly report: CheckReport; readonly lang: Lang }) {
  const s = STRINGS[props.lang];
  const { meeting, regulation } = props.report;
  if (!meeting) return <Caption1>{s.meetingUnreadable}</Caption1>;
  const count = (value: number | null) =>
    value === null ? s.notAvailable : formatCount(value, props.lang);
  const figures: Figure[] = [
    ...(regulation ? [{ term: s.regulationLabel, value: s.regulationNames[regulation] }] : []),
    { term: s.figures.summoned, value: count(meeting.summoned) },
    { term: s.figures.present, value: count(meeting.present) },
    { term: s.figures.issued, value: count(meeting.issued) },
    { term: s.figures.collected, value: count(meeting.collected) },
    { term: s.figures.validBallots, value: count(meeting.validBallots) },
    { term: s.figures.invalidBallots, value: count(meeting.invalidBallots) },
    {
      term: s.quorumLabel,
      value: (
        <Badge appearance="tint" color={meeting.quorumMet ? "success" : "danger"}>
          {meeting.quorumMet ? s.quorumMet : s.quorumNotMet}
        </Badge>
      ),
    },
  ];
  return (
    <>
      <FigureList label={s.meetingHeading} figures={figures} />
      {/* The regulation's own rule, as the Kết quả sheet prints it, once the regulation is known. */}
      <Caption1>{regulation ? quorumRuleText(regulation, props.lang) : s.quorumRule}</Caption1>
    </>
  );
}
