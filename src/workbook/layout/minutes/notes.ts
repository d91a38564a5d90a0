// The minutes' notes, in plain words: what the percentages are taken over, when each band
// applies and what the regulation says follows (the decision is the competent authority's, so it
// is said once here rather than beside each name), attendance, and the extra-names rule in force.

import { minutesNotes, quorumLabel, quorumRequired } from "../../../rules";
import { EXTRA_NAME_POLICIES, MEETING_LABELS } from "../../vocabulary";
import { font } from "../style";
import { quorumNeeds, WORDS } from "../words";
import { SIZE, type MinutesPage, type ResultSheetArgs } from "./page";

export function notes(page: MinutesPage, args: ResultSheetArgs): void {
  const { lang, result } = args;
  const { meeting } = result;
  const look = { font: font(SIZE.notes, { italic: true }), horizontal: "left" } as const;
  page.line(WORDS.notes[lang], { font: font(SIZE.notes, { bold: true, italic: true }) });
  const lines = [
    ...minutesNotes(result.regulation, lang),
    ...(meeting.validBallots === null ? [WORDS.unknownBallots[lang]] : []),
    `${quorumLabel(lang)}: ${meeting.present}/${meeting.summoned}. ${quorumNeeds(quorumRequired(meeting.summoned), lang)}`,
    `${MEETING_LABELS.extraNames[lang]}: ${EXTRA_NAME_POLICIES[args.settings.extraNames][lang]}.`,
  ];
  for (const line of lines) page.line(`- ${line}`, look);
  page.skip();
}
