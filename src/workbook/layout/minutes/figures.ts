// The meeting's figures, two to a row (a label and its value, twice), under the time and who led
// the meeting when the workbook says so. Absent is summoned less present.

import { quorumLabel, quorumStateName } from "../../../rules";
import { formatClockTime } from "../../clock-time";
import { MEETING_LABELS } from "../../vocabulary";
import type { DraftCell } from "../draft";
import { font } from "../style";
import { WORDS } from "../words";
import { SIZE, type MinutesPage, type ResultSheetArgs } from "./page";

type Figure = readonly [label: string, value: DraftCell];

export function figures(page: MinutesPage, args: ResultSheetArgs): void {
  const { details, lang, result } = args;
  const meeting = result.meeting;
  const { startTime, endTime } = details;
  const time = (t: typeof startTime) => (t ? formatClockTime(t, lang) : "…");
  const span =
    lang === "vi"
      ? `từ ${time(startTime)} đến ${time(endTime)}`
      : `from ${time(startTime)} to ${time(endTime)}`;
  const said = [
    ...(startTime || endTime ? [`${WORDS.time[lang]}: ${span}`] : []),
    ...(details.chair ? [`${WORDS.chair[lang]}: ${details.chair}`] : []),
    ...(details.secretary ? [`${WORDS.secretary[lang]}: ${details.secretary}`] : []),
  ];
  if (said.length > 0) {
    page.line(`${said.join(". ")}.`, { font: font(SIZE.body), horizontal: "left" });
  }

  const unknown = "—";
  const pairs: readonly (readonly [Figure, Figure])[] = [
    [
      [MEETING_LABELS.summoned[lang], meeting.summoned],
      [MEETING_LABELS.present[lang], meeting.present],
    ],
    [
      [WORDS.absent[lang], Math.max(0, meeting.summoned - meeting.present)],
      [quorumLabel(lang), quorumStateName(meeting.quorumMet, lang)],
    ],
    [
      [MEETING_LABELS.issued[lang], meeting.issued],
      [MEETING_LABELS.collected[lang], meeting.collected],
    ],
    [
      [WORDS.validBallots[lang], meeting.validBallots ?? unknown],
      [WORDS.invalidBallots[lang], meeting.invalidBallots ?? unknown],
    ],
  ];
  const { columns } = page;
  // Left: label over STT and name, value in the position column; right: label over the figure
  // columns, value in the last.
  const slots = [
    { label: { left: 1, right: columns.name }, value: columns.position },
    { label: { left: columns.valid, right: columns.last - 1 }, value: columns.last },
  ];
  const look = { font: font(SIZE.body), border: "all-thin" } as const;
  for (const pair of pairs) {
    const row = page.row;
    pair.forEach(([label, value], i) => {
      const slot = slots[i]!;
      page.text(row, slot.label.left, slot.label.right, label, { ...look, horizontal: "left" });
      page.draft.write(row, slot.value, [[value]]);
      page.draft.format(
        { top: row, left: slot.value, bottom: row, right: slot.value },
        { ...look, font: font(SIZE.body, { bold: true }), horizontal: "center", vertical: "middle" }
      );
    });
    page.row += 1;
  }
  page.skip();
}
