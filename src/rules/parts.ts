// The checks a vote's parts allow on their own, for a vote whose reader could not read all of it
// (its own problems say what is missing): the meeting's figures and quorum, the ballots' numbers
// and extra names, and the number of ballot rows against ballots collected. Nothing is counted:
// counting needs every part.

import { ballotIsValid, checkBallotCount, checkBallotNumbers } from "./ballots";
import { checkMeetingFigures } from "./figures";
import { DEFAULT_SETTINGS, type Problem, type VoteParts } from "./types";

export function checkVoteParts(parts: VoteParts): Problem[] {
  const problems: Problem[] = [];
  const figures = checkMeetingFigures(parts.meeting, problems);
  if (parts.ballots !== undefined) {
    const { rows, numbered } = parts.ballots;
    const settings = parts.settings ?? DEFAULT_SETTINGS;
    checkBallotNumbers(numbered, problems);
    // Called for the extra names it reports; whether each ballot counts is not asked here.
    for (const ballot of numbered) ballotIsValid(ballot, settings, problems);
    checkBallotCount(rows, figures.collected, parts.meeting.collected?.ref, problems);
  }
  return problems;
}
