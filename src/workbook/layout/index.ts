// Layout: from a tally's result to the WritePlan that both shells apply (architecture.md step 4).
// Pure and deterministic: the same arguments give the same plan, byte for byte.

import type { CivilDate, Lang, Settings, TallyResult } from "../../rules";
import type { MeetingDetails, ResultSheetState, RosterPlacement } from "../placement";
import type { WritePlan } from "../plan";
import { layoutResultSheet } from "./result-sheet";
import { layoutRosterColumns } from "./roster-columns";

export interface LayoutArgs {
  readonly result: TallyResult;
  readonly roster: RosterPlacement;
  readonly resultSheet: ResultSheetState;
  readonly details: MeetingDetails;
  readonly meetingDate: CivilDate;
  readonly lang: Lang;
  /** The product's version, printed on the result sheet's last line. */
  readonly version: string;
  /** fingerprintOf(the vote's inputs), printed beside the version. */
  readonly fingerprint: string;
  /** The settings the result was counted with (printed in the result sheet's notes). */
  readonly settings: Settings;
}

/** The result columns on the roster, then the result sheet (made the active sheet).
 *
 * Nothing is planned while a blocking error stands (rules.md: no result is written as if the vote
 * were valid). A sheet that has the result sheet's name but is not the add-in's own is never
 * replaced: the result sheet is left out of the plan, and the caller, which chose the name, is
 * expected to have chosen a free one. */
export function layoutResults(args: LayoutArgs): WritePlan {
  if (args.result.blocked) return { sheets: [] };
  const roster = layoutRosterColumns(args.result, args.roster, args.lang);
  const { name, exists, ours } = args.resultSheet;
  if (exists && !ours) return { sheets: [roster.write] };
  const results = layoutResultSheet({
    sheet: name,
    result: args.result,
    details: args.details,
    meetingDate: args.meetingDate,
    lang: args.lang,
    version: args.version,
    fingerprint: args.fingerprint,
    settings: args.settings,
    rosterBlock: roster.block,
  });
  return { sheets: [roster.write, results] };
}
