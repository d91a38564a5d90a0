// Parse: from the grids of a workbook to the rules' VoteInput, with coded problems that name the
// sheet and the cell, and the places layout needs to write back (workbook.md sections 1–3, 5).

import type { MeetingInput, PersonInput, Problem, VoteInput, VoteParts } from "../../rules";
import type { WorkbookGrids } from "../grid";
import type { MeetingDetails, ResultSheetState, RosterPlacement } from "../placement";
import { parseBallots } from "./ballots";
import { findSheets, type SheetRole } from "./find-sheets";
import { parseHandTally } from "./hand-tally";
import { parseMeeting } from "./meeting";
import { parseRoster } from "./roster";
import { resultSheetState } from "./result-sheet";
import { viewOf } from "./sheet-view";

export interface ParsedWorkbook {
  /** What the rules count; null when an error in reading the workbook stands (the problems say
   * which): the rules only ever count a workbook whose every cell could be read. */
  readonly input: VoteInput | null;
  /** What could be read, for the checks that need only part of the vote while `input` is null. */
  readonly parts: VoteParts;
  /** The meeting as read, also when other sheets could not be (so its figures can be shown). */
  readonly meeting: MeetingInput | null;
  /** The roster's people whose row could be read, also when other sheets could not be. */
  readonly people: readonly PersonInput[];
  /** The people's ids are the roster's Mã, codes shared across meetings; false when they are
   * the STT, or without a readable roster. */
  readonly idColumn: boolean;
  /** Errors and warnings of the workbook layer (E0xx/W0xx), in the order found. */
  readonly problems: readonly Problem[];
  readonly details: MeetingDetails;
  /** Where the roster is and where the result columns go; null without a readable roster. */
  readonly roster: RosterPlacement | null;
  readonly resultSheet: ResultSheetState;
  /** The ids of the people with a column on the ballot sheet, left to right (empty without
   * one): the ballots are printed in this order, so that entry follows the paper. */
  readonly ballotColumns: readonly string[];
  /** The name of the sheet found for each part, or null. */
  readonly sheets: Readonly<Record<SheetRole, string | null>>;
}

export function parseWorkbook(grids: WorkbookGrids): ParsedWorkbook {
  const views = grids.sheets.map(viewOf);
  const problems: Problem[] = [];
  const found = findSheets(views, problems);
  const meeting = found.meeting ? parseMeeting(found.meeting, problems) : null;
  const roster = found.roster ? parseRoster(found.roster, problems) : null;
  const people = roster?.people ?? [];
  const regulation = meeting?.read.regulation ?? null;
  const date = meeting?.read.date?.value ?? null;
  const ballots = found.ballots
    ? parseBallots(found.ballots, { people, regulation, date }, problems)
    : null;
  const handTally = found.handTally
    ? parseHandTally(found.handTally, people, regulation, problems)
    : null;
  const readingFailed = problems.some((p) => p.severity === "error");
  // The template offers both vote sheets; one left without data was not used, unless both are.
  const hasBallots = ballots !== null && ballots.rows > 0;
  const hasTally = handTally !== null && handTally.length > 0;
  const usedBallots = (hasBallots || !hasTally) && ballots;
  const usedTally = (hasTally || !hasBallots) && handTally;
  const resultSheet = resultSheetState(views, found.roster?.name ?? null, problems);

  const input: VoteInput | null =
    !readingFailed && meeting?.meeting && roster && (usedBallots || usedTally)
      ? {
          meeting: meeting.meeting,
          people: people.map((p) => p.input),
          ...(usedBallots && { ballots: usedBallots.ballots }),
          ...(usedTally && { handTally: usedTally }),
        }
      : null;
  return {
    input,
    parts: {
      meeting: meeting?.read ?? {},
      ...(usedBallots && {
        ballots: { rows: usedBallots.rows, numbered: usedBallots.ballots },
      }),
    },
    meeting: meeting?.meeting ?? null,
    people: people.map((p) => p.input),
    idColumn: roster?.idColumn ?? false,
    problems,
    details: meeting?.details ?? {
      countingMembers: [],
      countingMemberPosts: [],
      consequencePerPerson: false,
    },
    roster: roster?.placement ?? null,
    resultSheet,
    ballotColumns: ballots?.columns ?? [],
    sheets: {
      meeting: found.meeting?.name ?? null,
      roster: found.roster?.name ?? null,
      ballots: found.ballots?.name ?? null,
      handTally: found.handTally?.name ?? null,
    },
  };
}

export { normalizeLabel, codeKey } from "./normalize";
export { rosterResultArea } from "./roster";
export type { SheetRole } from "./find-sheets";
