// Several posts, several places (rules.md section 7). Under qd96 a person is voted on at most at
// two places, by priority: the highest Party committee they sit on, the People's Council, the
// place where they work. Each place is tallied on its own and the results are never added
// together: the consolidated view shows them side by side and flags the person if either place
// falls in a band.

import { bandRank } from "./bands";
import { ruleProblem } from "./problems";
import { foldText, hasWordStartingWith } from "./text";
import type { Band, PersonResult, Problem, RegulationId, SourceRef, TallyResult } from "./types";

export type PlaceKind = "party-committee" | "peoples-council" | "workplace";

const PARTY_COMMITTEE_WORDS = ["ban chap hanh", "ban thuong vu", "dang uy"];
const PEOPLES_COUNCIL_WORDS = ["hoi dong nhan dan", "hdnd"];
const STANDING_COMMITTEE_WORDS = ["ban thuong vu"];

/** "Ban Chấp hành …", "Ban Thường vụ …", "Đảng ủy …" → party-committee; "Hội đồng nhân dân …",
 * "HĐND …" → peoples-council; anything else → workplace. */
export function placeKindOf(placeName: string): PlaceKind {
  const folded = foldText(placeName);
  if (hasWordStartingWith(folded, PARTY_COMMITTEE_WORDS)) return "party-committee";
  if (hasWordStartingWith(folded, PEOPLES_COUNCIL_WORDS)) return "peoples-council";
  return "workplace";
}

export interface PlaceMeeting {
  /** The place's name as written, e.g. "Ban Chấp hành Đảng bộ tỉnh". */
  readonly place: string;
  readonly kind: PlaceKind;
  /** The level of a party committee (or council): higher is higher, e.g. province 3, district 2,
   * commune 1. Absent counts as 0. */
  readonly rank?: number;
  /** True when the people's ids are stable codes shared across meetings (the roster's Mã); false
   * when they are order numbers (STT): then people are matched by name. */
  readonly sharedIds: boolean;
  readonly result: Pick<TallyResult, "regulation" | "people">;
}

export interface PlaceResult {
  readonly place: string;
  readonly kind: PlaceKind;
  readonly regulation: RegulationId;
  readonly person: PersonResult;
  /** False for a place beyond the two that the priority keeps. */
  readonly kept: boolean;
}

export interface ConsolidatedPerson {
  readonly name: string;
  /** The stable id, when a meeting with shared ids has the person. */
  readonly id: string | null;
  /** Every place where the person is voted on, in priority order, side by side. */
  readonly places: readonly PlaceResult[];
  /** The most severe band over the places; null when no place has a band. */
  readonly worstBand: Band | null;
  /** Either place falls in a band (over-half or two-thirds). */
  readonly flagged: boolean;
}

export interface PlacesResult {
  readonly people: readonly ConsolidatedPerson[];
  readonly problems: readonly Problem[];
  readonly blocked: boolean;
}

const KIND_PRIORITY: Readonly<Record<PlaceKind, number>> = {
  "party-committee": 0,
  "peoples-council": 1,
  workplace: 2,
};

interface Seen {
  readonly meeting: PlaceMeeting;
  readonly order: number;
  readonly person: PersonResult;
}

/** Priority order: Party committee, People's Council, workplace; within a kind the higher rank;
 * at the same rank the Executive Committee before its Standing Committee (a Standing Committee
 * member is voted on in the Executive Committee); then the order given. */
function byPriority(a: Seen, b: Seen): number {
  const standing = (seen: Seen) =>
    hasWordStartingWith(foldText(seen.meeting.place), STANDING_COMMITTEE_WORDS) ? 1 : 0;
  return (
    KIND_PRIORITY[a.meeting.kind] - KIND_PRIORITY[b.meeting.kind] ||
    (b.meeting.rank ?? 0) - (a.meeting.rank ?? 0) ||
    standing(a) - standing(b) ||
    a.order - b.order
  );
}

/** The two places the priority keeps: the first place of each kind in priority order, then the
 * next places in that order. `sorted` is in priority order. */
function keptPlaces(sorted: readonly Seen[]): Set<Seen> {
  const kept = new Set<Seen>();
  const kinds = new Set<PlaceKind>();
  for (const seen of sorted) {
    if (kept.size < 2 && !kinds.has(seen.meeting.kind)) kept.add(seen);
    kinds.add(seen.meeting.kind);
  }
  for (const seen of sorted) if (kept.size < 2) kept.add(seen);
  return kept;
}

