// One meeting's whole run: meeting figures and quorum, the roster and who is voted on, the
// counts (from the ballots, else from the hand tally, and the hand tally checked against the
// ballots when both are given), percentages over ballots collected and bands. It never throws:
// every fault is a coded problem, and as much as can be computed is returned beside it.
//
// The cross-check levels + invalid = C holds by construction for ballots (invalid entries are
// what the ballots did not give a level) once their number equals C (E302); for a hand tally it
// is checked person by person (E311, E312).

import { checkBallotCount, countBallots, type CountRow } from "./ballots";
import { bandOf } from "./bands";
import { exclusionOf } from "./eligibility";
import { checkMeetingFigures, reportedFigures } from "./figures";
import { checkHandTallyAgainstBallots, countHandTally } from "./hand-tally";
import { percentOf } from "./percent";
import { ruleProblem } from "./problems";
import { levelsOf, lowLevelOf } from "./regulations";
import { readRoster, type Roster } from "./roster";
import {
  DEFAULT_SETTINGS,
  type Exclusion,
  type Level,
  type LevelCounts,
  type PersonInput,
  type PersonResult,
  type Problem,
  type RegulationId,
  type TallyResult,
  type VoteInput,
} from "./types";

interface VoteCounts {
  /** Per roster row; null where they cannot be known. */
  readonly counts: readonly (CountRow | null)[];
  readonly validBallots: number | null;
  readonly invalidBallots: number | null;
}

/** The counts from whatever the input holds: ballots decide when given. */
function countVotes(
  input: VoteInput,
  roster: Roster,
  excluded: readonly boolean[],
  collected: number | null,
  problems: Problem[]
): VoteCounts {
  const regulation = input.meeting.regulation;
  const { ballots, handTally } = input;
  if (ballots !== undefined) {
    const settings = input.settings ?? DEFAULT_SETTINGS;
    const counted = countBallots(regulation, roster, excluded, ballots, settings, problems);
    checkBallotCount(ballots.length, collected, input.meeting.collected.ref, problems);
    if (handTally !== undefined) {
      checkHandTallyAgainstBallots(
        regulation,
        roster,
        excluded,
        handTally,
        counted.counts,
        problems
      );
    }
    return counted;
  }
  if (handTally !== undefined) {
    const counts = countHandTally(regulation, roster, excluded, handTally, collected, problems);
    return { counts, validBallots: null, invalidBallots: null };
  }
  problems.push(ruleProblem("E315", {}));
  return { counts: roster.people.map(() => null), validBallots: null, invalidBallots: null };
}

function levelCountsOf(levels: readonly Level[], row: CountRow): LevelCounts {
  const counts: Partial<Record<Level, number>> = {};
  levels.forEach((level, index) => {
    counts[level] = row[index] ?? 0;
  });
  return { ...counts, invalid: row[levels.length] ?? 0 };
}

function personResult(
  regulation: RegulationId,
  person: PersonInput,
  exclusion: Exclusion | null,
  row: CountRow | null,
  base: number | null
): PersonResult {
  const levels = levelsOf(regulation);
  const counts = exclusion === null && row !== null ? levelCountsOf(levels, row) : null;
  let percent: Partial<Record<Level, number>> | null = null;
  if (counts !== null && base !== null) {
    percent = {};
    for (const level of levels) {
      const value = percentOf(counts[level] ?? 0, base);
      if (value !== null) percent[level] = value;
    }
  }
  const low = counts?.[lowLevelOf(regulation)];
  return {
    id: person.id,
    name: person.name,
    position: person.position,
    ...(person.unit === undefined ? {} : { unit: person.unit }),
    ...(person.group === undefined ? {} : { group: person.group }),
    exclusion,
    counts,
    percent,
    band: low !== undefined && base !== null ? bandOf(regulation, low, base) : null,
    ...(person.ref === undefined ? {} : { ref: person.ref }),
  };
}

/** Tallies one meeting's vote. `blocked` is true when any error stands. */
export function tally(input: VoteInput): TallyResult {
  const problems: Problem[] = [];
  const { meeting } = input;
  const figures = checkMeetingFigures(meeting, problems);
  const roster = readRoster(input.people, problems);
  const exclusions = input.people.map((person) => exclusionOf(person, figures.voteDate, problems));
  const excluded = exclusions.map((exclusion) => exclusion !== null);
  const votes = countVotes(input, roster, excluded, figures.collected, problems);

  return {
    regulation: meeting.regulation,
    meeting: {
      ...reportedFigures(meeting),
      validBallots: votes.validBallots,
      invalidBallots: votes.invalidBallots,
      quorumMet: figures.quorumMet,
    },
    people: input.people.map((person, index) =>
      personResult(
        meeting.regulation,
        person,
        exclusions[index] ?? null,
        votes.counts[index] ?? null,
        figures.base
      )
    ),
    problems,
    blocked: problems.some((problem) => problem.severity === "error"),
  };
}
