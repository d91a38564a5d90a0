// The consolidation of several meetings for the managing authority (rules.md section 7): who
// fell over half or reached two thirds at any place, and each person voted on at two places with
// both results side by side, never added together. People are joined by the roster's Mã; where a
// roster has none, by folded name, and every such join is flagged for a person to confirm.

import {
  bandRank,
  checkPlaces,
  foldText,
  type ConsolidatedPerson,
  type PersonResult,
  type PlaceMeeting,
  type Problem,
} from "../../rules";
import { PLACE_KINDS } from "../vocabulary";
import { lowestLevelOf, type CountedMeeting, type InputSummary } from "./summary";
import { consolidationProblem } from "./problems";

/** A counted meeting with the file it came from. */
export interface MeetingOfFile {
  readonly file: string;
  readonly fingerprint: string | null;
  readonly meeting: CountedMeeting;
}

/** A person over half or at two thirds at one place. */
export interface ReviewRow {
  readonly band: "over-half" | "two-thirds";
  readonly person: PersonResult;
  readonly at: MeetingOfFile;
}

/** A person voted on at more than one place, and how the places were joined. */
export interface SeveralPlaces {
  readonly person: ConsolidatedPerson;
  /** "id": by the rosters' Mã; "name": at least one place by folded name only (W065). */
  readonly joinedBy: "id" | "name";
}

export interface Consolidation {
  /** Every input, in the order given. */
  readonly inputs: readonly InputSummary[];
  /** The inputs counted, in the order given. */
  readonly meetings: readonly MeetingOfFile[];
  readonly review: readonly ReviewRow[];
  readonly severalPlaces: readonly SeveralPlaces[];
  /** The consolidation's own problems and the two-places rule's, in that order. */
  readonly problems: readonly Problem[];
  /** An error stands: nothing is written. */
  readonly blocked: boolean;
}

function skippedProblem(input: InputSummary): Problem | null {
  const { file } = input;
  switch (input.status) {
    case "counted":
      return null;
    case "unreadable":
      return consolidationProblem("W066", { file, code: input.problems[0]?.code ?? "" });
    case "consolidation":
      return consolidationProblem("W068", { file });
    case "duplicate":
      // W062, which names the other file, is given where the duplicate is found.
      return null;
    case "blocked": {
      const count = input.problems.filter((problem) => problem.severity === "error").length;
      return consolidationProblem("W067", { file, count });
    }
  }
}

/** An input whose vote an earlier input already holds (the same data fingerprint: a meeting and
 * the output its tally wrote beside it, or a copy) is counted once, from the earlier file: the
 * data are the same, so nothing is guessed. W062 names both files. */
function withoutSameVotes(inputs: readonly InputSummary[]): {
  readonly inputs: InputSummary[];
  readonly problems: Problem[];
} {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  const kept = inputs.map((input): InputSummary => {
    const { file, fingerprint } = input;
    if (input.status !== "counted" || fingerprint === null) return input;
    const other = first.get(fingerprint);
    if (other === undefined) {
      first.set(fingerprint, file);
      return input;
    }
    problems.push(consolidationProblem("W062", { file, other, fingerprint }));
    return { ...input, status: "duplicate", meeting: null };
  });
  return { inputs: kept, problems };
}

/** Over half first, worst first: two thirds before over half, then the higher share of the
 * lowest level; the order found among equals. */
function byConcern(a: ReviewRow, b: ReviewRow): number {
  const low = (row: ReviewRow) =>
    row.person.percent?.[lowestLevelOf(row.at.meeting.regulation)] ?? 0;
  return bandRank(b.band) - bandRank(a.band) || low(b) - low(a);
}

function reviewRows(meetings: readonly MeetingOfFile[]): ReviewRow[] {
  const rows = meetings.flatMap((at) =>
    at.meeting.people.flatMap((person): ReviewRow[] =>
      person.band === "over-half" || person.band === "two-thirds"
        ? [{ band: person.band, person, at }]
        : []
    )
  );
  return rows.sort(byConcern);
}

export function consolidate(given: readonly InputSummary[]): Consolidation {
  const { inputs, problems: sameVotes } = withoutSameVotes(given);
  const meetings = inputs.flatMap((input): MeetingOfFile[] =>
    input.meeting === null
      ? []
      : [{ file: input.file, fingerprint: input.fingerprint, meeting: input.meeting }]
  );
  const problems: Problem[] = [];
  for (const input of inputs) {
    const problem = skippedProblem(input);
    if (problem) problems.push(problem);
  }
  if (meetings.length === 0) {
    problems.push(consolidationProblem("E061", { count: inputs.length }));
  }
  problems.push(...sameVotes);

  const placeMeetings = meetings.map(({ meeting }): PlaceMeeting => ({
    place: meeting.place.name,
    kind: meeting.place.kind,
    sharedIds: meeting.sharedIds,
    result: { regulation: meeting.regulation, people: meeting.people },
  }));
  const places = checkPlaces(placeMeetings);
  const byPlace = new Map(meetings.map((m) => [foldText(m.meeting.place.name), m.meeting]));
  const severalPlaces = places.people
    .filter((person) => person.places.length > 1)
    .map((person): SeveralPlaces => {
      const byName = person.places.some(
        (place) => byPlace.get(foldText(place.place))?.sharedIds === false
      );
      return { person, joinedBy: byName ? "name" : "id" };
    });
  for (const { person, joinedBy } of severalPlaces) {
    if (joinedBy !== "name") continue;
    const placeNames = person.places.map((place) => place.place).join("; ");
    const refs = person.places.flatMap((place) => (place.person.ref ? [place.person.ref] : []));
    problems.push(consolidationProblem("W065", { name: person.name, places: placeNames }, refs));
  }
  problems.push(...inferredKinds(meetings, severalPlaces));
  problems.push(...places.problems);

  return {
    inputs,
    meetings,
    review: reviewRows(meetings),
    severalPlaces,
    problems,
    blocked: problems.some((problem) => problem.severity === "error"),
  };
}

/** W069 for each place whose kind was read from its name (QĐ 96, row left blank) where that kind
 * orders somebody's places. */
function inferredKinds(
  meetings: readonly MeetingOfFile[],
  severalPlaces: readonly SeveralPlaces[]
): Problem[] {
  return meetings.flatMap(({ meeting }) => {
    const { place } = meeting;
    if (place.source !== "name") return [];
    const folded = foldText(place.name);
    const count = severalPlaces.filter(({ person }) =>
      person.places.some((at) => foldText(at.place) === folded)
    ).length;
    if (count === 0) return [];
    const kind = PLACE_KINDS[place.kind];
    return [
      consolidationProblem("W069", { place: place.name, kindVi: kind.vi, kindEn: kind.en, count }),
    ];
  });
}