interface Group {
  readonly id: string | null;
  readonly name: string;
  readonly seen: Seen[];
}

/** Groups each voted person's places: by id within meetings with shared ids, else by folded
 * name. A name found in a meeting without ids joins the one id group of that name; when several
 * id groups have it, it cannot be told apart (W202) and stands alone. */
function groupPeople(meetings: readonly PlaceMeeting[], problems: Problem[]): Group[] {
  const groups = new Map<string, Group>();
  const idGroupsByName = new Map<string, Set<Group>>();
  const voted = meetings.flatMap((meeting, order) =>
    meeting.result.people
      .filter((person) => person.exclusion === null)
      .map((person): Seen => ({ meeting, order, person }))
  );
  const groupFor = (key: string, id: string | null, name: string): Group => {
    const existing = groups.get(key);
    if (existing !== undefined) return existing;
    const group: Group = { id, name, seen: [] };
    groups.set(key, group);
    return group;
  };

  for (const seen of voted.filter(({ meeting }) => meeting.sharedIds)) {
    const group = groupFor(`id:${seen.person.id}`, seen.person.id, seen.person.name);
    group.seen.push(seen);
    const folded = foldText(seen.person.name);
    idGroupsByName.set(folded, (idGroupsByName.get(folded) ?? new Set()).add(group));
  }
  for (const seen of voted.filter(({ meeting }) => !meeting.sharedIds)) {
    const folded = foldText(seen.person.name);
    const candidates = [...(idGroupsByName.get(folded) ?? [])];
    if (candidates.length > 1) {
      const params = { name: seen.person.name, place: seen.meeting.place };
      problems.push(ruleProblem("W202", params, [seen.person.ref]));
    }
    const only = candidates.length === 1 ? candidates[0] : undefined;
    (only ?? groupFor(`name:${folded}`, null, seen.person.name)).seen.push(seen);
  }
  return [...groups.values()];
}

/** A person at the same place twice (E205); returns the places once each, in priority order. */
function distinctPlaces(group: Group, problems: Problem[]): Seen[] {
  const byPlace = new Map<string, Seen>();
  for (const seen of [...group.seen].sort(byPriority)) {
    const place = foldText(seen.meeting.place);
    const first = byPlace.get(place);
    if (first === undefined) {
      byPlace.set(place, seen);
    } else {
      const params = { name: group.name, place: seen.meeting.place };
      problems.push(ruleProblem("E205", params, [first.person.ref, seen.person.ref]));
    }
  }
  return [...byPlace.values()];
}

function worstBandOf(places: readonly PlaceResult[]): Band | null {
  let worst: Band | null = null;
  for (const { person } of places) {
    if (person.band !== null && (worst === null || bandRank(person.band) > bandRank(worst))) {
      worst = person.band;
    }
  }
  return worst;
}

/** The two-places rule across several meetings (qd96): a person voted on at more than two
 * places is E204, naming the places and the two the priority keeps. People whose results are
 * excluded at a place are not voted on there and do not count for it. */
export function checkPlaces(meetings: readonly PlaceMeeting[]): PlacesResult {
  const problems: Problem[] = [];
  const people = groupPeople(meetings, problems).map((group): ConsolidatedPerson => {
    const sorted = distinctPlaces(group, problems);
    const kept = keptPlaces(sorted);
    if (sorted.length > 2) {
      const names = (list: readonly Seen[]) => list.map((seen) => seen.meeting.place).join("; ");
      const params = {
        name: group.name,
        count: sorted.length,
        places: names(sorted),
        kept: names(sorted.filter((seen) => kept.has(seen))),
      };
      const refs: (SourceRef | undefined)[] = sorted.map((seen) => seen.person.ref);
      problems.push(ruleProblem("E204", params, refs));
    }
    const places = sorted.map((seen): PlaceResult => ({
      place: seen.meeting.place,
      kind: seen.meeting.kind,
      regulation: seen.meeting.result.regulation,
      person: seen.person,
      kept: kept.has(seen),
    }));
    const worstBand = worstBandOf(places);
    return {
      name: group.name,
      id: group.id,
      places,
      worstBand,
      flagged: worstBand !== null && worstBand !== "none",
    };
  });
  return { people, problems, blocked: problems.some((problem) => problem.severity === "error") };
}
